/**
 * Citizen sessions: after the OpenID callback, a server-side record with an absolute expiry and a random
 * token in the `khien_citizen` cookie (HttpOnly, SameSite=Lax, Secure per configuration, path `/api/citizen`
 * so that it never travels to staff routes). Only the token's SHA-256 is stored.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { newId, newToken, sha256Hex } from '../platform/ids.ts';
import type { CitizenActor } from '../actors/citizen-actor.ts';
import { deleteEndedCitizenSessions, findLiveCitizenSession, insertCitizenSession, revokeCitizenSession } from './citizen.repo.ts';

/** Name of the session cookie. */
export const CITIZEN_COOKIE = 'khien_citizen';
/** Path of the session cookie. */
export const CITIZEN_COOKIE_PATH = '/api/citizen';

/** What sessions need. */
export interface SessionDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly ttlSeconds: number;
  readonly secureCookies: boolean;
}

/**
 * Opens a session and sets its cookie.
 *
 * @param deps - database, clock, lifetime, cookie flag
 * @param reply - the reply that carries the cookie
 * @param who - the person, the provider's subject and issuer
 * @returns the session id
 */
export async function openCitizenSession(
  deps: SessionDeps,
  reply: FastifyReply,
  who: { personId: string; subject: string; issuer: string },
): Promise<string> {
  const token = newToken();
  const now = deps.clock.now();
  const id = newId();
  // Housekeeping on sign-in: sessions that ended more than a day ago are of no further use.
  await deleteEndedCitizenSessions(deps.db, new Date(now.getTime() - 86_400_000));
  await insertCitizenSession(deps.db, {
    id,
    tokenHash: sha256Hex(token),
    personId: who.personId,
    subject: who.subject,
    issuer: who.issuer,
    createdAt: now,
    expiresAt: new Date(now.getTime() + deps.ttlSeconds * 1000),
  });
  reply.setCookie(CITIZEN_COOKIE, token, {
    httpOnly: true,
    secure: deps.secureCookies,
    sameSite: 'lax',
    path: CITIZEN_COOKIE_PATH,
    maxAge: deps.ttlSeconds,
  });
  return id;
}

/**
 * Ends the caller's session and clears its cookie.
 *
 * @param deps - database, clock, cookie flag
 * @param actor - the signed-in citizen, if any
 * @param reply - the reply that clears the cookie
 */
export async function closeCitizenSession(deps: SessionDeps, actor: CitizenActor | null, reply: FastifyReply): Promise<void> {
  if (actor) await revokeCitizenSession(deps.db, actor.sessionId, deps.clock.now());
  reply.clearCookie(CITIZEN_COOKIE, { path: CITIZEN_COOKIE_PATH, httpOnly: true, secure: deps.secureCookies, sameSite: 'lax' });
}

/**
 * Builds the actor resolver for the `khien_citizen` cookie. An unknown, expired or revoked token resolves to
 * nobody (the citizen routes then answer 401), so a stale cookie never blocks signing in again.
 *
 * @param deps - database and clock
 * @returns the resolver to push into the app's resolvers
 */
export function citizenCookieResolver(deps: Pick<SessionDeps, 'db' | 'clock'>): (request: FastifyRequest) => Promise<CitizenActor | null> {
  return async (request) => {
    const token = request.cookies?.[CITIZEN_COOKIE];
    if (!token || token.length > 200) return null;
    const row = await findLiveCitizenSession(deps.db, sha256Hex(token), deps.clock.now());
    if (!row) return null;
    return { type: 'citizen', personId: row.personId, subject: row.subject, sessionId: row.id };
  };
}
