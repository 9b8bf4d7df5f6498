/**
 * Ed25519 verification with node:crypto over raw 32-byte public keys (RFC 8032), as signers produce them in
 * the browser (WebCrypto or @noble/ed25519) or with `openssl pkey`.
 */
import crypto from 'node:crypto';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Parses a raw public key.
 *
 * @param base64 - base64 of the 32-byte key
 * @returns the key object, or null when it is not a valid Ed25519 key
 */
export function publicKeyFromRaw(base64: string): crypto.KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== base64) return null;
  try {
    return crypto.createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
  } catch {
    return null;
  }
}

/**
 * Verifies a signature.
 *
 * @param publicKeyBase64 - raw public key, base64
 * @param message - the signed text (UTF-8)
 * @param signatureBase64 - the 64-byte signature, base64
 * @returns true when valid
 */
export function verifyEd25519(publicKeyBase64: string, message: string, signatureBase64: string): boolean {
  const key = publicKeyFromRaw(publicKeyBase64);
  const sig = Buffer.from(signatureBase64, 'base64');
  if (!key || sig.length !== 64) return false;
  try {
    return crypto.verify(null, Buffer.from(message, 'utf8'), key, sig);
  } catch {
    return false;
  }
}
