/**
 * Ten one-time recovery codes per TOTP enrolment, stored as SHA-256 and consumed atomically.
 */
import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { newId, sha256Hex } from '../../platform/ids.ts';
import { recoveryCodes } from '../auth.schema.ts';

/** Codes issued per enrolment. */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function normalise(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function generateCode(): string {
  const bytes = crypto.randomBytes(10);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/**
 * Replaces an account's recovery codes with ten new ones.
 *
 * @param db - database or transaction
 * @param accountId - the account
 * @param at - now
 * @returns the plain codes (shown once)
 */
export async function issueRecoveryCodes(db: Database, accountId: string, at: Date): Promise<string[]> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateCode);
  await db.insert(recoveryCodes).values(
    codes.map((c) => ({ id: newId(), accountId, codeHash: sha256Hex(normalise(c)), createdAt: at })),
  );
  return codes;
}

/**
 * Consumes a recovery code if it is valid and unused.
 *
 * @param db - database
 * @param accountId - the account
 * @param code - the presented code
 * @param at - now
 * @returns true when a code was consumed
 */
export async function consumeRecoveryCode(db: Database, accountId: string, code: string, at: Date): Promise<boolean> {
  const n = normalise(code);
  if (n.length !== 10) return false;
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.accountId, accountId), eq(recoveryCodes.codeHash, sha256Hex(n)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

/** Number of unused recovery codes left. */
export async function countRecoveryCodesLeft(db: Database, accountId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

/** Deletes an account's recovery codes (TOTP reset). */
export async function deleteRecoveryCodes(db: Database, accountId: string): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
}
