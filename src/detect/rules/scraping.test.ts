import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { accessEvent, accountFacts, at, authEvent, createHarness, WORKDAY_10AM } from '../test-events.ts';
import { automationAgent, massDistinctPersons, regularCadence, sequentialLookups } from './scraping.ts';

const ms = (n: number): string => new Date(WORKDAY_10AM + n).toISOString();

test('R014 fires above the hard ceiling with no baseline at all', async () => {
  const h = createHarness([massDistinctPersons]);
  for (let i = 0; i < 450; i++) await h.feed(accessEvent('a1', ms(i * 5000)));
  assert.equal(h.of('KHIEN-R014').length, 1);
  assert.equal(h.hits[0]!.details.basis, 'hard_max');
  assert.equal(h.hits[0]!.details.distinctPersons, 400);
});

test('R014 uses the own baseline once warm: 5× a quiet account fires well below the ceiling', async () => {
  const h = createHarness([massDistinctPersons], {}, { warmupDays: 3 });
  h.context.setAccount(accountFacts('a1'));
  // Three working days of ~10 persons an hour.
  for (let d = 0; d < 3; d++) for (let i = 0; i < 10; i++) h.detector.learn(accessEvent('a1', at(d * 1440 + i * 5)));
  await h.feed(accessEvent('a1', at(3 * 1440))); // opens day 4 and closes day 3
  for (let i = 0; i < 80; i++) await h.feed(accessEvent('a1', at(4 * 1440 + i * 0.5)));
  const hits = h.of('KHIEN-R014');
  assert.equal(hits.length, 1);
  assert.match(String(hits[0]!.details.basis), /own/);
  assert.equal(hits[0]!.details.distinctPersons, 60);
});

test('R014 stays quiet for a busy account whose baseline is busy, and for rereads of the same persons', async () => {
  const h = createHarness([massDistinctPersons], {}, { warmupDays: 3 });
  for (let d = 0; d < 4; d++) for (let i = 0; i < 60; i++) h.detector.learn(accessEvent('a1', at(d * 1440 + i)));
  for (let i = 0; i < 150; i++) await h.feed(accessEvent('a1', at(5 * 1440 + i * 0.3)));
  const same = [crypto.randomUUID(), crypto.randomUUID()];
  for (let i = 0; i < 500; i++) await h.feed(accessEvent('a2', ms(i * 1000), { subjects: [same[i % 2]!] }));
  assert.equal(h.hits.length, 0);
});

const lookup = (tail: string) => ({ action: 'search' as const, resource: 'search' as const, lookup: { by: 'personal_id' as const, tail } });

test('R015 fires on six lookups with identifier tails stepping by one', async () => {
  const h = createHarness([sequentialLookups]);
  const hits = await h.feed(...[1201, 1202, 1203, 1204, 1205, 1206].map((n, i) => accessEvent('a1', at(i * 0.2), lookup(String(n)))));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.run, 6);
});

test('R015 ignores scattered tails and slow sequences', async () => {
  const h = createHarness([sequentialLookups]);
  await h.feed(...['4821', '1187', '9350', '2214', '7719', '5050', '3131'].map((t, i) => accessEvent('a1', at(i), lookup(t))));
  await h.feed(...[10, 11, 12, 13, 14, 15].map((n, i) => accessEvent('a2', at(i * 15), lookup(String(n)))));
  assert.equal(h.hits.length, 0);
});

test('R016 fires on a metronome cadence and not on human jitter', async () => {
  const h = createHarness([regularCadence]);
  for (let i = 0; i < 22; i++) await h.feed(accessEvent('a1', ms(i * 2000 + (i % 2) * 20)));
  assert.equal(h.hits.length, 1);
  const h2 = createHarness([regularCadence]);
  let t = 0;
  let seed = 7;
  for (let i = 0; i < 40; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    t += 2000 + (seed % 20_000);
    await h2.feed(accessEvent('a1', ms(t)));
  }
  assert.equal(h2.hits.length, 0);
});

test('R017 fires for python-requests and headless Chrome on staff sessions only', async () => {
  const h = createHarness([automationAgent]);
  const hits = await h.feed(
    accessEvent('a1', at(0), { source: { userAgent: 'python-requests/2.32.3' } }),
    accessEvent('a1', at(1), { source: { userAgent: 'python-requests/2.32.3' } }),
    authEvent('a2', at(2), { source: { userAgent: 'Mozilla/5.0 HeadlessChrome/130.0' } }),
    accessEvent('a3', at(3), { source: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130 Safari/537.36' } }),
    accessEvent('ext', at(4), { actor: { type: 'external', accountId: 'key-1' }, source: { userAgent: 'curl/8.5.0' } }),
  );
  assert.deepEqual(hits.map((x) => x.details.agent), ['python-requests', 'headlesschrome']);
});
