/**
 * Routes of the demo OpenID provider: the provider itself under `/oidc` (its Node callback, with Fastify's
 * body parsing switched off so that the provider reads its own form posts), and the sign-in and consent
 * steps under `/citizen/signin/:uid` (Vietnamese, English with `?lang=en`).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { newId, safeEqual } from '../platform/ids.ts';
import { oidcProviderMount } from '../platform/oidc-provider-mount.ts';
import { CitizenErrors } from './citizen.errors.ts';
import { ensureDemoAccount, findPersonIdByPersonalId } from './citizen.repo.ts';
import { DEMO_ISSUER_PATH } from './citizen-config.ts';
import { DEMO_CITIZEN_PASSWORD, INTERACTION_PATH } from './demo-idp.ts';
import { renderConsentPage, renderLoginPage, type Lang } from './interaction-page.ts';

/**
 * Mounts the provider under `/oidc`.
 *
 * @param app - the encapsulated instance
 * @param opts - the provider
 */
export const demoProviderMount: FastifyPluginAsync<{ readonly provider: Provider }> = (app, opts) =>
  oidcProviderMount(app, { provider: opts.provider, path: DEMO_ISSUER_PATH });

/** Options of {@link demoInteractionRoutes}. */
export interface InteractionRoutesOptions {
  readonly provider: Provider;
  readonly db: Database;
  readonly clock: Clock;
}

const Params = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) });
const Query = Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) });
const Body = Type.Object({
  step: Type.Union([Type.Literal('login'), Type.Literal('consent')]),
  personalId: Type.Optional(Type.String({ maxLength: 64 })),
  password: Type.Optional(Type.String({ maxLength: 256 })),
  decision: Type.Optional(Type.Union([Type.Literal('allow'), Type.Literal('deny')])),
});

/**
 * The sign-in and consent pages of the demo provider.
 */
export const demoInteractionRoutes: FastifyPluginAsyncTypebox<InteractionRoutesOptions> = async (app, opts) => {
  const { provider } = opts;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const load = async (request: FastifyRequest, reply: FastifyReply, uid: string) => {
    try {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      if (details.uid !== uid) throw new Error('interaction mismatch');
      return details;
    } catch {
      throw new CitizenErrors.INTERACTION_EXPIRED();
    }
  };
  const html = (reply: FastifyReply, status: number, body: string): FastifyReply =>
    reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
  const finish = async (request: FastifyRequest, reply: FastifyReply, result: InteractionResults): Promise<FastifyReply> => {
    // Merged with the login of the same authorization: the client asks for prompt=login (a fresh sign-in
    // each time), which the consent step must not undo by dropping the login it follows.
    const to = await provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: true });
    return reply.redirect(to, 303);
  };

  app.get(
    `${INTERACTION_PATH}/:uid`,
    { schema: { hide: true, params: Params, querystring: Query } },
    async (request, reply) => {
      const lang: Lang = request.ctx.lang;
      const details = await load(request, reply, request.params.uid);
      const action = `${INTERACTION_PATH}/${details.uid}`;
      if (details.prompt.name === 'login') return html(reply, 200, renderLoginPage(lang, action, DEMO_CITIZEN_PASSWORD, false));
      return html(reply, 200, renderConsentPage(lang, action, ['sub', 'name', 'personal_id']));
    },
  );

  app.post(
    `${INTERACTION_PATH}/:uid`,
    { schema: { hide: true, params: Params, querystring: Query, body: Body } },
    async (request, reply) => {
      const lang: Lang = request.ctx.lang;
      const details = await load(request, reply, request.params.uid);
      const action = `${INTERACTION_PATH}/${details.uid}`;
      const { step } = request.body;
      if (step === 'login' && details.prompt.name === 'login') {
        const pid = (request.body.personalId ?? '').trim();
        const okPassword = safeEqual(request.body.password ?? '', DEMO_CITIZEN_PASSWORD);
        const personId = /^[0-9]{12}$/.test(pid) ? await findPersonIdByPersonalId(opts.db, pid) : undefined;
        // Same answer for an unknown number and a wrong password.
        if (!okPassword || !personId) return html(reply, 401, renderLoginPage(lang, action, DEMO_CITIZEN_PASSWORD, true));
        const subject = await ensureDemoAccount(opts.db, `demo-${newId()}`, pid, opts.clock.now());
        return finish(request, reply, { login: { accountId: subject } });
      }
      if (step === 'consent' && details.prompt.name === 'consent') {
        if (request.body.decision !== 'allow') {
          return finish(request, reply, { error: 'access_denied', error_description: 'End-User aborted interaction' });
        }
        const accountId = details.session?.accountId;
        const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : undefined;
        if (!accountId || !clientId) throw new CitizenErrors.INTERACTION_EXPIRED();
        const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId });
        if (!grant) throw new CitizenErrors.INTERACTION_EXPIRED();
        const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
        if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
        if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
        const grantId = await grant.save();
        return finish(request, reply, { consent: { grantId } });
      }
      throw new CitizenErrors.INTERACTION_EXPIRED();
    },
  );
};
