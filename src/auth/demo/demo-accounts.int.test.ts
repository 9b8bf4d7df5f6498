import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../app/test-app.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import { CookieJar } from '../test-support.ts';
import { generateTotp } from '../totp/totp.ts';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { seedReferenceData } from '../../seed/reference-data.ts';

test('demo accounts: printed credentials and device link let a person sign in on a fresh machine', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const recorder = createMemoryRecorder();
  const { app, close } = await createTestApp({ mode: 'demo', publicUrl: 'http://localhost:3000' }, clock, { recorder });
  t.after(close);
  await seedReferenceData(app.khien.database.db);
  const { accounts, lines } = await ensureDemoAccounts(app.khien.auth.ctx);
  assert.equal(accounts.length, 6);
  assert.deepEqual(new Set(accounts.map((a) => a.unitId)), new Set(['P01', 'VSS-CNTT']));
  assert.ok(lines.some((l) => l.includes('DEMO ONLY')));
  const staff = accounts.find((a) => a.role === 'staff')!;
  assert.ok(lines.some((l) => l.includes(staff.password)) && lines.some((l) => l.includes(staff.totpSecret)));

  const jar = new CookieJar();
  let res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { username: staff.username, password: staff.password, totp: generateTotp(staff.totpSecret, clock.now()) } });
  assert.equal(res.statusCode, 403, 'no device yet');
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_DEVICE_NOT_REGISTERED');
  res = await app.inject({ method: 'GET', url: new URL(staff.deviceLink).pathname });
  assert.equal(res.statusCode, 200, res.body);
  jar.take(res);
  clock.advance(30_000);
  res = await app.inject({ method: 'POST', url: '/api/auth/signin', headers: jar.headers(), payload: { username: staff.username, password: staff.password, totp: generateTotp(staff.totpSecret, clock.now()) } });
  assert.equal(res.statusCode, 200, res.body);
  assert.ok(recorder.events.some((e) => e.kind === 'admin' && e.action === 'device.demo_claim'));

  // A restart issues new passwords and links; the TOTP secret stays.
  const again = await ensureDemoAccounts(app.khien.auth.ctx);
  const staff2 = again.accounts.find((a) => a.role === 'staff')!;
  assert.equal(staff2.totpSecret, staff.totpSecret);
  assert.notEqual(staff2.password, staff.password);
  res = await app.inject({ method: 'GET', url: new URL(staff.deviceLink).pathname });
  assert.equal(res.statusCode, 404, 'old link no longer valid');
});

test('the demo device route does not exist outside demo mode', async (t) => {
  const { app, close } = await createTestApp({ mode: 'production', databaseUrl: 'postgres://unused', auditSigningKey: Buffer.alloc(32, 1).toString('base64') }, createManualClock());
  t.after(close);
  const res = await app.inject({ method: 'GET', url: '/api/auth/demo/device/abcdefghijklmnopqrstuvwxyz' });
  assert.equal(res.statusCode, 404);
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_COMMON_ROUTE_NOT_FOUND');
  await assert.rejects(() => ensureDemoAccounts(app.khien.auth.ctx), /demo mode only/);
});
