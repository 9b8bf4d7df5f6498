import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, isoOf } from './demo-dates.ts';

test('day arithmetic agrees with Date for every day 1900-2100', () => {
  const start = Date.UTC(1900, 0, 1);
  for (let t = start; t < Date.UTC(2101, 0, 1); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    const day = Math.round(t / 86_400_000);
    assert.equal(dayOf(iso), day);
    assert.equal(isoOf(day), iso);
  }
});
