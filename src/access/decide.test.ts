import crypto from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_CATEGORIES, type AccessAction, type DataCategory } from '../events/types.ts';
import type { Role } from '../actors/roles.ts';
import { decide, maskFor, requiredCategory } from './decide.ts';
import { createGrantStore } from './grant-store.ts';
import {
  DENY_REASONS,
  type AccessResource,
  type AssignmentAction,
  type DecisionEnv,
  type IndexedAssignment,
  type RecordKind,
  type SubjectFacts,
} from './decision-types.ts';
import { makeIndexedAssignment, makeStaffActor, makeSubject } from './access-test-support.ts';
import type { ExternalActor } from '../actors/external-actor.ts';

const NOW = Date.parse('2026-06-15T03:00:00Z');

function envWith(assignments: IndexedAssignment[], extra: (s: ReturnType<typeof createGrantStore>) => void = () => {}): DecisionEnv {
  const store = createGrantStore();
  for (const a of assignments) store.putAssignment(a);
  extra(store);
  return { now: NOW, grants: store };
}

const record = (subject: SubjectFacts, rec: RecordKind = 'person', field?: AccessResource extends infer R ? R extends { field?: infer F } ? F : never : never): AccessResource =>
  ({ kind: 'record', record: rec, subject, ...(field ? { field } : {}) });

test('every deny reason is reachable, and a denial never carries a grant or an unmasked category', () => {
  const seen = new Set<string>();
  const check = (d: ReturnType<typeof decide>, reason: string): void => {
    assert.equal(d.outcome, 'deny', reason);
    assert.equal(d.reason, reason);
    assert.equal(d.grant, null);
    assert.deepEqual(d.categories, []);
    for (const c of DATA_CATEGORIES) assert.equal(d.mask[c], 'hidden');
    seen.add(d.reason);
  };
  const actor = makeStaffActor();
  const subj = makeSubject({ provinceCode: '01' });
  const a = makeIndexedAssignment(actor.accountId, { provinces: ['01'] });
  const env = envWith([a]);
  check(decide(makeStaffActor({ roleNames: ['system_admin'] }), 'view', record(subj), 'benefit_settlement', env), 'DENY_NO_PERSONAL_DATA_ROLE');
  check(decide(makeStaffActor({ roleUntil: '2026-01-01T00:00:00Z' }), 'view', record(subj), 'benefit_settlement', env), 'DENY_NO_PERSONAL_DATA_ROLE');
  check(decide({ ...actor, mustChangePassword: true }, 'view', record(subj), 'benefit_settlement', env), 'DENY_PASSWORD_CHANGE_REQUIRED');
  check(decide({ ...actor, mfa: false }, 'view', record(subj), 'benefit_settlement', env), 'DENY_MFA_REQUIRED');
  check(decide({ ...actor, deviceRegistered: false }, 'view', record(subj), 'benefit_settlement', env), 'DENY_DEVICE_NOT_REGISTERED');
  check(decide(actor, 'view', record(subj), 'gossip', env), 'DENY_UNKNOWN_PURPOSE');
  check(decide(makeStaffActor(), 'view', record(subj), 'benefit_settlement', env), 'DENY_NO_ASSIGNMENT');
  check(decide(actor, 'view', record(subj), 'benefit_settlement', envWith([makeIndexedAssignment(actor.accountId, { provinces: ['01'], validFrom: NOW + 1 })])), 'DENY_NOT_YET_VALID');
  check(decide(actor, 'view', record(subj), 'benefit_settlement', envWith([makeIndexedAssignment(actor.accountId, { provinces: ['01'], validUntil: NOW })])), 'DENY_EXPIRED');
  check(decide(actor, 'view', record(subj), 'card_issuance', env), 'DENY_PURPOSE_MISMATCH');
  check(decide(actor, 'update', record(subj, 'person', 'phone'), 'benefit_settlement', env), 'DENY_ACTION_NOT_ASSIGNED');
  check(decide(actor, 'view', record(subj, 'participation'), 'benefit_settlement', env), 'DENY_CATEGORY_NOT_ASSIGNED');
  check(decide(actor, 'view', record(makeSubject({ provinceCode: '79', communeCode: '79001' })), 'benefit_settlement', env), 'DENY_OUT_OF_SCOPE');
  const exp = makeIndexedAssignment(actor.accountId, { provinces: ['01'], actions: ['export'] });
  check(decide(actor, 'export', { ...record(subj), exportRequestId: 'nope' } as AccessResource, 'benefit_settlement', envWith([exp])), 'DENY_EXPORT_NOT_APPROVED');

  const ext: ExternalActor = { type: 'external', apiKeyId: 'k', agreementId: 'ag', organisation: 'Tổng cục Thuế', ratePerMinute: 60 };
  const agreement = { id: 'ag', purpose: 'benefit_settlement', categories: new Set<DataCategory>(['identity']), validFrom: NOW - 1000, validUntil: NOW + 1000, revoked: false };
  check(decide(ext, 'view', record(subj), 'benefit_settlement', envWith([])), 'DENY_AGREEMENT_INVALID');
  check(decide(ext, 'view', record(subj), 'benefit_settlement', envWith([], (s) => s.putAgreement({ ...agreement, revoked: true }))), 'DENY_AGREEMENT_INVALID');
  check(decide(ext, 'view', record(subj), 'benefit_settlement', envWith([], (s) => s.putAgreement({ ...agreement, validUntil: NOW }))), 'DENY_AGREEMENT_EXPIRED');
  check(decide(ext, 'view', record(subj), 'card_issuance', envWith([], (s) => s.putAgreement(agreement))), 'DENY_PURPOSE_MISMATCH');
  check(decide(ext, 'update', record(subj), 'benefit_settlement', envWith([], (s) => s.putAgreement(agreement))), 'DENY_AGREEMENT_ACTION');
  check(decide(ext, 'view', record(subj, 'card'), 'benefit_settlement', envWith([], (s) => s.putAgreement(agreement))), 'DENY_AGREEMENT_CATEGORY');
  const citizen = { type: 'citizen' as const, personId: subj.personId };
  check(decide(citizen, 'view', record(makeSubject()), 'benefit_settlement', env), 'DENY_NOT_SELF');
  check(decide(citizen, 'search', { kind: 'search' }, 'benefit_settlement', env), 'DENY_CITIZEN_ACTION');
  assert.deepEqual([...seen].sort(), [...DENY_REASONS].sort(), 'every deny path is exercised');
});

test('permission matrix: roles × scopes × categories × actions × validity', () => {
  const roles: Role[] = ['staff', 'unit_head', 'security_officer', 'auditor', 'central_security_admin', 'system_admin'];
  const scopes = ['province', 'commune', 'employer', 'caseload'] as const;
  const validities = ['before', 'during', 'after'] as const;
  const records: RecordKind[] = ['person', 'participation', 'household', 'card'];
  const actions: AccessAction[] = ['search', 'view', 'update', 'export', 'unmask'];
  const categorySets: DataCategory[][] = [['identity'], ['identity', 'contact', 'address'], ['employment'], ['health_insurance', 'identity'], [...DATA_CATEGORIES]];
  const granted: AssignmentAction[][] = [['search', 'view'], ['view', 'update'], ['export']];
  let cases = 0;
  for (const role of roles) {
    const actor = makeStaffActor({ roleNames: [role] });
    for (const scope of scopes) {
      for (const validity of validities) {
        for (const cats of categorySets) {
          for (const acts of granted) {
            const inside = makeSubject({ provinceCode: '01', communeCode: '01007', employerIds: ['emp-1'], personId: 'p-in' });
            const outside = makeSubject({ provinceCode: '79', communeCode: '79001', employerIds: ['emp-2'], personId: 'p-out' });
            const a = makeIndexedAssignment(actor.accountId, {
              categories: cats,
              actions: acts,
              provinces: scope === 'province' ? ['01'] : [],
              communes: scope === 'commune' ? ['01007'] : [],
              employers: scope === 'employer' ? ['emp-1'] : [],
              persons: scope === 'caseload' ? ['p-in'] : [],
              validFrom: validity === 'before' ? NOW + 60_000 : NOW - 60_000,
              validUntil: validity === 'after' ? NOW - 1 : NOW + 60_000,
            });
            const env = envWith([a]);
            for (const rec of records) {
              for (const action of actions) {
                for (const subject of [inside, outside]) {
                  cases += 1;
                  const d = decide(actor, action, record(subject, rec), 'benefit_settlement', env);
                  const want = action === 'unmask' ? 'view' : action;
                  const expectAllow =
                    role !== 'system_admin' &&
                    validity === 'during' &&
                    acts.includes(want) &&
                    cats.includes(requiredCategory(rec)) &&
                    subject === inside;
                  const label = `${role}/${scope}/${validity}/${cats.join('+')}/${acts.join('+')}/${rec}/${action}/${subject.personId}`;
                  assert.equal(d.outcome, expectAllow ? 'allow' : 'deny', label);
                  if (d.outcome === 'allow') {
                    assert.equal(d.grant.type, 'assignment', label);
                    assert.equal(d.grant.id, a.assignmentId, label);
                    for (const c of DATA_CATEGORIES) if (!cats.includes(c)) assert.equal(d.mask[c], 'hidden', `${label} ${c}`);
                  } else {
                    for (const c of DATA_CATEGORIES) assert.equal(d.mask[c], 'hidden', label);
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  assert.ok(cases > 10_000, `${cases} cases`);
});

test('masks: identifiers partial on view, clear only on unmask of that field or export; search shows summary only', () => {
  const all = new Set(DATA_CATEGORIES);
  assert.equal(maskFor('view', all).identity, 'partial');
  assert.equal(maskFor('view', all).contact, 'partial');
  assert.equal(maskFor('view', all).employment, 'clear');
  assert.equal(maskFor('view', new Set<DataCategory>(['identity'])).employment, 'hidden');
  assert.equal(maskFor('unmask', all, 'phone').contact, 'clear');
  assert.equal(maskFor('unmask', all, 'phone').identity, 'partial');
  assert.equal(maskFor('search', all).contact, 'hidden');
  assert.equal(maskFor('search', all).identity, 'partial');
  assert.equal(maskFor('export', all).identity, 'clear');
});

test('the closest miss is reported, and a second covering assignment allows', () => {
  const actor = makeStaffActor();
  const subj = makeSubject({ provinceCode: '01' });
  const wrongPurpose = makeIndexedAssignment(actor.accountId, { provinces: ['01'], purpose: 'card_issuance' });
  const wrongProvince = makeIndexedAssignment(actor.accountId, { provinces: ['79'] });
  assert.equal(decide(actor, 'view', record(subj), 'benefit_settlement', envWith([wrongPurpose, wrongProvince])).reason, 'DENY_OUT_OF_SCOPE');
  const good = makeIndexedAssignment(actor.accountId, { communes: ['01001'] });
  const d = decide(actor, 'view', record(subj), 'benefit_settlement', envWith([wrongPurpose, wrongProvince, good]));
  assert.equal(d.outcome, 'allow');
  assert.equal(d.grant?.id, good.assignmentId);
});

test('break-glass opens one record for viewing only, for its purpose, until it expires', () => {
  const actor = makeStaffActor();
  const subj = makeSubject();
  const env = envWith([], (s) => s.putBreakGlass({ id: 'bg1', accountId: actor.accountId, personId: subj.personId, purpose: 'benefit_settlement', expiresAt: NOW + 1000 }));
  const d = decide(actor, 'view', record(subj), 'benefit_settlement', env);
  assert.equal(d.outcome, 'allow');
  assert.deepEqual(d.grant, { type: 'break_glass', id: 'bg1' });
  assert.equal(d.mask.sensitive, 'hidden');
  assert.equal(decide(actor, 'view', record(makeSubject()), 'benefit_settlement', env).outcome, 'deny');
  assert.equal(decide(actor, 'update', record(subj, 'person', 'phone'), 'benefit_settlement', env).outcome, 'deny');
  assert.equal(decide(actor, 'unmask', record(subj, 'person', 'phone'), 'benefit_settlement', env).outcome, 'deny');
  assert.equal(decide(actor, 'view', record(subj), 'card_issuance', env).outcome, 'deny');
  assert.equal(decide(actor, 'view', record(subj), 'benefit_settlement', { ...env, now: NOW + 1000 }).outcome, 'deny');
});

test('approved export requests allow export of listed persons only, for the requester, inside the window', () => {
  const actor = makeStaffActor();
  const subj = makeSubject({ provinceCode: '01' });
  const a = makeIndexedAssignment(actor.accountId, { provinces: ['01'], actions: ['export'], categories: ['identity', 'employment'] });
  const req = { id: 'r1', requesterAccountId: actor.accountId, purpose: 'benefit_settlement', approved: true, personIds: new Set([subj.personId]), categories: new Set<DataCategory>(['identity']), expiresAt: NOW + 1000 };
  const env = envWith([a], (s) => s.putExportRequest(req));
  const res = { ...record(subj), exportRequestId: 'r1' } as AccessResource;
  const d = decide(actor, 'export', res, 'benefit_settlement', env);
  assert.equal(d.outcome, 'allow');
  assert.deepEqual(d.grant, { type: 'export_request', id: 'r1' });
  assert.deepEqual(d.categories, ['identity']);
  assert.equal(decide(actor, 'export', { ...record(makeSubject({ provinceCode: '01' })), exportRequestId: 'r1' } as AccessResource, 'benefit_settlement', env).reason, 'DENY_EXPORT_NOT_APPROVED');
  assert.equal(decide(actor, 'export', res, 'benefit_settlement', { ...env, now: NOW + 1000 }).reason, 'DENY_EXPORT_NOT_APPROVED');
  const other = makeStaffActor();
  const env2 = envWith([a, makeIndexedAssignment(other.accountId, { provinces: ['01'], actions: ['export'] })], (s) => s.putExportRequest(req));
  assert.equal(decide(other, 'export', res, 'benefit_settlement', env2).reason, 'DENY_EXPORT_NOT_APPROVED');
});

test('a citizen sees only their own record; an external organisation only its agreement categories', () => {
  const subj = makeSubject();
  const env = envWith([]);
  const self = decide({ type: 'citizen', personId: subj.personId }, 'view', record(subj), 'benefit_settlement', env);
  assert.equal(self.outcome, 'allow');
  assert.equal(self.grant?.type, 'citizen_self');
  const ext: ExternalActor = { type: 'external', apiKeyId: 'k', agreementId: 'ag', organisation: 'Ngân hàng', ratePerMinute: 60 };
  const env2 = envWith([], (s) => s.putAgreement({ id: 'ag', purpose: 'benefit_settlement', categories: new Set(['identity', 'contact']), validFrom: NOW - 1, validUntil: NOW + 1, revoked: false }));
  const d = decide(ext, 'view', record(subj), 'benefit_settlement', env2);
  assert.equal(d.outcome, 'allow');
  assert.equal(d.mask.identity, 'clear');
  assert.equal(d.mask.address, 'hidden');
  assert.equal(d.mask.employment, 'hidden');
});

test('a decision does not grow with the number of assignments (100,000 in the index)', (t) => {
  const store = createGrantStore();
  const actor = makeStaffActor();
  const accounts = Array.from({ length: 20_000 }, () => crypto.randomUUID());
  const snapshot = [];
  for (let i = 0; i < 100_000; i++) snapshot.push(makeIndexedAssignment(accounts[i % accounts.length]!, { provinces: ['01'] }));
  for (let i = 0; i < 4; i++) snapshot.push(makeIndexedAssignment(actor.accountId, { provinces: [String(10 + i)] }));
  snapshot.push(makeIndexedAssignment(actor.accountId, { provinces: ['01'] }));
  store.replaceAll({ assignments: snapshot, breakGlass: [], agreements: [], exportRequests: [], purposes: [] });
  assert.equal(store.size(), 100_005);
  const env: DecisionEnv = { now: NOW, grants: store };
  const subj = makeSubject({ provinceCode: '01' });
  const n = 50_000;
  // CPU time of this process, not wall time: the figure must not depend on what else the machine runs.
  const cpu0 = process.cpuUsage();
  let allowed = 0;
  for (let i = 0; i < n; i++) if (decide(actor, 'view', record(subj), 'benefit_settlement', env).outcome === 'allow') allowed += 1;
  const cpu = process.cpuUsage(cpu0);
  const perDecisionUs = (cpu.user + cpu.system) / n;
  assert.equal(allowed, n);
  assert.ok(perDecisionUs < 100, `${perDecisionUs.toFixed(2)} µs per decision`);
  t.diagnostic(`${perDecisionUs.toFixed(2)} µs per decision with 100,005 assignments indexed`);
});
