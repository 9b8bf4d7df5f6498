import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryContext } from './context.ts';
import { createDetector } from './detector.ts';
import type { Detection, RuleDefinition } from './rule.ts';
import { ALL_RULES } from './rules/index.ts';
import { accessEvent, at, authEvent } from './test-events.ts';

test('every rule has an id, both names, a severity, an ATT&CK technique and unique ids', () => {
  const ids = new Set<string>();
  for (const r of ALL_RULES) {
    assert.match(r.id, /^KHIEN-R\d{3}$/);
    assert.ok(!ids.has(r.id), r.id);
    ids.add(r.id);
    assert.ok(r.name.vi && r.name.en && r.description.vi && r.description.en, r.id);
    assert.match(r.attack, /^T\d{4}(\.\d{3})?$/, r.id);
  }
  assert.equal(ALL_RULES.length, 26);
});

test('state stays bounded: keys per rule never exceed maxKeys with 50,000 accounts', () => {
  const d = createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: () => {}, maxKeys: 1000 });
  for (let i = 0; i < 50_000; i++) d.process(accessEvent(`acc-${i}`, at(i / 100)));
  for (const [rule, n] of Object.entries(d.stats().stateKeys)) if (rule !== 'baselines' && rule !== 'persons') assert.ok(n <= 1000, `${rule}: ${n}`);
  assert.equal(d.stats().events, 50_000);
});

test('idle keys are swept by event time', () => {
  const d = createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: () => {}, sweepEvery: 10 });
  for (let i = 0; i < 100; i++) d.process(accessEvent(`acc-${i}`, at(0)));
  const before = d.stats().stateKeys['KHIEN-R001']!;
  for (let i = 0; i < 20; i++) d.process(authEvent('late', at(3 * 1440 + i)));
  assert.ok(before >= 100);
  assert.ok(d.stats().stateKeys['KHIEN-R001']! < 5);
});

test('a throwing rule is reported and does not stop the others; bad parameters are refused', async () => {
  const boom: RuleDefinition = {
    id: 'KHIEN-R999', name: { vi: 'x', en: 'x' }, description: { vi: 'x', en: 'x' }, severity: 'low', attack: 'T0000', defaults: {},
    create: () => ({ size: () => 0, sweep: () => {}, evaluate: () => { throw new Error('boom'); } }),
  };
  const errors: string[] = [];
  const hits: Detection[] = [];
  const d = createDetector({ rules: [boom, ...ALL_RULES], context: createMemoryContext(), clock: createManualClock(), onAlert: (h) => hits.push(h), onError: (_e, id) => errors.push(id) });
  d.process(authEvent('a1', at(0), { action: 'password_leaked' }));
  d.process(authEvent('a1', at(1), { source: { ip: '203.0.113.9', deviceId: 'stranger', deviceRegistered: false } }));
  assert.deepEqual(errors, ['KHIEN-R999', 'KHIEN-R999']);
  assert.ok(hits.some((h) => h.ruleId === 'KHIEN-R007' && h.details.kind === 'leaked_credential_used'));
  assert.throws(() => createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: () => {}, params: { 'KHIEN-R008': { minFailures: 'five' } } }));
  assert.throws(() => createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: () => {}, params: { 'KHIEN-R008': { nope: 1 } } }));
});

test('learn() folds history in without raising alerts; events with a bad time are counted as errors', () => {
  const hits: Detection[] = [];
  const d = createDetector({ context: createMemoryContext(), clock: createManualClock(), onAlert: (h) => hits.push(h) });
  d.learn(authEvent('a1', at(0), { action: 'password_leaked' }));
  d.process(authEvent('a1', 'not a time', { action: 'password_leaked' }));
  assert.equal(hits.length, 0);
  assert.equal(d.stats().errors, 1);
});
