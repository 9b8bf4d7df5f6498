/**
 * The Ed25519 key that signs audit checkpoints (node:crypto). Taken from `config.auditSigningKey` (base64 of a
 * 32-byte seed); in demo mode, generated on first use into `<dataDir>/audit-signing-key` with mode 0600.
 *
 * Key names and ids follow the signed-note convention of transparency logs (golang.org/x/mod/sumdb/note):
 * key id = first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), 0x01 being the Ed25519 algorithm byte.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../platform/config.ts';
import { AuditErrors } from './audit.errors.ts';

/** The default origin (log name and key name) of Khiên's audit log. */
export const DEFAULT_AUDIT_ORIGIN = 'baohiemxahoi.gov.vn/khien/audit';

/** File name of the generated demo key inside the data directory. */
export const DEMO_KEY_FILE = 'audit-signing-key';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A loaded signing key. */
export interface SigningKey {
  /** Key name (= log origin). */
  readonly name: string;
  /** Hex of the 4-byte note key hash. */
  readonly keyId: string;
  readonly keyHash: Uint8Array;
  /** Raw 32-byte public key. */
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

/**
 * Computes the signed-note key hash of an Ed25519 public key.
 *
 * @param name - key name
 * @param publicKey - raw 32-byte public key
 * @returns the 4-byte key hash
 */
export function noteKeyHash(name: string, publicKey: Uint8Array): Uint8Array {
  return crypto.createHash('sha256').update(`${name}\n`, 'utf8').update(Buffer.from([1])).update(publicKey).digest().subarray(0, 4);
}

/**
 * Builds a signing key from a 32-byte seed.
 *
 * @param seed - the Ed25519 seed
 * @param name - key name (log origin)
 * @returns the key
 * @throws KHIEN_AUDIT_SIGNING_KEY when the seed is not 32 bytes
 */
export function signingKeyFromSeed(seed: Uint8Array, name: string = DEFAULT_AUDIT_ORIGIN): SigningKey {
  if (seed.length !== 32) throw new AuditErrors.SIGNING_KEY();
  const privateKey = crypto.createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKeyObject = crypto.createPublicKey(privateKey);
  const publicKey = new Uint8Array(publicKeyObject.export({ format: 'der', type: 'spki' }).subarray(-32));
  const keyHash = noteKeyHash(name, publicKey);
  return {
    name,
    keyId: Buffer.from(keyHash).toString('hex'),
    keyHash,
    publicKey,
    sign: (message) => new Uint8Array(crypto.sign(null, message, privateKey)),
    verify: (message, signature) => verifyEd25519(publicKey, message, signature),
  };
}

/**
 * Verifies an Ed25519 signature with a raw public key.
 *
 * @param publicKey - raw 32-byte key
 * @param message - signed bytes
 * @param signature - 64-byte signature
 * @returns true when valid
 */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]);
    const key = crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
    return crypto.verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/**
 * Loads the checkpoint signing key from configuration, or in demo mode from (or into) the data directory.
 *
 * @param config - the frozen configuration
 * @param name - key name (log origin)
 * @returns the key
 * @throws KHIEN_AUDIT_SIGNING_KEY when the configured key is malformed, or none is configured in production
 */
export function loadSigningKey(config: Pick<Config, 'auditSigningKey' | 'mode' | 'dataDir'>, name: string = DEFAULT_AUDIT_ORIGIN): SigningKey {
  if (config.auditSigningKey) return signingKeyFromSeed(decodeSeed(config.auditSigningKey), name);
  if (config.mode !== 'demo') throw new AuditErrors.SIGNING_KEY();
  const file = path.join(config.dataDir, DEMO_KEY_FILE);
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new AuditErrors.SIGNING_KEY();
  }
  return signingKeyFromSeed(decodeSeed(fs.readFileSync(file, 'utf8')), name);
}

function decodeSeed(text: string): Uint8Array {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new AuditErrors.SIGNING_KEY();
  return new Uint8Array(Buffer.from(trimmed, 'base64'));
}

/**
 * The verifier key in signed-note form, `<name>+<hex key id>+<base64(0x01 ‖ public key)>`, for outside parties.
 *
 * @param key - the signing key
 * @returns the verifier key text
 */
export function verifierKeyText(key: SigningKey): string {
  return `${key.name}+${key.keyId}+${Buffer.concat([Buffer.from([1]), key.publicKey]).toString('base64')}`;
}

/**
 * Parses a verifier key text.
 *
 * @param text - `<name>+<hex id>+<base64(0x01 ‖ key)>`
 * @returns name, key id and public key, or null when malformed or inconsistent
 */
export function parseVerifierKey(text: string): { name: string; keyId: string; publicKey: Uint8Array } | null {
  const m = /^(.+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(text.trim());
  if (!m) return null;
  const raw = Buffer.from(m[3]!, 'base64');
  if (raw.length !== 33 || raw[0] !== 1) return null;
  const publicKey = new Uint8Array(raw.subarray(1));
  if (Buffer.from(noteKeyHash(m[1]!, publicKey)).toString('hex') !== m[2]) return null;
  return { name: m[1]!, keyId: m[2], publicKey };
}
