/**
 * Single sign-on for staff, end to end against Khiên on a real port: `openid-client` as the business application
 * (authorization code + PKCE, client_secret_basic), a staff member with password, TOTP and a registered device
 * signing in on the interaction page; the ID token's claims; the `sso_signin` auth event naming the application;
 * a second sign-in riding the same session; introspection live, then an HR exit: introspection inactive at once
 * and a back-channel logout token received by a small HTTP receiver, its signature checked with the provider's
 * JWKS. Refusals change nothing: a wrong client secret leaves the code usable, a wrong redirect URI gets no code,
 * forged tokens introspect inactive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type net from 'node:net';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AuthEvent } from '../events/types.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import { driveSsoSignIn, freePort, prepareSsoStaff, waitFor } from './sso-test-support.ts';

/** The application's side: its callback and back-channel logout receiver. */
interface Receiver {
  readonly base: string;
  readonly logoutTokens: string[];
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const logoutTokens: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/backchannel-logout') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const token = new URLSearchParams(body).get('logout_token');
        if (token) logoutTokens.push(token);
        res.writeHead(200, { 'cache-control': 'no-store' }).end();
      });
      return;
    }
    res.writeHead(200).end('callback');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address() as net.AddressInfo;
  return { base: `http://127.0.0.1:${addr.port}`, logoutTokens, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A refusal of the client's authentication: 401 with `invalid_client` (in the body or the challenge). */
function invalidClient(err: unknown): boolean {
  const e = err as { error?: string; status?: number; response?: Response; cause?: unknown };
  return e.error === 'invalid_client' || ((e.status ?? e.response?.status) === 401 && JSON.stringify(e.cause ?? '').includes('invalid_client'));
}

test('staff sign in to a business application through Khiên; an HR exit ends the application session', async (t) => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const recorder = createMemoryRecorder();
  const app: TestApp = await createTestApp({ publicUrl: base, port, host: '127.0.0.1' }, undefined, { recorder });
  await app.app.listen({ port, host: '127.0.0.1' });
  const receiver = await startReceiver();
  t.after(async () => {
    await receiver.close();
    await app.close();
  });
  const k = app.app;
  const issuer = `${base}/sso`;

  // The central team registers the application: a business system, then its single sign-on client.
  const admin = await createStaffWithSession(k, { roles: [{ role: 'central_security_admin', unitId: 'VN' }] });
  let res = await k.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name: 'thu-bhxh', displayName: 'Thu BHXH (thử nghiệm)' } });
  assert.equal(res.statusCode, 201, res.body);
  const systemId = res.json<{ systemId: string }>().systemId;
  const callback = `${receiver.base}/callback`;
  res = await k.inject({
    method: 'POST', url: '/api/access/sso-clients', headers: admin.headers,
    payload: { businessSystemId: systemId, authMethod: 'client_secret_basic', redirectUris: [callback], backchannelLogoutUri: `${receiver.base}/backchannel-logout` },
  });
  assert.equal(res.statusCode, 201, res.body);
  const issued = res.json<{ clientId: string; clientSecret: string; issuer: string }>();
  assert.equal(issued.issuer, issuer);
  assert.ok(recorder.events.some((e) => e.kind === 'admin' && e.action === 'sso_client.register'), 'registration is an admin event');
  res = await k.inject({ method: 'GET', url: '/api/access/sso-clients', headers: admin.headers });
  assert.ok(!res.body.includes(issued.clientSecret), 'the list never shows the secret');

  // A staff member with a password, TOTP and a registered device (its cookie is in the browser).
  const staff = await createStaffWithSession(k, { roles: [{ role: 'staff' }] });
  const signer = await prepareSsoStaff(k, staff);
  const { browser } = signer;

  // The application discovers Khiên and starts the code flow with PKCE.
  const rp = await oidc.discovery(new URL(issuer), issued.clientId, undefined, oidc.ClientSecretBasic(issued.clientSecret), { execute: [oidc.allowInsecureRequests] });
  const wrong = await oidc.discovery(new URL(issuer), issued.clientId, undefined, oidc.ClientSecretBasic('not-the-secret-at-all-000000000000000000000'), { execute: [oidc.allowInsecureRequests] });
  const start = async (): Promise<{ url: string; verifier: string; state: string }> => {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(rp, {
      redirect_uri: callback, scope: 'openid profile khien', state,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    }).href;
    return { url, verifier, state };
  };

  // A wrong password is refused on the page, in Vietnamese, and no code is issued.
  let flow = await start();
  let step = await driveSsoSignIn(browser, flow.url, { stopAt: callback, form: signer.form('sai-mat-khau') });
  assert.equal(step.callback, null);
  assert.equal(step.res.status, 401);
  assert.match(await step.res.text(), /không đúng|Đăng nhập/);

  flow = await start();
  step = await driveSsoSignIn(browser, flow.url, { stopAt: callback, form: signer.form() });
  assert.ok(step.callback, `sent back to the application (status ${step.res.status}: ${step.callback ? '' : (await step.res.text()).replace(/\s+/g, ' ').slice(-600)})`);
  assert.ok(step.formShown);

  // A wrong client secret is refused and changes nothing: the code still works with the right one.
  await assert.rejects(
    oidc.authorizationCodeGrant(wrong, new URL(step.callback), { pkceCodeVerifier: flow.verifier, expectedState: flow.state }),
    invalidClient,
  );
  const tokens = await oidc.authorizationCodeGrant(rp, new URL(step.callback), { pkceCodeVerifier: flow.verifier, expectedState: flow.state });
  const claims = tokens.claims();
  assert.ok(claims);
  assert.equal(claims.sub, staff.accountId);
  assert.equal(claims.staff_number, staff.username);
  assert.equal(claims.unit, 'P01');
  assert.deepEqual(claims.roles, ['staff']);
  assert.equal(typeof claims.sid, 'string');
  assert.equal(claims.iss, issuer);
  assert.equal(claims.aud, issued.clientId);

  // The sign-in to the application is an auth event naming it, on the console's session (signed in with TOTP).
  const ssoEvents = recorder.events.filter((e): e is AuthEvent => e.kind === 'auth' && e.action === 'sso_signin');
  assert.equal(ssoEvents.length, 1);
  assert.equal(ssoEvents[0]!.accountId, staff.accountId);
  assert.deepEqual(ssoEvents[0]!.client, { clientId: issued.clientId, system: 'thu-bhxh', systemName: 'Thu BHXH (thử nghiệm)' });
  assert.equal(ssoEvents[0]!.mfa, true);
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'signin' && e.outcome === 'success' && e.accountId === staff.accountId));

  // Single sign-on: a second authorization in the same browser needs no form.
  flow = await start();
  step = await driveSsoSignIn(browser, flow.url, { stopAt: callback });
  assert.ok(step.callback, 'signed in again without typing');
  const second = await oidc.authorizationCodeGrant(rp, new URL(step.callback), { pkceCodeVerifier: flow.verifier, expectedState: flow.state });
  assert.equal(second.claims()?.sid, claims.sid, 'same provider session');

  // A wrong redirect URI gets an error page, never a redirect with a code.
  const bad = oidc.buildAuthorizationUrl(rp, { redirect_uri: `${receiver.base}/elsewhere`, scope: 'openid', code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256' });
  const refused = await fetch(bad, { redirect: 'manual' });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /redirect_uri/);

  // Introspection: live now; forged tokens are inactive.
  const live = await oidc.tokenIntrospection(rp, second.access_token);
  assert.equal(live.active, true);
  assert.equal(live.sub, staff.accountId);
  assert.equal(live.sid, claims.sid);
  // The provider binds tokens to the browser's session: the second sign-in superseded the first one's tokens.
  assert.equal((await oidc.tokenIntrospection(rp, tokens.access_token)).active, false);
  assert.equal((await oidc.tokenIntrospection(rp, `${second.access_token.slice(0, -2)}xx`)).active, false);
  assert.equal((await oidc.tokenIntrospection(rp, 'forged-token-forged-token-forged-token-00')).active, false);
  await assert.rejects(oidc.tokenIntrospection(wrong, tokens.access_token), invalidClient);

  // HR exit (resignation): introspection answers inactive at once, and the application gets a logout token.
  const officer = await createStaffWithSession(k, { roles: [{ role: 'security_officer' }] });
  res = await k.inject({ method: 'POST', url: '/api/admin/hr/events', headers: officer.headers, payload: { staffId: staff.staffId, kind: 'resignation', effectiveOn: new Date().toISOString().slice(0, 10) } });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((await oidc.tokenIntrospection(rp, second.access_token)).active, false);
  const logoutToken = await waitFor(() => receiver.logoutTokens[0]).catch((err: unknown) => {
    throw new Error(`no logout token: ${JSON.stringify(recorder.events.filter((e) => e.kind === 'auth').slice(-4))}`, { cause: err });
  });
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  const verified = await jwtVerify(logoutToken, jwks, { issuer, audience: issued.clientId });
  assert.equal(verified.payload.sub, staff.accountId);
  assert.equal(verified.payload.sid, claims.sid);
  assert.ok((verified.payload.events as Record<string, unknown>)['http://schemas.openid.net/event/backchannel-logout']);
  assert.equal(verified.payload.nonce, undefined);
  const logoutEvent = await waitFor(() => recorder.events.find((e): e is AuthEvent => e.kind === 'auth' && e.reason === 'sso_backchannel_logout'));
  assert.equal(logoutEvent.outcome, 'success');
  assert.equal(logoutEvent.client?.clientId, issued.clientId);

  // The browser's provider session is over too: the next authorization asks for the password again.
  flow = await start();
  step = await driveSsoSignIn(browser, flow.url, { stopAt: callback });
  assert.equal(step.callback, null);
  assert.equal(step.res.status, 200, 'the sign-in form is shown');

  // Suspension (as a case's containment or the detector suspends): the same, through the identity module.
  const other = await createStaffWithSession(k, { roles: [{ role: 'staff' }] });
  const otherSigner = await prepareSsoStaff(k, other);
  flow = await start();
  step = await driveSsoSignIn(otherSigner.browser, flow.url, { stopAt: callback, form: otherSigner.form() });
  assert.ok(step.callback);
  const otherTokens = await oidc.authorizationCodeGrant(rp, new URL(step.callback), { pkceCodeVerifier: flow.verifier, expectedState: flow.state });
  assert.equal((await oidc.tokenIntrospection(rp, otherTokens.access_token)).active, true);
  await k.khien.auth.suspendAccount(other.accountId, 'ngăn chặn theo vụ việc', { type: 'system', name: 'containment-test' });
  assert.equal((await oidc.tokenIntrospection(rp, otherTokens.access_token)).active, false);
  const second2 = await waitFor(() => receiver.logoutTokens[1]);
  const verified2 = await jwtVerify(second2, jwks, { issuer, audience: issued.clientId });
  assert.equal(verified2.payload.sub, other.accountId);
  assert.equal(verified2.payload.sid, otherTokens.claims()?.sid);
});
