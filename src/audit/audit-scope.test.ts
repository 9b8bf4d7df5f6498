import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildUnitTree } from '../org/unit-tree.ts';
import { unitsVisibleTo } from '../org/visible-units.ts';
import { AUDIT_READER_ROLES, narrowUnits, resolveAuditScope, type ScopeTree } from './audit-scope.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';

const units = buildUnitTree([
  { id: 'VSS', parentId: null },
  { id: 'P01', parentId: 'VSS' },
  { id: 'P01-L1', parentId: 'P01' },
  { id: 'P79', parentId: 'VSS' },
]);
const tree: ScopeTree = { subtree: (id) => units.subtree(id), visibleTo: (actor, roles, at) => unitsVisibleTo(actor, roles, units, at) };
const now = new Date('2026-03-02T02:00:00Z');

function staff(roles: Array<[Role, string, string?]>): StaffActor {
  return {
    type: 'staff', accountId: 'a', staffId: 's', username: 'CB1', unitId: 'P01', provinceCode: '01', sessionId: 'x',
    deviceId: null, deviceRegistered: true, mfa: true, mustChangePassword: false,
    roles: roles.map(([role, unitId, validUntil]) => ({ role, unitId, validUntil: validUntil ?? '2027-01-01T00:00:00Z' })),
  };
}

test('scope by role and subtree; expired or unrelated roles do not count', () => {
  const cases: Array<[string, StaffActor | null, string]> = [
    ['nobody', null, 'KHIEN_AUTH_UNAUTHENTICATED'],
    ['plain staff', staff([['staff', 'VSS']]), 'KHIEN_AUTH_FORBIDDEN'],
    ['expired auditor', staff([['auditor', 'VSS', '2026-01-01T00:00:00Z']]), 'KHIEN_AUTH_FORBIDDEN'],
  ];
  for (const [name, actor, code] of cases) {
    assert.throws(() => resolveAuditScope(actor, AUDIT_READER_ROLES, now, tree), { code }, name);
  }
  assert.throws(() => resolveAuditScope({ type: 'citizen', personId: 'p', subject: 's', sessionId: 'x' }, AUDIT_READER_ROLES, now, tree), { code: 'KHIEN_AUTH_FORBIDDEN' });
  assert.deepEqual(resolveAuditScope(staff([['auditor', 'VSS']]), AUDIT_READER_ROLES, now, tree), { all: true });
  const provincial = resolveAuditScope(staff([['security_officer', 'P01']]), AUDIT_READER_ROLES, now, tree);
  assert.deepEqual(provincial.all ? null : [...provincial.unitIds].sort(), ['P01', 'P01-L1']);
  assert.deepEqual([...(narrowUnits(provincial, 'P01-L1', tree) ?? [])], ['P01-L1']);
  assert.throws(() => narrowUnits(provincial, 'P79', tree), { code: 'KHIEN_AUTH_FORBIDDEN' });
  assert.equal(narrowUnits({ all: true }, undefined, tree), undefined);
  assert.deepEqual([...(narrowUnits({ all: true }, 'P79', tree) ?? [])], ['P79']);
});
