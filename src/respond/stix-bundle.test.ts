import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStixBundle, uuidV5, type StixBundle, type StixObject } from './stix-bundle.ts';
import { STIX_BUNDLE_SCHEMA, STIX_OBJECT_SCHEMAS } from './stix-schemas.ts';
import { createAjv } from './ajv-test-helper.ts';

const ajv = createAjv();
const validateBundle = ajv.compile(STIX_BUNDLE_SCHEMA);
const validators = new Map(Object.entries(STIX_OBJECT_SCHEMAS).map(([t, s]) => [t, ajv.compile(s)]));

/**
 * Validates a bundle: the bundle schema, each object's schema, id formats, that every `*_ref(s)` points to an
 * object in the bundle, and ordering of time properties.
 */
function assertValidBundle(bundle: StixBundle): void {
  assert.ok(validateBundle(bundle), JSON.stringify(validateBundle.errors));
  const ids = new Set<string>();
  for (const o of bundle.objects) {
    const v = validators.get(o.type);
    assert.ok(v, `no schema for emitted type ${o.type}`);
    assert.ok(v(o), `${o.type}: ${JSON.stringify(v.errors)}`);
    assert.ok(o.id.startsWith(`${o.type}--`), `id ${o.id} has the type prefix`);
    assert.ok(!ids.has(o.id), `duplicate id ${o.id}`);
    ids.add(o.id);
  }
  for (const o of bundle.objects) {
    for (const [k, v] of Object.entries(o)) {
      const refs = k.endsWith('_ref') ? [v] : k.endsWith('_refs') ? (v as unknown[]) : [];
      for (const r of refs) assert.ok(typeof r === 'string' && ids.has(r), `${o.type}.${k} → ${String(r)} is in the bundle`);
    }
    if (typeof o.created === 'string') assert.ok(o.modified! >= o.created, `${o.id} modified ≥ created`);
    if (o.type === 'observed-data') assert.ok(String(o.last_observed) >= String(o.first_observed));
  }
}

const t0 = new Date('2026-03-02T02:00:00.000Z');
const later = new Date('2026-03-02T05:30:00.000Z');
const input = {
  producer: { name: 'Bảo hiểm xã hội Việt Nam' },
  cases: [
    {
      id: '0b9e4f7e-1a51-4ad4-9b43-1f5a3a0e0c01',
      reference: 'VV-2026-000001',
      title: 'Tài khoản cho mượn',
      severity: 'high',
      status: 'in_progress',
      personalDataBreach: true,
      detectedAt: t0,
      openedAt: t0,
      updatedAt: later,
      observables: [
        { type: 'account', value: 'a3c1e0b2-5b9e-4c1d-9a2f-0d7e6b5a4c31' },
        { type: 'ip', value: '10.20.30.40' },
        { type: 'ip', value: '2001:db8::7' },
        { type: 'person', value: '5e0d3c2b-1a09-4f8e-8d7c-6b5a49382716' },
        { type: 'device', value: 'dev-1' },
      ],
    },
    { id: '0b9e4f7e-1a51-4ad4-9b43-1f5a3a0e0c02', reference: 'VV-2026-000002', title: 'Không có dấu hiệu', severity: 'low', status: 'open', personalDataBreach: false, detectedAt: t0, openedAt: t0, updatedAt: t0, observables: [] },
  ],
  alerts: [
    { alertId: 'al-1', ruleId: 'KH-LEND-01', ruleName: "Cho mượn tài khoản o'neil", severity: 'high', accountId: "acc'\\1", ip: '10.20.30.40', raisedAt: t0, evidenceCount: 4, caseId: '0b9e4f7e-1a51-4ad4-9b43-1f5a3a0e0c01' },
    { alertId: 'al-2', ruleId: 'KH-DECOY-01', severity: 'critical', accountId: null, raisedAt: later, evidenceCount: 0, caseId: 'not-in-bundle' },
  ],
};

test('UUIDv5 matches the RFC test vector (DNS namespace, python.org)', () => {
  assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
});

test('the bundle validates against the STIX 2.1 required properties, ids and references', () => {
  const bundle = buildStixBundle(input);
  assertValidBundle(bundle);
  const types = bundle.objects.map((o) => o.type);
  for (const t of ['identity', 'incident', 'indicator', 'observed-data', 'sighting', 'relationship', 'user-account', 'ipv4-addr', 'ipv6-addr']) {
    assert.ok(types.includes(t), `emits ${t}`);
  }
  assert.equal(types.filter((t) => t === 'incident').length, 2);
  assert.equal(types.filter((t) => t === 'sighting').length, 2);
});

test('ids are deterministic and the same case keeps its id across exports', () => {
  const a = buildStixBundle(input);
  const b = buildStixBundle(input);
  assert.deepEqual(a, b);
  const incident = (x: StixBundle): StixObject => x.objects.find((o) => o.type === 'incident')!;
  const changed = buildStixBundle({ ...input, cases: [{ ...input.cases[0]!, updatedAt: new Date('2026-03-03T00:00:00Z') }] });
  assert.equal(incident(changed).id, incident(a).id);
  assert.notEqual(incident(changed).modified, incident(a).modified);
  assert.notEqual(changed.id, a.id, 'a different content gives a different bundle id');
});

test('insured persons and devices are never exported; patterns escape quotes and backslashes', () => {
  const bundle = buildStixBundle(input);
  const text = JSON.stringify(bundle);
  assert.ok(!text.includes('5e0d3c2b-1a09-4f8e-8d7c-6b5a49382716'), 'no person id');
  assert.ok(!text.includes('dev-1'), 'no device id');
  const ind = bundle.objects.find((o) => o.type === 'indicator' && String(o.name).includes('KH-LEND-01'))!;
  assert.equal(ind.pattern, "[user-account:user_id = 'acc\\'\\\\1']");
  const decoy = bundle.objects.find((o) => o.type === 'indicator' && String(o.name).includes('KH-DECOY-01'))!;
  assert.equal(decoy.pattern, "[x-khien-alert:rule_id = 'KH-DECOY-01']");
  // The alert whose case is not in the bundle gets no dangling relationship.
  const rels = bundle.objects.filter((o) => o.type === 'relationship' && o.source_ref === decoy.id);
  assert.equal(rels.length, 0);
});

test('the validator itself rejects what the specification forbids', () => {
  const bundle = buildStixBundle(input);
  const incident = structuredClone(bundle.objects.find((o) => o.type === 'incident')!);
  delete incident.created;
  assert.equal(validators.get('incident')!(incident), false);
  const badId = { ...bundle.objects.find((o) => o.type === 'indicator')!, id: 'indicator--123' };
  assert.equal(validators.get('indicator')!(badId), false);
  const noSpec = { ...bundle.objects.find((o) => o.type === 'sighting')! };
  delete noSpec.spec_version;
  assert.equal(validators.get('sighting')!(noSpec), false);
  assert.throws(() => assertValidBundle({ ...bundle, objects: [...bundle.objects, { type: 'relationship', id: 'relationship--0b9e4f7e-1a51-4ad4-9b43-1f5a3a0e0c09', spec_version: '2.1', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', relationship_type: 'related-to', source_ref: 'incident--0b9e4f7e-1a51-4ad4-9b43-1f5a3a0e0c09', target_ref: 'incident--0b9e4f7e-1a51-4ad4-9b43-1f5a3a0e0c08' }] }));
});
