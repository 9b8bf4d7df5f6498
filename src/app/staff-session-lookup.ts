/**
 * The decision service's staff-session port (access `StaffSessionLookup`), backed by the identity module: the
 * same one-statement session lookup and timeouts as the console's session resolver. A business application
 * cannot present the staff member's device cookie, so the device counts as registered when the session was
 * opened on a device that is still approved (the binding was checked when the session was opened). An
 * application that signed the staff member in through Khiên's single sign-on forwards its access token instead
 * (`access/sso-access-token.ts`: only toward the system it was issued to, only while the session lives).
 *
 * A business application asks about the same staff member many times a second (one decision per row it shows),
 * so a live session, once resolved, is trusted for {@link STAFF_SESSION_CACHE_MS} without reading it again.
 * `forget()` drops every resolved session at once: the composition root calls it on every identity or
 * administrative event on this node's bus (sign-out, session or device revocation, account blocked, role grant
 * or HR change, …) and on every change notice of another process (account suspension, reinstatement, HR
 * events: `db/change-notices.ts`), so such a change stops the next decision; a session signed out or revoked on
 * another node sharing the database stops within that time. A session is never kept past its own idle or
 * absolute expiry. Unknown, ended or refused sessions are never kept.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { StaffSessionLookup } from '../access/decision-service.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import { staffActorOf } from '../auth/load-actor.ts';
import { findSessionForRequest, touchSession } from '../auth/session.repo.ts';
import { createSessionTouchGate } from '../auth/session-touch.ts';
import { staffOfSsoAccessToken } from '../access/sso-access-token.ts';
import { sessionDeadReason } from '../auth/sessions.ts';
import { sha256Hex } from '../platform/ids.ts';

/** How long a resolved live session is trusted without reading it again (ms). */
export const STAFF_SESSION_CACHE_MS = 1_000;

/** Most sessions kept at once (beyond it the cache starts again empty). */
const MAX_CACHED_SESSIONS = 20_000;

/** The port with its cache. */
export interface CachedStaffSessionLookup {
  /** The lookup (token, calling system): the staff actor of a live session, or null. */
  readonly lookup: StaffSessionLookup;
  /** Forgets every resolved session: the next decision of any session reads it again. */
  forget(): void;
}

/**
 * Creates the port.
 *
 * @param auth - the identity module
 * @returns the lookup and the function that empties its cache
 */
export function staffSessionLookup(auth: AuthModule): CachedStaffSessionLookup {
  const { db, clock, settings } = auth.ctx;
  // Resolved sessions by calling system and token hash (an SSO access token resolves toward one system only).
  const cache = new Map<string, { readonly actor: StaffActor; readonly until: number }>();
  // The console's rule (auth/session-touch.ts): a due session is touched once, not by every concurrent decision.
  const touch = createSessionTouchGate((id, at) => touchSession(db, id, at, new Date(at.getTime() + settings.idleMinutes * 60_000)));
  let generation = 0;

  /** The actor of a live session and until when it may be kept (never past the session's own expiry). */
  const resolve = async (token: string, tokenHash: string, systemId: string, at: Date): Promise<{ actor: StaffActor; until: number } | null> => {
    const keep = at.getTime() + STAFF_SESSION_CACHE_MS;
    const lookup = await findSessionForRequest(db, tokenHash, at);
    if (!lookup) {
      // Not a Khiên session token: perhaps the access token this system received at single sign-on.
      const sso = await staffOfSsoAccessToken(db, token, systemId, at);
      return sso ? { actor: sso, until: keep } : null;
    }
    const { session } = lookup;
    if (sessionDeadReason(session, at) !== null) return null;
    const deviceRegistered = session.deviceId !== null && lookup.device?.status === 'approved';
    const actor = staffActorOf(lookup, deviceRegistered);
    if (!actor) return null;
    await touch.touchIfDue(session.id, session.lastSeenAt, at);
    // The idle expiry as read (a touch only moves it later): the one-second keep never outlives the session.
    return { actor, until: Math.min(keep, session.idleExpiresAt.getTime(), session.absoluteExpiresAt.getTime()) };
  };

  const lookup = async (token: string, systemId: string): Promise<StaffActor | null> => {
    if (token.length < 20 || token.length > 100) return null;
    const tokenHash = sha256Hex(token);
    const key = `${systemId}:${tokenHash}`;
    const at = clock.now();
    const hit = cache.get(key);
    if (hit && at.getTime() < hit.until) return hit.actor;
    if (hit) cache.delete(key);
    const seen = generation;
    const live = await resolve(token, tokenHash, systemId, at);
    if (!live) return null;
    // Not kept when a change was announced while the session was read (the read may predate it).
    if (seen === generation) {
      if (cache.size >= MAX_CACHED_SESSIONS) cache.clear();
      cache.set(key, live);
    }
    return live.actor;
  };

  return {
    lookup,
    forget() {
      generation += 1;
      cache.clear();
    },
  };
}
