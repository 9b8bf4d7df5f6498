/**
 * argon2id password hashing (@node-rs/argon2), and the SHA-1 used only to look a password up in the
 * imported leak lists (the "SHA1-HASH:count" format of public corpora).
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2 (an ambient const enum, unusable under verbatimModuleSyntax). */
const ARGON2ID = 2;

/** argon2id parameters (OWASP 2024 minimum: m=19 MiB, t=2, p=1). */
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A fixed hash verified when the account does not exist, so both paths cost the same. */
let dummyHash: Promise<string> | null = null;

/**
 * Hashes a password with argon2id.
 *
 * @param password - the plain password
 * @returns the PHC string
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

/**
 * Verifies a password; with no stored hash, verifies against a dummy so timing does not reveal the account.
 *
 * @param stored - the PHC string, or null
 * @param password - the presented password
 * @returns true when it matches
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hash('khien-dummy-password-for-timing', PARAMS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * SHA-1 of a password as upper-case hex (leak-list format).
 *
 * @param password - the plain password
 * @returns 40 hex characters
 */
export function passwordSha1(password: string): string {
  return crypto.createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
}
