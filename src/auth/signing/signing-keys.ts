/**
 * Signing keys bound to staff accounts, shared by every module that has documents signed (the govern
 * module's six-monthly and yearly reports, the posture module's monthly reports). A staff member registers
 * the Ed25519 public key of a key pair they hold; they sign on their own device; the server verifies the
 * signature against a live key of the signer's own account. The private key never reaches the server.
 * The keys live in `posture_signing_keys` (raw 32-byte public key, base64); decoding and verifying are in
 * platform/ed25519.ts. Other modules read keys through ports that the composition root connects to the
 * look-ups below.
 */
import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { signingKeys } from '../auth.schema.ts';
import { newId } from '../../platform/ids.ts';
import { decodePublicKey } from '../../platform/ed25519.ts';

/** A signing key as presented. */
export interface SigningKeyView {
  id: string;
  accountId: string;
  publicKey: string;
  /** SHA-256 of the raw key, hex (to compare with the holder's device). */
  fingerprint: string;
  createdAt: string;
  revokedAt: string | null;
}

const present = (r: typeof signingKeys.$inferSelect): SigningKeyView => ({
  id: r.id,
  accountId: r.accountId,
  publicKey: r.publicKey,
  fingerprint: crypto.createHash('sha256').update(Buffer.from(r.publicKey, 'base64')).digest('hex'),
  createdAt: r.createdAt.toISOString(),
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

/**
 * Registers a public key for an account (call inside the caller's audited transaction).
 *
 * @param db - database or transaction
 * @param accountId - the holder
 * @param publicKey - raw 32-byte key, base64 (already checked with {@link decodePublicKey})
 * @param now - current time
 * @returns the key
 */
export async function insertSigningKey(db: Database, accountId: string, publicKey: Buffer, now: Date): Promise<SigningKeyView> {
  const [row] = await db.insert(signingKeys).values({ id: newId(), accountId, publicKey: publicKey.toString('base64'), createdAt: now }).returning();
  return present(row!);
}

/**
 * The live (not revoked) key of an account with this id.
 *
 * @param db - database
 * @param keyId - the key
 * @param accountId - the account it must belong to
 * @returns the key or undefined
 */
export async function findLiveSigningKey(db: Database, keyId: string, accountId: string): Promise<SigningKeyView | undefined> {
  const [row] = await db.select().from(signingKeys).where(and(eq(signingKeys.id, keyId), eq(signingKeys.accountId, accountId), isNull(signingKeys.revokedAt))).limit(1);
  return row ? present(row) : undefined;
}

/**
 * The newest live (not revoked) key of an account: the one a document is signed with when the signer does
 * not name a key (posture's monthly reports).
 *
 * @param db - database
 * @param accountId - the holder
 * @returns the key or undefined
 */
export async function findNewestLiveSigningKey(db: Database, accountId: string): Promise<SigningKeyView | undefined> {
  const [row] = await db.select().from(signingKeys).where(and(eq(signingKeys.accountId, accountId), isNull(signingKeys.revokedAt))).orderBy(desc(signingKeys.createdAt)).limit(1);
  return row ? present(row) : undefined;
}

/**
 * Any key by id (revoked ones too: a signature made before revocation still verifies).
 *
 * @param db - database
 * @param keyId - the key
 * @returns the key or undefined
 */
export async function findSigningKey(db: Database, keyId: string): Promise<SigningKeyView | undefined> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.id, keyId)).limit(1);
  return row ? present(row) : undefined;
}

/**
 * The keys of an account, newest first.
 *
 * @param db - database
 * @param accountId - the holder
 * @returns keys
 */
export async function listSigningKeys(db: Database, accountId: string): Promise<SigningKeyView[]> {
  return (await db.select().from(signingKeys).where(eq(signingKeys.accountId, accountId)).orderBy(desc(signingKeys.createdAt))).map(present);
}

/**
 * Revokes a key of an account.
 *
 * @param db - database or transaction
 * @param keyId - the key
 * @param accountId - its holder
 * @param now - current time
 * @returns whether a live key was revoked
 */
export async function revokeSigningKey(db: Database, keyId: string, accountId: string, now: Date): Promise<boolean> {
  const out = await db.update(signingKeys).set({ revokedAt: now }).where(and(eq(signingKeys.id, keyId), eq(signingKeys.accountId, accountId), isNull(signingKeys.revokedAt))).returning({ id: signingKeys.id });
  return out.length === 1;
}
