/**
 * Whether a staff session is still live, by its id (for sign-ins to business applications, whose tokens hold the
 * session id, never its token): the same one-statement look-up, timeouts and account checks as the console's
 * resolver. The device counts as registered when the session was opened on a device still approved.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Database } from '../db/client.ts';
import { staffActorOf } from './load-actor.ts';
import { findSession, findSessionForRequest } from './session.repo.ts';
import { sessionDeadReason } from './sessions.ts';

/**
 * The staff actor of a live session.
 *
 * @param db - database
 * @param sessionId - the session (`auth_sessions.id`)
 * @param at - now
 * @returns the actor, or null when the session is unknown, ended, or its account, staff record or device is no longer active
 */
export async function liveStaffOfSession(db: Database, sessionId: string, at: Date): Promise<StaffActor | null> {
  const session = await findSession(db, sessionId);
  if (!session) return null;
  const lookup = await findSessionForRequest(db, session.tokenHash, at);
  if (!lookup || sessionDeadReason(lookup.session, at) !== null) return null;
  if (lookup.session.deviceId !== null && lookup.device?.status !== 'approved') return null;
  return staffActorOf(lookup, lookup.session.deviceId !== null);
}
