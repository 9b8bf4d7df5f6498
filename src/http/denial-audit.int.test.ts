/**
 * The one denial hook (http/denial-audit.ts) over the production app: a refused request on a route that
 * declares itself protected is recorded once, whichever module answers it — detect's routes included, which
 * recorded none before (issue 11, item 5) — and nothing is recorded for a request that was not refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { AdminEvent } from '../events/types.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { createManualClock } from '../platform/clock.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';

const clerk: StaffActor = {
  type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'CBTEST02', unitId: 'P01-L1', provinceCode: '01',
  roles: [{ role: 'staff', unitId: 'P01-L1', validUntil: '2030-01-01T00:00:00.000Z' }], sessionId: crypto.randomUUID(), deviceId: 'd', deviceRegistered: true, mfa: true, mustChangePassword: false,
};
const officer: StaffActor = { ...clerk, accountId: crypto.randomUUID(), unitId: 'P01', roles: [{ role: 'security_officer', unitId: 'P01', validUntil: '2030-01-01T00:00:00.000Z' }] };

test('a refused request on a detect route is recorded: who, which route, which refusal', async (t) => {
  const recorder = createMemoryRecorder();
  const actors = new Map<string, Actor>([['clerk', clerk], ['officer', officer]]);
  const app = await createTestApp({}, createManualClock('2026-03-02T03:00:00.000Z'), { recorder, extraResolvers: [headerActorResolver(actors)] });
  t.after(() => app.close());
  await ensureReferenceData(app.app.khien.database.db);
  const denials = (): AdminEvent[] => recorder.events.filter((e): e is AdminEvent => e.kind === 'admin' && e.action === 'detect.access_denied');

  const anonymous = await app.app.inject({ method: 'GET', url: '/api/alerts' });
  assert.equal(anonymous.statusCode, 401);
  assert.equal(anonymous.json().code, 'KHIEN_AUTH_UNAUTHENTICATED');
  const refused = await app.app.inject({ method: 'GET', url: '/api/alerts', headers: { 'x-test-actor': 'clerk' } });
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().code, 'KHIEN_AUTH_FORBIDDEN');
  const dashboard = await app.app.inject({ method: 'GET', url: '/api/security/dashboard', headers: { 'x-test-actor': 'clerk' } });
  assert.equal(dashboard.statusCode, 403);

  assert.deepEqual(
    denials().map((e) => [e.actor.type, e.actor.accountId, e.target.id, e.reason, e.outcome]),
    [
      ['system', null, 'GET /api/alerts', 'KHIEN_AUTH_UNAUTHENTICATED', 'failure'],
      ['staff', clerk.accountId, 'GET /api/alerts', 'KHIEN_AUTH_FORBIDDEN', 'failure'],
      ['staff', clerk.accountId, 'GET /api/security/dashboard', 'KHIEN_AUTH_FORBIDDEN', 'failure'],
    ],
  );

  // Not refused: an allowed list and a validation error record no denial.
  const before = denials().length;
  assert.equal((await app.app.inject({ method: 'GET', url: '/api/alerts', headers: { 'x-test-actor': 'officer' } })).statusCode, 200);
  assert.equal((await app.app.inject({ method: 'GET', url: '/api/alerts?ruleId=nope', headers: { 'x-test-actor': 'officer' } })).statusCode, 400);
  assert.equal(denials().length, before);
});
