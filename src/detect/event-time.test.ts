import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventTime } from './event-time.ts';

test('parseEventTime agrees with Date.parse on ISO times, other formats and garbage', () => {
  const samples = [
    '2026-11-23T01:00:00.000Z', '2026-11-23T01:59:59.999Z', '2026-11-23T01:07:03.042Z', '2026-11-23T02:00:00.001Z',
    '2026-11-23T01:30:00.500Z', '2024-02-29T23:59:59.999Z', '2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z',
    '2026-11-23T01:60:00.000Z', '2026-11-23T01:00:60.000Z', '2026-11-23T01:0a:00.000Z', '2026-13-23T01:00:00.000Z',
    '2026-02-30T01:00:00.000Z', '2026-11-23T01:00:00Z', '2026-11-23T08:00:00.000+07:00', '2026-11-23', 'not a time', '',
  ];
  for (const s of samples) assert.deepEqual(parseEventTime(s), Date.parse(s), s);
  // Random times in random order, so the cached hour keeps changing.
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 5000; i++) {
    const s = new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 400 * 86_400_000)).toISOString();
    assert.equal(parseEventTime(s), Date.parse(s), s);
    assert.equal(parseEventTime(s), Date.parse(s), s);
  }
});
