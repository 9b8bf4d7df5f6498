import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAccountStore } from './account-state.ts';

test('slots are per account and per rule, swept by their own horizon, and counted through eviction', () => {
  const store = createAccountStore(2);
  const short = store.slot(() => ({ n: 0 }), 1_000);
  const long = store.slot(() => ({ n: 0 }), 100_000);
  const a = { account: store.record('a', 0), t: 0 };
  short.get(a).n++;
  short.get(a).n++;
  long.get(a).n++;
  assert.equal(short.get(a).n, 2);
  assert.equal(long.get(a).n, 1);
  assert.throws(() => short.get({ account: null, t: 0 }));
  const b = { account: store.record('b', 500), t: 500 };
  short.get(b);
  assert.deepEqual([short.size(), long.size(), store.size()], [2, 1, 2]);
  // At 1,400 a's short slot (last used at 0) is past its horizon, b's (500) is not; a keeps its long slot.
  store.sweep(1_400);
  assert.deepEqual([short.size(), long.size(), store.size()], [1, 1, 2]);
  assert.equal(short.get(a).n, 0);
  // A third account evicts one of the two (neither touched since the last pass); counts follow.
  store.record('c', 2_000);
  assert.equal(store.size(), 2);
  assert.ok(short.size() + long.size() <= 2);
  // Far later every slot is idle: records are dropped with them.
  store.sweep(1_000_000);
  assert.deepEqual([short.size(), long.size(), store.size()], [0, 0, 0]);
});
