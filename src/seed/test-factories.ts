/**
 * Small factories for tests (STYLE.md rule 15): random ids, valid values, reference data seeded once per DB.
 */
import crypto from 'node:crypto';
import type { Database } from '../db/client.ts';
import { insertStaff, type Staff } from '../org/org.repo.ts';
import { seedReferenceData } from './reference-data.ts';
import type { StaffStatus } from '../org/org.schema.ts';
import {
  employers,
  participationPeriods,
  type InsuranceType,
} from '../registry/registry.schema.ts';
import type { Employer, HealthCard, Household, ParticipationPeriod, Person } from '../registry/registry.repo.ts';
import { insertHealthCard, insertHousehold, insertPerson } from '../registry/registry-writes.repo.ts';
import {
  assertValidCardCode,
  assertValidEmployerCode,
  assertValidFullName,
  assertValidPersonalId,
  benefitLevelAt,
  cardLevelRows,
  encodeCenturySex,
} from '../registry/validators/index.ts';
import { communeCode } from './reference-data.ts';

const seeded = new WeakSet<object>();

/**
 * Ensures the unit tree and communes exist in this database.
 *
 * @param db - the test database
 */
export async function ensureReferenceData(db: Database): Promise<void> {
  if (seeded.has(db)) return;
  await seedReferenceData(db);
  seeded.add(db);
}

/**
 * Creates a staff record in a unit.
 *
 * @param db - the test database
 * @param opts - unit (default the Hà Nội provincial office `P01`), name, status
 * @returns the staff row
 */
export async function makeStaff(
  db: Database,
  opts: { unitId?: string; fullName?: string; status?: StaffStatus; position?: string; dateOfBirth?: string; personId?: string } = {},
): Promise<Staff> {
  await ensureReferenceData(db);
  const row: Staff = {
    id: crypto.randomUUID(),
    staffNo: `CB${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
    fullName: opts.fullName ?? 'Nguyễn Văn Thử',
    unitId: opts.unitId ?? 'P01',
    position: opts.position ?? 'Chuyên viên',
    status: opts.status ?? 'active',
    dateOfBirth: opts.dateOfBirth ?? '1988-05-17',
    personId: opts.personId ?? null,
    startedOn: '2015-03-01',
    endedOn: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  await insertStaff(db, [row]);
  return row;
}

function randomDigits(n: number): string {
  let out = '';
  while (out.length < n) out += String(crypto.randomInt(0, 1_000_000_000)).padStart(9, '0');
  return out.slice(0, n);
}

/** Options of {@link makePerson}; everything defaults to a valid random person in Hà Nội. */
export interface MakePersonOptions {
  fullName?: string;
  sex?: 'M' | 'F';
  dateOfBirth?: string;
  /** 3-digit province-of-birth code of the personal id (default 001). */
  birthProvinceCode?: string;
  provinceCode?: string;
  communeCode?: string;
  street?: string;
  phone?: string | null;
  status?: 'active' | 'inactive' | 'deceased';
  householdId?: string | null;
}

/**
 * Inserts a valid insured person (identifiers checked by the registry validators) with random identifiers.
 *
 * @param db - the test database
 * @param opts - fields to fix
 * @returns the inserted row
 */
export async function makePerson(db: Database, opts: MakePersonOptions = {}): Promise<Person> {
  const sex = opts.sex ?? 'M';
  const dateOfBirth = opts.dateOfBirth ?? '1985-06-15';
  const year = Number(dateOfBirth.slice(0, 4));
  const personalId = `${opts.birthProvinceCode ?? '001'}${encodeCenturySex(year, sex)}${String(year % 100).padStart(2, '0')}${randomDigits(6)}`;
  assertValidPersonalId(personalId, { today: new Date(), dateOfBirth, sex });
  const provinceCode = opts.provinceCode ?? '01';
  const now = new Date();
  const row: Person = {
    id: crypto.randomUUID(),
    personalId,
    socialInsuranceNo: randomDigits(10),
    fullName: assertValidFullName(opts.fullName ?? 'Nguyễn Văn Thử').value,
    sex,
    dateOfBirth,
    provinceCode,
    communeCode: opts.communeCode ?? communeCode(provinceCode, 0),
    street: opts.street ?? 'Số 1 Lê Lợi',
    phone: opts.phone === undefined ? `09${randomDigits(8)}` : opts.phone,
    status: opts.status ?? 'active',
    householdId: opts.householdId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await ensureReferenceData(db);
  await insertPerson(db, row);
  return row;
}

/**
 * Inserts a household with a head (created when not given) and optional further members sharing its address.
 *
 * @param db - the test database
 * @param opts - head, members with their relation
 * @returns the household, head and members
 */
export async function makeHousehold(
  db: Database,
  opts: { head?: Person; members?: ReadonlyArray<{ person: Person; relation: 'spouse' | 'child' | 'parent' | 'sibling' | 'other' }> } = {},
): Promise<{ household: Household; head: Person }> {
  const head = opts.head ?? (await makePerson(db));
  const household: Household = {
    id: crypto.randomUUID(),
    code: `HK${head.provinceCode}${randomDigits(10)}`,
    headPersonId: head.id,
    provinceCode: head.provinceCode,
    communeCode: head.communeCode,
    street: head.street,
    createdAt: new Date(),
  };
  const members = [{ personId: head.id, relation: 'head' as const }, ...(opts.members ?? []).map((m) => ({ personId: m.person.id, relation: m.relation }))];
  await insertHousehold(db, household, members);
  return { household, head };
}

/**
 * Inserts an employer with a random valid code.
 *
 * @param db - the test database
 * @param opts - kind (enterprise by default), name, province
 * @returns the employer
 */
export async function makeEmployer(
  db: Database,
  opts: { codeKind?: 'enterprise' | 'budget'; name?: string; provinceCode?: string; businessType?: string } = {},
): Promise<Employer> {
  const codeKind = opts.codeKind ?? 'enterprise';
  const code = assertValidEmployerCode(codeKind === 'enterprise' ? `01${randomDigits(8)}` : `1${randomDigits(6)}`, codeKind).value;
  const row: Employer = {
    id: crypto.randomUUID(),
    code,
    codeKind,
    name: opts.name ?? 'Công ty TNHH Thử Nghiệm',
    provinceCode: opts.provinceCode ?? '01',
    communeCode: null,
    businessType: opts.businessType ?? (codeKind === 'enterprise' ? 'G46' : 'O84'),
    createdAt: new Date(),
  };
  await db.insert(employers).values(row);
  return row;
}

/**
 * Inserts a participation period (an employer is created when not given).
 *
 * @param db - the test database
 * @param opts - person, employer, months, salary, contract
 * @returns the period
 */
export async function makeParticipation(
  db: Database,
  opts: {
    personId: string;
    employerId?: string;
    fromMonth?: string;
    toMonth?: string | null;
    salaryBasis?: number;
    allowances?: number;
    insuranceTypes?: InsuranceType[];
    contractType?: ParticipationPeriod['contractType'];
    jobTitle?: string;
  },
): Promise<ParticipationPeriod> {
  const row: ParticipationPeriod = {
    id: crypto.randomUUID(),
    personId: opts.personId,
    employerId: opts.employerId ?? (await makeEmployer(db)).id,
    fromMonth: opts.fromMonth ?? '2020-01',
    toMonth: opts.toMonth === undefined ? null : opts.toMonth,
    jobTitle: opts.jobTitle ?? 'Nhân viên',
    salaryBasis: opts.salaryBasis ?? 8_500_000,
    allowances: opts.allowances ?? 0,
    insuranceTypes: opts.insuranceTypes ?? ['sickness_maternity', 'retirement_survivorship', 'occupational_accident', 'health', 'unemployment'],
    contractType: opts.contractType ?? 'indefinite',
  };
  await db.insert(participationPeriods).values(row);
  return row;
}

/**
 * Inserts a health card for a person, with its dated benefit-level rows (a second row from 2026-01-01 for
 * CN and LH cards valid from before).
 *
 * @param db - the test database
 * @param opts - holder, group code (default DN), valid-from date, issuing province (2-digit pre-2025 code)
 * @returns the card
 */
export async function makeCard(
  db: Database,
  opts: { person: Person; groupCode?: string; validFrom?: string; issuingProvince?: string },
): Promise<HealthCard> {
  const groupCode = opts.groupCode ?? 'DN';
  const validFrom = opts.validFrom ?? '2025-03-01';
  const issuing = opts.issuingProvince ?? '01';
  const si = opts.person.socialInsuranceNo ?? randomDigits(10);
  const cardCode = `${groupCode}${benefitLevelAt(groupCode, validFrom) ?? 4}${issuing}${si}`;
  assertValidCardCode(cardCode, { at: validFrom, issuedOn: validFrom, socialInsuranceNo: si });
  const row: HealthCard = {
    id: crypto.randomUUID(),
    personId: opts.person.id,
    cardCode,
    groupCode,
    issuingProvince: issuing,
    registeredClinicCode: `${opts.person.provinceCode}001`,
    registeredClinicName: 'Bệnh viện Đa khoa Thử Nghiệm',
    validFrom,
    fiveYearsDate: null,
    createdAt: new Date(),
  };
  await insertHealthCard(
    db,
    row,
    cardLevelRows(groupCode, validFrom).map((l) => ({ level: l.level, effectiveFrom: l.effectiveFrom!, effectiveTo: l.effectiveTo })),
  );
  return row;
}
