import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { AccountIds, HOLDER } from './account-ids.ts';
import { IndexedState } from './indexed-state.ts';
import { UuidTable } from './uuid-table.ts';

test('uuid table: removing keys keeps every other key reachable (probe runs closed up, no tombstones)', () => {
  const t = new UuidTable();
  // Enough keys for long probe runs and wrap-around at the table's end.
  const ids = Array.from({ length: 3_000 }, () => crypto.randomUUID());
  ids.forEach((id, n) => {
    t.parse(id);
    assert.equal(t.get(), -1);
    t.add(n);
  });
  const gone = new Set<number>();
  for (let n = 0; n < ids.length; n += 3) {
    t.parse(ids[n]!);
    assert.equal(t.get(), n);
    t.remove();
    gone.add(n);
  }
  assert.equal(t.size(), ids.length - gone.size);
  ids.forEach((id, n) => {
    t.parse(id);
    assert.equal(t.get(), gone.has(n) ? -1 : n, `key ${n}`);
  });
  // Removed keys can come back.
  t.parse(ids[0]!);
  assert.equal(t.get(), -1);
  t.add(99_999);
  t.parse(ids[0]!);
  assert.equal(t.get(), 99_999);
});

test('account ids: dense integers, ids spelled back, an integer reused only once no store holds it', () => {
  const ids = new AccountIds();
  const u = crypto.randomUUID();
  const a = ids.intern(u);
  const b = ids.intern('acc-1');
  assert.deepEqual([a, b], [0, 1]);
  assert.equal(ids.intern(u), a);
  assert.equal(ids.find(u), a);
  assert.equal(ids.find('acc-2'), -1);
  assert.equal(ids.find(u.toUpperCase()), -1);
  assert.equal(ids.idOf(a), u);
  assert.equal(ids.idOf(b), 'acc-1');
  ids.hold(a, HOLDER.records);
  ids.hold(a, HOLDER.baselines);
  ids.hold(b, HOLDER.records);
  // Still held by the baselines: the id keeps its integer.
  ids.letGo(a, HOLDER.records);
  assert.equal(ids.find(u), a);
  ids.letGo(a, HOLDER.baselines);
  ids.letGo(b, HOLDER.records);
  assert.equal(ids.find(u), -1);
  assert.equal(ids.find('acc-1'), -1);
  assert.equal(ids.size(), 0);
  // Freed integers are reused, so the stores' arrays stay as long as the accounts held at once.
  const c = ids.intern('acc-3');
  const d = ids.intern(crypto.randomUUID());
  assert.deepEqual(new Set([c, d]), new Set([a, b]));
  assert.equal(ids.bound(), 2);
  // Many ids: the table and the word store grow, every id keeps its integer and spelling.
  const many = Array.from({ length: 2_000 }, (_, i) => (i % 5 === 0 ? `name-${i}` : crypto.randomUUID()));
  const keys = many.map((id) => ids.intern(id));
  many.forEach((id, i) => {
    assert.equal(ids.find(id), keys[i]);
    assert.equal(ids.idOf(keys[i]!), id);
  });
});

test('indexed state: keyed-state semantics by integer (use times, sweep, second-chance eviction, dump and load by id)', () => {
  const ids = new AccountIds();
  const dropped: number[] = [];
  const store = new IndexedState<{ v: number }>(ids, HOLDER.records, () => ({ v: 0 }), 3, (s) => dropped.push(s.v));
  const key = (id: string): number => ids.intern(id);
  store.get(key('a'), 10).v = 1;
  store.get(key('b'), 20).v = 2;
  store.get(key('c'), 30).v = 3;
  assert.equal(store.get(key('a'), 5).v, 1);
  assert.equal(store.size(), 3);
  // A fourth account evicts the first not used since the hand passed: b (a was used again).
  store.get(key('d'), 40).v = 4;
  assert.deepEqual(dropped, [2]);
  assert.equal(store.size(), 3);
  assert.equal(ids.find('b'), -1);
  assert.equal(store.peek(-1), undefined);
  // Dump keyed by id with the latest use (a's stays 10: an older time does not lower it).
  const dump = store.dump();
  assert.deepEqual(dump.map(([id, s, t]) => [id, s.v, t]).sort(), [['a', 1, 10], ['c', 3, 30], ['d', 4, 40]]);
  store.sweep(31);
  assert.deepEqual(dropped.sort(), [1, 2, 3]);
  assert.equal(store.size(), 1);
  assert.equal(ids.size(), 1);
  // Load into another table: the same accounts under its own integers.
  const other = new AccountIds();
  other.intern('zzz');
  const copy = new IndexedState<{ v: number }>(other, HOLDER.records, () => ({ v: 0 }), 3);
  copy.load(dump);
  assert.equal(copy.size(), 3);
  assert.equal(copy.peek(other.find('c'))?.v, 3);
  copy.retain((s) => s.v !== 3);
  assert.equal(copy.size(), 2);
  assert.equal(other.find('c'), -1);
});
