/**
 * `GET /api/security/dashboard`: who may read it, the period it covers (default: the last 24 hours by hour;
 * chosen: from/to by hour or by Vietnam day) and the refused periods.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import { createManualClock } from '../platform/clock.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';

function staffActor(role: Role | null, unitId: string): StaffActor {
  return {
    type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'CBTEST01', unitId, provinceCode: unitId.slice(1, 3),
    roles: role ? [{ role, unitId, validUntil: '2030-01-01T00:00:00.000Z' }] : [], sessionId: crypto.randomUUID(), deviceId: 'd', deviceRegistered: true, mfa: true, mustChangePassword: false,
  };
}

const actors = new Map<string, Actor>([['officer', staffActor('security_officer', 'P01')], ['clerk', staffActor('staff', 'P01-L1')]]);

test('security dashboard: 401, 403, refused periods, then the default and chosen periods', async () => {
  const clock = createManualClock('2026-03-02T03:20:00.000Z');
  const { app, close } = await createTestApp({}, clock, { extraResolvers: [headerActorResolver(actors)] });
  try {
    await ensureReferenceData(app.khien.database.db);
    const get = (query: string, who?: string) => app.inject({ method: 'GET', url: `/api/security/dashboard${query}`, headers: who ? { 'x-test-actor': who } : {} });
    assert.equal((await get('')).statusCode, 401);
    const clerk = await get('', 'clerk');
    assert.equal(clerk.statusCode, 403);
    assert.equal(clerk.json().code, 'KHIEN_AUTH_FORBIDDEN');
    assert.equal((await get('?bucket=week', 'officer')).statusCode, 400);
    assert.equal((await get('?from=yesterday', 'officer')).statusCode, 400);
    for (const bad of ['?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', '?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&bucket=hour', '?from=2024-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&bucket=day']) {
      const r = await get(bad, 'officer');
      assert.equal(r.statusCode, 400, bad);
      assert.equal(r.json().code, 'KHIEN_DETECT_BAD_RANGE', bad);
    }

    const byDefault = (await get('', 'officer')).json();
    assert.deepEqual(byDefault.period, { from: '2026-03-01T04:00:00.000Z', to: '2026-03-02T03:20:00.000Z', bucket: 'hour' });
    assert.equal(byDefault.reads.hours.length, 24);
    assert.equal(byDefault.reads.hours[23].start, '2026-03-02T03:00:00.000Z');

    const sixHours = (await get('?from=2026-03-01T10:30:00Z&to=2026-03-01T16:00:00Z&bucket=hour', 'officer')).json();
    assert.deepEqual(sixHours.period, { from: '2026-03-01T10:00:00.000Z', to: '2026-03-01T16:00:00.000Z', bucket: 'hour' });
    assert.deepEqual(sixHours.reads.hours.map((h: { start: string }) => h.start.slice(11, 13)), ['10', '11', '12', '13', '14', '15']);

    // A week by day: buckets start at midnight in Việt Nam (17:00 UTC the day before).
    const week = (await get('?from=2026-02-23T00:00:00%2B07:00&to=2026-03-02T00:00:00%2B07:00&bucket=day', 'officer')).json();
    assert.equal(week.period.bucket, 'day');
    assert.equal(week.reads.hours.length, 7);
    assert.equal(week.reads.hours[0].start, '2026-02-22T17:00:00.000Z');
    assert.equal(week.reads.hours[6].start, '2026-02-28T17:00:00.000Z');

    // `bucket=day` alone: the last 30 days.
    const month = (await get('?bucket=day', 'officer')).json();
    assert.equal(month.period.to, '2026-03-02T03:20:00.000Z');
    assert.equal(month.reads.hours.length, 31, '30 days reaching into a 31st Vietnam day');
  } finally {
    await close();
  }
});
