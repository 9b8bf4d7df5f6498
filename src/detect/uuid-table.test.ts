import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { UuidTable } from './uuid-table.ts';
import { createInterner } from './interner.ts';

test('uuid table: canonical lowercase UUIDs only, values kept through growth and retain, ids given back exactly', () => {
  const t = new UuidTable();
  assert.equal(t.parse('person-1'), false);
  assert.equal(t.parse('9E000000-0000-4000-8000-000000000001'), false);
  assert.equal(t.parse('9e000000-0000-4000-8000-00000000000g'), false);
  assert.equal(t.parse('9e000000_0000-4000-8000-000000000001'), false);
  const ids = Array.from({ length: 5_000 }, () => crypto.randomUUID());
  ids.push('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff');
  ids.forEach((id, n) => {
    assert.equal(t.parse(id), true);
    assert.equal(t.get(), -1);
    t.add(n);
  });
  assert.equal(t.size(), ids.length);
  ids.forEach((id, n) => {
    t.parse(id);
    assert.equal(t.get(), n);
  });
  t.retain((n) => n % 2 === 0);
  assert.equal(t.size(), Math.ceil(ids.length / 2));
  const back = new Map<string, number>();
  t.forEach((id, n) => back.set(id, n));
  ids.forEach((id, n) => {
    t.parse(id);
    assert.equal(t.get(), n % 2 === 0 ? n : -1);
    if (n % 2 === 0) assert.equal(back.get(id), n);
  });
});

test('interner: UUIDs and other ids share one integer space, both age by generation and survive a dump', () => {
  const ids = createInterner(1_000);
  const u = crypto.randomUUID();
  const a = ids.id(u, 0);
  const b = ids.id('p-1', 0);
  const c = ids.id(u.toUpperCase(), 0);
  assert.equal(new Set([a, b, c]).size, 3);
  assert.equal(ids.id(u, 1_500), a);
  const copy = createInterner(1_000);
  copy.load(ids.dump());
  assert.equal(copy.id(u, 1_600), a);
  assert.equal(copy.id('p-1', 1_600), b);
  // Two generations later only what was used in the last one stays.
  assert.equal(ids.id('p-2', 2_600) >= 0, true);
  assert.equal(ids.size(), 2);
  assert.deepEqual(ids.dump().current.map(([k]) => k).sort(), ['p-2']);
  assert.deepEqual(ids.dump().previous.map(([k]) => k), [u]);
});
