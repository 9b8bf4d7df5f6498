/**
 * The decision benchmark compares Khiên's `decide` with casbin and Cedar only if the three encode the same
 * policy: this test checks that all three agree with the plain specification (`oracle`) on random requests
 * over random assignments, and on the boundary cases (validity end is exclusive, commune-only scopes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_NOW,
  buildCasbin,
  buildCedar,
  buildDecide,
  byAccount,
  casbinArgs,
  generateAssignments,
  generateRequests,
  oracle,
  type ScopedAssignment,
  type ScopedRequest,
} from './lib/scoped-policy.ts';

test('decide, casbin and Cedar agree with the specification on random requests', async () => {
  const { assignments } = generateAssignments(250, 101);
  const requests = generateRequests(assignments, 500, 202);
  const index = byAccount(assignments);
  const khien = buildDecide(assignments, requests);
  const casbin = await buildCasbin(assignments);
  const cedarEngine = buildCedar(assignments, requests, 'equivalence-random');
  let allowed = 0;
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i];
    const want = oracle(index, r);
    if (want) allowed++;
    assert.equal(khien.decideAt(i), want, `decide disagrees on request ${i}: ${JSON.stringify(r)}`);
    assert.equal(casbin.enforceSync(...casbinArgs(r)), want, `casbin disagrees on request ${i}: ${JSON.stringify(r)}`);
    assert.equal(cedarEngine.decideAt(i), want, `cedar disagrees on request ${i}: ${JSON.stringify(r)}`);
  }
  // Both outcomes must be well represented, or agreement proves little.
  assert.ok(allowed > requests.length * 0.15 && allowed < requests.length * 0.85, `allowed ${allowed} of ${requests.length}`);
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
    ['other purpose', { ...ok, purpose: 'card_issuance' }, false],
    ['other action', { ...ok, action: 'export' }, false],
    ['other category', { ...ok, record: 'card' }, false],
    ['other account', { ...ok, accountId: '00000acc-0000-4000-8000-000000000002' }, false],
  ];
  const requests = cases.map((c) => c[1]);
  const index = byAccount([a]);
  const khien = buildDecide([a], requests);
  const casbin = await buildCasbin([a]);
  const cedarEngine = buildCedar([a], requests, 'equivalence-boundaries');
  for (let i = 0; i < cases.length; i++) {
    const [name, r, want] = cases[i];
    assert.equal(oracle(index, r), want, `oracle: ${name}`);
    assert.equal(khien.decideAt(i), want, `decide: ${name}`);
    assert.equal(casbin.enforceSync(...casbinArgs(r)), want, `casbin: ${name}`);
    assert.equal(cedarEngine.decideAt(i), want, `cedar: ${name}`);
  }
});
