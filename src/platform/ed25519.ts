/**
 * Ed25519 over raw public keys given in base64: the crypto primitive behind every document signed on the
 * holder's own device (govern's six-monthly and yearly reports, posture's monthly reports). Which keys are
 * live and whose they are is auth's business (auth/signing); this file only decodes and verifies.
 */
import crypto from 'node:crypto';

/**
 * Decodes a raw Ed25519 public key given in base64 (or base64url).
 *
 * @param b64 - the key
 * @returns the 32 bytes, or null when it is not a 32-byte key
 */
export function decodePublicKey(b64: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(b64)) return null;
  const raw = Buffer.from(b64.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return raw.length === 32 ? raw : null;
}

/**
 * Verifies an Ed25519 signature.
 *
 * @param publicKeyB64 - raw public key, base64
 * @param message - the signed bytes
 * @param signatureB64 - the signature, base64 (64 bytes)
 * @returns true when it verifies
 */
export function verifyEd25519(publicKeyB64: string, message: Buffer, signatureB64: string): boolean {
  const raw = decodePublicKey(publicKeyB64);
  if (!raw) return false;
  const sig = Buffer.from(signatureB64, 'base64');
  if (sig.length !== 64) return false;
  try {
    const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
    return crypto.verify(null, message, key, sig);
  } catch {
    return false;
  }
}
