/**
 * HTTP helpers of the identity routes: the request origin for events, and the session, CSRF and device cookies.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { RequestOrigin } from '../auth-events.ts';
import type { SessionTokens } from '../sessions.ts';
import { readDeviceCookie } from '../session-resolver.ts';
import { CSRF_COOKIE, DEVICE_COOKIE, SESSION_COOKIE, type AuthSettings } from '../settings.ts';
import type { SignInOrigin } from '../signin/sign-in.ts';

/**
 * The origin of a request for events.
 *
 * @param request - the request
 * @returns origin
 */
export function originOf(request: FastifyRequest): RequestOrigin {
  const actor = request.ctx.actor;
  const presented = readDeviceCookie(request);
  return {
    ip: request.ip,
    userAgent: request.ctx.userAgent?.slice(0, 300) ?? null,
    requestId: request.id,
    deviceId: actor?.type === 'staff' ? actor.deviceId : (presented?.deviceId ?? null),
    deviceRegistered: actor?.type === 'staff' ? actor.deviceRegistered : null,
  };
}

/**
 * The origin of a sign-in attempt (with the presented device cookie).
 *
 * @param request - the request
 * @returns origin
 */
export function signInOriginOf(request: FastifyRequest): SignInOrigin {
  return { ip: request.ip, userAgent: request.ctx.userAgent?.slice(0, 300) ?? null, requestId: request.id, device: readDeviceCookie(request) };
}

/**
 * Sets the session cookie (HttpOnly, SameSite=Strict, Secure per configuration) and the readable CSRF cookie.
 *
 * @param reply - the reply
 * @param config - configuration (`secureCookies`)
 * @param settings - timeouts (cookie lifetime = absolute timeout)
 * @param tokens - the session's tokens
 */
export function setSessionCookies(reply: FastifyReply, config: Config, settings: AuthSettings, tokens: SessionTokens): void {
  const maxAge = settings.absoluteHours * 3600;
  reply.setCookie(SESSION_COOKIE, tokens.token, { path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'strict', maxAge });
  reply.setCookie(CSRF_COOKIE, tokens.csrfToken, { path: '/', httpOnly: false, secure: config.secureCookies, sameSite: 'strict', maxAge });
}

/** Clears the session cookies. */
export function clearSessionCookies(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'strict' });
  reply.clearCookie(CSRF_COOKIE, { path: '/', secure: config.secureCookies, sameSite: 'strict' });
}

/**
 * Sets the long-lived signed device cookie.
 *
 * @param reply - the reply
 * @param config - configuration
 * @param settings - cookie lifetime
 * @param cookieValue - `<deviceId>.<secret>` (signed here)
 */
export function setDeviceCookie(reply: FastifyReply, config: Config, settings: AuthSettings, cookieValue: string): void {
  reply.setCookie(DEVICE_COOKIE, cookieValue, {
    path: '/',
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'strict',
    signed: true,
    maxAge: settings.deviceCookieDays * 86_400,
  });
}
