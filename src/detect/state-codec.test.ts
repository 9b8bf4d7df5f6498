import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KhienEvent } from '../events/types.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryContext } from './context.ts';
import { createBaselineStore } from './baselines.ts';
import { createDetector, type Detector } from './detector.ts';
import { defaultIpPrefixes } from './province-geo.ts';
import type { Detection } from './rule.ts';
import { decodeDetectorState, encodeDetectorState } from './state-codec.ts';
import { accessEvent, accountFacts, at, authEvent } from './test-events.ts';

/** A small seeded PRNG (mulberry32), so that the stream is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fourteen days of reads by 30 accounts, with misuse mixed in: every rule family gets state to keep. */
function stream(): KhienEvent[] {
  const rnd = prng(7);
  const out: KhienEvent[] = [];
  const person = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  for (let day = 0; day < 14; day++) {
    for (let a = 0; a < 30; a++) {
      const acc = `acc-${a}`;
      const start = day * 1440 + Math.floor(rnd() * 60);
      out.push(authEvent(acc, at(start)));
      const reads = 10 + Math.floor(rnd() * 30) + (a === 3 && day === 13 ? 400 : 0);
      for (let r = 0; r < reads; r++) {
        const over = a === 5 && day > 10 ? { source: { ip: `10.${r % 2 ? 79 : 1}.0.10`, deviceId: `dev-${acc}-${r % 2}`, deviceRegistered: true, userAgent: 'curl/8', system: 'khien' } } : {};
        out.push(accessEvent(acc, at(start + r * 3 + rnd()), { subjects: [person(a === 7 ? 1000 + r : Math.floor(rnd() * 500))], ...over }));
      }
    }
    for (let f = 0; f < 12; f++) out.push(authEvent(null, at(day * 1440 + 300 + f), { outcome: 'failure', reason: 'BAD_PASSWORD', username: `CB${day}${f}`, source: { ip: '10.48.0.66', system: 'khien' } }));
    for (let f = 0; f < 6; f++) out.push(authEvent('acc-9', at(day * 1440 + 400 + f), { outcome: f < 5 ? 'failure' : 'success', reason: 'X' }));
    out.push(accessEvent('acc-11', at(day * 1440 + 17 * 60), { source: { ip: '10.1.0.10', deviceId: 'dev-acc-12', deviceRegistered: false, system: 'khien' } }));
  }
  return out.sort((x, y) => Date.parse(x.time) - Date.parse(y.time));
}

function detector(hits: Detection[]): Detector {
  const context = createMemoryContext({ ipPrefixes: defaultIpPrefixes(), accounts: Array.from({ length: 30 }, (_, a) => accountFacts(`acc-${a}`)) });
  return createDetector({ context, clock: createManualClock(), onAlert: (d) => hits.push(d), baselines: createBaselineStore({ warmupDays: 5 }) });
}

const key = (d: Detection): string => `${d.ruleId}|${d.accountId ?? ''}|${d.groupKey}|${d.event.id}`;

test('a detector restored from an encoded snapshot raises exactly what the uninterrupted one raises', async () => {
  const events = stream();
  const whole: Detection[] = [];
  const one = detector(whole);
  for (const e of events) one.process(e);
  await one.settled();
  assert.ok(new Set(whole.map((d) => d.ruleId)).size >= 5, `rules fired: ${[...new Set(whole.map((d) => d.ruleId))].join(',')}`);

  for (const cut of [1, Math.floor(events.length / 3), Math.floor((events.length * 9) / 10)]) {
    const before: Detection[] = [];
    const first = detector(before);
    for (const e of events.slice(0, cut)) first.process(e);
    await first.settled();
    const bytes = encodeDetectorState(first.snapshot());
    const after: Detection[] = [];
    const second = detector(after);
    const state = decodeDetectorState(bytes);
    assert.ok(state);
    assert.equal(second.restore(state), true);
    for (const e of events.slice(cut)) second.process(e);
    await second.settled();
    assert.deepEqual([...before, ...after].map(key), whole.map(key), `cut at ${cut}`);
    assert.deepEqual(second.stats().stateKeys, one.stats().stateKeys);
    assert.equal(second.stats().events, events.length);
  }
});

test('a snapshot of other rules or parameters is refused, and bytes that are not a state decode to null', () => {
  const hits: Detection[] = [];
  const d = detector(hits);
  d.process(accessEvent('acc-1', at(0)));
  const state = d.snapshot();
  const other = createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: () => {}, params: { 'KHIEN-R008': { minFailures: 9 } } });
  assert.equal(other.restore(state), false);
  assert.equal(other.stats().events, 0);
  assert.equal(decodeDetectorState(new Uint8Array([1, 2, 3])), null);
});
