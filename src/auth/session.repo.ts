/**
 * Queries on server-side sessions. The cookie holds a random token; only its SHA-256 is stored.
 */
import { and, asc, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { perDatabase } from '../db/per-database.ts';
import { rawPoolOf, runNamed, type NamedStatement } from '../db/raw-statement.ts';
import { staff, units } from '../org/org.schema.ts';
import { accounts, devices, sessions } from './auth.schema.ts';
import type { Account } from './auth.repo.ts';
import type { Device } from './device.repo.ts';
import type { Role } from '../actors/roles.ts';

/** A session row. */
export type Session = typeof sessions.$inferSelect;

/** Inserts a session. */
export async function insertSession(db: Database, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
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

/**
 * Records activity: moves the idle expiry forward (never backward: a touch older than the stored one, e.g. from
 * another node, changes nothing).
 */
export async function touchSession(db: Database, id: string, at: Date, idleExpiresAt: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: at, idleExpiresAt })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), lt(sessions.lastSeenAt, at)));
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

/** One active role grant as the session lookup returns it. */
export interface SessionGrant {
  readonly role: Role;
  readonly unitId: string;
  /** End of validity, milliseconds since the epoch. */
  readonly validUntilMs: number;
}

/**
 * Everything the session resolver checks, read in one statement: the session, its device (if bound), the
 * account with its staff record and unit, and the account's role grants valid at `at`. Nothing is cached: every
 * request sees the current rows, so a revoked session, device, account or grant takes effect at once.
 */
export interface SessionLookup {
  readonly session: Session;
  /** The bound device's status and secret hash; null when the session has no device or the row is gone. */
  readonly device: { readonly status: Device['status']; readonly secretHash: string } | null;
  /** The account with its staff record and unit; null when any of the three rows is missing. */
  readonly account: {
    readonly id: string;
    readonly staffId: string;
    readonly username: string;
    readonly status: Account['status'];
    readonly mustChangePassword: boolean;
    readonly staffStatus: string;
    readonly unitId: string;
    readonly provinceCode: string | null;
  } | null;
  /** Grants of the account valid at `at` (not revoked, started, not yet ended), by role. */
  readonly grants: readonly SessionGrant[];
}

/** The lookup statement, prepared once per database. */
const sessionLookupOf = perDatabase((db) => {
  const atParam = sql.placeholder('at');
  const grants = sql<SessionGrant[] | string>`(
    select coalesce(json_agg(json_build_object(
             'role', g.role, 'unitId', g.unit_id,
             'validUntilMs', floor(extract(epoch from g.valid_until) * 1000)::bigint) order by g.role), '[]'::json)
      from auth_role_grants g
     where g.account_id = auth_accounts.id and g.revoked_at is null
       and g.valid_from <= ${atParam}::timestamptz and g.valid_until > ${atParam}::timestamptz)`;
  return db
    .select({
      session: sessions,
      deviceStatus: devices.status,
      deviceSecretHash: devices.secretHash,
      accountId: accounts.id,
      staffId: accounts.staffId,
      username: accounts.username,
      accountStatus: accounts.status,
      mustChangePassword: accounts.mustChangePassword,
      staffStatus: staff.status,
      unitId: staff.unitId,
      unitFound: units.id,
      provinceCode: units.provinceCode,
      grants,
    })
    .from(sessions)
    .leftJoin(devices, eq(devices.id, sessions.deviceId))
    .leftJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(staff, eq(staff.id, accounts.staffId))
    .leftJoin(units, eq(units.id, staff.unitId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('khien_session_for_request');
});

/**
 * The same statement as {@link sessionLookupOf}, written out for the raw path on PostgreSQL (`db/raw-statement.ts`):
 * `$1` the token hash, `$2` now. Columns in the order {@link lookupRowOf} reads them; the token hash is unique,
 * so no limit.
 */
const SESSION_LOOKUP_RAW: NamedStatement = {
  name: 'khien_session_for_request_raw',
  text: `select s.id, s.token_hash, s.account_id, s.device_id, s.mfa, s.csrf_token, s.ip, s.user_agent, s.created_at,
       s.last_seen_at, s.idle_expires_at, s.absolute_expires_at, s.revoked_at, s.revoke_reason,
       d.status, d.secret_hash, a.id, a.staff_id, a.username, a.status, a.must_change_password, st.status, st.unit_id,
       u.id, u.province_code,
       (select coalesce(json_agg(json_build_object(
                 'role', g.role, 'unitId', g.unit_id,
                 'validUntilMs', floor(extract(epoch from g.valid_until) * 1000)::bigint) order by g.role), '[]'::json)
          from auth_role_grants g
         where g.account_id = a.id and g.revoked_at is null
           and g.valid_from <= $2::timestamptz and g.valid_until > $2::timestamptz)
  from auth_sessions s
  left join auth_devices d on d.id = s.device_id
  left join auth_accounts a on a.id = s.account_id
  left join org_staff st on st.id = a.staff_id
  left join org_units u on u.id = st.unit_id
 where s.token_hash = $1`,
};

type LookupRow = Awaited<ReturnType<ReturnType<typeof sessionLookupOf>['execute']>>[number];

/**
 * Reads a raw row of {@link SESSION_LOOKUP_RAW} into the shape Drizzle's statement gives (pg's parsers already
 * give dates for timestamps and parsed JSON).
 *
 * @param r - the row's columns, or undefined
 * @returns the row, or undefined
 */
function lookupRowOf(r: readonly unknown[] | undefined): LookupRow | undefined {
  if (!r) return undefined;
  // Each column as the type its field has (the statement's select order is the contract).
  const c = (i: number): never => r[i] as never;
  return {
    session: {
      id: c(0), tokenHash: c(1), accountId: c(2), deviceId: c(3), mfa: c(4), csrfToken: c(5), ip: c(6), userAgent: c(7),
      createdAt: c(8), lastSeenAt: c(9), idleExpiresAt: c(10), absoluteExpiresAt: c(11), revokedAt: c(12), revokeReason: c(13),
    },
    deviceStatus: c(14),
    deviceSecretHash: c(15),
    accountId: c(16),
    staffId: c(17),
    username: c(18),
    accountStatus: c(19),
    mustChangePassword: c(20),
    staffStatus: c(21),
    unitId: c(22),
    unitFound: c(23),
    provinceCode: c(24),
    grants: c(25),
  };
}

/**
 * Finds a session by the hash of its token together with its device, account, staff record, unit and active
 * grants (one round trip; left joins, a JSON aggregate for the grants; a prepared statement).
 *
 * @param db - database
 * @param tokenHash - SHA-256 of the session token
 * @param at - now (grants valid at this time)
 * @returns the lookup, or undefined when no session has this token
 */
export async function findSessionForRequest(db: Database, tokenHash: string, at: Date): Promise<SessionLookup | undefined> {
  const pool = rawPoolOf(db);
  const row = pool
    ? lookupRowOf((await runNamed(pool, SESSION_LOOKUP_RAW, [tokenHash, at.toISOString()]))[0])
    : (await sessionLookupOf(db).execute({ tokenHash, at: at.toISOString() }))[0];
  if (!row) return undefined;
  const account =
    row.accountId !== null && row.staffId !== null && row.username !== null && row.accountStatus !== null && row.mustChangePassword !== null &&
    row.staffStatus !== null && row.unitId !== null && row.unitFound !== null
      ? {
          id: row.accountId,
          staffId: row.staffId,
          username: row.username,
          status: row.accountStatus,
          mustChangePassword: row.mustChangePassword,
          staffStatus: row.staffStatus,
          unitId: row.unitId,
          provinceCode: row.provinceCode,
        }
      : null;
  const device = row.deviceStatus !== null && row.deviceSecretHash !== null ? { status: row.deviceStatus, secretHash: row.deviceSecretHash } : null;
  // Drivers return json already parsed; a text form (some PGlite type settings) is parsed here.
  const list = typeof row.grants === 'string' ? (JSON.parse(row.grants) as SessionGrant[]) : row.grants;
  return { session: row.session, device, account, grants: (list ?? []).map((g) => ({ role: g.role, unitId: g.unitId, validUntilMs: Number(g.validUntilMs) })) };
}
