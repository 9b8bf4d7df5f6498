import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { insertStaff } from '../org/org.repo.ts';
import { ensureGovernDemo } from './govern-demo.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
before(async () => {
  t = await createGovernTestApp(clock);
});
after(async () => t.close());

test('demo: register, systems, Hà Nội team and coverage are there once; the demo head can assemble the report', async () => {
  const db = t.app.khien.database.db;
  const now = clock.now();
  await insertStaff(db, [{ id: crypto.randomUUID(), staffNo: 'DEMOAT01', fullName: 'Lê Minh An Toàn', unitId: 'P01', position: 'Chuyên trách ATTT', status: 'active', startedOn: '2020-01-01', createdAt: now, updatedAt: now }]);
  assert.equal(await ensureGovernDemo(db, now), true);
  assert.equal(await ensureGovernDemo(db, now), false, 'once');
  const h = t.as('headHn');
  const tasks = (await t.app.inject({ method: 'GET', url: '/api/govern/plan/tasks', headers: h })).json();
  assert.equal(tasks.length, 18);
  const team = (await t.app.inject({ method: 'GET', url: '/api/govern/team/dedicated-officers', headers: h })).json();
  assert.deepEqual(team, [{ unitId: 'P01', name: team[0].name, dedicatedOfficers: 1, members: 1, status: 'green' }]);
  const cov = (await t.app.inject({ method: 'GET', url: '/api/govern/coverage/dossiers', headers: t.as('central') })).json();
  assert.deepEqual(cov.total, { unitId: '*', total: 4, covered: 1, percent: 25 });
  const r = await t.app.inject({ method: 'POST', url: '/api/govern/reports', headers: h, payload: { unitId: 'P01', kind: 'six_monthly_h2', year: 2026 } });
  assert.equal(r.statusCode, 201, r.body);
  assert.equal(r.json().content.drills.length, 1);
});
