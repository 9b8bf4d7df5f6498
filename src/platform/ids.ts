/**
 * Identifiers and random tokens.
 */
import crypto from 'node:crypto';

/** A random UUID (v4). */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * A random URL-safe token.
 *
 * @param bytes - entropy in bytes (default 32)
 * @returns base64url text
 */
export function newToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a string as hex (token storage: only hashes of bearer secrets are kept). */
export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ba.length !== bb.length) return false;
  return crypto.timingSafeEqual(ba, bb);
}
