/**
 * Citizen sign-in routes under `/api/citizen/auth`: start (redirect to the provider), callback (code
 * exchange, session), sign-out.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Database } from '../db/client.ts';
import type { AuthEvent, EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId, newToken, sha256Hex } from '../platform/ids.ts';
import { CitizenErrors } from './citizen.errors.ts';
import { deleteExpiredLoginFlows, findPersonIdByPersonalId, insertLoginFlow, takeLoginFlow } from './citizen.repo.ts';
import type { CitizenConfig } from './citizen-config.ts';
import { closeCitizenSession, openCitizenSession } from './citizen-session.ts';
import { CallbackQuery, ErrorBody, LoginQuery } from './citizen.http-schemas.ts';
import type { CitizenOidcClient } from './oidc-client.ts';

/** Options of {@link citizenAuthRoutes}. */
export interface CitizenAuthOptions {
  readonly cfg: CitizenConfig;
  readonly client: CitizenOidcClient;
  readonly db: Database;
  readonly clock: Clock;
  /** Read at request time: the composition root may replace the recorder after registration. */
  readonly recorder: () => EventRecorder;
}

/** Cookie that binds a callback to the browser that started the flow. */
export const FLOW_COOKIE = 'khien_citizen_flow';
const FLOW_PATH = '/api/citizen/auth';
const FLOW_TTL_SECONDS = 600;

/** Registers the sign-in routes (prefix `/api/citizen/auth`). */
export const citizenAuthRoutes: FastifyPluginAsyncTypebox<CitizenAuthOptions> = async (app, opts) => {
  const { cfg, client, db, clock } = opts;
  const sessionDeps = { db, clock, ttlSeconds: cfg.sessionTtlSeconds, secureCookies: cfg.secureCookies };

  const recordSignin = async (outcome: 'success' | 'failure', reason: string, subject: string | null, requestId: string, ip: string, ua: string | null): Promise<void> => {
    const event: AuthEvent = {
      id: newId(),
      kind: 'auth',
      time: clock.now().toISOString(),
      requestId,
      source: { ip, userAgent: ua, system: 'khien' },
      action: 'signin',
      // Prefixed so that detectors never mistake a citizen for a staff account.
      accountId: subject ? `citizen:${subject}` : null,
      outcome,
      reason,
    };
    try {
      await opts.recorder().record(event);
    } catch {
      // A session is opened only once its sign-in is on record; a failed attempt is refused anyway.
      if (outcome === 'success') throw new CitizenErrors.AUDIT_UNAVAILABLE();
    }
  };

  app.get(
    '/login',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Start citizen sign-in (redirect to the identity provider)',
        querystring: LoginQuery,
        response: { 303: Type.Null(), 503: ErrorBody },
      },
    },
    async (request, reply) => {
      if (!cfg.issuer) throw new CitizenErrors.SIGNIN_UNAVAILABLE();
      const start = await client.start(request.ctx.lang);
      const token = newToken();
      const now = clock.now();
      await deleteExpiredLoginFlows(db, now);
      await insertLoginFlow(db, {
        id: newId(),
        tokenHash: sha256Hex(token),
        state: start.state,
        nonce: start.nonce,
        codeVerifier: start.codeVerifier,
        createdAt: now,
        expiresAt: new Date(now.getTime() + FLOW_TTL_SECONDS * 1000),
      });
      reply.setCookie(FLOW_COOKIE, token, {
        httpOnly: true,
        secure: cfg.secureCookies,
        sameSite: 'lax',
        path: FLOW_PATH,
        maxAge: FLOW_TTL_SECONDS,
      });
      return reply.header('cache-control', 'no-store').redirect(start.url, 303);
    },
  );

  app.get(
    '/callback',
    {
      schema: {
        tags: ['citizen'],
        summary: 'OpenID Connect redirect URI',
        querystring: CallbackQuery,
        response: { 303: Type.Null(), 400: ErrorBody, 403: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const { requestId, ip, userAgent } = request.ctx;
      const token = request.cookies[FLOW_COOKIE];
      reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH, httpOnly: true, secure: cfg.secureCookies, sameSite: 'lax' });
      const flow = token && token.length <= 200 ? await takeLoginFlow(db, sha256Hex(token), clock.now()) : undefined;
      if (!flow) {
        await recordSignin('failure', 'CITIZEN_FLOW_UNKNOWN', null, requestId, ip, userAgent);
        throw new CitizenErrors.SIGNIN_FAILED();
      }
      const rawUrl = request.raw.url ?? '';
      const query = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?') + 1) : '';
      let identity;
      try {
        identity = await client.finish(query, flow);
      } catch (err) {
        await recordSignin('failure', 'CITIZEN_OIDC_REJECTED', null, requestId, ip, userAgent);
        throw err;
      }
      const personId = await findPersonIdByPersonalId(db, identity.personalId);
      if (!personId) {
        await recordSignin('failure', 'CITIZEN_NOT_INSURED', identity.subject, requestId, ip, userAgent);
        throw new CitizenErrors.NOT_INSURED();
      }
      await recordSignin('success', 'CITIZEN_OIDC', identity.subject, requestId, ip, userAgent);
      await openCitizenSession(sessionDeps, reply, { personId, subject: identity.subject, issuer: identity.issuer });
      return reply.header('cache-control', 'no-store').redirect(cfg.afterSignInPath, 303);
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Sign out of the citizen view',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const actor = request.ctx.actor?.type === 'citizen' ? request.ctx.actor : null;
      await closeCitizenSession(sessionDeps, actor, reply);
      return reply.status(204).send(null);
    },
  );
};
