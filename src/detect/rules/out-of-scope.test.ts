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

test('R011 ignores spaced-out denials and allowed reads', async () => {
  const h = createHarness([repeatedDenials]);
  for (let i = 0; i < 6; i++) await h.feed(accessEvent('a1', at(i * 10), { outcome: 'deny', subjects: [] }));
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
