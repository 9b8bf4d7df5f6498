import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessEvent, at, createHarness } from '../test-events.ts';
import { breakGlassOutsideArea, repeatedBreakGlass, repeatedDenials } from './out-of-scope.ts';

test('R011 fires at five denials within fifteen minutes, once per run', async () => {
  const h = createHarness([repeatedDenials]);
  for (let i = 0; i < 7; i++) await h.feed(accessEvent('a1', at(i), { outcome: 'deny', reason: 'DENY_NO_ASSIGNMENT', subjects: [] }));
  assert.equal(h.hits.length, 1);
  assert.equal(h.hits[0]!.details.denials, 5);
});

test('R011 fires for denials scattered over days at a high share of the requests, at most once a day', async () => {
  const h = createHarness([repeatedDenials]);
  const day = 24 * 60;
  // Two or three denials a day among twenty allowed reads, over four days: 10 denials, 11 % of requests.
  for (let d = 0; d < 4; d++) {
    for (let i = 0; i < 20; i++) await h.feed(accessEvent('a1', at(d * day + i * 20)));
    for (let k = 0; k < (d % 2 ? 3 : 2); k++) await h.feed(accessEvent('a1', at(d * day + 30 + k * 120), { outcome: 'deny', subjects: [] }));
  }
  const slow = h.of('KHIEN-R011');
  assert.ok(slow.length >= 1 && slow.length <= 2, String(slow.length));
  assert.equal(slow[0]!.details.kind, 'scattered');
  assert.equal(slow[0]!.details.denials, 6);
  if (slow[1]) assert.ok(slow[1].eventTime - slow[0]!.eventTime >= 86_400_000);
});

test('R011 ignores the odd denial of a busy account, spaced-out denials below the count, and allowed reads', async () => {
  const h = createHarness([repeatedDenials]);
  const day = 24 * 60;
  // A batch user: 400 reads a day and one or two denials (0.4 %) for a week.
  for (let d = 0; d < 7; d++) {
    for (let i = 0; i < 400; i++) await h.feed(accessEvent('busy', at(d * day + i)));
    for (let k = 0; k < 1 + (d % 2); k++) await h.feed(accessEvent('busy', at(d * day + 500 + k), { outcome: 'deny', subjects: [] }));
  }
  for (let i = 0; i < 5; i++) await h.feed(accessEvent('a1', at(i * 10), { outcome: 'deny', subjects: [] }));
  for (let i = 0; i < 10; i++) await h.feed(accessEvent('a2', at(i)));
  assert.equal(h.hits.length, 0);
});

const bg = (id: string) => ({ grant: { type: 'break_glass' as const, id } });

test('R012 fires at the third distinct break-glass grant within a week, not for repeats of one grant', async () => {
  const h = createHarness([repeatedBreakGlass]);
  await h.feed(accessEvent('a1', at(0), bg('g1')), accessEvent('a1', at(1), bg('g1')), accessEvent('a1', at(2), bg('g1')));
  assert.equal(h.hits.length, 0);
  await h.feed(accessEvent('a1', at(60 * 24), bg('g2')));
  const hits = await h.feed(accessEvent('a1', at(60 * 48), bg('g3')));
  assert.equal(hits.length, 1);
  const h2 = createHarness([repeatedBreakGlass]);
  await h2.feed(accessEvent('a1', at(0), bg('g1')), accessEvent('a1', at(60 * 24 * 4), bg('g2')), accessEvent('a1', at(60 * 24 * 8), bg('g3')));
  assert.equal(h2.hits.length, 0);
});

test('R013 fires for a break-glass read of a person of another province, not of the own province', async () => {
  const h = createHarness([breakGlassOutsideArea]);
  h.context.setPersonProvince('p-hn', '01');
  h.context.setPersonProvince('p-hcm', '79');
  const hits = await h.feed(accessEvent('a1', at(0), { ...bg('g1'), subjects: ['p-hcm'] }));
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.details.subjectProvinces, '79');
  const none = await h.feed(
    accessEvent('a1', at(1), { ...bg('g1'), subjects: ['p-hn'] }),
    accessEvent('a1', at(2), { subjects: ['p-hcm'] }), // assignment, not break-glass
    accessEvent('a2', at(3), { ...bg('g2'), subjects: ['p-hcm'], actor: { type: 'staff', accountId: 'a2', provinceCode: null, unitId: 'VSS-CNTT' } }),
  );
  assert.equal(none.length, 0);
});
