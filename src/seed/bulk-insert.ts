/**
 * Bulk loading of generated rows: one `INSERT … SELECT … FROM unnest($1::type[], $2::type[], …)` statement
 * per table per batch, so a batch of thousands of rows costs a handful of round trips and a fixed number
 * of bind parameters on both PostgreSQL (`pg`) and PGlite. Table and column names are constants of this
 * file; only values travel as parameters.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { DemoBatch, EmployerRow } from './demo-rows.ts';
import type { StaffRow } from './generate-staff.ts';

/** One column of an unnest insert. */
interface Column<R> {
  readonly name: string;
  /** PostgreSQL element type of the array parameter. */
  readonly type: string;
  readonly value: (row: R) => unknown;
  /** Expression over `u.<name>` when the stored value is derived (e.g. text → text[]). */
  readonly select?: string;
}

const NEEDS_ESCAPE = /["\\]/;

/**
 * Encodes values as one PostgreSQL array literal (`{"a","b",NULL}`). Building the literal here, with every
 * element quoted and only the rare quote or backslash escaped, is several times cheaper than letting the
 * driver serialise a JS array element by element, and works the same on `pg` and PGlite.
 */
function arrayLiteral<R>(rows: readonly R[], value: (row: R) => unknown): string {
  let out = '{';
  for (let i = 0; i < rows.length; i++) {
    const v = value(rows[i]!);
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else {
      const s = String(v);
      out += NEEDS_ESCAPE.test(s) ? `"${s.replace(/["\\]/g, '\\$&')}"` : `"${s}"`;
    }
  }
  return `${out}}`;
}

function unnestInsert<R>(table: string, columns: ReadonlyArray<Column<R>>, rows: readonly R[], suffix = ''): SQL {
  const arrays = columns.map((c) => arrayLiteral(rows, c.value));
  const chunks: SQL[] = [sql.raw(`insert into ${table} (${columns.map((c) => c.name).join(', ')}) select ${columns.map((c) => c.select ?? `u.${c.name}`).join(', ')} from unnest(`)];
  arrays.forEach((values, i) => {
    if (i > 0) chunks.push(sql.raw(', '));
    chunks.push(sql`${sql.param(values)}`, sql.raw(`::${columns[i]!.type}[]`));
  });
  chunks.push(sql.raw(`) as u(${columns.map((c) => c.name).join(', ')})${suffix}`));
  return sql.join(chunks);
}

/**
 * Inserts one generated batch in one transaction (all tables or none).
 *
 * @param db - the database
 * @param batch - households, persons, members, periods, cards, levels
 * @param asyncCommit - commit without waiting for the WAL flush (PostgreSQL; a crash can lose only the
 *   last batches, never corrupt them — acceptable for regenerable demo data)
 */
export async function insertDemoBatch(db: Database, batch: DemoBatch, asyncCommit = false): Promise<void> {
  await db.transaction(async (tx) => {
    if (asyncCommit) await tx.execute(sql.raw('set local synchronous_commit = off'));
    if (batch.households.length) {
      await tx.execute(unnestInsert('registry_households', [
        { name: 'id', type: 'uuid', value: (r) => r.id },
        { name: 'code', type: 'text', value: (r) => r.code },
        { name: 'head_person_id', type: 'uuid', value: (r) => r.headPersonId },
        { name: 'province_code', type: 'text', value: (r) => r.provinceCode },
        { name: 'commune_code', type: 'text', value: (r) => r.communeCode },
        { name: 'street', type: 'text', value: (r) => r.street },
      ], batch.households));
    }
    if (batch.persons.length) {
      await tx.execute(unnestInsert('registry_persons', [
        { name: 'id', type: 'uuid', value: (r) => r.id },
        { name: 'personal_id', type: 'text', value: (r) => r.personalId },
        { name: 'social_insurance_no', type: 'text', value: (r) => r.socialInsuranceNo },
        { name: 'full_name', type: 'text', value: (r) => r.fullName },
        { name: 'sex', type: 'text', value: (r) => r.sex },
        { name: 'date_of_birth', type: 'date', value: (r) => r.dateOfBirth },
        { name: 'province_code', type: 'text', value: (r) => r.provinceCode },
        { name: 'commune_code', type: 'text', value: (r) => r.communeCode },
        { name: 'street', type: 'text', value: (r) => r.street },
        { name: 'phone', type: 'text', value: (r) => r.phone },
        { name: 'status', type: 'text', value: (r) => r.status },
        { name: 'household_id', type: 'uuid', value: (r) => r.householdId },
      ], batch.persons));
    }
    if (batch.members.length) {
      await tx.execute(unnestInsert('registry_household_members', [
        { name: 'household_id', type: 'uuid', value: (r) => r.householdId },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'relation', type: 'text', value: (r) => r.relation },
      ], batch.members));
    }
    if (batch.periods.length) {
      await tx.execute(unnestInsert('registry_participation_periods', [
        { name: 'id', type: 'uuid', value: (r) => r.id },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'employer_id', type: 'uuid', value: (r) => r.employerId },
        { name: 'from_month', type: 'text', value: (r) => r.fromMonth },
        { name: 'to_month', type: 'text', value: (r) => r.toMonth },
        { name: 'job_title', type: 'text', value: (r) => r.jobTitle },
        { name: 'salary_basis', type: 'int8', value: (r) => r.salaryBasis },
        { name: 'allowances', type: 'int8', value: (r) => r.allowances },
        { name: 'insurance_types', type: 'text', value: (r) => r.insuranceTypes.join(','), select: `string_to_array(u.insurance_types, ',')` },
        { name: 'contract_type', type: 'text', value: (r) => r.contractType },
      ], batch.periods));
    }
    if (batch.cards.length) {
      await tx.execute(unnestInsert('registry_health_cards', [
        { name: 'id', type: 'uuid', value: (r) => r.id },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'card_code', type: 'text', value: (r) => r.cardCode },
        { name: 'group_code', type: 'text', value: (r) => r.groupCode },
        { name: 'issuing_province', type: 'text', value: (r) => r.issuingProvince },
        { name: 'registered_clinic_code', type: 'text', value: (r) => r.registeredClinicCode },
        { name: 'registered_clinic_name', type: 'text', value: (r) => r.registeredClinicName },
        { name: 'valid_from', type: 'date', value: (r) => r.validFrom },
        { name: 'five_years_date', type: 'date', value: (r) => r.fiveYearsDate },
      ], batch.cards));
    }
    if (batch.levels.length) {
      await tx.execute(unnestInsert('registry_card_benefit_levels', [
        { name: 'card_id', type: 'uuid', value: (r) => r.cardId },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'level', type: 'int2', value: (r) => r.level },
        { name: 'effective_from', type: 'date', value: (r) => r.effectiveFrom },
        { name: 'effective_to', type: 'date', value: (r) => r.effectiveTo },
      ], batch.levels));
    }
  });
}

/**
 * Inserts employers in chunks.
 *
 * @param db - the database
 * @param rows - employers
 */
export async function insertDemoEmployers(db: Database, rows: readonly EmployerRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await db.execute(unnestInsert('registry_employers', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'code', type: 'text', value: (r) => r.code },
      { name: 'code_kind', type: 'text', value: (r) => r.codeKind },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'province_code', type: 'text', value: (r) => r.provinceCode },
      { name: 'commune_code', type: 'text', value: (r) => r.communeCode },
      { name: 'business_type', type: 'text', value: (r) => r.businessType },
    ], rows.slice(i, i + 10_000)));
  }
}

/**
 * Inserts staff records, skipping staff numbers that already exist.
 *
 * @param db - the database
 * @param rows - staff
 */
export async function insertDemoStaff(db: Database, rows: readonly StaffRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await db.execute(unnestInsert('org_staff', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'staff_no', type: 'text', value: (r) => r.staffNo },
      { name: 'full_name', type: 'text', value: (r) => r.fullName },
      { name: 'unit_id', type: 'text', value: (r) => r.unitId },
      { name: 'position', type: 'text', value: (r) => r.position },
      { name: 'status', type: 'text', value: (r) => r.status ?? 'active' },
      { name: 'date_of_birth', type: 'date', value: (r) => r.dateOfBirth ?? null },
      { name: 'person_id', type: 'uuid', value: (r) => r.personId ?? null },
      { name: 'started_on', type: 'date', value: (r) => r.startedOn },
      { name: 'ended_on', type: 'date', value: (r) => r.endedOn ?? null },
    ], rows.slice(i, i + 10_000), ' on conflict (staff_no) do nothing'));
  }
}

/**
 * Marks decoy persons (honeytokens).
 *
 * @param db - the database
 * @param personIds - the decoys
 */
export async function insertDemoDecoys(db: Database, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await db.execute(unnestInsert('registry_decoys', [
    { name: 'person_id', type: 'uuid', value: (r: string) => r },
    { name: 'note', type: 'text', value: () => 'demo honeytoken' },
  ], personIds, ' on conflict do nothing'));
}
