/**
 * Routes of the staff provider: the provider itself under `/sso` (its Node callback, with Fastify's body parsing
 * switched off so that it reads its own form posts) and the sign-in step under `/sso/interaction/:uid`.
 *
 * The sign-in step, in order: a live Khiên session already behind the browser's provider session (a second
 * application) finishes at once; a console session in the same browser is offered ("continue as …", a link, so
 * no state-changing request rides on the console cookie); otherwise the staff number, password and one-time code
 * go through the console's own sign-in (`auth/signin/sign-in.ts`: throttling and lockout, account and staff status,
 * registered device, TOTP), whose session then serves the console and the application alike.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import type { StaffActor } from '../actors/staff-actor.ts';
import { PERSONAL_DATA_ROLES } from '../actors/roles.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import { liveStaffOfSession } from '../auth/session-liveness.ts';
import { signIn } from '../auth/signin/sign-in.ts';
import { originOf, setSessionCookies, signInOriginOf } from '../auth/routes/http-support.ts';
import { isKhienError, lookupError, formatMessage } from '../platform/errors.ts';
import { oidcProviderMount } from '../platform/oidc-provider-mount.ts';
import { findEnabledSsoClient, type SsoClientListed } from './sso.repo.ts';
import { renderSsoMessagePage, renderSsoSignInPage, type SsoLang } from './sso-interaction-page.ts';
import { SSO_INTERACTION_PATH, SSO_PATH } from './sso-provider.ts';
import { finishSsoSignIn, staffOfProviderSession, type SsoSignInDeps } from './sso-signins.ts';

/**
 * Mounts the provider under `/sso`, where the console's session cookie is not read (the provider keeps its own
 * session; the interaction pages look at the console's).
 *
 * @param app - the encapsulated instance
 * @param opts - the provider
 */
export const ssoProviderMount: FastifyPluginAsync<{ readonly provider: Provider }> = (app, opts) =>
  oidcProviderMount(app, { provider: opts.provider, path: SSO_PATH, routeConfig: { khienIgnoreSession: true } });

/** Options of {@link ssoInteractionRoutes}. */
export interface SsoInteractionOptions extends SsoSignInDeps {
  readonly auth: AuthContext;
}

const Params = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) });
const Query = Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) });
const Body = Type.Object({
  username: Type.String({ maxLength: 32 }),
  password: Type.String({ maxLength: 256 }),
  totp: Type.Optional(Type.String({ maxLength: 16 })),
});

/** The page's own policy: no scripts, the form may post here and be redirected to the application. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https: http:; frame-ancestors 'none'; base-uri 'none'";

/**
 * Whether a staff actor may sign in to an application: the console's own gate (no pending password change, TOTP
 * done when a role reaches personal data).
 *
 * @param actor - the actor
 * @returns true when usable
 */
export function usableForSso(actor: StaffActor): boolean {
  if (actor.mustChangePassword) return false;
  return actor.mfa || !actor.roles.some((r) => PERSONAL_DATA_ROLES.has(r.role));
}

/**
 * The sign-in step.
 *
 * @param app - the encapsulated instance
 * @param opts - provider, database, clock, recorder, identity context
 */
export const ssoInteractionRoutes: FastifyPluginAsyncTypebox<SsoInteractionOptions> = async (app, opts) => {
  const { provider } = opts;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const html = (reply: FastifyReply, status: number, body: string): FastifyReply =>
    reply.status(status).header('cache-control', 'no-store').header('content-security-policy', PAGE_CSP).type('text/html; charset=utf-8').send(body);
  const load = async (request: FastifyRequest, reply: FastifyReply, uid: string): Promise<{ details: Interaction; client: SsoClientListed } | null> => {
    try {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      const clientId = details.params.client_id;
      if (details.uid !== uid || typeof clientId !== 'string') return null;
      const client = await findEnabledSsoClient(opts.db, clientId);
      return client ? { details, client } : null;
    } catch {
      return null;
    }
  };
  const finish = async (request: FastifyRequest, reply: FastifyReply, loaded: { details: Interaction; client: SsoClientListed }, staff: StaffActor): Promise<FastifyReply> => {
    const origin = { ...originOf(request), deviceId: staff.deviceId, deviceRegistered: staff.deviceRegistered };
    const result = await finishSsoSignIn(opts, loaded.details, loaded.client, staff, origin);
    const to = await provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: false });
    return reply.header('cache-control', 'no-store').redirect(to, 303);
  };
  const consoleActor = (request: FastifyRequest): StaffActor | null => {
    const actor = request.ctx.actor;
    return actor?.type === 'staff' && usableForSso(actor) ? actor : null;
  };

  app.get(
    `${SSO_INTERACTION_PATH}/:uid`,
    { config: { khienAuthOptional: true }, schema: { hide: true, params: Params, querystring: Query } },
    async (request, reply) => {
      const lang: SsoLang = request.query.lang ?? request.ctx.lang;
      const action = `${SSO_INTERACTION_PATH}/${request.params.uid}`;
      const loaded = await load(request, reply, request.params.uid);
      if (!loaded) return html(reply, 400, renderSsoMessagePage(lang, action, 'expired'));
      const behind = await staffOfProviderSession(opts, loaded.details);
      if (behind && usableForSso(behind)) return finish(request, reply, loaded, behind);
      const mine = consoleActor(request);
      return html(reply, 200, renderSsoSignInPage({ lang, action, appName: loaded.client.systemDisplayName, continueAs: mine?.username ?? null }));
    },
  );

  app.get(
    `${SSO_INTERACTION_PATH}/:uid/continue`,
    { config: { khienAuthOptional: true }, schema: { hide: true, params: Params, querystring: Query } },
    async (request, reply) => {
      const lang: SsoLang = request.query.lang ?? request.ctx.lang;
      const action = `${SSO_INTERACTION_PATH}/${request.params.uid}`;
      const loaded = await load(request, reply, request.params.uid);
      if (!loaded) return html(reply, 400, renderSsoMessagePage(lang, action, 'expired'));
      const mine = consoleActor(request);
      if (!mine) return html(reply, 200, renderSsoSignInPage({ lang, action, appName: loaded.client.systemDisplayName }));
      return finish(request, reply, loaded, mine);
    },
  );

  app.post(
    `${SSO_INTERACTION_PATH}/:uid`,
    { config: { khienIgnoreSession: true }, schema: { hide: true, params: Params, querystring: Query, body: Body } },
    async (request, reply) => {
      const lang: SsoLang = request.query.lang ?? request.ctx.lang;
      const action = `${SSO_INTERACTION_PATH}/${request.params.uid}`;
      const loaded = await load(request, reply, request.params.uid);
      if (!loaded) return html(reply, 400, renderSsoMessagePage(lang, action, 'expired'));
      const page = (status: number, error: string | null): FastifyReply =>
        html(reply, status, renderSsoSignInPage({ lang, action, appName: loaded.client.systemDisplayName, error }));
      const totp = request.body.totp?.trim() || undefined;
      let signedIn;
      try {
        signedIn = await signIn(opts.auth, { username: request.body.username, password: request.body.password, ...(totp ? { totp } : {}) }, signInOriginOf(request));
      } catch (err) {
        if (!isKhienError(err)) throw err;
        const spec = lookupError(err.code);
        return page(err.statusCode, spec ? formatMessage(spec[lang], [...err.params]) : err.code);
      }
      // The console and the application share the one session: the browser gets the console's cookies too.
      setSessionCookies(reply, opts.auth.config, opts.auth.settings, signedIn.tokens);
      const staff = await liveStaffOfSession(opts.db, signedIn.tokens.sessionId, opts.clock.now());
      if (!staff || !usableForSso(staff) || signedIn.totpEnrolmentRequired) return html(reply, 403, renderSsoMessagePage(lang, action, 'finishInConsole'));
      return finish(request, reply, loaded, staff);
    },
  );
};
