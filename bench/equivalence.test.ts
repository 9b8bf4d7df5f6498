/**
 * The decision benchmark compares Khiên's `decide` with casbin and Cedar only if they encode the same policy:
 * this test checks that all three agree with the plain specification (`oracle`) on random requests over random
 * assignments, while time moves across validity boundaries (casbin's links and Cedar's entities are synced at
 * each boundary, forwards and backwards), and on the boundary cases (validity end exclusive, commune-only
 * scopes, a link given by two assignments surviving the end of one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_NOW, buildDecide, byAccount, generateAssignments, generateRequests, oracle, type ScopedAssignment, type ScopedRequest } from './lib/scoped-policy.ts';
import { buildCasbinScoped } from './lib/casbin-scoped.ts';
import { buildCedarScoped } from './lib/cedar-scoped.ts';
import { ValidLinks } from './lib/scope-links.ts';

test('decide, casbin and Cedar agree with the specification on random requests at one instant', async () => {
  const { assignments } = generateAssignments(250, 101);
  const requests = generateRequests(assignments, 500, 202, BASE_NOW);
  const index = byAccount(assignments);
  const khien = buildDecide(assignments, requests);
  const casbin = await buildCasbinScoped(assignments, BASE_NOW);
  const casbinAt = casbin.prepare(requests);
  const cedar = buildCedarScoped(assignments, BASE_NOW, 'equivalence-instant');
  const cedarAt = cedar.prepare(requests);
  let allowed = 0;
  requests.forEach((r, i) => {
    const want = oracle(index, r);
    if (want) allowed++;
    assert.equal(khien.decideAt(i), want, `decide disagrees on request ${i}: ${JSON.stringify(r)}`);
    assert.equal(casbinAt(i), want, `casbin disagrees on request ${i}: ${JSON.stringify(r)}`);
    assert.equal(cedarAt(i), want, `cedar disagrees on request ${i}: ${JSON.stringify(r)}`);
  });
  // Both outcomes must be well represented, or agreement proves little.
  assert.ok(allowed > requests.length * 0.15 && allowed < requests.length * 0.85, `allowed ${allowed} of ${requests.length}`);
});

test('casbin and Cedar stay equivalent while time crosses validity boundaries, forwards and backwards', async () => {
  const { assignments } = generateAssignments(120, 303);
  // Requests at their own instants, many just outside or exactly at the end of the assignment they aim at.
  const requests = generateRequests(assignments, 400, 404).sort((a, b) => a.now - b.now);
  const index = byAccount(assignments);
  const first = requests[0]?.now ?? BASE_NOW;
  const khien = buildDecide(assignments, requests);
  const casbin = await buildCasbinScoped(assignments, first);
  const cedar = buildCedarScoped(assignments, first, 'equivalence-walk');
  let changes = 0;
  let allowed = 0;
  const check = async (r: ScopedRequest, step: string): Promise<void> => {
    const c = await casbin.syncTo(r.now);
    cedar.syncTo(r.now);
    changes += c.added.length + c.removed.length;
    const want = oracle(index, r);
    if (want) allowed++;
    assert.equal(khien.decideOne(r), want, `decide disagrees (${step}): ${JSON.stringify(r)}`);
    assert.equal(casbin.enforce(r), want, `casbin disagrees (${step}): ${JSON.stringify(r)}`);
    assert.equal(cedar.decide(r), want, `cedar disagrees (${step}): ${JSON.stringify(r)}`);
  };
  for (const r of requests) await check(r, 'forwards');
  for (const r of [...requests].reverse()) await check(r, 'backwards');
  assert.ok(changes > 100, `the walk crossed ${changes} link changes`);
  assert.ok(allowed > requests.length * 0.3, `allowed ${allowed} of ${2 * requests.length}`);
  // After the walk, casbin holds exactly the links a fresh build at that instant holds.
  const last = requests[0]?.now ?? BASE_NOW;
  const fresh = new ValidLinks(assignments);
  const expected = fresh.moveTo(last).added.map((l) => l.join('|')).sort();
  const held = (await casbin.enforcer.getGroupingPolicy()).map((l) => l.join('|')).sort();
  assert.deepEqual(held, expected);
});

test('boundaries: validity end exclusive, commune scope, purpose, action and category each deny', async () => {
  const a: ScopedAssignment = {
    id: '00000a55-0000-4000-8000-000000000001',
    accountId: '00000acc-0000-4000-8000-000000000001',
    purpose: 'benefit_settlement',
    categories: ['identity', 'employment'],
    actions: ['view'],
    provinces: [],
    communes: ['26734'],
    validFrom: BASE_NOW - 1000,
    validUntil: BASE_NOW + 1000,
  };
  const ok: ScopedRequest = {
    accountId: a.accountId, action: 'view', record: 'participation', provinceCode: '79', communeCode: '26734', purpose: a.purpose, now: BASE_NOW,
  };
  const cases: Array<[string, ScopedRequest, boolean]> = [
    ['in scope', ok, true],
    ['at validFrom', { ...ok, now: a.validFrom }, true],
    ['at validUntil (exclusive)', { ...ok, now: a.validUntil }, false],
    ['before validFrom', { ...ok, now: a.validFrom - 1 }, false],
    ['other commune', { ...ok, communeCode: '26735' }, false],
    ['same code as a province', { ...ok, provinceCode: '26734', communeCode: '26735' }, false],
    ['other purpose', { ...ok, purpose: 'card_issuance' }, false],
    ['other action', { ...ok, action: 'export' }, false],
    ['other category', { ...ok, record: 'card' }, false],
    ['other account', { ...ok, accountId: '00000acc-0000-4000-8000-000000000002' }, false],
  ];
  const index = byAccount([a]);
  const khien = buildDecide([a], cases.map((c) => c[1]));
  const casbin = await buildCasbinScoped([a], BASE_NOW);
  const cedar = buildCedarScoped([a], BASE_NOW, 'equivalence-boundaries');
  for (const [name, r, want] of cases) {
    await casbin.syncTo(r.now);
    cedar.syncTo(r.now);
    assert.equal(oracle(index, r), want, `oracle: ${name}`);
    assert.equal(khien.decideOne(r), want, `decide: ${name}`);
    assert.equal(casbin.enforce(r), want, `casbin: ${name}`);
    assert.equal(cedar.decide(r), want, `cedar: ${name}`);
  }
});

test('a link given by two assignments stays while one of them is still valid', async () => {
  const base: ScopedAssignment = {
    id: '00000a55-0000-4000-8000-000000000010',
    accountId: '00000acc-0000-4000-8000-000000000010',
    purpose: 'benefit_settlement',
    categories: ['identity'],
    actions: ['view'],
    provinces: ['01'],
    communes: [],
    validFrom: BASE_NOW - 10_000,
    validUntil: BASE_NOW + 1000,
  };
  const longer: ScopedAssignment = { ...base, id: '00000a55-0000-4000-8000-000000000011', validUntil: BASE_NOW + 5000 };
  const r: ScopedRequest = { accountId: base.accountId, action: 'view', record: 'person', provinceCode: '01', communeCode: '00001', purpose: base.purpose, now: BASE_NOW };
  const casbin = await buildCasbinScoped([base, longer], BASE_NOW);
  const cedar = buildCedarScoped([base, longer], BASE_NOW, 'equivalence-shared-link');
  const at = async (now: number): Promise<[boolean, boolean]> => {
    await casbin.syncTo(now);
    cedar.syncTo(now);
    return [casbin.enforce({ ...r, now }), cedar.decide({ ...r, now })];
  };
  assert.deepEqual(await at(BASE_NOW), [true, true]);
  assert.deepEqual(await at(BASE_NOW + 1000), [true, true], 'the first assignment ended, the second still gives the link');
  assert.deepEqual(await at(BASE_NOW + 5000), [false, false], 'both ended');
  assert.deepEqual(await at(BASE_NOW + 2000), [true, true], 'back in time');
  assert.equal(casbin.links(), 1);
});
