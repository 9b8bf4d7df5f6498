/**
 * "My sessions": the holder lists their sessions and revokes any of them; sign-out revokes the current one.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import { AuthErrors } from './auth.errors.ts';
import type { AuthContext } from './auth-context.ts';
import { buildAuthEvent, recordEvents, type RequestOrigin } from './auth-events.ts';
import { findSession, listRecentSessions, revokeAccountSessions, revokeSession } from './session.repo.ts';
import { sessionDeadReason } from './sessions.ts';

/** A session as shown to its holder (no token, no CSRF secret). */
export interface SessionView {
  readonly id: string;
  readonly current: boolean;
  readonly live: boolean;
  readonly deviceId: string | null;
  readonly mfa: boolean;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly endedReason: string | null;
}

/**
 * Lists the holder's recent sessions.
 *
 * @param ctx - module dependencies
 * @param actor - the holder
 * @returns up to 50 sessions, newest first
 */
export async function listMySessions(ctx: AuthContext, actor: StaffActor): Promise<SessionView[]> {
  const at = ctx.clock.now();
  const rows = await listRecentSessions(ctx.db, actor.accountId, 50);
  return rows.map((s) => {
    const dead = sessionDeadReason(s, at);
    return {
      id: s.id,
      current: s.id === actor.sessionId,
      live: dead === null,
      deviceId: s.deviceId,
      mfa: s.mfa,
      ip: s.ip,
      userAgent: s.userAgent,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      endedReason: dead === 'revoked' ? (s.revokeReason ?? 'revoked') : dead,
    };
  });
}

/**
 * Revokes one of the holder's sessions (or all others with `'others'`).
 *
 * @param ctx - module dependencies
 * @param actor - the holder
 * @param target - a session id, `'current'` (sign-out) or `'others'`
 * @param origin - request origin
 * @returns how many sessions were revoked
 * @throws AuthErrors.SESSION_NOT_FOUND when the id is not one of the holder's sessions
 */
export async function revokeMySession(ctx: AuthContext, actor: StaffActor, target: string, origin: RequestOrigin): Promise<number> {
  const at = ctx.clock.now();
  const base = { accountId: actor.accountId, username: actor.username, unitId: actor.unitId, provinceCode: actor.provinceCode ?? '00' };
  if (target === 'others') {
    await recordEvents(ctx.recorder(), buildAuthEvent(at, origin, { ...base, sessionId: actor.sessionId, action: 'session_revoked', outcome: 'success', reason: 'holder_revoked_others' }));
    return (await revokeAccountSessions(ctx.db, actor.accountId, at, 'holder_revoked', actor.sessionId)).length;
  }
  const id = target === 'current' ? actor.sessionId : target;
  const session = await findSession(ctx.db, id);
  if (!session || session.accountId !== actor.accountId) throw new AuthErrors.SESSION_NOT_FOUND();
  const signout = id === actor.sessionId;
  await recordEvents(
    ctx.recorder(),
    buildAuthEvent(at, origin, { ...base, sessionId: id, action: signout ? 'signout' : 'session_revoked', outcome: 'success', reason: signout ? 'signout' : 'holder_revoked' }),
  );
  return (await revokeSession(ctx.db, id, at, signout ? 'signout' : 'holder_revoked')) ? 1 : 0;
}
