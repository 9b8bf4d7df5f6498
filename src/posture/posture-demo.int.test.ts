import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import { ensureDemoAccounts, findDemoActor } from '../auth/demo/demo-accounts.ts';
import { ensurePostureDemo } from './posture-demo.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';

const clock = createManualClock('2026-12-05T02:00:00.000Z');
let t: TestApp;

before(async () => {
  t = await createTestApp({}, clock);
  await ensureReferenceData(t.app.khien.database.db);
  await ensureDemoAccounts(t.app.khien.auth.ctx);
});
after(async () => {
  await t?.close();
});

const actorOf = (username: string) => findDemoActor(t.app.khien.auth.ctx, username);

test('demo mode gives the demo province assets, matched findings, a warning list and last month\'s draft report, once', async () => {
  const line = await ensurePostureDemo(t.app.khien.posture, actorOf);
  assert.match(line ?? '', /P01/);
  const count = async (q: string): Promise<number> => Number((await queryRows<{ n: number }>(t.app.khien.database.db, sql.raw(q)))[0]!.n);
  assert.equal(await count(`select count(*)::int as n from posture_assets where unit_id = 'P01'`), 7);
  assert.equal(await count(`select count(*)::int as n from posture_findings where unit_id = 'P01' and asset_id is not null`), 5);
  assert.equal(await count(`select count(*)::int as n from posture_findings where kind = 'malware'`), 1);
  assert.equal(await count(`select count(*)::int as n from posture_warning_lists`), 1);
  assert.equal(await count(`select count(*)::int as n from posture_reports where month = '2026-11-01' and status = 'draft'`), 1);
  assert.equal(await ensurePostureDemo(t.app.khien.posture, actorOf), null);
  assert.equal(await count(`select count(*)::int as n from posture_assets`), 7);
});
