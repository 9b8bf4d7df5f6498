import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DistinctWindow, TimeWindow } from './keyed-state.ts';

test('distinct window: the same counts as a plain recount, scanning small windows and mapping large ones', () => {
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const w = new DistinctWindow<number>();
  let log: Array<[number, number]> = [];
  const windowMs = 1_000;
  let t = 0;
  // Quiet stretches (a few entries, scanned), bursts (hundreds, past the map threshold) and drains between.
  for (let step = 0; step < 20_000; step++) {
    const burst = Math.floor(step / 2_000) % 2 === 1;
    t += burst ? 2 : 1 + Math.floor(rnd() * 120);
    const v = Math.floor(rnd() * (burst ? 500 : 12));
    log.push([v, t]);
    const n = w.add(v, t, windowMs);
    log = log.filter(([, x]) => x >= t - windowMs);
    const distinct = new Set(log.map(([x]) => x));
    assert.equal(n, distinct.size, `step ${step}`);
    assert.equal(w.size(), n);
    if (step % 997 === 0) {
      assert.deepEqual(w.dump(), log);
      assert.deepEqual([...w.values()].sort((a, b) => a - b), [...distinct].sort((a, b) => a - b));
      // A restored window counts on alike.
      const copy = DistinctWindow.load(w.dump());
      assert.equal(copy.size(), n);
      t++;
      assert.equal(copy.add(v, t, windowMs), w.add(v, t, windowMs));
      log.push([v, t]);
    }
  }
  assert.equal(w.prune(t + 10 * windowMs, windowMs), 0);
});

test('time window: counts through compaction', () => {
  const w = new TimeWindow();
  for (let t = 0; t < 1_000; t++) assert.equal(w.push(t, 99), Math.min(t + 1, 100));
  assert.deepEqual(w.dump(), Array.from({ length: 100 }, (_, i) => 900 + i));
});
