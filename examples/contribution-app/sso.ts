/**
 * The example application's single sign-on (mode `sso`, issue 15 items 1 and 5): staff sign in through Khiên as
 * the OpenID provider (`${KHIEN_URL}/sso`) with `openid-client` — authorization code + PKCE (S256), a `state`
 * kept beside the verifier under a short-lived cookie — and the application then keeps its own session (cookie
 * `ca_sso`, random, HttpOnly, SameSite=Lax) holding the ID token's `sid`, the staff number and the access token.
 * The access token is what the application forwards to the decision service as the staff session (Khiên accepts
 * it only from the business system it was issued to, and only while the staff member's Khiên session lives).
 *
 * `POST /backchannel-logout` receives Khiên's OIDC Back-Channel Logout token (form field `logout_token`): it is
 * verified against Khiên's JWKS (`iss`, `aud` = the client id, the `events` member, a `sid`, no `nonce`) and every
 * local session of that `sid` ends. Sessions live in memory here; a real application keeps them in its own store.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';

/** Settings of the sign-in through Khiên. */
export interface SsoSettings {
  /** Khiên's base URL; the issuer is `${khienUrl}/sso`. */
  readonly khienUrl: string;
  /** The client registered with `POST /api/access/sso-clients` for this business system. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** The application's own base URL as the browser sees it (the redirect URI is `${appUrl}/callback`). */
  readonly appUrl: string;
}

/** A staff member signed in to the application. */
export interface StaffSignIn {
  /** Khiên's account id (`sub`). */
  readonly accountId: string;
  readonly staffNumber: string;
  /** The provider session (`sid`) a logout token names. */
  readonly sid: string;
  /** The access token forwarded to the decision service. */
  readonly accessToken: string;
}

/** The sign-in, as the application uses it. */
export interface SsoSignIn {
  /** The signed-in staff member of a request, or null. */
  staffOf(request: FastifyRequest): StaffSignIn | null;
  /** Ends the request's local session (its access token was refused) and sends the browser to sign in again. */
  signInAgain(request: FastifyRequest, reply: FastifyReply): FastifyReply;
  /** How many local sessions are open (for tests). */
  readonly openSessions: () => number;
}

const SESSION_COOKIE = 'ca_sso';
const LOGIN_COOKIE = 'ca_login';
const PENDING_MS = 10 * 60_000;
const SESSION_MS = 8 * 3_600_000;
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

const cookieOf = (request: FastifyRequest, name: string): string | null =>
  new RegExp(`(?:^|;\\s*)${name}=([A-Za-z0-9_-]{20,100})`).exec(request.headers.cookie ?? '')?.[1] ?? null;
const randomId = (): string => crypto.randomBytes(32).toString('base64url');
const isLoopback = (u: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);

/**
 * Adds the sign-in routes (`GET /dang-nhap`, `GET /callback`, `POST /dang-xuat`, `POST /backchannel-logout`) to
 * the application.
 *
 * @param app - the application (before it listens)
 * @param settings - Khiên's URL, the client, the application's URL
 * @returns the sign-in
 */
export function addSsoSignIn(app: FastifyInstance, settings: SsoSettings): SsoSignIn {
  const issuer = new URL(`${settings.khienUrl.replace(/\/+$/, '')}/sso`);
  const appUrl = settings.appUrl.replace(/\/+$/, '');
  const redirectUri = `${appUrl}/callback`;
  const secure = appUrl.startsWith('https://');
  // Plain HTTP toward Khiên only on loopback (the test, a developer's machine); in production the issuer is HTTPS.
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
  if (issuer.protocol !== 'https:' && !insecure) throw new Error('KHIEN_URL must be https:// (http:// only on loopback)');
  let discovered: Promise<oidc.Configuration> | null = null;
  const config = (): Promise<oidc.Configuration> => {
    discovered ??= oidc.discovery(issuer, settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((err: unknown) => {
        discovered = null; // try again on the next sign-in
        throw err;
      });
    return discovered;
  };
  const jwks = createRemoteJWKSet(new URL(`${issuer.href}/jwks`));
  const pending = new Map<string, { verifier: string; state: string; until: number }>();
  const sessions = new Map<string, StaffSignIn & { until: number }>();
  const cookie = (name: string, value: string, maxAgeS: number): string =>
    `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeS}${secure ? '; Secure' : ''}`;

  // Logout tokens arrive as a form POST.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.get('/dang-nhap', async (_request, reply) => {
    const rp = await config();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const key = randomId();
    const now = Date.now();
    for (const [k, p] of pending) if (p.until < now) pending.delete(k);
    pending.set(key, { verifier, state, until: now + PENDING_MS });
    const url = oidc.buildAuthorizationUrl(rp, {
      redirect_uri: redirectUri, scope: 'openid profile khien', state,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    return reply.header('set-cookie', cookie(LOGIN_COOKIE, key, PENDING_MS / 1000)).redirect(url.href, 303);
  });

  app.get('/callback', async (request, reply) => {
    const key = cookieOf(request, LOGIN_COOKIE);
    const flow = key ? pending.get(key) : undefined;
    if (key) pending.delete(key);
    reply.type('text/html; charset=utf-8');
    if (!flow || flow.until < Date.now()) return reply.status(400).send('<p>Phiên đăng nhập đã hết hạn. <a href="/dang-nhap">Đăng nhập lại</a></p>');
    try {
      const tokens = await oidc.authorizationCodeGrant(await config(), new URL(request.url, appUrl), { pkceCodeVerifier: flow.verifier, expectedState: flow.state });
      const claims = tokens.claims();
      if (!claims || typeof claims.sid !== 'string') throw new Error('no sid in the ID token');
      const id = randomId();
      sessions.set(id, {
        accountId: claims.sub, staffNumber: String(claims.staff_number ?? ''), sid: claims.sid, accessToken: tokens.access_token, until: Date.now() + SESSION_MS,
      });
      return reply.header('set-cookie', cookie(SESSION_COOKIE, id, SESSION_MS / 1000)).redirect('/', 303);
    } catch {
      return reply.status(400).send('<p>Đăng nhập qua Khiên không thành công. <a href="/dang-nhap">Thử lại</a></p>');
    }
  });

  app.post('/dang-xuat', async (request, reply) => {
    const id = cookieOf(request, SESSION_COOKIE);
    if (id) sessions.delete(id);
    return reply.header('set-cookie', cookie(SESSION_COOKIE, '', 0)).redirect('/', 303);
  });

  // OIDC Back-Channel Logout 1.0: verify, end the sessions of that sid, answer 200 (400 to a token that does not verify).
  app.post<{ Body: Record<string, string> | undefined }>('/backchannel-logout', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const token = request.body?.logout_token;
    if (typeof token !== 'string' || token.length > 8192) return reply.status(400).send({ error: 'invalid_request' });
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer: issuer.href, audience: settings.clientId, algorithms: ['ES256'], maxTokenAge: '5m' });
      const events = payload.events as Record<string, unknown> | undefined;
      if (!events || typeof events[BACKCHANNEL_EVENT] !== 'object' || payload.nonce !== undefined || typeof payload.sid !== 'string') throw new Error('not a logout token');
      for (const [id, s] of sessions) if (s.sid === payload.sid && (payload.sub === undefined || payload.sub === s.accountId)) sessions.delete(id);
      return reply.status(200).send();
    } catch {
      return reply.status(400).send({ error: 'invalid_request' });
    }
  });

  return {
    staffOf(request) {
      const id = cookieOf(request, SESSION_COOKIE);
      if (!id) return null;
      const s = sessions.get(id);
      if (s && s.until < Date.now()) sessions.delete(id);
      return s && s.until >= Date.now() ? s : null;
    },
    signInAgain(request, reply) {
      const id = cookieOf(request, SESSION_COOKIE);
      if (id) sessions.delete(id);
      return reply.header('set-cookie', cookie(SESSION_COOKIE, '', 0)).redirect('/dang-nhap', 303);
    },
    openSessions: () => sessions.size,
  };
}
