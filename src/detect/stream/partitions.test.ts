import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../rules/index.ts';
import { accessEvent, at, authEvent } from '../test-events.ts';
import { FAMILY_RULES, allPartitions, filterOf, partitionOf, rulesOf, subjectOf } from './partitions.ts';

/** Does a NATS subject match a filter with `*` tokens? */
const matches = (subject: string, filter: string): boolean => {
  const s = subject.split('.');
  const f = filter.split('.');
  return s.length === f.length && f.every((t, i) => t === '*' || t === s[i]);
};

test('every rule runs in exactly one family, and the cross-account rules named per family exist', () => {
  const ids = ALL_RULES.map((r) => r.id);
  for (const id of [...FAMILY_RULES.d, ...FAMILY_RULES.s]) assert.ok(ids.includes(id), id);
  const seen = [...rulesOf('a', ALL_RULES), ...rulesOf('d', ALL_RULES), ...rulesOf('s', ALL_RULES)].map((r) => r.id).sort();
  assert.deepEqual(seen, [...ids].sort());
});

test('an event matches exactly one partition of each family that applies to it', () => {
  const count = 8;
  const events = [
    accessEvent('acc-1', at(0)),
    accessEvent('acc-1', at(1), { source: { ip: '10.2.0.1', system: 'khien' } }),
    authEvent(null, at(2), { outcome: 'failure', username: 'CB0001' }),
    authEvent('acc-2', at(3)),
  ];
  for (const e of events) {
    const subject = subjectOf(e, count);
    const hits = allPartitions(count).filter((p) => matches(subject, filterOf(p)));
    const families = hits.map((p) => p.family);
    assert.equal(new Set(families).size, families.length, subject);
    assert.ok(families.includes('a'), subject);
    assert.equal(families.includes('d'), Boolean(e.source.deviceId && (e.kind !== 'auth' || e.accountId)), subject);
    assert.equal(families.includes('s'), e.kind === 'auth', subject);
  }
});

test("an account's events share their account partition whatever the device, address or kind", () => {
  const a = subjectOf(accessEvent('acc-7', at(0)), 16).split('.')[2];
  const b = subjectOf(authEvent('acc-7', at(1), { source: { ip: '10.9.9.9', deviceId: 'other', system: 'khien' } }), 16).split('.')[2];
  assert.equal(a, b);
  const spread = new Set(Array.from({ length: 1000 }, (_, i) => partitionOf(`a:acc-${i}`, 16)));
  assert.equal(spread.size, 16);
});
