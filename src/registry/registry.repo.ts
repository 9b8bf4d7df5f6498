/**
 * The one reader of the registry: every query of Khiên's own code over registry tables outside seeds and
 * tests is here (writes of new persons, cards and households are in `registry-writes.repo.ts`). Small,
 * intent-named, single-purpose (STYLE.md rule 11). They return rows as stored; the access decision, masking and
 * recording happen in `access/` (staff and external callers, `registry-accessor.ts`) or in `citizen/` (the
 * person's own records) before anything leaves the server (DESIGN.md invariant 1; `access/registry-guard.test.ts`
 * says who may call them).
 *
 * Driver errors are never logged or forwarded as they are: their text embeds the query parameters, i.e.
 * personal data (STYLE.md rule 13).
 */
import { and, asc, count, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { perDatabase } from '../db/per-database.ts';
import { rawPoolOf, runNamed, type NamedStatement } from '../db/raw-statement.ts';
import {
  cardBenefitLevels,
  communes,
  decoys,
  employers,
  healthCards,
  householdMembers,
  households,
  identifiers,
  participationPeriods,
  persons,
  IDENTIFIER_KINDS,
  type IdentifierKind,
} from './registry.schema.ts';

/** A person row. */
export type Person = typeof persons.$inferSelect;
/** Values to insert a person. */
export type NewPerson = typeof persons.$inferInsert;
/** A household row. */
export type Household = typeof households.$inferSelect;
/** An employer row. */
export type Employer = typeof employers.$inferSelect;
/** A participation period row. */
export type ParticipationPeriod = typeof participationPeriods.$inferSelect;
/** A health card row. */
export type HealthCard = typeof healthCards.$inferSelect;
/** Values to insert a health card. */
export type NewHealthCard = typeof healthCards.$inferInsert;
/** Values to insert a dated benefit level (the holder's `person_id` is the card's). */
export type NewBenefitLevel = Omit<typeof cardBenefitLevels.$inferInsert, 'cardId' | 'personId'>;
/** Values to insert a household. */
export type NewHousehold = typeof households.$inferInsert;
/** A member to add to a household. */
export type NewHouseholdMember = Omit<typeof householdMembers.$inferInsert, 'householdId'>;
/** One row of the identifier lookup. */
export type IdentifierRow = typeof identifiers.$inferInsert;

/** The fields shown in search results. */
export interface PersonSummary {
  readonly id: string;
  readonly personalId: string;
  readonly socialInsuranceNo: string | null;
  readonly fullName: string;
  readonly sex: 'M' | 'F';
  readonly dateOfBirth: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly status: 'active' | 'inactive' | 'deceased';
}

const summaryColumns = {
  id: persons.id,
  personalId: persons.personalId,
  socialInsuranceNo: persons.socialInsuranceNo,
  fullName: persons.fullName,
  sex: persons.sex,
  dateOfBirth: persons.dateOfBirth,
  provinceCode: persons.provinceCode,
  communeCode: persons.communeCode,
  status: persons.status,
};

/**
 * The person holding a unique identifier, read from the lookup (one shard when distributed: the lookup is
 * distributed by the value). A second step reads the person by id on the person's shard.
 *
 * @param db - database
 * @param kind - personal id, SI number or card code
 * @param value - the identifier
 * @returns the person id, or undefined
 */
export async function findPersonIdByIdentifier(db: Database, kind: IdentifierKind, value: string): Promise<string | undefined> {
  const [row] = await db
    .select({ personId: identifiers.personId })
    .from(identifiers)
    .where(and(eq(identifiers.kind, kind), eq(identifiers.value, value)))
    .limit(1);
  return row?.personId;
}

/** Finds a person's summary by internal id. */
async function findPersonById(db: Database, id: string): Promise<PersonSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

/** Finds a person's summary through the identifier lookup, then by id (two single-shard steps). */
async function findPersonByIdentifier(db: Database, kind: IdentifierKind, value: string): Promise<PersonSummary | undefined> {
  const id = await findPersonIdByIdentifier(db, kind, value);
  return id === undefined ? undefined : findPersonById(db, id);
}

/** Finds a person's summary by the 12-digit personal identification number. */
export async function findPersonByPersonalId(db: Database, personalId: string): Promise<PersonSummary | undefined> {
  return findPersonByIdentifier(db, 'personal_id', personalId);
}

/** Finds a person's summary by the 10-digit social insurance number. */
export async function findPersonBySocialInsuranceNo(db: Database, socialInsuranceNo: string): Promise<PersonSummary | undefined> {
  return findPersonByIdentifier(db, 'social_insurance_no', socialInsuranceNo);
}

/** Finds the holder of a health-insurance card code. */
export async function findPersonByCardCode(db: Database, cardCode: string): Promise<PersonSummary | undefined> {
  return findPersonByIdentifier(db, 'card_code', cardCode);
}

/** One period of a participation history with its employer. */
export interface ParticipationEntry extends ParticipationPeriod {
  readonly employerCode: string;
  readonly employerName: string;
  readonly employerProvinceCode: string;
}

/**
 * Lists a person's participation history, oldest period first.
 *
 * @param db - database
 * @param personId - the person
 * @returns periods with their employer's code, name and province
 */
export async function listParticipationHistory(db: Database, personId: string): Promise<ParticipationEntry[]> {
  const rows = await db
    .select({ period: participationPeriods, employerCode: employers.code, employerName: employers.name, employerProvinceCode: employers.provinceCode })
    .from(participationPeriods)
    .innerJoin(employers, eq(employers.id, participationPeriods.employerId))
    .where(eq(participationPeriods.personId, personId))
    .orderBy(asc(participationPeriods.fromMonth));
  return rows.map((r) => ({ ...r.period, employerCode: r.employerCode, employerName: r.employerName, employerProvinceCode: r.employerProvinceCode }));
}

/** A household with its members. */
export interface HouseholdWithMembers {
  readonly household: Household;
  readonly members: ReadonlyArray<PersonSummary & { readonly relation: string }>;
}

/**
 * Reads a household and its members (head first, then by date of birth).
 *
 * @param db - database
 * @param householdId - the household
 * @returns the household, or undefined
 */
async function findHouseholdWithMembers(db: Database, householdId: string): Promise<HouseholdWithMembers | undefined> {
  const [household] = await db.select().from(households).where(eq(households.id, householdId)).limit(1);
  if (!household) return undefined;
  // Members are on the household's shard, their person rows on each person's: two steps, no cross-shard join.
  const links = await db
    .select({ personId: householdMembers.personId, relation: householdMembers.relation })
    .from(householdMembers)
    .where(eq(householdMembers.householdId, householdId));
  if (links.length === 0) return { household, members: [] };
  const relationOf = new Map(links.map((l) => [l.personId, l.relation]));
  const people = await db.select(summaryColumns).from(persons).where(inArray(persons.id, [...relationOf.keys()]));
  const members = people
    .map((p) => ({ ...p, relation: relationOf.get(p.id)! }))
    .sort((a, b) => Number(b.relation === 'head') - Number(a.relation === 'head') || a.dateOfBirth.localeCompare(b.dateOfBirth));
  return { household, members };
}

/**
 * Reads the household a person belongs to, with its members.
 *
 * @param db - database
 * @param personId - the person
 * @returns the household, or undefined when the person has none
 */
export async function findHouseholdOfPerson(db: Database, personId: string): Promise<HouseholdWithMembers | undefined> {
  const [person] = await db.select({ householdId: persons.householdId }).from(persons).where(eq(persons.id, personId)).limit(1);
  return person?.householdId ? findHouseholdWithMembers(db, person.householdId) : undefined;
}

// --- the accessor's reads (access/registry-accessor.ts, exports, scope checks: each after or for decide) ------

/** A person as the staff views read it (internal; masked by `access/` before anything leaves the server). */
export interface PersonRecord extends PersonSummary {
  readonly street: string;
  readonly phone: string | null;
}

/** The facts the access decision checks a person's scope against (never returned to clients). */
export interface PersonFacts {
  readonly personId: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  /** Employers of the person's open participation periods. */
  readonly employerIds: readonly string[];
}

/** A search key (exactly one). */
export type SearchKey =
  | { readonly by: 'personal_id'; readonly value: string }
  | { readonly by: 'social_insurance_no'; readonly value: string }
  | { readonly by: 'card_code'; readonly value: string }
  | { readonly by: 'name_dob'; readonly fullName: string; readonly dateOfBirth: string };

const personColumns = {
  id: persons.id,
  personalId: persons.personalId,
  socialInsuranceNo: persons.socialInsuranceNo,
  fullName: persons.fullName,
  sex: persons.sex,
  dateOfBirth: persons.dateOfBirth,
  provinceCode: persons.provinceCode,
  communeCode: persons.communeCode,
  street: persons.street,
  phone: persons.phone,
  status: persons.status,
};

/**
 * Finds the ids of persons matching a key, at most `limit`. A unique identifier (personal id, SI number, card
 * code) is read from the lookup `registry_identifiers` alone — one shard when distributed, since the lookup is
 * distributed by the value — and the caller then reads the person by id on the person's shard (two
 * router-friendly steps, docs/SCALING.md). Name and date of birth are not unique: that search reads the
 * persons table (every shard when distributed, each through its name/date-of-birth index).
 *
 * @param db - database
 * @param key - the search key
 * @param limit - maximum number of ids
 * @returns matching person ids
 */
export async function findPersonIds(db: Database, key: SearchKey, limit: number): Promise<string[]> {
  switch (key.by) {
    case 'personal_id':
    case 'social_insurance_no':
    case 'card_code':
      return (
        await db
          .select({ id: identifiers.personId })
          .from(identifiers)
          .where(and(eq(identifiers.kind, key.by), eq(identifiers.value, key.value)))
          .limit(limit)
      ).map((r) => r.id);
    case 'name_dob':
      return (
        await db
          .select({ id: persons.id })
          .from(persons)
          .where(and(eq(persons.fullName, key.fullName.normalize('NFC')), eq(persons.dateOfBirth, key.dateOfBirth)))
          .orderBy(asc(persons.id))
          .limit(limit)
      ).map((r) => r.id);
    default: {
      const never: never = key;
      return never;
    }
  }
}

/**
 * Open employers of the person in the current row of `registry_persons`, as a text array (scope facts). Written
 * with explicit names: Drizzle leaves columns unqualified in single-table selects, which would bind the outer
 * `id` to the subquery's own table.
 */
const openEmployerIds = sql<string[] | null>`(
  select array_agg(pp.employer_id::text)
    from registry_participation_periods pp
   where pp.person_id = registry_persons.id and pp.to_month is null)`;

/**
 * The statement of {@link loadSubjectFacts}, written out for the raw path on PostgreSQL (`db/raw-statement.ts`):
 * `$1` the person ids (UUIDs) as one array, so that one prepared statement serves every batch size.
 */
const SUBJECT_FACTS_RAW: NamedStatement = {
  name: 'khien_subject_facts_raw',
  text: `select p.id, p.province_code, p.commune_code,
       (select array_agg(pp.employer_id::text)
          from registry_participation_periods pp
         where pp.person_id = p.id and pp.to_month is null)
  from registry_persons p
 where p.id = any($1::uuid[])`,
};

/**
 * Loads the facts the decision checks scope against (area and open employers), never returned to clients.
 * One statement: the persons with an aggregate of their open participation periods' employers.
 *
 * @param db - database
 * @param ids - person ids
 * @returns facts by person id (unknown ids are absent)
 */
export async function loadSubjectFacts(db: Database, ids: readonly string[]): Promise<Map<string, PersonFacts>> {
  const out = new Map<string, PersonFacts>();
  if (ids.length === 0) return out;
  const pool = rawPoolOf(db);
  if (pool) {
    for (const r of await runNamed(pool, SUBJECT_FACTS_RAW, [ids])) {
      const id = r[0] as string;
      out.set(id, { personId: id, provinceCode: r[1] as string, communeCode: r[2] as string, employerIds: (r[3] as string[] | null) ?? [] });
    }
    return out;
  }
  const rows = await db
    .select({ id: persons.id, provinceCode: persons.provinceCode, communeCode: persons.communeCode, employerIds: openEmployerIds })
    .from(persons)
    .where(inArray(persons.id, [...ids]));
  for (const r of rows) out.set(r.id, { personId: r.id, provinceCode: r.provinceCode, communeCode: r.communeCode, employerIds: r.employerIds ?? [] });
  return out;
}

/** A person record with the facts its decision needs. */
export interface PersonWithFacts {
  readonly person: PersonRecord;
  readonly facts: PersonFacts;
}

/** The person-with-facts statement, prepared once per database. */
const personWithFactsOf = perDatabase((db) =>
  db
    .select({ ...personColumns, employerIds: openEmployerIds })
    .from(persons)
    .where(eq(persons.id, sql.placeholder('id')))
    .limit(1)
    .prepare('khien_person_with_facts'),
);

/**
 * The same statement as {@link personWithFactsOf}, written out for the raw path on PostgreSQL
 * (`db/raw-statement.ts`): `$1` the person id; the date of birth as text, as Drizzle's string mode reads it.
 */
const PERSON_WITH_FACTS_RAW: NamedStatement = {
  name: 'khien_person_with_facts_raw',
  text: `select p.id, p.personal_id, p.social_insurance_no, p.full_name, p.sex, p.date_of_birth::text, p.province_code,
       p.commune_code, p.street, p.phone, p.status,
       (select array_agg(pp.employer_id::text)
          from registry_participation_periods pp
         where pp.person_id = p.id and pp.to_month is null)
  from registry_persons p
 where p.id = $1`,
};

type PersonWithFactsRow = Awaited<ReturnType<ReturnType<typeof personWithFactsOf>['execute']>>[number];

/**
 * Reads a raw row of {@link PERSON_WITH_FACTS_RAW} into the shape Drizzle's statement gives.
 *
 * @param r - the row's columns, or undefined
 * @returns the row, or undefined
 */
function personRowOf(r: readonly unknown[] | undefined): PersonWithFactsRow | undefined {
  if (!r) return undefined;
  // Each column as the type its field has (the statement's select order is the contract).
  const c = (i: number): never => r[i] as never;
  return {
    id: c(0), personalId: c(1), socialInsuranceNo: c(2), fullName: c(3), sex: c(4), dateOfBirth: c(5), provinceCode: c(6),
    communeCode: c(7), street: c(8), phone: c(9), status: c(10), employerIds: c(11),
  };
}

/**
 * Loads one person's record together with its scope facts (one statement). For the person view, whose event
 * does not depend on the record: the caller decides on the facts and hands out the record only on allow, after
 * the access is recorded.
 *
 * @param db - database
 * @param id - person id
 * @returns the record and facts, or undefined when there is no such person
 */
export async function loadPersonWithFacts(db: Database, id: string): Promise<PersonWithFacts | undefined> {
  const pool = rawPoolOf(db);
  const row = pool ? personRowOf((await runNamed(pool, PERSON_WITH_FACTS_RAW, [id]))[0]) : (await personWithFactsOf(db).execute({ id }))[0];
  if (!row) return undefined;
  const { employerIds, ...person } = row;
  return { person, facts: { personId: person.id, provinceCode: person.provinceCode, communeCode: person.communeCode, employerIds: employerIds ?? [] } };
}

/**
 * Loads person records.
 *
 * @param db - database
 * @param ids - person ids
 * @returns the records, in no particular order
 */
export async function loadPersons(db: Database, ids: readonly string[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  return db.select(personColumns).from(persons).where(inArray(persons.id, [...ids]));
}

/** A household with its members. */
export interface HouseholdRecord {
  readonly code: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly members: ReadonlyArray<{ readonly relation: string; readonly person: PersonRecord }>;
}

/**
 * Loads the household of a person, if any. Three steps, each on one shard or a known set when distributed:
 * the person's `household_id` (person's shard), the household with its member links (co-located on the
 * household's shard), the members' person rows by id.
 */
export async function loadHousehold(db: Database, personId: string): Promise<HouseholdRecord | null> {
  const [link] = await db.select({ householdId: persons.householdId }).from(persons).where(eq(persons.id, personId)).limit(1);
  if (!link?.householdId) return null;
  const [hh] = await db.select().from(households).where(eq(households.id, link.householdId)).limit(1);
  if (!hh) return null;
  const links = await db
    .select({ personId: householdMembers.personId, relation: householdMembers.relation })
    .from(householdMembers)
    .where(eq(householdMembers.householdId, hh.id));
  const relationOf = new Map(links.map((l) => [l.personId, l.relation]));
  const people = relationOf.size === 0 ? [] : await db.select(personColumns).from(persons).where(inArray(persons.id, [...relationOf.keys()]));
  people.sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth) || a.id.localeCompare(b.id));
  return {
    code: hh.code,
    provinceCode: hh.provinceCode,
    communeCode: hh.communeCode,
    members: people.map((person) => ({ relation: relationOf.get(person.id)!, person })),
  };
}

/** A health card with the benefit level in force on the asked day. */
export interface CardWithLevel {
  readonly cardCode: string;
  readonly groupCode: string;
  readonly registeredClinicCode: string;
  readonly registeredClinicName: string;
  readonly validFrom: string;
  readonly fiveYearsDate: string | null;
  /** Null when no dated row covers the day. */
  readonly benefitLevel: number | null;
}

/**
 * Lists a person's health cards with the benefit level in force on a day (the one statement for it: staff
 * record view, the insured person's own view, the seed checks). Benefit-level rows have an inclusive
 * `effective_to` (null = open); should two rows cover the day, the one in force from earlier counts.
 *
 * @param db - database
 * @param personId - the person
 * @param onDate - `YYYY-MM-DD`
 * @returns the cards, oldest first
 */
export async function listCardsWithLevelAt(db: Database, personId: string, onDate: string): Promise<CardWithLevel[]> {
  const rows = await db
    .select({
      id: healthCards.id,
      cardCode: healthCards.cardCode,
      groupCode: healthCards.groupCode,
      registeredClinicCode: healthCards.registeredClinicCode,
      registeredClinicName: healthCards.registeredClinicName,
      validFrom: healthCards.validFrom,
      fiveYearsDate: healthCards.fiveYearsDate,
      benefitLevel: cardBenefitLevels.level,
    })
    .from(healthCards)
    .leftJoin(
      cardBenefitLevels,
      and(
        eq(cardBenefitLevels.personId, healthCards.personId),
        eq(cardBenefitLevels.cardId, healthCards.id),
        lte(cardBenefitLevels.effectiveFrom, onDate),
        or(isNull(cardBenefitLevels.effectiveTo), gte(cardBenefitLevels.effectiveTo, onDate)),
      ),
    )
    .where(eq(healthCards.personId, personId))
    .orderBy(asc(healthCards.validFrom), asc(healthCards.id), asc(cardBenefitLevels.effectiveFrom));
  const seen = new Set<string>();
  const out: CardWithLevel[] = [];
  for (const { id, ...card } of rows) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(card);
  }
  return out;
}

/** Contact and address values a staff member may correct. */
export interface ContactChange {
  readonly phone?: string | null;
  readonly street?: string;
  readonly communeCode?: string;
  /** Province of `communeCode` (from the commune catalogue); required with it. */
  readonly provinceCode?: string;
}

/**
 * Updates contact/address in the given transaction and returns the values before and after.
 *
 * @param tx - transaction
 * @param personId - the person
 * @param change - new values
 * @param at - time of the change
 * @returns before and after, or null when the person does not exist
 */
export async function updatePersonContact(
  tx: Database,
  personId: string,
  change: ContactChange,
  at: Date,
): Promise<{ before: PersonRecord; after: PersonRecord } | null> {
  const [before] = await tx.select(personColumns).from(persons).where(eq(persons.id, personId)).for('update').limit(1);
  if (!before) return null;
  const set: Partial<typeof persons.$inferInsert> = { updatedAt: at };
  if (change.phone !== undefined) set.phone = change.phone;
  if (change.street !== undefined) set.street = change.street;
  if (change.communeCode !== undefined) {
    set.communeCode = change.communeCode;
    if (change.provinceCode !== undefined) set.provinceCode = change.provinceCode;
  }
  const [after] = await tx.update(persons).set(set).where(eq(persons.id, personId)).returning(personColumns);
  return { before, after: after! };
}

/** Province of each known commune code. */
export async function communeProvinces(db: Database, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: communes.code, provinceCode: communes.provinceCode }).from(communes).where(inArray(communes.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.provinceCode]));
}

/** Province of each known employer id. */
export async function employerProvinces(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: employers.id, provinceCode: employers.provinceCode }).from(employers).where(inArray(employers.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.provinceCode]));
}

/** True when the commune code exists in the catalogue. */
export async function communeExists(db: Database, code: string): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`1` }).from(communes).where(eq(communes.code, code)).limit(1);
  return rows.length > 0;
}

/** Employment and card facts added to export rows. */
export interface ExportExtras {
  readonly employerCode: string | null;
  readonly salaryBasis: number | null;
  readonly cardCode: string | null;
}

/**
 * Loads, for each person, the employer and salary of the latest open period and the latest card code.
 *
 * @param db - database
 * @param ids - person ids
 * @returns extras by person id
 */
export async function loadExportExtras(db: Database, ids: readonly string[]): Promise<Map<string, ExportExtras>> {
  const out = new Map<string, ExportExtras>();
  if (ids.length === 0) return out;
  const periods = await db
    .select({ personId: participationPeriods.personId, fromMonth: participationPeriods.fromMonth, salaryBasis: participationPeriods.salaryBasis, employerCode: employers.code })
    .from(participationPeriods)
    .innerJoin(employers, eq(employers.id, participationPeriods.employerId))
    .where(and(inArray(participationPeriods.personId, [...ids]), isNull(participationPeriods.toMonth)))
    .orderBy(asc(participationPeriods.fromMonth));
  const cards = await db
    .select({ personId: healthCards.personId, cardCode: healthCards.cardCode })
    .from(healthCards)
    .where(inArray(healthCards.personId, [...ids]))
    .orderBy(asc(healthCards.validFrom));
  for (const id of ids) out.set(id, { employerCode: null, salaryBasis: null, cardCode: null });
  for (const p of periods) out.set(p.personId, { ...out.get(p.personId)!, employerCode: p.employerCode, salaryBasis: p.salaryBasis });
  for (const c of cards) out.set(c.personId, { ...out.get(c.personId)!, cardCode: c.cardCode });
  return out;
}

/**
 * Reads a person's row with the name of their commune (the insured person's own summary).
 *
 * @param db - database
 * @param personId - the person
 * @returns the row and commune name, or undefined
 */
export async function findPersonWithCommuneName(db: Database, personId: string): Promise<(Person & { communeName: string | null }) | undefined> {
  const [row] = await db
    .select({ person: persons, communeName: communes.name })
    .from(persons)
    .leftJoin(communes, eq(communes.code, persons.communeCode))
    .where(eq(persons.id, personId))
    .limit(1);
  return row ? { ...row.person, communeName: row.communeName } : undefined;
}

/**
 * Resolves social insurance numbers to person ids in one statement (decision service subjects named the way
 * business applications key them), through the identifier lookup.
 *
 * @param db - database
 * @param values - 10-digit social insurance numbers
 * @returns person id by number (unknown numbers are absent)
 */
export async function personIdsBySocialInsuranceNo(db: Database, values: readonly string[]): Promise<Map<string, string>> {
  return personIdsByIdentifier(db, 'social_insurance_no', values);
}

/**
 * Resolves identifiers of one kind to person ids in one statement, through the identifier lookup (reads
 * reported by other applications' access logs name persons either way).
 *
 * @param db - database
 * @param kind - personal id or social insurance number
 * @param values - the identifiers
 * @returns person id by identifier (unknown identifiers are absent)
 */
export async function personIdsByIdentifier(db: Database, kind: 'personal_id' | 'social_insurance_no', values: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (values.length === 0) return out;
  const rows = await db
    .select({ value: identifiers.value, personId: identifiers.personId })
    .from(identifiers)
    .where(and(eq(identifiers.kind, kind), inArray(identifiers.value, [...new Set(values)])));
  for (const r of rows) out.set(r.value, r.personId);
  return out;
}

// --- look-ups for other modules (ids and codes; no record) ---------------------------------------------------

/** Counts insured persons. */
export async function countPersons(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(persons);
  return Number(row?.n ?? 0);
}

/**
 * The person holding a value as any kind of unique identifier (personal id, SI number, card code, in that
 * order), through the lookup. Only the internal id leaves (the audit search's person filter).
 *
 * @param db - database
 * @param value - the identifier as typed
 * @returns the person id, or null
 */
export async function findPersonIdByAnyIdentifier(db: Database, value: string): Promise<string | null> {
  for (const kind of IDENTIFIER_KINDS) {
    const id = await findPersonIdByIdentifier(db, kind, value);
    if (id) return id;
  }
  return null;
}

/**
 * Province of each known person id (scope checks and detection; nothing else of the person).
 *
 * @param db - database
 * @param ids - person ids (uuids)
 * @returns province code by person id (unknown ids are absent)
 */
export async function personProvinces(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: persons.id, provinceCode: persons.provinceCode }).from(persons).where(inArray(persons.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.provinceCode]));
}

/**
 * Ids of the decoy persons (records no task needs; reading one raises an alert).
 *
 * @param db - database
 * @returns person ids
 */
export async function listDecoyPersonIds(db: Database): Promise<string[]> {
  return (await db.select({ personId: decoys.personId }).from(decoys)).map((r) => r.personId);
}

/** Persons read per statement by {@link listLinkedPersons}. */
const LINKED_CHUNK = 5000;

/**
 * The persons linked to each given person: the person, the persons of the same household (by the person
 * rows and by the member links) and the persons living on the same street of the same commune (detection of
 * staff reading their own, their family's or their neighbours' records).
 *
 * @param db - database
 * @param personIds - the persons (unknown ids link to nobody)
 * @returns distinct pairs of a given person and a person linked to it, in no particular order
 */
export async function listLinkedPersons(db: Database, personIds: readonly string[]): Promise<Array<{ ownerId: string; personId: string }>> {
  const ids = [...new Set(personIds)];
  const out: Array<{ ownerId: string; personId: string }> = [];
  for (let i = 0; i < ids.length; i += LINKED_CHUNK) {
    const list = sql.join(ids.slice(i, i + LINKED_CHUNK).map((id) => sql`${id}::uuid`), sql`, `);
    const rows = await queryRows<{ owner_id: string; person_id: string }>(db, sql`
      with own as (
        select p.id as pid, p.household_id, p.province_code, p.commune_code, p.street from registry_persons p where p.id in (${list}))
      select pid as owner_id, pid as person_id from own
      union select o.pid, p2.id from own o join registry_persons p2 on o.household_id is not null and p2.household_id = o.household_id
      union select o.pid, m2.person_id from own o join registry_household_members m on m.person_id = o.pid
                                            join registry_household_members m2 on m2.household_id = m.household_id
      union select o.pid, p3.id from own o join registry_persons p3
              on p3.province_code = o.province_code and p3.commune_code = o.commune_code and p3.street = o.street`);
    for (const r of rows) out.push({ ownerId: r.owner_id, personId: r.person_id });
  }
  return out;
}

/**
 * The first persons in personal-id order, with their name (the demo CLI's list of citizens to sign in as; the
 * registry is synthetic in demo mode). The ids come from the lookup's primary key, the names from the
 * persons by id.
 *
 * @param db - database
 * @param limit - how many
 * @returns personal id and full name, in personal-id order
 */
export async function listFirstPersonsByPersonalId(db: Database, limit: number): Promise<Array<{ personalId: string; fullName: string }>> {
  const ids = await db
    .select({ personalId: identifiers.value, personId: identifiers.personId })
    .from(identifiers)
    .where(eq(identifiers.kind, 'personal_id'))
    .orderBy(asc(identifiers.value))
    .limit(limit);
  const names = ids.length === 0 ? [] : await db
    .select({ id: persons.id, fullName: persons.fullName })
    .from(persons)
    .where(inArray(persons.id, ids.map((r) => r.personId)));
  const nameOf = new Map(names.map((n) => [n.id, n.fullName]));
  return ids.flatMap((r) => (nameOf.has(r.personId) ? [{ personalId: r.personalId, fullName: nameOf.get(r.personId)! }] : []));
}
