/**
 * Verification codes of the documents the portal prints (the participation history): the facts a checker
 * needs — who, when, how many months of what, and a digest of the printed periods — signed with Khiên's
 * Ed25519 key (the audit checkpoint key), so that anyone holding the code can ask Khiên whether it issued
 * the document, without Khiên keeping a copy. Code = base64url(payload JSON) `.` base64url(signature), the
 * signature over `khien/citizen-document/v1\n` ‖ payload (the prefix keeps these signatures apart from
 * checkpoint notes, which start with the log origin).
 */
import crypto from 'node:crypto';
import { CitizenErrors } from './citizen.errors.ts';

/** The signed facts of a participation document. */
export interface DocumentFacts {
  /** Format version. */
  readonly v: 1;
  /** Document kind. */
  readonly k: 'participation';
  /** Document number (printed on it). */
  readonly d: string;
  /** Issued at (ISO 8601). */
  readonly i: string;
  /** Holder's full name. */
  readonly n: string;
  /** Last four digits of the holder's personal identification number. */
  readonly p: string;
  /** Months per insurance type. */
  readonly m: ReadonlyArray<readonly [string, number]>;
  /** Number of periods printed. */
  readonly c: number;
  /** First 16 hex digits of the SHA-256 of the printed periods (canonical JSON), printed on the document. */
  readonly h: string;
}

/** What signs and verifies (the audit signing key fits). */
export interface DocumentKey {
  readonly keyId: string;
  sign(message: Uint8Array): Uint8Array;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

const DOMAIN = Buffer.from('khien/citizen-document/v1\n', 'utf8');
const B64URL = /^[A-Za-z0-9_-]+$/;
/** Longest code accepted (a real one is about 400 characters). */
export const MAX_CODE_LENGTH = 2000;

/**
 * Signs a document's facts.
 *
 * @param key - Khiên's signing key
 * @param facts - the facts
 * @returns the verification code
 */
export function signDocumentCode(key: DocumentKey, facts: DocumentFacts): string {
  const payload = Buffer.from(JSON.stringify(facts), 'utf8');
  const signature = key.sign(Buffer.concat([DOMAIN, payload]));
  return `${payload.toString('base64url')}.${Buffer.from(signature).toString('base64url')}`;
}

function isFacts(x: unknown): x is DocumentFacts {
  const f = x as Partial<DocumentFacts> | null;
  return (
    !!f && f.v === 1 && f.k === 'participation' && typeof f.d === 'string' && typeof f.i === 'string' && typeof f.n === 'string' &&
    typeof f.p === 'string' && typeof f.c === 'number' && typeof f.h === 'string' && Array.isArray(f.m) &&
    f.m.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'number')
  );
}

/**
 * Checks a verification code.
 *
 * @param key - Khiên's signing key
 * @param code - the code as printed or scanned (surrounding white space ignored)
 * @returns the signed facts
 * @throws KHIEN_CITIZEN_DOCUMENT_CODE_MALFORMED when it is not a code at all;
 *   KHIEN_CITIZEN_DOCUMENT_NOT_ISSUED when Khiên's key did not sign it (altered, or made elsewhere)
 */
export function verifyDocumentCode(key: DocumentKey, code: string): DocumentFacts {
  const parts = code.replace(/\s+/g, '').split('.');
  if (code.length > MAX_CODE_LENGTH || parts.length !== 2 || !parts.every((p) => B64URL.test(p))) throw new CitizenErrors.DOCUMENT_CODE_MALFORMED();
  const payload = Buffer.from(parts[0]!, 'base64url');
  const signature = Buffer.from(parts[1]!, 'base64url');
  if (signature.length !== 64) throw new CitizenErrors.DOCUMENT_CODE_MALFORMED();
  if (!key.verify(Buffer.concat([DOMAIN, payload]), signature)) throw new CitizenErrors.DOCUMENT_NOT_ISSUED();
  let facts: unknown;
  try {
    facts = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new CitizenErrors.DOCUMENT_CODE_MALFORMED();
  }
  if (!isFacts(facts)) throw new CitizenErrors.DOCUMENT_CODE_MALFORMED();
  return facts;
}

/**
 * The digest printed on a document: first 16 hex digits of the SHA-256 of its periods' canonical JSON.
 *
 * @param periods - the printed periods (plain JSON values)
 * @returns the digest
 */
export function periodsDigest(periods: readonly unknown[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(periods), 'utf8').digest('hex').slice(0, 16);
}
