/**
 * Bulk loading of generated rows. On PostgreSQL, each batch is one transaction of `COPY … FROM STDIN` (text
 * format, through `pg-copy-streams`), one COPY per table. On PGlite (and as the portable fallback), one
 * `INSERT … SELECT … FROM unnest($1::type[], $2::type[], …)` statement per table per batch, so a batch of
 * thousands of rows costs a handful of round trips and a fixed number of bind parameters. Table and column
 * names are constants of this file; only values travel as data.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { CardRow, DemoBatch, EmployerRow, HouseholdRow, LevelRow, MemberRow, PeriodRow, PersonRow } from './demo-rows.ts';
import type { StaffRow } from './generate-staff.ts';

/** One column of a bulk insert. */
export interface Column<R> {
  readonly name: string;
  /** PostgreSQL element type of the array parameter (unnest path). */
  readonly type: string;
  readonly value: (row: R) => unknown;
  /** Expression over `u.<name>` when the stored value is derived (e.g. text → text[]); unnest path. */
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

/** Households. */
const HOUSEHOLD_COLUMNS: ReadonlyArray<Column<HouseholdRow>> = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'code', type: 'text', value: (r) => r.code },
  { name: 'head_person_id', type: 'uuid', value: (r) => r.headPersonId },
  { name: 'province_code', type: 'text', value: (r) => r.provinceCode },
  { name: 'commune_code', type: 'text', value: (r) => r.communeCode },
  { name: 'street', type: 'text', value: (r) => r.street },
];

/** Persons. */
const PERSON_COLUMNS: ReadonlyArray<Column<PersonRow>> = [
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
];

/** Household members. */
const MEMBER_COLUMNS: ReadonlyArray<Column<MemberRow>> = [
  { name: 'household_id', type: 'uuid', value: (r) => r.householdId },
  { name: 'person_id', type: 'uuid', value: (r) => r.personId },
  { name: 'relation', type: 'text', value: (r) => r.relation },
];

/** Participation periods; the insurance types travel as one comma-joined text (constants, no commas inside). */
const PERIOD_COLUMNS: ReadonlyArray<Column<PeriodRow>> = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'person_id', type: 'uuid', value: (r) => r.personId },
  { name: 'employer_id', type: 'uuid', value: (r) => r.employerId },
  { name: 'from_month', type: 'text', value: (r) => r.fromMonth },
  { name: 'to_month', type: 'text', value: (r) => r.toMonth },
  { name: 'job_title', type: 'text', value: (r) => r.jobTitle },
  { name: 'salary_basis', type: 'int8', value: (r) => r.salaryBasis },
  { name: 'allowances', type: 'int8', value: (r) => r.allowances },
  {
    name: 'insurance_types',
    type: 'text',
    value: (r) => r.insuranceTypes.join(','),
    select: `string_to_array(u.insurance_types, ',')`,
  },
  { name: 'contract_type', type: 'text', value: (r) => r.contractType },
];

/** Health cards. */
const CARD_COLUMNS: ReadonlyArray<Column<CardRow>> = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'person_id', type: 'uuid', value: (r) => r.personId },
  { name: 'card_code', type: 'text', value: (r) => r.cardCode },
  { name: 'group_code', type: 'text', value: (r) => r.groupCode },
  { name: 'issuing_province', type: 'text', value: (r) => r.issuingProvince },
  { name: 'registered_clinic_code', type: 'text', value: (r) => r.registeredClinicCode },
  { name: 'registered_clinic_name', type: 'text', value: (r) => r.registeredClinicName },
  { name: 'valid_from', type: 'date', value: (r) => r.validFrom },
  { name: 'five_years_date', type: 'date', value: (r) => r.fiveYearsDate },
];

/** Dated benefit levels. */
const LEVEL_COLUMNS: ReadonlyArray<Column<LevelRow>> = [
  { name: 'card_id', type: 'uuid', value: (r) => r.cardId },
  { name: 'person_id', type: 'uuid', value: (r) => r.personId },
  { name: 'level', type: 'int2', value: (r) => r.level },
  { name: 'effective_from', type: 'date', value: (r) => r.effectiveFrom },
  { name: 'effective_to', type: 'date', value: (r) => r.effectiveTo },
];

/** One row of the identifier lookup (`registry_identifiers`). */
export interface IdentifierLookupRow {
  readonly kind: 'personal_id' | 'social_insurance_no' | 'card_code';
  readonly value: string;
  readonly personId: string;
}

/** One row of the household-code lookup (`registry_household_codes`). */
export interface HouseholdCodeRow {
  readonly code: string;
  readonly householdId: string;
}

/** Identifier lookups. */
const IDENTIFIER_COLUMNS: ReadonlyArray<Column<IdentifierLookupRow>> = [
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'value', type: 'text', value: (r) => r.value },
  { name: 'person_id', type: 'uuid', value: (r) => r.personId },
];

/** Household-code lookups. */
const HOUSEHOLD_CODE_COLUMNS: ReadonlyArray<Column<HouseholdCodeRow>> = [
  { name: 'code', type: 'text', value: (r) => r.code },
  { name: 'household_id', type: 'uuid', value: (r) => r.householdId },
];

/**
 * The lookup rows of a batch: every person's personal id and SI number, every card's code, every household's
 * code. Loaded in the batch's own transaction, so the lookups are always in step with the rows (and their
 * primary keys are what make these identifiers unique).
 *
 * @param batch - the generated rows
 * @returns the identifier and household-code rows
 */
export function lookupRowsOf(batch: DemoBatch): { identifiers: IdentifierLookupRow[]; householdCodes: HouseholdCodeRow[] } {
  const identifiers: IdentifierLookupRow[] = [];
  for (const p of batch.persons) {
    identifiers.push({ kind: 'personal_id', value: p.personalId, personId: p.id });
    if (p.socialInsuranceNo !== null) identifiers.push({ kind: 'social_insurance_no', value: p.socialInsuranceNo, personId: p.id });
  }
  for (const c of batch.cards) identifiers.push({ kind: 'card_code', value: c.cardCode, personId: c.personId });
  return { identifiers, householdCodes: batch.households.map((h) => ({ code: h.code, householdId: h.id })) };
}

/** One table of a batch: its name, columns and rows (the order is the insert order). */
interface TablePart<R> {
  readonly table: string;
  readonly columns: ReadonlyArray<Column<R>>;
  readonly rows: readonly R[];
}

/** Columns of each registry table a batch fills. */
const COLUMNS_OF: Readonly<Record<string, ReadonlyArray<Column<never>>>> = {
  registry_households: HOUSEHOLD_COLUMNS,
  registry_persons: PERSON_COLUMNS,
  registry_household_members: MEMBER_COLUMNS,
  registry_participation_periods: PERIOD_COLUMNS,
  registry_health_cards: CARD_COLUMNS,
  registry_card_benefit_levels: LEVEL_COLUMNS,
  registry_identifiers: IDENTIFIER_COLUMNS,
  registry_household_codes: HOUSEHOLD_CODE_COLUMNS,
};

/** The tables of a batch with their rows, in insert order. */
function partsOf(batch: DemoBatch): Array<TablePart<never>> {
  const lookups = lookupRowsOf(batch);
  const parts = [
    { table: 'registry_households', columns: HOUSEHOLD_COLUMNS, rows: batch.households },
    { table: 'registry_persons', columns: PERSON_COLUMNS, rows: batch.persons },
    { table: 'registry_household_members', columns: MEMBER_COLUMNS, rows: batch.members },
    { table: 'registry_participation_periods', columns: PERIOD_COLUMNS, rows: batch.periods },
    { table: 'registry_health_cards', columns: CARD_COLUMNS, rows: batch.cards },
    { table: 'registry_card_benefit_levels', columns: LEVEL_COLUMNS, rows: batch.levels },
    { table: 'registry_identifiers', columns: IDENTIFIER_COLUMNS, rows: lookups.identifiers },
    { table: 'registry_household_codes', columns: HOUSEHOLD_CODE_COLUMNS, rows: lookups.householdCodes },
  ] as Array<TablePart<unknown>>;
  return parts.filter((p) => p.rows.length > 0) as unknown as Array<TablePart<never>>;
}

/**
 * Inserts one generated batch in one transaction (all tables or none) with `unnest` inserts: the path for
 * PGlite (and for PostgreSQL without a raw pool).
 *
 * @param db - the database
 * @param batch - households, persons, members, periods, cards, levels (and their identifier lookups)
 * @param asyncCommit - commit without waiting for the WAL flush (PostgreSQL; a crash can lose only the
 *   last batches, never corrupt them — acceptable for regenerable demo data)
 */
export async function insertDemoBatch(db: Database, batch: DemoBatch, asyncCommit = false): Promise<void> {
  await db.transaction(async (tx) => {
    if (asyncCommit) await tx.execute(sql.raw('set local synchronous_commit = off'));
    for (const part of partsOf(batch)) await tx.execute(unnestInsert(part.table, part.columns, part.rows));
  });
}

const COPY_SPECIAL = /[\\\t\n\r]/;

function escapeCopyChar(ch: string): string {
  return ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\\\';
}

/**
 * One value in PostgreSQL's COPY text format: `\N` for null; backslash, tab, newline and carriage return
 * escaped with a backslash (the only characters the format treats specially; UTF-8 travels as is).
 *
 * @param value - the value
 * @returns its COPY text
 */
export function copyValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const s = typeof value === 'string' ? value : String(value);
  return COPY_SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, escapeCopyChar) : s;
}

const v = copyValue;

const INSURANCE_TYPE_WORD = /^[a-z_]+$/;

/** A `text[]` literal of insurance types (constants of the schema: bare words, nothing to quote). */
function insuranceTypesLiteral(types: readonly string[]): string {
  for (const t of types) if (!INSURANCE_TYPE_WORD.test(t)) throw new Error('unexpected insurance type');
  return `{${types.join(',')}}`;
}

/**
 * One COPY line per row, columns in the order of the table's `*_COLUMNS` (a unit test checks that both
 * encodings agree column by column). Written out per table rather than looped over the column list: this is
 * the loader's hot path on the Node side (measured: a template per row joined once per table beats both
 * `+=` concatenation, which keeps the garbage collector busy, and one `Buffer.write` per value).
 */
const COPY_LINES = {
  registry_households: (r: HouseholdRow) => `${v(r.id)}\t${v(r.code)}\t${v(r.headPersonId)}\t${v(r.provinceCode)}\t${v(r.communeCode)}\t${v(r.street)}\n`,
  registry_persons: (r: PersonRow) =>
    `${v(r.id)}\t${v(r.personalId)}\t${v(r.socialInsuranceNo)}\t${v(r.fullName)}\t${v(r.sex)}\t${v(r.dateOfBirth)}\t${v(r.provinceCode)}\t${v(r.communeCode)}\t${v(r.street)}\t${v(r.phone)}\t${v(r.status)}\t${v(r.householdId)}\n`,
  registry_household_members: (r: MemberRow) => `${v(r.householdId)}\t${v(r.personId)}\t${v(r.relation)}\n`,
  registry_participation_periods: (r: PeriodRow) =>
    `${v(r.id)}\t${v(r.personId)}\t${v(r.employerId)}\t${v(r.fromMonth)}\t${v(r.toMonth)}\t${v(r.jobTitle)}\t${v(r.salaryBasis)}\t${v(r.allowances)}\t${insuranceTypesLiteral(r.insuranceTypes)}\t${v(r.contractType)}\n`,
  registry_health_cards: (r: CardRow) =>
    `${v(r.id)}\t${v(r.personId)}\t${v(r.cardCode)}\t${v(r.groupCode)}\t${v(r.issuingProvince)}\t${v(r.registeredClinicCode)}\t${v(r.registeredClinicName)}\t${v(r.validFrom)}\t${v(r.fiveYearsDate)}\n`,
  registry_card_benefit_levels: (r: LevelRow) => `${v(r.cardId)}\t${v(r.personId)}\t${v(r.level)}\t${v(r.effectiveFrom)}\t${v(r.effectiveTo)}\n`,
  registry_identifiers: (r: IdentifierLookupRow) => `${r.kind}\t${v(r.value)}\t${v(r.personId)}\n`,
  registry_household_codes: (r: HouseholdCodeRow) => `${v(r.code)}\t${v(r.householdId)}\n`,
} as const;

/** The registry tables a batch fills, in insert order. */
export type DemoTable = keyof typeof COPY_LINES;

/** One table's COPY data for some rows. */
export interface CopyPart {
  readonly table: DemoTable;
  readonly data: Buffer;
}

/**
 * Encodes a batch as COPY text (UTF-8), one part per non-empty table in insert order.
 *
 * @param batch - the generated rows
 * @returns the data per table
 */
export function encodeDemoBatch(batch: DemoBatch): CopyPart[] {
  return partsOf(batch).map((p) => {
    const line = COPY_LINES[p.table as DemoTable] as (r: never) => string;
    const lines: string[] = new Array<string>(p.rows.length);
    for (let i = 0; i < p.rows.length; i++) lines[i] = line(p.rows[i]!);
    return { table: p.table as DemoTable, data: Buffer.from(lines.join(''), 'utf8') };
  });
}

/**
 * The columns of a registry table as the loader writes them (both paths use this order).
 *
 * @param table - one of the tables a batch fills
 * @returns its columns
 */
export function demoColumnsOf(table: DemoTable): ReadonlyArray<Column<never>> {
  return COLUMNS_OF[table]!;
}

/** The `COPY … FROM STDIN` statement of a registry table (text format). */
function copyStatement(table: DemoTable): string {
  const columns = COLUMNS_OF[table]!;
  return `copy ${table} (${columns.map((c) => c.name).join(', ')}) from stdin`;
}

/**
 * Streams COPY data into the registry tables on one connection, one `COPY … FROM STDIN` per table (the
 * chunks of a table go through one statement). Runs in the caller's transaction; COPY skips the planner,
 * the parameter arrays and `unnest`: the server parses each line straight into a tuple, and every check
 * constraint, primary key and unique index in place is still checked row by row.
 *
 * @param client - a PostgreSQL connection (inside a transaction)
 * @param parts - encoded chunks, in insert order
 */
export async function copyParts(client: pg.ClientBase, parts: readonly CopyPart[]): Promise<void> {
  const byTable = new Map<DemoTable, Buffer[]>();
  for (const p of parts) {
    const list = byTable.get(p.table);
    if (list) list.push(p.data);
    else byTable.set(p.table, [p.data]);
  }
  for (const [table, chunks] of byTable) await pipeline(Readable.from(chunks), client.query(copyFrom(copyStatement(table))));
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
