import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWorkCalendar, readCalendarSpec } from './calendar.ts';

const cal = createWorkCalendar();
/** Vietnam local time → ms. */
const vn = (local: string): number => Date.parse(`${local}+07:00`);

test('classifies working time, evenings, weekends and holidays in Vietnam time', () => {
  const cases: Array<[string, ReturnType<typeof cal.classify>]> = [
    ['2026-03-02T10:00:00', null], // Monday morning
    ['2026-03-02T12:15:00', null], // lunch break is not off-hours
    ['2026-03-02T07:00:00', null], // within the 60-minute grace before 07:30
    ['2026-03-02T05:59:00', 'outside_hours'],
    ['2026-03-02T18:30:00', 'outside_hours'],
    ['2026-03-07T10:00:00', 'weekend'], // Saturday
    ['2026-02-17T10:00:00', 'holiday'], // Tết Nguyên đán 2026, mùng 1
    ['2026-02-20T10:00:00', 'holiday'], // mùng 4
    ['2026-04-27T10:00:00', 'holiday'], // compensatory day for Giỗ Tổ on Sunday 26/4
    ['2026-09-02T10:00:00', 'holiday'],
    ['2027-02-06T10:00:00', 'holiday'], // Tết 2027
    ['2027-04-16T10:00:00', 'holiday'], // Giỗ Tổ 2027
    ['2027-05-03T10:00:00', 'holiday'], // 1/5/2027 is a Saturday
    ['2027-02-12T10:00:00', null], // first working day after Tết 2027
  ];
  for (const [local, expected] of cases) assert.equal(cal.classify(vn(local), 'P01-L1', 60), expected, local);
});

test('the shipped calendar holds the lunar holidays on the right dates', () => {
  const spec = readCalendarSpec();
  const dates = new Set(spec.holidays.map((h) => h.date));
  for (const d of ['2026-02-17', '2027-02-06', '2026-04-26', '2027-04-16', '2026-01-01', '2027-01-01', '2026-04-30', '2027-05-01']) assert.ok(dates.has(d), d);
  assert.equal(spec.utcOffsetMinutes, 420);
});

test('per-unit overrides apply to the unit and, through ancestors, to its children', () => {
  const spec = { ...readCalendarSpec(), units: { P79: { workingDays: [1, 2, 3, 4, 5, 6] } } };
  const c = createWorkCalendar(spec, (u) => (u === 'P79-L1' ? ['P79-L1', 'P79', 'VSS'] : [u]));
  assert.equal(c.classify(vn('2026-03-07T10:00:00'), 'P79-L1', 0), null);
  assert.equal(c.classify(vn('2026-03-07T10:00:00'), 'P01-L1', 0), 'weekend');
});
