/**
 * The session-cookie actor resolver (STYLE.md rule 7): the one place that reads `khien_session`, checks the
 * session's timeouts, binds it to the device cookie it was opened with, enforces the CSRF double-submit
 * token on state-changing requests, and produces the {@link StaffActor}.
 */
import type { FastifyRequest } from 'fastify';
import type { ActorResolver } from '../actors/context.ts';
import { safeEqual, sha256Hex } from '../platform/ids.ts';
import { AuthErrors } from './auth.errors.ts';
import type { AuthContext } from './auth-context.ts';
import { deviceSecretMatches, parseDeviceCookie, type PresentedDevice } from './device-cookie.ts';
import { staffActorOf } from './load-actor.ts';
import { findSessionForRequest, revokeSession, touchSession, type SessionLookup } from './session.repo.ts';
import { withRefusedCredential } from '../events/refused-credential.ts';
import { sessionDeadReason } from './sessions.ts';
import { CSRF_HEADER, DEVICE_COOKIE, SESSION_COOKIE } from './settings.ts';
import { createSessionTouchGate } from './session-touch.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Routes that work without a session (sign-in, device request): a dead session cookie is ignored there
     * instead of answered with `KHIEN_AUTH_SESSION_EXPIRED`.
     */
    khienAuthOptional?: boolean;
    /**
     * Routes that never act on the console session (single sign-on's sign-in form, which posts without the CSRF
     * header): the session cookie is not read there at all.
     */
    khienIgnoreSession?: boolean;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Reads the signed device cookie of a request.
 *
 * @param request - the request
 * @returns the presented device, or null when absent, unsigned or malformed
 */
export function readDeviceCookie(request: FastifyRequest): PresentedDevice | null {
  const raw = request.cookies?.[DEVICE_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid) return null;
  return parseDeviceCookie(unsigned.value);
}

/**
 * Creates the resolver to push into the app's `resolvers`.
 *
 * @param ctx - identity services' dependencies
 * @returns the resolver
 */
export function createSessionResolver(ctx: AuthContext): ActorResolver {
  // One touch per session at a time and per 30 s (session-touch.ts): concurrent requests of one session do not
  // all write the same row.
  const touch = createSessionTouchGate((id, at) => touchSession(ctx.db, id, at, new Date(at.getTime() + ctx.settings.idleMinutes * 60_000)));
  return async (request) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token || request.routeOptions?.config?.khienIgnoreSession === true) return null;
    const optional = request.routeOptions?.config?.khienAuthOptional === true;
    // Every refusal names what was refused, for the refusal log (http/refusal-log.ts): the session and the
    // account it belonged to with that account's current status, or nothing for a token matching no session.
    const dead = (reason: string, lookup?: SessionLookup): null => {
      if (optional) return null;
      const account = lookup?.account ?? null;
      throw withRefusedCredential(new AuthErrors.SESSION_EXPIRED(), {
        type: 'session',
        id: lookup?.session.id ?? null,
        reason,
        accountId: lookup?.session.accountId ?? null,
        username: account?.username ?? null,
        unitId: account?.unitId ?? null,
        provinceCode: account?.provinceCode ?? null,
        accountStatus: account?.status ?? null,
        staffStatus: account?.staffStatus ?? null,
      });
    };
    if (token.length < 20 || token.length > 100) return dead('session_malformed');
    const at = ctx.clock.now();
    // One statement: session, device, account with staff record and unit, active grants (no cache: a
    // revocation of any of them is seen by the very next request).
    const lookup = await findSessionForRequest(ctx.db, sha256Hex(token), at);
    if (!lookup) return dead('session_unknown');
    const ended = sessionDeadReason(lookup.session, at);
    if (ended) return dead(`session_${ended}`, lookup);
    const { session, device } = lookup;
    if (STATE_CHANGING.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) throw new AuthErrors.CSRF();
    }
    let deviceRegistered = false;
    if (session.deviceId) {
      // The session lives only on the device it was opened on: a copied session cookie is useless elsewhere.
      const presented = readDeviceCookie(request);
      if (!presented || presented.deviceId !== session.deviceId || !device || !deviceSecretMatches(presented, device.secretHash)) {
        return dead('session_device_mismatch', lookup);
      }
      if (device.status !== 'approved') {
        await revokeSession(ctx.db, session.id, at, 'device_revoked');
        return dead('session_device_revoked', lookup);
      }
      deviceRegistered = true;
    }
    const actor = staffActorOf(lookup, deviceRegistered);
    if (!actor) {
      await revokeSession(ctx.db, session.id, at, 'account_inactive');
      return dead('session_account_inactive', lookup);
    }
    await touch.touchIfDue(session.id, session.lastSeenAt, at);
    return actor;
  };
}
