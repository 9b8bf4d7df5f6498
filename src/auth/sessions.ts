/**
 * Server-side sessions: creation with the per-role concurrency limit, token rotation on privilege change,
 * and the expiry rules (idle and absolute timeouts).
 */
import type { Database } from '../db/client.ts';
import { newId, newToken, sha256Hex } from '../platform/ids.ts';
import { insertSession, listLiveSessions, revokeSession, rotateSessionToken, type Session } from './session.repo.ts';
import type { AuthSettings } from './settings.ts';
import type { Role } from '../actors/roles.ts';

/** The secrets of a new or rotated session (sent once, in cookies). */
export interface SessionTokens {
  readonly sessionId: string;
  readonly token: string;
  readonly csrfToken: string;
}

/**
 * The concurrent-session limit of an account: the most permissive of its roles (1 without roles).
 *
 * @param roles - active roles
 * @param settings - limits per role
 * @returns the limit
 */
export function sessionLimitFor(roles: readonly Role[], settings: AuthSettings): number {
  let limit = 1;
  for (const r of roles) limit = Math.max(limit, settings.maxSessionsByRole[r]);
  return limit;
}

/**
 * Starts a session, revoking the oldest live ones beyond the account's limit.
 *
 * @param db - database or transaction
 * @param settings - timeouts and limits
 * @param input - account, device, MFA state, origin, roles, time
 * @returns the new tokens and the ids of sessions revoked by the limit
 */
export async function startSession(
  db: Database,
  settings: AuthSettings,
  input: { accountId: string; deviceId: string | null; mfa: boolean; ip: string | null; userAgent: string | null; roles: readonly Role[]; at: Date },
): Promise<SessionTokens & { readonly displaced: readonly string[] }> {
  const limit = sessionLimitFor(input.roles, settings);
  const live = await listLiveSessions(db, input.accountId, input.at);
  const displaced: string[] = [];
  for (const s of live.slice(0, Math.max(0, live.length - limit + 1))) {
    if (await revokeSession(db, s.id, input.at, 'concurrent_limit')) displaced.push(s.id);
  }
  const sessionId = newId();
  const token = newToken(32);
  const csrfToken = newToken(24);
  await insertSession(db, {
    id: sessionId,
    tokenHash: sha256Hex(token),
    accountId: input.accountId,
    deviceId: input.deviceId,
    mfa: input.mfa,
    csrfToken,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: input.at,
    lastSeenAt: input.at,
    idleExpiresAt: new Date(input.at.getTime() + settings.idleMinutes * 60_000),
    absoluteExpiresAt: new Date(input.at.getTime() + settings.absoluteHours * 3_600_000),
  });
  return { sessionId, token, csrfToken, displaced };
}

/**
 * Gives a session a new token and CSRF token (rotation on privilege change: MFA completed, password changed),
 * so a token observed before the change is worthless after it.
 *
 * @param db - database or transaction
 * @param sessionId - the session
 * @param mfa - new MFA state, if it changes
 * @returns the new tokens
 */
export async function rotateSession(db: Database, sessionId: string, mfa?: boolean): Promise<SessionTokens> {
  const token = newToken(32);
  const csrfToken = newToken(24);
  await rotateSessionToken(db, sessionId, sha256Hex(token), csrfToken, mfa);
  return { sessionId, token, csrfToken };
}

/**
 * Whether a session can still be used at `at`.
 *
 * @param s - the session
 * @param at - now
 * @returns the reason it is dead, or null when live
 */
export function sessionDeadReason(s: Session, at: Date): 'revoked' | 'idle_timeout' | 'absolute_timeout' | null {
  if (s.revokedAt) return 'revoked';
  if (s.absoluteExpiresAt.getTime() <= at.getTime()) return 'absolute_timeout';
  if (s.idleExpiresAt.getTime() <= at.getTime()) return 'idle_timeout';
  return null;
}
