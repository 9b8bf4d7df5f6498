import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, accountFacts, at, createHarness } from '../test-events.ts';
import { baselineDeviation } from './baseline-deviation.ts';

/** Ten working days of 20 reads between 10:00 and 10:20, purpose "contribution_collection". */
function warm(h: ReturnType<typeof createHarness>, account: string): void {
  for (let d = 0; d < 10; d++) for (let i = 0; i < 20; i++) h.detector.learn(accessEvent(account, at(d * 1440 + i)));
}

test('R022 stays silent during warm-up, then flags volume, a rare hour and a new purpose once a day', async () => {
  const h = createHarness([baselineDeviation], { 'KHIEN-R022': { minDailyReads: 50 } }, { warmupDays: 10 });
  h.context.setAccount(accountFacts('a1'));
  for (let i = 0; i < 100; i++) await h.feed(accessEvent('a1', at(i * 0.1)));
  assert.equal(h.hits.length, 0, 'no finding before warm-up');
  const h2 = createHarness([baselineDeviation], { 'KHIEN-R022': { minDailyReads: 50 } }, { warmupDays: 10 });
  h2.context.setAccount(accountFacts('a1'));
  warm(h2, 'a1');
  const day = 11 * 1440;
  for (let i = 0; i < 90; i++) await h2.feed(accessEvent('a1', at(day + i * 0.1)));
  await h2.feed(accessEvent('a1', at(day + 12 * 60))); // 22:00 Hà Nội time
  await h2.feed(accessEvent('a1', at(day + 20), { purpose: 'benefit_review' }));
  await h2.feed(accessEvent('a1', at(day + 21), { purpose: 'benefit_review' }));
  const kinds = h2.hits.map((x) => x.details.kind);
  assert.deepEqual(kinds.sort(), ['purpose:benefit_review', 'rare_hour', 'volume']);
});

test('R022 stays quiet on a normal day of a warm account', async () => {
  const h = createHarness([baselineDeviation], {}, { warmupDays: 10 });
  h.context.setAccount(accountFacts('a1'));
  warm(h, 'a1');
  for (let i = 0; i < 20; i++) await h.feed(accessEvent('a1', at(11 * 1440 + i)));
  assert.equal(h.hits.length, 0);
});
