import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createManualClock } from '../platform/clock.ts';
import { createRespondTestApp, type RespondTestApp } from './respond-test-helpers.ts';
import { breaches } from './respond.schema.ts';

const clock = createManualClock('2026-03-02T02:00:00.000Z');
let t: RespondTestApp;

before(async () => {
  t = await createRespondTestApp(clock);
});
after(async () => {
  await t?.close();
});

test('an exercise case never reaches the breach clock, the sweep or the national-centre export', async () => {
  const open = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: t.as('officerHn'),
    payload: { title: 'Diễn tập: lộ dữ liệu', severity: 'high', unitId: 'P01', detectedAt: '2026-03-01T00:00:00.000Z', exercise: true },
  });
  assert.equal(open.statusCode, 201, open.body);
  assert.equal(open.json().exercise, true);
  const id = open.json().id as string;
  const real = await t.app.inject({ method: 'POST', url: '/api/cases', headers: t.as('officerHn'), payload: { title: 'Sự cố thật', severity: 'high', unitId: 'P01' } });
  assert.equal(real.json().exercise, false);

  // Marking it as a breach is refused and nothing is written: no clock, no escalation.
  const mark = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/breach`, headers: t.as('officerHn'), payload: {} });
  assert.equal(mark.statusCode, 409);
  assert.equal(mark.json().code, 'KHIEN_RESPOND_EXERCISE');
  const rows = await t.app.khien.database.db.select().from(breaches).where(eq(breaches.caseId, id));
  assert.equal(rows.length, 0);
  clock.set('2026-03-05T02:00:00.000Z');
  assert.deepEqual(await t.respond.breach.sweep(), []);
  const form = await t.app.inject({ method: 'GET', url: `/api/cases/${id}/breach/form-08.json`, headers: t.as('officerHn') });
  assert.equal(form.json().code, 'KHIEN_RESPOND_NOT_A_BREACH');

  // The STIX export for the national SOC holds the real case and not the exercise.
  const stix = await t.app.inject({ method: 'GET', url: '/api/respond/stix?since=2026-01-01T00:00:00.000Z', headers: t.as('central') });
  assert.equal(stix.statusCode, 200, stix.body);
  const text = stix.body;
  assert.ok(text.includes('Sự cố thật'), 'the real case is exported');
  assert.ok(!text.includes('Diễn tập'), 'the exercise is not');
});
