import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import { createStaffWithSession } from './test-support.ts';
import { createAuthModule } from './auth.module.ts';
import { authRoutes } from './auth.routes.ts';
import { loadConfig } from '../platform/config.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';

test('createStaffWithSession gives headers that resolve to a StaffActor', async (t) => {
  const clock = createManualClock();
  const { app, close } = await createTestApp({}, clock);
  t.after(close);
  const s = await createStaffWithSession(app, { roles: [{ role: 'unit_head' }, { role: 'staff', unitId: 'P01-L1' }] });
  const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
  assert.equal(res.statusCode, 200, res.body);
  const me = res.json<{ accountId: string; unitId: string; roles: Array<{ role: string; unitId: string }>; mfa: boolean; deviceRegistered: boolean; provinceCode: string }>();
  assert.equal(me.accountId, s.accountId);
  assert.equal(me.unitId, 'P01');
  assert.equal(me.provinceCode, '01');
  assert.deepEqual(me.roles.map((r) => `${r.role}@${r.unitId}`).sort(), ['staff@P01-L1', 'unit_head@P01']);
  assert.equal(me.mfa, true);
  assert.equal(me.deviceRegistered, true);

  // Without cookie: 401.
  const anon = await app.inject({ method: 'GET', url: '/api/auth/me' });
  assert.equal(anon.statusCode, 401);
  assert.equal(anon.json<{ code: string }>().code, 'KHIEN_AUTH_UNAUTHENTICATED');

  // Session cookie without the device cookie: the session is bound to its device.
  const sessionOnly = s.headers.cookie!.split('; ')[0]!;
  const stolen = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionOnly } });
  assert.equal(stolen.statusCode, 401);
  assert.equal(stolen.json<{ code: string }>().code, 'KHIEN_AUTH_SESSION_EXPIRED');

  // Idle timeout.
  clock.advance(31 * 60_000);
  const idle = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
  assert.equal(idle.statusCode, 401);
  assert.equal(idle.json<{ code: string }>().code, 'KHIEN_AUTH_SESSION_EXPIRED');
});

test('a session without a registered device and without MFA still resolves (flags say so)', async (t) => {
  const { app, close } = await createTestApp({}, createManualClock());
  t.after(close);
  const s = await createStaffWithSession(app, { registeredDevice: false, mfa: false, unitId: 'VSS-CNTT', roles: [{ role: 'system_admin' }] });
  const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
  assert.equal(res.statusCode, 200, res.body);
  const me = res.json<{ deviceRegistered: boolean; mfa: boolean; provinceCode: string | null }>();
  assert.equal(me.deviceRegistered, false);
  assert.equal(me.mfa, false);
  assert.equal(me.provinceCode, null);
});

test('every identity route is in the OpenAPI document with its schemas', async () => {
  // Built on a bare instance with the app's security schemes, so that this checks the identity routes only.
  const app = Fastify();
  await app.register(cookie, { secret: 'x'.repeat(32) });
  await app.register(swagger, {
    openapi: { openapi: '3.0.3', info: { title: 't', version: '1' }, components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'khien_session' } } } },
  });
  const auth = createAuthModule({ db: null as never, clock: createManualClock(), config: loadConfig({}), recorder: () => createMemoryRecorder() });
  await app.register(authRoutes, { auth });
  await app.ready();
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, { responses?: Record<string, unknown>; requestBody?: unknown }>> };
  for (const [p, method] of [
    ['/api/auth/signin', 'post'],
    ['/api/auth/totp/enrol', 'post'],
    ['/api/auth/devices/request', 'post'],
    ['/api/auth/demo/device/{token}', 'get'],
    ['/api/admin/accounts/{id}/grants', 'post'],
    ['/api/admin/hr/import', 'post'],
    ['/api/admin/vpn/due-for-review', 'get'],
  ] as const) {
    const op = doc.paths[p]?.[method];
    assert.ok(op, `${method} ${p}`);
    assert.ok(op.responses && Object.keys(op.responses).length >= 2, `${p} responses`);
  }
  assert.ok(doc.paths['/api/auth/signin']!.post!.requestBody);
  await app.close();
});
