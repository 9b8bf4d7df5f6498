import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { createManualClock } from '../platform/clock.ts';
import { createAlertService, type RaisedAlert } from './alerts.ts';
import { transitionAlert } from './detect.repo.ts';
import { alerts } from './detect.schema.ts';
import type { Detection } from './rule.ts';
import { accessEvent } from './test-events.ts';

const DAY = 86_400_000;

test('a false positive suppresses its account × rule until it expires; repeats fold into it; a new service finds it in the database', async () => {
  const database = await createTestDatabase();
  const clock = createManualClock('2026-04-20T03:00:00.000Z');
  const mk = () => createAlertService({ db: database.db, clock, suspendRules: new Set(), suspender: () => null, ruleName: (id) => id, resumeSuspensionsEveryMs: 0, suppressDays: 14 });
  const account = crypto.randomUUID();
  const other = crypto.randomUUID();
  const det = (acc: string, dayOffset: number): Detection => {
    const t = Date.parse('2026-04-20T03:00:00.000Z') + dayOffset * DAY;
    return { ruleId: 'KHIEN-R010', severity: 'medium', accountId: acc, unitId: 'P01-L1', groupKey: '', event: accessEvent(acc, new Date(t).toISOString()), eventTime: t, details: { kind: 'outside_hours' } };
  };
  try {
    const svc = mk();
    const raised: RaisedAlert[] = [];
    svc.onAlert((r) => raised.push(r));
    svc.handle(det(account, 0));
    await svc.flush();
    const first = raised[0]!.alert;
    assert.equal(raised[0]!.created, true);
    // Triaged as a false positive (what triageAlert does: the row, then the cache).
    const at = clock.now();
    assert.ok(await transitionAlert(database.db, first.id, 'new', { status: 'false_positive', reason: 'month-end overtime agreed', by: crypto.randomUUID(), at }));
    svc.noteStatus(first.id, 'false_positive', at);
    assert.equal(svc.suppressedUntil(at)!.toISOString(), new Date(at.getTime() + 14 * DAY).toISOString());

    // Three days later: held back, folded into the false positive; another account is not affected.
    svc.handle(det(account, 3));
    svc.handle(det(other, 3));
    await svc.flush();
    assert.equal(raised[1]!.created, false);
    assert.equal(raised[1]!.alert.id, first.id);
    assert.equal(raised[2]!.created, true);
    assert.equal(svc.stats().suppressed, 1);
    const [row] = await database.db.select().from(alerts).where(eq(alerts.id, first.id));
    assert.equal(row!.count, 2);
    assert.equal(row!.status, 'false_positive');

    // A restarted node (empty cache) still honours it; after 14 days a new alert opens.
    const fresh = mk();
    const again: RaisedAlert[] = [];
    fresh.onAlert((r) => again.push(r));
    fresh.handle(det(account, 10));
    await fresh.flush();
    assert.equal(again[0]!.created, false);
    assert.equal(again[0]!.alert.id, first.id);
    fresh.handle(det(account, 15));
    await fresh.flush();
    assert.equal(again[1]!.created, true);
    assert.notEqual(again[1]!.alert.id, first.id);
    await svc.stop();
    await fresh.stop();
  } finally {
    await database.close();
  }
});
