/**
 * Signing documents in the browser (posture's monthly reports, govern's six-monthly and yearly reports): an
 * Ed25519 key created and kept in this browser (@noble/ed25519; the private key never leaves it), its public
 * key registered to the signed-in account at `POST /api/auth/signing-keys`. The stored key is reused while
 * the account still lists it as live; otherwise (another account, revoked) a new one is made and registered.
 */
import * as ed from '@noble/ed25519';
import { api, unwrap } from '../api/client';

const KEY_STORAGE = 'khien.signingKey';
const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const unb64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

interface StoredKey {
  readonly keyId: string;
  readonly secret: string;
}

function stored(): StoredKey | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY_STORAGE) ?? 'null') as unknown;
    if (v && typeof v === 'object' && 'keyId' in v && 'secret' in v && typeof v.keyId === 'string' && typeof v.secret === 'string') return { keyId: v.keyId, secret: v.secret };
  } catch {
    /* unreadable: a new key is made */
  }
  return null;
}

/**
 * The signing key of this browser for the signed-in account, created and registered on first use.
 *
 * @returns the registered key's id and its private key
 */
export async function browserSigningKey(): Promise<{ keyId: string; secret: Uint8Array }> {
  const have = stored();
  if (have) {
    const live = await unwrap(api.GET('/api/auth/signing-keys'));
    if (live.some((k) => k.id === have.keyId && k.revokedAt === null)) return { keyId: have.keyId, secret: unb64(have.secret) };
  }
  const secret = ed.utils.randomSecretKey();
  const publicKey = await ed.getPublicKeyAsync(secret);
  const key = await unwrap(api.POST('/api/auth/signing-keys', { body: { publicKey: b64(publicKey) } }));
  localStorage.setItem(KEY_STORAGE, JSON.stringify({ keyId: key.id, secret: b64(secret) } satisfies StoredKey));
  return { keyId: key.id, secret };
}

/**
 * Signs a text (UTF-8) with this browser's key.
 *
 * @param text - what is signed (the canonical JSON of a report)
 * @returns the key id and the base64 signature
 */
export async function signText(text: string): Promise<{ keyId: string; signature: string }> {
  const { keyId, secret } = await browserSigningKey();
  const signature = await ed.signAsync(new TextEncoder().encode(text), secret);
  return { keyId, signature: b64(signature) };
}
