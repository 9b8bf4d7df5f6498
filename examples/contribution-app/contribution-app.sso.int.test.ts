/**
 * The example application in mode `sso` (issue 15, items 1 and 5), end to end on loopback: Khiên on a port (its
 * provider under `/sso`), the application with its client registered for its business system. The staff member
 * signs in to the application through Khiên (password, TOTP, registered device; code + PKCE driven over HTTP as a
 * browser would), reads a person: the decision service takes the application's SSO access token as the staff
 * session, the read is in the audit log and in the insured person's view with the application named; a read
 * outside the assignment is answered as not found; another system cannot use the token; a forged logout token is
 * refused and ends nothing. Then an HR exit: Khiên sends the back-channel logout, the application verifies it
 * against the JWKS and ends its session, and the next page sends the browser to sign in again.
 */
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createStaffWithSession } from '../../src/auth/test-support.ts';
import { driveSsoSignIn, freePort, prepareSsoStaff, waitFor } from '../../src/access/sso-test-support.ts';
import { ssoStore } from '../../src/access/sso.schema.ts';
import { createDecisionClient, DecisionServiceError } from '../../clients/node/decision-client.ts';
import { buildContributionApp } from './app.ts';
import { startExampleKhien, type ExampleKhien } from './contribution-app-test-support.ts';

let khien: ExampleKhien;
let example: FastifyInstance | null = null;

before(async () => {
  khien = await startExampleKhien({ documentNo: '32/QĐ-BHXH' });
});
after(async () => {
  await example?.close();
  await khien.close();
});

test('staff sign in to the example application through Khiên; its reads go through the decision service; an HR exit ends its session by back-channel logout', async () => {
  const { app: k, admin, clerk, a, b } = khien;
  // The central team registers the application: a business system, then its single sign-on client.
  const { systemId, credential } = await khien.register('thu-sso-vi-du', 'Phần mềm thu BHXH (ví dụ, đăng nhập một lần)');
  const appUrl = `http://127.0.0.1:${await freePort()}`;
  let res = await k.inject({
    method: 'POST', url: '/api/access/sso-clients', headers: admin.headers,
    payload: { businessSystemId: systemId, authMethod: 'client_secret_basic', redirectUris: [`${appUrl}/callback`], backchannelLogoutUri: `${appUrl}/backchannel-logout` },
  });
  assert.equal(res.statusCode, 201, res.body);
  const client = res.json<{ clientId: string; clientSecret: string }>();
  const app = buildContributionApp({ mode: 'sso', people: khien.people, khienUrl: khien.url, systemCredential: credential, sso: { clientId: client.clientId, clientSecret: client.clientSecret, appUrl } });
  example = app;
  await app.listen({ port: Number(new URL(appUrl).port), host: '127.0.0.1' });

  // The clerk: password, TOTP and the registered device (its cookie in the browser).
  const signer = await prepareSsoStaff(k, clerk);
  const { browser } = signer;

  // Not signed in: the application sends the browser to sign in through Khiên.
  const anonymous = await browser.send(`${appUrl}/nguoi-tham-gia/${a.socialInsuranceNo}`);
  assert.equal(anonymous.status, 303);
  assert.equal(anonymous.headers.get('location'), '/dang-nhap');

  // Sign-in: the application's /dang-nhap → Khiên's form (password + TOTP) → the application's callback → home.
  const signedIn = await driveSsoSignIn(browser, `${appUrl}/dang-nhap`, { form: signer.form() });
  assert.ok(signedIn.formShown, 'Khiên showed its sign-in page');
  assert.equal(signedIn.url, `${appUrl}/`);
  assert.equal(signedIn.res.status, 200);
  assert.match(await signedIn.res.text(), new RegExp(`Cán bộ ${clerk.username}`));

  // A read inside the assignment: shown, decided with the SSO access token, recorded with the application named.
  const ok = await browser.send(`${appUrl}/nguoi-tham-gia/${a.socialInsuranceNo}`);
  assert.equal(ok.status, 200);
  const shown = await ok.text();
  assert.match(shown, /Quá trình tham gia/);
  assert.match(shown, /7\.500\.000/);
  const outside = await browser.send(`${appUrl}/nguoi-tham-gia/${b.socialInsuranceNo}`);
  assert.equal(outside.status, 404);
  assert.doesNotMatch(await outside.text(), /Người tham gia 2/);
  const entries = await khien.accessEntries('thu-sso-vi-du');
  assert.deepEqual(entries.map((e) => [e.subjectIds[0], e.outcome, e.event.reason]), [[a.id, 'allow', 'ALLOW_ASSIGNMENT'], [b.id, 'deny', 'DENY_OUT_OF_SCOPE']]);
  assert.equal(entries[0]?.accountId, clerk.accountId);
  assert.equal(entries[0]?.event.source.systemName, 'Phần mềm thu BHXH (ví dụ, đăng nhập một lần)');
  const names = await khien.namesSeenByA();
  assert.ok(names.includes('Phần mềm thu BHXH (ví dụ, đăng nhập một lần)'), names.join(', '));

  // The access token is good only toward the system it was issued to: another system's credential gets 401.
  const [stored] = await k.khien.database.db.select({ id: ssoStore.id }).from(ssoStore).where(and(eq(ssoStore.model, 'AccessToken'), eq(ssoStore.accountId, clerk.accountId)));
  assert.ok(stored);
  const other = createDecisionClient({ baseUrl: khien.url, credential: (await khien.register('he-thong-khac', 'Hệ thống khác')).credential });
  await assert.rejects(
    other.decide({ staffSession: stored.id, action: 'view', record: 'participation', purpose: 'contribution_collection', subject: a.socialInsuranceNo }),
    (err: unknown) => err instanceof DecisionServiceError && err.code === 'KHIEN_ACCESS_STAFF_SESSION_INVALID',
  );

  // A forged logout token (signed by another key) is refused and ends nothing.
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sid = 'x'.repeat(20);
  const unsigned = `${b64({ alg: 'ES256', typ: 'logout+jwt' })}.${b64({ iss: `${khien.url}/sso`, aud: client.clientId, iat: Math.floor(Date.now() / 1000), jti: crypto.randomUUID(), sid, events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })}`;
  const forged = `${unsigned}.${crypto.sign('sha256', Buffer.from(unsigned), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  const refused = await fetch(`${appUrl}/backchannel-logout`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ logout_token: forged }).toString() });
  assert.equal(refused.status, 400);
  assert.equal((await browser.send(`${appUrl}/nguoi-tham-gia/${a.socialInsuranceNo}`)).status, 200, 'still signed in');

  // HR exit: Khiên sends the logout token; the application verifies it and ends its session for that sid.
  const officer = await createStaffWithSession(k, { roles: [{ role: 'security_officer' }] });
  res = await k.inject({ method: 'POST', url: '/api/admin/hr/events', headers: officer.headers, payload: { staffId: clerk.staffId, kind: 'resignation', effectiveOn: new Date().toISOString().slice(0, 10) } });
  assert.equal(res.statusCode, 200, res.body);
  await waitFor(async () => {
    const next = await browser.send(`${appUrl}/`);
    return !(await next.text()).includes(`Cán bộ ${clerk.username}`);
  });
  const after = await browser.send(`${appUrl}/nguoi-tham-gia/${a.socialInsuranceNo}`);
  assert.equal(after.status, 303, 'the next read is sent to sign in');
  assert.equal(after.headers.get('location'), '/dang-nhap');
  const since = await khien.accessEntries('thu-sso-vi-du');
  assert.equal(since.length, entries.length + 1, 'no read after the exit (the one more is the read before it)');
});
