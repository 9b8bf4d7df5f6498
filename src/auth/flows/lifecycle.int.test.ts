/**
 * The "done when": a new staff account is created, registers a device, enrols TOTP with a real
 * authenticator (Debian's oathtool), signs in — and loses everything in one step when HR records a resignation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createTestApp } from '../../app/test-app.ts';
import { createManualClock, type ManualClock } from '../../platform/clock.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import type { AdminEvent, AuthEvent } from '../../events/types.ts';
import { makeStaff } from '../../seed/test-factories.ts';
import { CookieJar, createStaffWithSession } from '../test-support.ts';
import { generateTotp } from '../totp/totp.ts';
import { findAccount } from '../auth.repo.ts';

function totpAt(secret: string, clock: ManualClock): string {
  if (fs.existsSync('/usr/bin/oathtool')) {
    const now = clock.now().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    return execFileSync('oathtool', ['--totp', '-b', secret, '--now', now], { encoding: 'utf8' }).trim();
  }
  return generateTotp(secret, clock.now());
}

test('create → device → TOTP (oathtool) → sign in → resignation revokes everything at once', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:05.000Z');
  const recorder = createMemoryRecorder();
  const { app, close } = await createTestApp({}, clock, { recorder });
  t.after(close);
  const hookCalls: string[] = [];
  app.khien.auth.hrHooks.register('test-access', async (_tx, change) => {
    hookCalls.push(`${change.kind}:${change.accountId}`);
  });
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const head = await createStaffWithSession(app, { roles: [{ role: 'unit_head' }] });
  const person = await makeStaff(app.khien.database.db, { unitId: 'P01-L1', fullName: 'Đỗ Thị Mới' });

  // 1. Account and a dated role grant.
  let res = await app.inject({ method: 'POST', url: '/api/admin/accounts', headers: officer.headers, payload: { staffId: person.id, reason: 'new hire' } });
  assert.equal(res.statusCode, 201, res.body);
  const { account, temporaryPassword } = res.json<{ account: { id: string; username: string }; temporaryPassword: string }>();
  res = await app.inject({
    method: 'POST',
    url: `/api/admin/accounts/${account.id}/grants`,
    headers: officer.headers,
    payload: { role: 'staff', unitId: 'P01-L1', validUntil: '2026-06-01T00:00:00Z', reason: 'desk assignment' },
  });
  assert.equal(res.statusCode, 201, res.body);

  // 2. No registered device: with the right password, refused saying so (the console offers the request), and seen.
  const jar = new CookieJar();
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: account.username, password: temporaryPassword } });
  assert.equal(res.statusCode, 403);
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_DEVICE_NOT_REGISTERED');
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: account.username, password: 'wrong-password-here' } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SIGNIN_FAILED', 'a wrong password tells nothing about the device');
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'device_seen' && e.accountId === account.id));

  // 3. Device request from this browser, approved by the unit head (never by the holder).
  res = await app.inject({ method: 'POST', url: '/api/auth/devices/request', payload: { username: account.username.toLowerCase(), password: temporaryPassword, name: 'PC phòng thu 03' } });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  const device = res.json<{ id: string; status: string }>();
  assert.equal(device.status, 'pending');
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password: temporaryPassword } });
  assert.equal(res.statusCode, 403, 'pending device is not enough');
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_DEVICE_PENDING', 'and the page says it waits for approval');
  res = await app.inject({ method: 'GET', url: '/api/admin/devices/pending', headers: head.headers });
  assert.equal(res.statusCode, 200, res.body);
  assert.ok(res.json<Array<{ id: string }>>().some((d) => d.id === device.id));
  res = await app.inject({ method: 'POST', url: `/api/admin/devices/${device.id}/approve`, headers: head.headers, payload: {} });
  assert.equal(res.statusCode, 200, res.body);

  // 4. Sign in: must change password, must enrol TOTP.
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password: temporaryPassword } });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  const first = res.json<{ mustChangePassword: boolean; totpEnrolmentRequired: boolean; mfa: boolean }>();
  assert.deepEqual([first.mustChangePassword, first.totpEnrolmentRequired, first.mfa], [true, true, false]);
  const setCookie = String(res.headers['set-cookie']);
  assert.match(setCookie, /khien_session=[^;]+;.*HttpOnly/);
  assert.match(setCookie, /SameSite=Strict/);
  assert.match(setCookie, /Secure/);
  res = await app.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers: jar.headers() });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_PASSWORD_CHANGE_REQUIRED');
  res = await app.inject({ method: 'POST', url: '/api/auth/password', headers: jar.headers(), payload: { currentPassword: temporaryPassword, newPassword: 'Matkhau@2026' } });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_PASSWORD_WEAK');
  res = await app.inject({ method: 'POST', url: '/api/auth/password', headers: jar.headers(), payload: { currentPassword: 'wrong-wrong-wrong', newPassword: 'Ngựa-Ô-Vượt-Đèo-92!' } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_PASSWORD_CURRENT_WRONG');
  res = await app.inject({ method: 'POST', url: '/api/auth/password', headers: jar.headers(), payload: { currentPassword: temporaryPassword, newPassword: 'Ngựa-Ô-Vượt-Đèo-92!' } });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  const password = 'Ngựa-Ô-Vượt-Đèo-92!';

  // 5. TOTP enrolment, confirmed with oathtool's code.
  res = await app.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers: jar.headers() });
  assert.equal(res.statusCode, 200, res.body);
  const enrol = res.json<{ secret: string; otpauthUri: string; qrPngDataUrl: string }>();
  assert.match(enrol.otpauthUri, /^otpauth:\/\/totp\//);
  res = await app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers: jar.headers(), payload: { code: '000000' === totpAt(enrol.secret, clock) ? '111111' : '000000' } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_TOTP_INVALID');
  res = await app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers: jar.headers(), payload: { code: totpAt(enrol.secret, clock) } });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  const { recoveryCodes } = res.json<{ recoveryCodes: string[] }>();
  assert.equal(recoveryCodes.length, 10);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: jar.headers() });
  assert.equal(res.json<{ mfa: boolean }>().mfa, true, 'session rotated to multi-factor');

  // 6. Sign out, then sign in with password + TOTP; replayed and expired codes refused.
  res = await app.inject({ method: 'POST', url: '/api/auth/signout', headers: jar.headers() });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: jar.headers() });
  assert.equal(res.statusCode, 401);
  const sameStepCode = totpAt(enrol.secret, clock);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_MFA_REQUIRED');
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password, totp: sameStepCode } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SIGNIN_FAILED', 'code of the step used at enrolment is a replay');
  clock.advance(30_000);
  const stale = totpAt(enrol.secret, { ...clock, now: () => new Date(clock.now().getTime() - 120_000) });
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password, totp: stale } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SIGNIN_FAILED', 'expired code');
  clock.advance(30_000);
  const fresh = totpAt(enrol.secret, clock);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password, totp: fresh } });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  assert.equal(res.json<{ mfa: boolean; mustChangePassword: boolean }>().mfa, true);
  const replay = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password, totp: fresh } });
  assert.equal(replay.json<{ code: string }>().code, 'KHIEN_AUTH_SIGNIN_FAILED', 'same code twice');
  assert.ok(recorder.events.some((e) => e.kind === 'auth' && e.action === 'signin' && e.outcome === 'failure' && e.reason === 'totp_replayed'));
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: jar.headers() });
  assert.equal(res.statusCode, 200, res.body);

  // A recovery code works once (in another browser session; the account's limit is 1 live session).
  const other = new CookieJar();
  other.take({ headers: { 'set-cookie': `khien_device=${jar.get('khien_device')}` } });
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: other.headers(), payload: { username: account.username, password, recoveryCode: recoveryCodes[0] } });
  assert.equal(res.statusCode, 200, res.body);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: other.headers(), payload: { username: account.username, password, recoveryCode: recoveryCodes[0] } });
  assert.equal(res.statusCode, 401, 'the same recovery code a second time');
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SIGNIN_FAILED');
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: jar.headers() });
  assert.equal(res.statusCode, 401, `first session displaced by the per-role limit (staff: 1): ${res.statusCode} ${res.body}`);
  // Back to one session in `jar`.
  clock.advance(30_000);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password, totp: totpAt(enrol.secret, clock) } });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);

  // 7. A VPN account for the holder, approved by the unit head.
  res = await app.inject({
    method: 'POST',
    url: '/api/admin/vpn',
    headers: head.headers,
    payload: { ownerAccountId: account.id, vpnUsername: 'do.thi.moi', purpose: 'Làm việc từ xa', justification: 'Công tác tại cơ sở 2 trong quý I', validUntil: '2026-05-01T00:00:00Z' },
  });
  assert.equal(res.statusCode, 201, res.body);
  const vpn = res.json<{ id: string; status: string; otpRequired: boolean }>();
  assert.equal(vpn.otpRequired, true);

  // 8. Resignation: one transaction ends the session, the account, the grants, the device, the VPN account.
  res = await app.inject({
    method: 'POST',
    url: '/api/admin/hr/events',
    headers: officer.headers,
    payload: { staffId: person.id, kind: 'resignation', effectiveOn: '2026-03-02', reason: 'nghỉ việc theo nguyện vọng' },
  });
  assert.equal(res.statusCode, 200, res.body);
  const applied = res.json<{ sessionsRevoked: number; grantsEnded: number; devicesRevoked: number; vpnDisabled: number }>();
  assert.ok(applied.sessionsRevoked >= 1);
  assert.equal(applied.grantsEnded, 1);
  assert.equal(applied.devicesRevoked, 1);
  assert.equal(applied.vpnDisabled, 1);
  assert.deepEqual(hookCalls, [`resignation:${account.id}`]);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: jar.headers() });
  assert.equal(res.statusCode, 401);
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SESSION_EXPIRED');
  clock.advance(30_000);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: account.username, password, totp: totpAt(enrol.secret, clock) } });
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SIGNIN_DISABLED');
  assert.equal((await findAccount(app.khien.database.db, account.id))?.status, 'disabled');

  // Every admin act is an admin event with who, target, before → after.
  const admin = recorder.events.filter((e): e is AdminEvent => e.kind === 'admin').map((e) => e.action);
  for (const a of ['account.create', 'role.grant', 'device.approve', 'vpn.create', 'hr.resignation']) assert.ok(admin.includes(a), a);
  const hr = recorder.events.find((e): e is AdminEvent => e.kind === 'admin' && e.action === 'hr.resignation')!;
  assert.equal(hr.actor.accountId, officer.accountId);
  assert.deepEqual(hr.before, { status: 'active', unitId: 'P01-L1' });
  const auth = recorder.events.filter((e): e is AuthEvent => e.kind === 'auth');
  assert.deepEqual(auth.filter((e) => !(e.source.ip !== undefined && 'userAgent' in e.source && 'deviceId' in e.source)), [], 'every auth event names its source address, user agent and device');
  assert.ok(!JSON.stringify(recorder.events).includes(password), 'no password in any event');
});
