/**
 * The decision service's staff-session port (access `StaffSessionLookup`), backed by the identity module: the
 * same one-statement session lookup and timeouts as the console's session resolver. A business application
 * cannot present the staff member's device cookie, so the device counts as registered when the session was
 * opened on a device that is still approved (the binding was checked when the session was opened).
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { StaffSessionLookup } from '../access/decision-service.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import { staffActorOf } from '../auth/load-actor.ts';
import { findSessionForRequest, touchSession } from '../auth/session.repo.ts';
import { sessionDeadReason } from '../auth/sessions.ts';
import { sha256Hex } from '../platform/ids.ts';

/** Write the idle expiry forward at most this often (ms), as the console's resolver does. */
const TOUCH_EVERY_MS = 30_000;

/**
 * Creates the port.
 *
 * @param auth - the identity module
 * @returns the lookup: the staff actor of a live session, or null
 */
export function staffSessionLookup(auth: AuthModule): StaffSessionLookup {
  const { db, clock, settings } = auth.ctx;
  return async (token: string): Promise<StaffActor | null> => {
    if (token.length < 20 || token.length > 100) return null;
    const at = clock.now();
    const lookup = await findSessionForRequest(db, sha256Hex(token), at);
    if (!lookup || sessionDeadReason(lookup.session, at) !== null) return null;
    const deviceRegistered = lookup.session.deviceId !== null && lookup.device?.status === 'approved';
    const actor = staffActorOf(lookup, deviceRegistered);
    if (!actor) return null;
    if (at.getTime() - lookup.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await touchSession(db, lookup.session.id, at, new Date(at.getTime() + settings.idleMinutes * 60_000));
    }
    return actor;
  };
}
