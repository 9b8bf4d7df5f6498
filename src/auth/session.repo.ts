/**
 * Queries on server-side sessions. The cookie holds a random token; only its SHA-256 is stored.
 */
import { and, asc, desc, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sessions } from './auth.schema.ts';

/** A session row. */
export type Session = typeof sessions.$inferSelect;

/** Inserts a session. */
export async function insertSession(db: Database, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** Finds a session by the hash of its token. */
export async function findSessionByTokenHash(db: Database, tokenHash: string): Promise<Session | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).limit(1);
  return row;
}

/** Finds a session by id. */
export async function findSession(db: Database, id: string): Promise<Session | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return row;
}

/** Live (not revoked, not expired) sessions of an account, oldest first. */
export async function listLiveSessions(db: Database, accountId: string, at: Date): Promise<Session[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        gt(sessions.idleExpiresAt, at),
        gt(sessions.absoluteExpiresAt, at),
      ),
    )
    .orderBy(asc(sessions.createdAt));
}

/** Recent sessions of an account (live or not), newest first. */
export async function listRecentSessions(db: Database, accountId: string, limit: number): Promise<Session[]> {
  return db.select().from(sessions).where(eq(sessions.accountId, accountId)).orderBy(desc(sessions.createdAt)).limit(limit);
}

/** Records activity: moves the idle expiry forward. */
export async function touchSession(db: Database, id: string, at: Date, idleExpiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at, idleExpiresAt }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Replaces a session's token (rotation) and optionally its MFA flag. */
export async function rotateSessionToken(db: Database, id: string, tokenHash: string, csrfToken: string, mfa?: boolean): Promise<void> {
  await db
    .update(sessions)
    .set({ tokenHash, csrfToken, ...(mfa === undefined ? {} : { mfa }) })
    .where(eq(sessions.id, id));
}

/**
 * Revokes one session.
 *
 * @returns true when a live session was revoked
 */
export async function revokeSession(db: Database, id: string, at: Date, reason: string): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at, revokeReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length === 1;
}

/**
 * Revokes every session of an account, except optionally one.
 *
 * @returns ids of the sessions revoked
 */
export async function revokeAccountSessions(db: Database, accountId: string, at: Date, reason: string, exceptId?: string): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at, revokeReason: reason })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt), exceptId ? ne(sessions.id, exceptId) : undefined))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** Revokes every live session bound to a device (device revocation). */
export async function revokeDeviceSessions(db: Database, deviceId: string, at: Date, reason: string): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at, revokeReason: reason })
    .where(and(eq(sessions.deviceId, deviceId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** Deletes sessions that ended before `before` (housekeeping). */
export async function deleteEndedSessions(db: Database, before: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.absoluteExpiresAt, before), lt(sessions.revokedAt, before)))
    .returning({ id: sessions.id });
  return rows.length;
}
