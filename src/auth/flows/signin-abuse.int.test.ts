/**
 * Sign-in abuse (issue 21): guessing one account's password from one address does not lock its owner out on
 * their registered device, even behind the same address (an office's NAT); spraying many accounts from one
 * address is throttled and raises R009; every state-changing route refuses a missing or wrong CSRF token; and
 * sign-out ends the session on the server. (A replayed TOTP code is refused: `lifecycle.int.test.ts`.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../app/test-app.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createEventBus } from '../../events/bus.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import { createStaffWithSession, setPasswordForTest } from '../test-support.ts';
import { findSession } from '../session.repo.ts';
import { alerts } from '../../detect/detect.schema.ts';

const PASSWORD = 'Sông-Hồng-Chảy-Mãi-47!';

function code(res: { json: <T>() => T }): string {
  return res.json<{ code: string }>().code;
}

test('guessing one account from one address does not lock the owner out on their registered device, behind the same address', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const { app, close } = await createTestApp({}, clock, { recorder: createMemoryRecorder() });
  t.after(close);
  const owner = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }], mfa: false });
  await setPasswordForTest(app, owner.accountId, PASSWORD);
  const deviceCookie = owner.headers.cookie!.split('; ').find((c) => c.startsWith('khien_device='))!;
  const office = '10.0.0.66';
  for (let i = 0; i < 40; i++) {
    await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: office, payload: { username: owner.username, password: `guess-${i}-password` } });
    clock.advance(2_000);
  }
  const guesser = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: office, payload: { username: owner.username, password: PASSWORD } });
  assert.equal(code(guesser), 'KHIEN_AUTH_SIGNIN_THROTTLED', 'the guessing source is throttled, even with the right password');
  const res = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: office, headers: { cookie: deviceCookie }, payload: { username: owner.username, password: PASSWORD } });
  assert.equal(res.statusCode, 200, `the owner on their registered device gets in: ${res.body}`);
});

test('spraying many accounts from one address is throttled and raises R009', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const bus = createEventBus();
  const recorder = createMemoryRecorder(bus);
  const { app, close } = await createTestApp({}, clock, { bus, recorder });
  t.after(close);
  const victim = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'system_admin' }], registeredDevice: false });
  await setPasswordForTest(app, victim.accountId, PASSWORD);
  for (let i = 0; i < 15; i++) {
    await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '172.16.5.5', payload: { username: `CBSPRAY${i}`, password: 'Mùa-Xuân-2026!' } });
    clock.advance(500);
  }
  const res = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '172.16.5.5', payload: { username: victim.username, password: PASSWORD } });
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_THROTTLED', 'throttled');
  await app.khien.detect.alerts.flush();
  const raised = await app.khien.database.db.select().from(alerts).where(and(eq(alerts.ruleId, 'KHIEN-R009'), eq(alerts.groupKey, '172.16.5.5')));
  assert.equal(raised.length, 1, 'alerted');
});

test('every state-changing route refuses a missing or wrong CSRF token', async (t) => {
  const { app, close } = await createTestApp({}, undefined, { recorder: createMemoryRecorder() });
  t.after(close);
  const s = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
  const cookie = s.headers.cookie!;
  const doc = app.swagger() as { paths: Record<string, Record<string, { security?: Array<Record<string, unknown>> }>> };
  const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m, op]) => ['post', 'put', 'patch', 'delete'].includes(m) && (op.security ?? []).some((r) => 'session' in r))
      .map(([m]) => [m.toUpperCase(), path.replace(/\{[^}]+\}/g, '3f1c2a9e-5b7d-4c1e-9a2b-7d6e5f4a3b2c')] as const));
  assert.ok(writes.length > 40, `found ${writes.length} state-changing staff routes`);
  const accepted: string[] = [];
  for (const [method, url] of writes) {
    for (const headers of [{ cookie }, { cookie, 'x-csrf-token': 'forged-token-forged-token-forged' }]) {
      const res = await app.inject({ method, url, headers, payload: {} });
      if (res.statusCode !== 403 || code(res) !== 'KHIEN_AUTH_CSRF') accepted.push(`${method} ${url} ${'x-csrf-token' in headers ? 'wrong' : 'missing'}: ${res.statusCode}`);
    }
  }
  assert.deepEqual(accepted, []);
  // The session is still alive: the refusals changed nothing.
  assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode, 200);
});

test('sign-out ends the session on the server: the old cookie is refused afterwards', async (t) => {
  const { app, close } = await createTestApp({}, undefined, { recorder: createMemoryRecorder() });
  t.after(close);
  const s = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const res = await app.inject({ method: 'POST', url: '/api/auth/signout', headers: s.headers });
  assert.equal(res.statusCode, 200, res.body);
  assert.ok((await findSession(app.khien.database.db, s.sessionId))?.revokedAt, 'revoked in the database');
  // A copy of the cookie taken before sign-out (the browser's was cleared) is worthless.
  const again = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
  assert.equal(again.statusCode, 401);
  assert.equal(code(again), 'KHIEN_AUTH_SESSION_EXPIRED');
});
