import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPrng, weighted } from './prng.ts';

test('prng: same seed, same stream; forks are stable and independent', () => {
  const a = createPrng(123);
  const b = createPrng(123);
  const xs = Array.from({ length: 100 }, () => a.uint32());
  assert.deepEqual(xs, Array.from({ length: 100 }, () => b.uint32()));
  assert.notDeepEqual(xs, Array.from({ length: 100 }, () => createPrng(124).uint32()));
  assert.equal(createPrng(5).fork('x').uint32(), createPrng(5).fork('x').uint32());
  assert.notEqual(createPrng(5).fork('x').uint32(), createPrng(5).fork('y').uint32());
});

test('prng: ranges, digits, uuids and weighted choice', () => {
  const r = createPrng(9);
  const seen = new Set<number>();
  for (let i = 0; i < 10_000; i++) {
    const x = r.next();
    assert.ok(x >= 0 && x < 1);
    const k = r.int(3, 7);
    assert.ok(k >= 3 && k <= 7);
    seen.add(k);
  }
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6, 7]);
  for (let i = 0; i < 1000; i++) assert.match(r.digits(11), /^[0-9]{11}$/);
  const ids = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    const id = r.uuid();
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    ids.add(id);
  }
  assert.equal(ids.size, 1000);
  const t = weighted([['a', 1], ['b', 3]] as const);
  let bs = 0;
  for (let i = 0; i < 20_000; i++) if (t.sample(r) === 'b') bs++;
  assert.ok(Math.abs(bs / 20_000 - 0.75) < 0.02, `b share ${bs / 20_000}`);
});
