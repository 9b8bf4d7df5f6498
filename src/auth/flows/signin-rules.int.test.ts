/**
 * Sign-in rules over HTTP: bad input never reaches a 500, CSRF, expired sessions, suspended accounts, revoked
 * devices, leaked passwords, throttling without lock-out abuse, password spraying.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../app/test-app.ts';
import { createManualClock, type ManualClock } from '../../platform/clock.ts';
import { createMemoryRecorder, type MemoryRecorder } from '../../events/memory-recorder.ts';
import type { AuthEvent } from '../../events/types.ts';
import { CookieJar, createStaffWithSession, setPasswordForTest, type StaffWithSession } from '../test-support.ts';
import { passwordSha1 } from '../passwords/hash-password.ts';
import { leakedPasswords } from '../auth.schema.ts';
import { findAccount } from '../auth.repo.ts';

const PASSWORD = 'Sông-Hồng-Chảy-Mãi-47!';

async function setup(t: { after: (fn: () => Promise<void>) => void }): Promise<{ app: TestApp['app']; clock: ManualClock; recorder: MemoryRecorder }> {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const recorder = createMemoryRecorder();
  const ta = await createTestApp({}, clock, { recorder });
  t.after(ta.close);
  return { app: ta.app, clock, recorder };
}

/** A staff member without personal-data roles (no device or TOTP needed) with a known password. */
async function sysAdmin(app: TestApp['app']): Promise<StaffWithSession> {
  const s = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'system_admin' }], registeredDevice: false });
  await setPasswordForTest(app, s.accountId, PASSWORD);
  return s;
}

function code(res: { json: <T>() => T }): string {
  return res.json<{ code: string }>().code;
}

test('malformed, oversized and mistyped bodies are 4xx with stable codes', async (t) => {
  const { app } = await setup(t);
  const cases: Array<{ payload: string; type?: string; want: number; code: string }> = [
    { payload: '{"username":', want: 400, code: 'KHIEN_COMMON_BAD_JSON' },
    { payload: '', want: 400, code: 'KHIEN_COMMON_BAD_JSON' },
    { payload: JSON.stringify({ username: 12, password: [] }), want: 400, code: 'KHIEN_COMMON_VALIDATION' },
    { payload: JSON.stringify({ username: 'CB1', password: 'x', totp: '12ab56' }), want: 400, code: 'KHIEN_COMMON_VALIDATION' },
    { payload: JSON.stringify({ username: 'CB1', password: 'x', extra: 1 }), want: 400, code: 'KHIEN_COMMON_VALIDATION' },
    { payload: JSON.stringify({ username: 'CB1', password: 'x'.repeat(300) }), want: 400, code: 'KHIEN_COMMON_VALIDATION' },
    { payload: JSON.stringify({ username: 'CB1', password: 'x'.repeat(2 * 1024 * 1024) }), want: 413, code: 'KHIEN_COMMON_BODY_TOO_LARGE' },
    { payload: 'username=a&password=b', type: 'application/x-www-form-urlencoded', want: 415, code: 'KHIEN_COMMON_UNSUPPORTED_MEDIA' },
  ];
  for (const c of cases) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: c.payload, headers: { 'content-type': c.type ?? 'application/json' } });
    assert.equal(res.statusCode, c.want, `${c.payload.slice(0, 40)} → ${res.body.slice(0, 200)}`);
    assert.equal(code(res), c.code);
  }
  const admin = await sysAdmin(app);
  const bad = await app.inject({ method: 'POST', url: '/api/admin/accounts/not-a-uuid/suspend', headers: admin.headers, payload: { reason: 'x' } });
  assert.equal(bad.statusCode, 400);
  const wrongType = await app.inject({ method: 'POST', url: '/api/admin/hr/events', headers: admin.headers, payload: { staffId: admin.staffId, kind: 'promotion', effectiveOn: '2026-13-45' } });
  assert.equal(wrongType.statusCode, 400);
  const badFile = await app.inject({ method: 'POST', url: '/api/admin/hr/import', headers: admin.headers, payload: { format: 'xlsx', contentBase64: Buffer.from('not a zip').toString('base64'), dryRun: true } });
  assert.equal(badFile.statusCode, 400);
  assert.equal(code(badFile), 'KHIEN_AUTH_FILE_UNREADABLE');
});

test('unknown account, wrong password and inactive account look the same', async (t) => {
  const { app, recorder } = await setup(t);
  const a = await sysAdmin(app);
  const bodies = [
    { username: 'CBNOBODY99', password: PASSWORD },
    { username: a.username, password: 'not-the-password-1' },
  ];
  const answers = new Set<string>();
  for (const b of bodies) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: b });
    answers.add(`${res.statusCode} ${code(res)} ${JSON.stringify(res.json<{ message: unknown }>().message)}`);
  }
  assert.equal(answers.size, 1);
  const reasons = recorder.events.filter((e): e is AuthEvent => e.kind === 'auth' && e.action === 'signin').map((e) => e.reason);
  assert.deepEqual(reasons, ['unknown_account', 'bad_password']);
  const ev = recorder.events.find((e): e is AuthEvent => e.kind === 'auth')!;
  assert.equal(ev.source.ip, '127.0.0.1');
  assert.equal(ev.username, 'CBNOBODY99');
});

test('CSRF token is required on state-changing requests with a session cookie', async (t) => {
  const { app } = await setup(t);
  const s = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const noCsrf = { cookie: s.headers.cookie! };
  let res = await app.inject({ method: 'POST', url: '/api/auth/signout', headers: noCsrf });
  assert.equal(res.statusCode, 403);
  assert.equal(code(res), 'KHIEN_AUTH_CSRF');
  res = await app.inject({ method: 'POST', url: '/api/auth/signout', headers: { ...noCsrf, 'x-csrf-token': 'forged-token-forged-token' } });
  assert.equal(code(res), 'KHIEN_AUTH_CSRF');
  res = await app.inject({ method: 'GET', url: '/api/auth/sessions', headers: noCsrf });
  assert.equal(res.statusCode, 200, 'reads need no CSRF token');
  res = await app.inject({ method: 'POST', url: '/api/auth/signout', headers: s.headers });
  assert.equal(res.statusCode, 200);
});

test('idle and absolute timeouts; my sessions list and revoke', async (t) => {
  const { app, clock } = await setup(t);
  const a = await sysAdmin(app);
  // Keep the session alive with activity every 20 minutes: idle never hits, absolute (10 h) does.
  for (let i = 0; i < 29; i++) {
    clock.advance(20 * 60_000);
    const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers });
    assert.equal(res.statusCode, 200, `after ${(i + 1) * 20} min`);
  }
  clock.advance(40 * 60_000);
  let res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers });
  assert.equal(code(res), 'KHIEN_AUTH_SESSION_EXPIRED');

  // Sign in twice (system_admin may hold 2 sessions), list, revoke the other one.
  const j1 = new CookieJar();
  const j2 = new CookieJar();
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: a.username, password: PASSWORD } });
  j1.take(res);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: a.username, password: PASSWORD } });
  j2.take(res);
  res = await app.inject({ method: 'GET', url: '/api/auth/sessions', headers: j1.headers() });
  const list = res.json<Array<{ id: string; current: boolean; live: boolean }>>();
  const other = list.find((s) => s.live && !s.current)!;
  assert.ok(other);
  res = await app.inject({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, headers: j1.headers() });
  assert.equal(res.json<{ revoked: number }>().revoked, 1);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: j2.headers() });
  assert.equal(res.statusCode, 401);
  // A session id of someone else is not found.
  const b = await sysAdmin(app);
  res = await app.inject({ method: 'DELETE', url: `/api/auth/sessions/${b.sessionId}`, headers: j1.headers() });
  assert.equal(res.statusCode, 404);
  // Idle timeout: 31 minutes without activity.
  clock.advance(31 * 60_000);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: j1.headers() });
  assert.equal(code(res), 'KHIEN_AUTH_SESSION_EXPIRED');
  // The sign-in route ignores a dead cookie rather than failing.
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: j1.headers(), payload: { username: a.username, password: PASSWORD } });
  assert.equal(res.statusCode, 200, res.body);
});

test('suspension ends sessions at once and blocks sign-in; reinstatement is an admin event', async (t) => {
  const { app, recorder } = await setup(t);
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const victim = await createStaffWithSession(app, { unitId: 'P01-L2', roles: [{ role: 'system_admin', unitId: 'P01-L2' }], registeredDevice: false });
  await setPasswordForTest(app, victim.accountId, PASSWORD);
  let res = await app.inject({ method: 'POST', url: `/api/admin/accounts/${victim.accountId}/suspend`, headers: officer.headers, payload: { reason: 'nghi mượn tài khoản' } });
  assert.equal(res.statusCode, 200, res.body);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: victim.headers });
  assert.equal(code(res), 'KHIEN_AUTH_SESSION_EXPIRED');
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: victim.username, password: PASSWORD } });
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_SUSPENDED', 'with the right password, suspension is said in words');
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: victim.username, password: 'not-the-password' } });
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_FAILED', 'with a wrong one, nothing is told');
  res = await app.inject({ method: 'POST', url: `/api/admin/accounts/${victim.accountId}/suspend`, headers: officer.headers, payload: { reason: 'again' } });
  assert.equal(code(res), 'KHIEN_AUTH_ACCOUNT_STATE');
  // An officer of another province cannot touch it.
  const far = await createStaffWithSession(app, { unitId: 'P04', roles: [{ role: 'security_officer' }] });
  res = await app.inject({ method: 'POST', url: `/api/admin/accounts/${victim.accountId}/reinstate`, headers: far.headers, payload: { reason: 'not mine' } });
  assert.equal(code(res), 'KHIEN_AUTH_NOT_IN_SCOPE');
  res = await app.inject({ method: 'POST', url: `/api/admin/accounts/${victim.accountId}/reinstate`, headers: officer.headers, payload: { reason: 'đã xác minh' } });
  assert.equal(res.statusCode, 200, res.body);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: victim.username, password: PASSWORD } });
  assert.equal(res.statusCode, 200);
  // (The refusals in between are recorded by the app's denial hook as `auth.access_denied`; see http/denial-audit.ts.)
  const acts = recorder.events.filter((e) => e.kind === 'admin' && e.action !== 'auth.access_denied').map((e) => (e.kind === 'admin' ? `${e.action}:${e.outcome}` : ''));
  assert.deepEqual(acts, ['account.suspend:success', 'account.reinstate:success']);
  // The detector's entry point.
  await app.khien.auth.suspendAccount(victim.accountId, 'rule R7 high confidence', { type: 'system', name: 'detect:R7' });
  assert.equal((await findAccount(app.khien.database.db, victim.accountId))?.status, 'suspended');
});

test('a revoked device ends its sessions and refuses sign-in', async (t) => {
  const { app } = await setup(t);
  const head = await createStaffWithSession(app, { roles: [{ role: 'unit_head' }] });
  const s = await createStaffWithSession(app, { roles: [{ role: 'staff' }] });
  let res = await app.inject({ method: 'POST', url: `/api/admin/devices/${s.deviceId}/revoke`, headers: head.headers, payload: { reason: 'máy bị mất' } });
  assert.equal(res.statusCode, 200, res.body);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
  assert.equal(code(res), 'KHIEN_AUTH_SESSION_EXPIRED');
  res = await app.inject({ method: 'POST', url: `/api/admin/devices/${s.deviceId}/revoke`, headers: head.headers, payload: { reason: 'again' } });
  assert.equal(code(res), 'KHIEN_AUTH_DEVICE_STATE');
  // A holder cannot approve their own device.
  res = await app.inject({ method: 'POST', url: `/api/admin/devices/${head.deviceId}/approve`, headers: head.headers, payload: {} });
  assert.equal(code(res), 'KHIEN_AUTH_FORBIDDEN');
});

test('a password in the imported leak list flags the account at sign-in', async (t) => {
  const { app, recorder } = await setup(t);
  const a = await sysAdmin(app);
  await app.khien.database.db.insert(leakedPasswords).values({ sha1: passwordSha1(PASSWORD), count: 9 });
  const res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: a.username, password: PASSWORD } });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json<{ mustChangePassword: boolean }>().mustChangePassword, true);
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'password_leaked' && e.accountId === a.accountId));
  const acc = await findAccount(app.khien.database.db, a.accountId);
  assert.equal(acc?.mustChangePassword, true);
  assert.ok(acc?.passwordLeakedAt);
  const jar = new CookieJar();
  jar.take(res);
  const r2 = await app.inject({ method: 'GET', url: '/api/admin/accounts', headers: jar.headers() });
  assert.equal(code(r2), 'KHIEN_AUTH_PASSWORD_CHANGE_REQUIRED');
});

test('an audit store that refuses the event makes the sign-in fail (no session left behind)', async (t) => {
  const { app, recorder } = await setup(t);
  const a = await sysAdmin(app);
  recorder.fail(true);
  const res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: a.username, password: PASSWORD } });
  assert.equal(res.statusCode, 503);
  assert.equal(code(res), 'KHIEN_AUTH_AUDIT_UNAVAILABLE');
  assert.equal(res.headers['set-cookie'], undefined);
  recorder.fail(false);
});

test('throttling: delay, then a source block for that name only; the owner elsewhere is unaffected', async (t) => {
  const { app, clock, recorder } = await setup(t);
  const a = await sysAdmin(app);
  const attacker = { 'x-forwarded-for': 'ignored' };
  const tryAs = (password: string, ip: string) =>
    app.inject({ method: 'POST', url: '/api/auth/signin', headers: attacker, remoteAddress: ip, payload: { username: a.username, password } });
  // 3 failures, then attempts inside the delay are refused without checking the password.
  for (let i = 0; i < 3; i++) assert.equal((await tryAs('wrong-password-x', '10.0.0.66')).statusCode, 401);
  let res = await tryAs(PASSWORD, '10.0.0.66');
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_THROTTLED', 'inside the delay even the right password is refused');
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'throttled' && e.reason === 'delay'));
  // Keep failing past the source-block threshold (10), waiting out each delay.
  for (let i = 3; i < 10; i++) {
    clock.advance(5_000);
    await tryAs('wrong-password-x', '10.0.0.66');
  }
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'throttled' && e.reason === 'source_blocked'));
  clock.advance(5_000);
  res = await tryAs(PASSWORD, '10.0.0.66');
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_THROTTLED', 'source blocked for this name');
  // The real owner from their own address signs in normally.
  res = await tryAs(PASSWORD, '10.1.2.3');
  assert.equal(res.statusCode, 200, res.body);
  // After the block, the attacker's source may try again.
  clock.advance(16 * 60_000);
  res = await tryAs(PASSWORD, '10.0.0.66');
  assert.equal(res.statusCode, 200);
});

test('account-wide block only at the high threshold, with an alert; the approved device still gets in', async (t) => {
  const { app, clock, recorder } = await setup(t);
  app.khien.auth.ctx.settings;
  const s = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }], mfa: false });
  await setPasswordForTest(app, s.accountId, PASSWORD);
  const { overrideAuthSettings } = await import('../test-support.ts');
  overrideAuthSettings(app, { accountBlockAfter: 12, sourceBlockAfter: 3, sprayAccountsAfter: 1000 });
  for (let i = 0; i < 12; i++) {
    await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: `10.9.${i}.1`, payload: { username: s.username, password: 'bad-password-zz' } });
    clock.advance(1_000);
  }
  const alerts = recorder.events.filter((e) => e.kind === 'auth' && e.action === 'account_blocked');
  assert.equal(alerts.length, 1);
  let res = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '10.200.0.1', payload: { username: s.username, password: PASSWORD } });
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_THROTTLED', 'blocked from an unknown source');
  const deviceCookie = s.headers.cookie!.split('; ').find((c) => c.startsWith('khien_device='))!;
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '10.200.0.1', headers: { cookie: deviceCookie }, payload: { username: s.username, password: PASSWORD } });
  assert.equal(res.statusCode, 200, `approved device passes the account-wide block: ${res.body}`);
});

test('password spraying (one source, many names) is throttled by source', async (t) => {
  const { app, clock, recorder } = await setup(t);
  const victims: StaffWithSession[] = [];
  for (let i = 0; i < 3; i++) victims.push(await sysAdmin(app));
  for (let i = 0; i < 12; i++) {
    await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '172.16.5.5', payload: { username: `CBSPRAY${i}`, password: 'Mùa-Xuân-2026!' } });
    clock.advance(500);
  }
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'throttled' && e.reason === 'spraying_source'));
  const res = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '172.16.5.5', payload: { username: victims[0]!.username, password: PASSWORD } });
  assert.equal(code(res), 'KHIEN_AUTH_SIGNIN_THROTTLED', 'the spraying source is slowed even with a right password');
  const ok = await app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: '172.16.5.6', payload: { username: victims[0]!.username, password: PASSWORD } });
  assert.equal(ok.statusCode, 200, 'other sources unaffected');
});
