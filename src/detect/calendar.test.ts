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

test('local offices open on Saturday mornings count them as working time; others do not', () => {
  const spec = { ...readCalendarSpec(), units: { 'P01-L2': { saturdayHours: [{ start: '07:30', end: '11:30' }] } } };
  const c = createWorkCalendar(spec);
  assert.equal(c.classify(vn('2026-03-07T09:00:00'), 'P01-L2', 0), null);
  assert.equal(c.classify(vn('2026-03-07T15:00:00'), 'P01-L2', 0), 'outside_hours');
  assert.equal(c.classify(vn('2026-03-07T09:00:00'), 'P01-L1', 0), 'weekend');
  assert.equal(c.classify(vn('2026-03-08T09:00:00'), 'P01-L2', 0), 'weekend'); // Sunday
  assert.equal(c.classify(vn('2026-03-02T09:00:00'), 'P01-L2', 0), null); // weekdays unchanged
});

test('the last three working days of a month run until 21:00; other days do not', () => {
  // April 2026: 27 and 30 are holidays, so the last working days are Fri 24, Tue 28 and Wed 29.
  assert.equal(cal.classify(vn('2026-04-29T20:00:00'), 'P01-L1', 0), null);
  assert.equal(cal.classify(vn('2026-04-24T20:30:00'), 'P01-L1', 0), null);
  assert.equal(cal.classify(vn('2026-04-29T21:30:00'), 'P01-L1', 0), 'outside_hours');
  assert.equal(cal.classify(vn('2026-04-23T20:00:00'), 'P01-L1', 0), 'outside_hours');
  assert.equal(cal.isMonthEnd(vn('2026-04-28T10:00:00')), true);
  assert.equal(cal.isMonthEnd(vn('2026-04-22T10:00:00')), false);
  assert.equal(cal.minutesOutside(vn('2026-04-22T19:30:00'), 'P01-L1', 60), 91);
  assert.equal(cal.minutesOutside(vn('2026-04-22T10:00:00'), 'P01-L1', 60), 0);
});
