import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breachClockState, breachDeadline, breachRetainUntil, dueEscalations } from './breach-clock.ts';

const H = 3_600_000;
const detected = new Date('2026-03-02T02:00:00.000Z');
const at = (h: number): Date => new Date(detected.getTime() + h * H);

test('the deadline is 72 hours after detection', () => {
  assert.equal(breachDeadline(detected).toISOString(), '2026-03-05T02:00:00.000Z');
});

test('escalations are due at 24, 48 and 66 hours, and 72 marks the deadline passed', () => {
  const table: Array<[number, number[]]> = [
    [0, []],
    [23.99, []],
    [24, [24]],
    [47.5, [24]],
    [48, [24, 48]],
    [65.9, [24, 48]],
    [66, [24, 48, 66]],
    [71.99, [24, 48, 66]],
    [72, [24, 48, 66, 72]],
    [500, [24, 48, 66, 72]],
  ];
  for (const [h, expected] of table) assert.deepEqual(dueEscalations(detected, at(h)), expected, `at ${h} h`);
});

test('the clock shows the time left, overdue time, and freezes at submission', () => {
  const running = breachClockState(detected, at(10.5), null);
  assert.equal(running.remaining, '61:30');
  assert.equal(running.remainingMs, 61.5 * H);
  assert.equal(running.overdue, false);
  assert.equal(running.nextEscalationAt, at(24).toISOString());

  const late = breachClockState(detected, at(73.25), null);
  assert.equal(late.remaining, '-01:15');
  assert.equal(late.overdue, true);
  assert.equal(late.nextEscalationAt, null);

  const stopped = breachClockState(detected, at(100), at(30));
  assert.equal(stopped.stopped, true);
  assert.equal(stopped.remaining, '42:00');
  assert.deepEqual(stopped.thresholdsPassed, [24]);
  assert.equal(stopped.nextEscalationAt, null);
});

test('breach records are kept five years after remediation', () => {
  assert.equal(breachRetainUntil(detected, null).toISOString(), '2031-03-02T02:00:00.000Z');
  assert.equal(breachRetainUntil(detected, new Date('2026-04-10T00:00:00Z')).toISOString(), '2031-04-10T00:00:00.000Z');
});
