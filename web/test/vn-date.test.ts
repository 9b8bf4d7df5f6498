import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import dayjs from 'dayjs';
import { vnDayEnd, vnDayOf, vnDayStart, vnToday, vnTodayIso, vnYear } from '../src/lib/vn-date.ts';

test('"today" is the date in Hà Nội: after 17:00 UTC it is already the next day', () => {
  assert.equal(vnTodayIso(new Date('2026-12-31T16:59:59Z')), '2026-12-31');
  assert.equal(vnTodayIso(new Date('2026-12-31T17:00:00Z')), '2027-01-01');
  assert.equal(vnYear(new Date('2026-12-31T17:00:00Z')), 2027);
  const d = vnToday(new Date('2026-12-31T18:30:00Z'));
  assert.equal(d.format('YYYY-MM-DD'), '2027-01-01');
  assert.ok(!dayjs('2027-01-01').isAfter(d, 'day'), 'today is not "in the future"');
  assert.ok(dayjs('2027-01-02').isAfter(d, 'day'));
});

test('a picked day begins and ends at Hà Nội midnight', () => {
  assert.equal(vnDayStart(dayjs('2026-03-07')).toISOString(), '2026-03-06T17:00:00.000Z');
  assert.equal(vnDayEnd(dayjs('2026-03-07')).toISOString(), '2026-03-07T16:59:59.999Z');
  assert.equal(vnDayEnd(dayjs('2026-12-31')).toISOString(), '2026-12-31T16:59:59.999Z', 'across the year end');
  assert.equal(vnDayOf('2026-03-06T17:00:00.000Z').format('YYYY-MM-DD'), '2026-03-07', 'a stored start shows as its Vietnamese day');
  assert.equal(vnDayOf(vnDayEnd(dayjs('2026-03-07'))).format('YYYY-MM-DD'), '2026-03-07', 'and a stored end');
});

test('the same answers on a machine set to another zone (a laptop left on New York time)', () => {
  const here = fileURLToPath(new URL('../src/lib/vn-date.ts', import.meta.url));
  const script = `import('${here}').then((m) => { const dayjs = require('dayjs');
    console.log(JSON.stringify([m.vnTodayIso(new Date('2026-12-31T18:30:00Z')), m.vnToday(new Date('2026-12-31T18:30:00Z')).format('YYYY-MM-DD'),
      m.vnDayStart(dayjs('2026-03-07')).toISOString(), m.vnDayEnd(dayjs('2026-03-07')).toISOString(), m.vnDayOf('2026-03-06T17:00:00.000Z').format('YYYY-MM-DD')])); });`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: 'America/New_York' }, encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(JSON.parse(out.stdout.trim()), ['2027-01-01', '2027-01-01', '2026-03-06T17:00:00.000Z', '2026-03-07T16:59:59.999Z', '2026-03-07']);
});
