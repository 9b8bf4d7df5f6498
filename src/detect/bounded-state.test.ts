import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryContext } from './context.ts';
import { createDetector, type Detector } from './detector.ts';
import { DistinctWindow, TimeWindow } from './keyed-state.ts';
import { createInterner } from './interner.ts';
import { accessEvent, authEvent } from './test-events.ts';

/** Entries held anywhere in a detector's state: map and set entries, window contents, the person ids' table. */
function entries(d: Detector, parts: { baselines: boolean } = { baselines: true }): number {
  let n = 0;
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof DistinctWindow) n += v.dump().length;
    else if (v instanceof TimeWindow) n += v.count();
    else if (v instanceof Map) {
      n += v.size;
      for (const x of v.values()) walk(x);
    } else if (v instanceof Set) n += v.size;
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else for (const x of Object.values(v)) walk(x);
  };
  const s = d.snapshot();
  walk(s.keyed);
  walk(s.accounts);
  if (parts.baselines) walk(s.baselines.accounts);
  return n + (d.stats().stateKeys.persons ?? 0);
}

const DAY = 86_400_000;
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const START = Date.parse('2026-03-02T01:00:00.000Z');

test('state stays bounded by the windows, not by the run: days of new persons over a drifting population', () => {
  const d = createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: () => {}, sweepEvery: 2_000 });
  const held: number[] = [];
  let events = 0;
  // Each day 150 accounts work (a third of them new that day), each reading 40 persons never read before,
  // over eight working hours, with a sign-in each morning: the persons seen grow with the run.
  for (let day = 0; day < 10; day++) {
    const base = START + day * DAY;
    for (let k = 0; k < 40; k++) {
      for (let a = 0; a < 150; a++) {
        const account = `acc-${day * 50 + a}`;
        const time = new Date(base + Math.floor(((k * 150 + a) / 6_000) * 8 * 3_600_000)).toISOString();
        if (k === 0) d.process(authEvent(account, time));
        // Half the persons are UUID-shaped (held as words in the typed table), half not (held in a map).
        const person = k % 2 === 0 ? `person-${day}-${a}-${k}` : `${hex(day, 8)}-0000-4000-8000-${hex(a * 100 + k, 12)}`;
        d.process(accessEvent(account, time, { subjects: [person] }));
        events++;
      }
    }
    held.push(entries(d));
  }
  assert.equal(d.stats().events, events + 10 * 150);
  // Over ten days 60,000 distinct persons were read; what is held levels off after the first two days (the
  // longest person window, a baseline's open day, plus the id table's two generations) instead of growing.
  const settled = held.slice(3);
  const peak = Math.max(...settled);
  const low = Math.min(...settled);
  assert.ok(peak <= low * 1.3, `entries held per day: ${held.join(', ')}`);
  assert.ok(peak < 60_000, `entries held per day: ${held.join(', ')}`);
  // The person ids' table holds at most two generations of its two-day horizon (6,000 persons a day),
  // however long the run.
  assert.ok((d.stats().stateKeys.persons ?? 0) <= 4 * 6_000, `persons: ${d.stats().stateKeys.persons}`);
  // Sixty days later every rule's state of the accounts that stopped is gone, and so are the persons of
  // their last open days; what stays is each account's learned baseline (90 days: its usual volume, hours
  // and purposes, a few numbers per account, not per person).
  const later = new Date(START + 60 * DAY).toISOString();
  d.process(accessEvent('acc-late', later));
  d.sweep();
  assert.ok(entries(d, { baselines: false }) < 10, `rule state after 60 days: ${entries(d, { baselines: false })}`);
  assert.ok((d.stats().stateKeys.accounts ?? 0) <= 1);
  let openPersons = 0;
  for (const [, b] of d.snapshot().baselines.accounts) openPersons += b.subjects.size;
  assert.ok(openPersons <= 1, `persons of open days: ${openPersons}`);
});

test('interned ids: the same integer while in use, integers reused only after a whole horizon unused', () => {
  const ids = createInterner(1_000);
  const a = ids.id('a', 0);
  const b = ids.id('b', 0);
  assert.notEqual(a, b);
  assert.equal(ids.id('a', 900), a);
  // 'a' stays in use across a generation; 'b' is unused for two generations and its integer is freed.
  assert.equal(ids.id('a', 1_500), a);
  assert.equal(ids.id('a', 2_600), a);
  assert.equal(ids.size(), 1);
  const c = ids.id('c', 2_600);
  assert.equal(c, b);
  // A dump restores the same integers.
  const copy = createInterner(1_000);
  copy.load(ids.dump());
  assert.equal(copy.id('a', 2_700), a);
  assert.equal(copy.id('c', 2_700), c);
  // keepFor only lengthens the horizon.
  ids.keepFor(10);
  ids.keepFor(5_000);
  ids.id('x', 3_000);
  assert.equal(ids.id('c', 7_000), c);
});
