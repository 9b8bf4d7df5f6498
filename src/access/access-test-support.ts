/**
 * Test support of the access module: in-memory actors and grants for the pure decision tests, and registry
 * rows (persons, employers, periods, cards, households) inserted directly for the whole-app tests.
 * Never imported by production code.
 */
import crypto from 'node:crypto';
import type { StaffActor, ActiveRole } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import type { Database } from '../db/client.ts';
import type { DataCategory } from '../events/types.ts';
import { insertHealthCard, insertHousehold, insertHouseholdMembers, insertPerson } from '../registry/registry-writes.repo.ts';
import { employers, participationPeriods } from '../registry/registry.schema.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import type { AssignmentAction, IndexedAssignment, SubjectFacts } from './decision-types.ts';

/**
 * A staff actor for pure tests.
 *
 * @param opts - overrides
 * @returns the actor
 */
export function makeStaffActor(opts: Partial<StaffActor> & { roleNames?: Role[]; roleUntil?: string } = {}): StaffActor {
  const unitId = opts.unitId ?? 'P01';
  const roles: ActiveRole[] = (opts.roleNames ?? ['staff']).map((role) => ({ role, unitId, validUntil: opts.roleUntil ?? '2099-01-01T00:00:00.000Z' }));
  return {
    type: 'staff',
    accountId: opts.accountId ?? crypto.randomUUID(),
    staffId: opts.staffId ?? crypto.randomUUID(),
    username: opts.username ?? 'CB0001',
    unitId,
    provinceCode: opts.provinceCode ?? '01',
    roles: opts.roles ?? roles,
    sessionId: opts.sessionId ?? crypto.randomUUID(),
    deviceId: opts.deviceId ?? crypto.randomUUID(),
    deviceRegistered: opts.deviceRegistered ?? true,
    mfa: opts.mfa ?? true,
    mustChangePassword: opts.mustChangePassword ?? false,
  };
}

/**
 * An indexed assignment for pure tests.
 *
 * @param accountId - assignee
 * @param opts - terms
 * @returns the assignment
 */
export function makeIndexedAssignment(
  accountId: string,
  opts: {
    purpose?: string;
    categories?: DataCategory[];
    actions?: AssignmentAction[];
    provinces?: string[];
    communes?: string[];
    employers?: string[];
    persons?: string[];
    validFrom?: number;
    validUntil?: number;
    version?: number;
  } = {},
): IndexedAssignment {
  return {
    id: crypto.randomUUID(),
    assignmentId: crypto.randomUUID(),
    version: opts.version ?? 1,
    accountId,
    purpose: opts.purpose ?? 'benefit_settlement',
    categories: new Set(opts.categories ?? ['identity', 'contact', 'address']),
    actions: new Set(opts.actions ?? ['search', 'view']),
    provinces: new Set(opts.provinces ?? []),
    communes: new Set(opts.communes ?? []),
    employers: new Set(opts.employers ?? []),
    persons: new Set(opts.persons ?? []),
    validFrom: opts.validFrom ?? Date.parse('2026-01-01T00:00:00Z'),
    validUntil: opts.validUntil ?? Date.parse('2026-12-31T00:00:00Z'),
  };
}

/** Subject facts for pure tests. */
export function makeSubject(opts: Partial<SubjectFacts> = {}): SubjectFacts {
  return {
    personId: opts.personId ?? crypto.randomUUID(),
    provinceCode: opts.provinceCode ?? '01',
    communeCode: opts.communeCode ?? '01001',
    employerIds: opts.employerIds ?? [],
  };
}

let counter = 0;
const digits = (n: number): string => Array.from({ length: n }, () => crypto.randomInt(10)).join('');

/** A registry person with an employer, an open period, a health card and a household, as inserted. */
export interface SeededPerson {
  readonly id: string;
  readonly personalId: string;
  readonly socialInsuranceNo: string;
  readonly cardCode: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly phone: string;
  readonly street: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly employerId: string;
  readonly householdId: string;
  readonly salary: number;
}

/**
 * Inserts a person with an employer, an open participation period, a health card and a one-person household.
 *
 * @param db - the test database
 * @param opts - province and commune (default Hà Nội, commune 01001), name, date of birth, employer
 * @returns the inserted values
 */
export async function seedPerson(
  db: Database,
  opts: { provinceCode?: string; communeCode?: string; fullName?: string; dateOfBirth?: string; employerId?: string; householdId?: string } = {},
): Promise<SeededPerson> {
  await ensureReferenceData(db);
  const provinceCode = opts.provinceCode ?? '01';
  const communeCode = opts.communeCode ?? `${provinceCode}001`;
  counter += 1;
  const id = crypto.randomUUID();
  const personalId = `001${digits(9)}`;
  const socialInsuranceNo = digits(10);
  const cardCode = `DN4${'01'}${digits(10)}`;
  const fullName = opts.fullName ?? `Trần Thị Thử ${counter}`;
  const dateOfBirth = opts.dateOfBirth ?? '1990-04-12';
  const phone = `09${digits(8)}`;
  const street = `${counter} Phố Thử`;
  const salary = 9_000_000 + counter;
  let employerId = opts.employerId;
  if (!employerId) {
    employerId = crypto.randomUUID();
    await db.insert(employers).values({ id: employerId, code: digits(10), codeKind: 'enterprise', name: `Công ty Thử ${counter}`, provinceCode, communeCode, businessType: '010' });
  }
  await insertPerson(db, { id, personalId, socialInsuranceNo, fullName, sex: 'F', dateOfBirth, provinceCode, communeCode, street, phone });
  await db.insert(participationPeriods).values({
    id: crypto.randomUUID(), personId: id, employerId, fromMonth: '2020-01', toMonth: null, jobTitle: 'Kế toán', salaryBasis: salary,
    allowances: 500_000, insuranceTypes: ['health', 'retirement_survivorship'], contractType: 'indefinite',
  });
  await insertHealthCard(
    db,
    { id: crypto.randomUUID(), personId: id, cardCode, groupCode: 'DN', issuingProvince: '01', registeredClinicCode: '01001', registeredClinicName: 'Bệnh viện Thử', validFrom: '2026-01-01' },
    [{ level: 4, effectiveFrom: '2020-01-01' }],
  );
  let householdId = opts.householdId;
  if (!householdId) {
    householdId = crypto.randomUUID();
    await insertHousehold(db, { id: householdId, code: `HGD${digits(9)}`, headPersonId: id, provinceCode, communeCode, street }, [{ personId: id, relation: 'head' }]);
  } else {
    await insertHouseholdMembers(db, householdId, [{ personId: id, relation: 'child' }]);
  }
  return { id, personalId, socialInsuranceNo, cardCode, fullName, dateOfBirth, phone, street, provinceCode, communeCode, employerId, householdId, salary };
}
