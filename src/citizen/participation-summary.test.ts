import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthOf, monthIndex, periodMonths, summariseParticipation, vietnamMonth } from './participation-summary.ts';

test('an empty history has no totals and no gaps', () => {
  assert.deepEqual(summariseParticipation([], '2026-12'), { asOfMonth: '2026-12', totals: [], gaps: [], monthsCovered: 0 });
});

test('months are counted with both ends, an open period runs to the current month', () => {
  assert.equal(periodMonths({ fromMonth: '2020-01', toMonth: '2020-12' }, '2026-12'), 12);
  assert.equal(periodMonths({ fromMonth: '2026-01', toMonth: null }, '2026-12'), 12);
  assert.equal(periodMonths({ fromMonth: '2027-01', toMonth: null }, '2026-12'), 0);
  assert.equal(monthOf(monthIndex('1999-12') + 1), '2000-01');
});

test('totals per type count overlapping months once, gaps between periods are listed oldest first', () => {
  const s = summariseParticipation(
    [
      { fromMonth: '2024-03', toMonth: null, insuranceTypes: ['health', 'retirement_survivorship'] },
      { fromMonth: '2020-01', toMonth: '2021-06', insuranceTypes: ['retirement_survivorship', 'health', 'unemployment'] },
      { fromMonth: '2021-01', toMonth: '2022-12', insuranceTypes: ['retirement_survivorship'] },
    ],
    '2024-12',
  );
  assert.deepEqual(s.totals, [
    { type: 'retirement_survivorship', months: 36 + 10 },
    { type: 'unemployment', months: 18 },
    { type: 'health', months: 18 + 10 },
  ]);
  assert.deepEqual(s.gaps, [{ fromMonth: '2023-01', toMonth: '2024-02', months: 14 }]);
  assert.equal(s.monthsCovered, 46);
});

test('the current month is Vietnam time', () => {
  assert.equal(vietnamMonth(new Date('2026-11-30T18:00:00Z')), '2026-12');
});
