/**
 * The only queries of Khiên's own code outside `registry/` and `seed/` that touch registry tables
 * (enforced by `registry-guard.test.ts`). They are called only by the scoped accessor
 * (`registry-accessor.ts`), the export builder and the assignment scope check, each after or for a decision.
 * Driver errors are never logged or forwarded (their text embeds parameters, i.e. personal data).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { perDatabase } from '../db/per-database.ts';
import { listParticipationHistory } from '../registry/registry.repo.ts';
import {
  cardBenefitLevels,
  communes,
  employers,
  healthCards,
  householdMembers,
  households,
  identifiers,
  participationPeriods,
  persons,
} from '../registry/registry.schema.ts';
import type { SubjectFacts } from './decision-types.ts';
import type { PersonRecord } from './mask-fields.ts';

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
 * Loads the facts the decision checks scope against (area and open employers), never returned to clients.
 * One statement: the persons with an aggregate of their open participation periods' employers.
 *
 * @param db - database
 * @param ids - person ids
 * @returns facts by person id (unknown ids are absent)
 */
export async function loadSubjectFacts(db: Database, ids: readonly string[]): Promise<Map<string, SubjectFacts>> {
  const out = new Map<string, SubjectFacts>();
  if (ids.length === 0) return out;
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
  readonly facts: SubjectFacts;
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
 * Loads one person's record together with its scope facts (one statement). For the person view, whose event
 * does not depend on the record: the caller decides on the facts and hands out the record only on allow, after
 * the access is recorded.
 *
 * @param db - database
 * @param id - person id
 * @returns the record and facts, or undefined when there is no such person
 */
export async function loadPersonWithFacts(db: Database, id: string): Promise<PersonWithFacts | undefined> {
  const [row] = await personWithFactsOf(db).execute({ id });
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

/** One participation period with its employer. */
export interface ParticipationRecord {
  readonly id: string;
  readonly employerCode: string;
  readonly employerName: string;
  readonly fromMonth: string;
  readonly toMonth: string | null;
  readonly jobTitle: string;
  readonly salaryBasis: number;
  readonly allowances: number;
  readonly insuranceTypes: string[];
  readonly contractType: string;
}

/**
 * Loads a person's participation history, oldest first (the registry's own query).
 *
 * @param db - database
 * @param personId - the person
 * @returns the periods with their employer
 */
export async function loadParticipation(db: Database, personId: string): Promise<ParticipationRecord[]> {
  return listParticipationHistory(db, personId);
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

/** A health card with its current benefit level. */
export interface CardRecord {
  readonly cardCode: string;
  readonly groupCode: string;
  readonly registeredClinicCode: string;
  readonly registeredClinicName: string;
  readonly validFrom: string;
  readonly fiveYearsDate: string | null;
  readonly benefitLevel: number | null;
}

/** Loads a person's health cards with the benefit level in force on `onDate` (YYYY-MM-DD). */
export async function loadCards(db: Database, personId: string, onDate: string): Promise<CardRecord[]> {
  const cards = await db.select().from(healthCards).where(eq(healthCards.personId, personId)).orderBy(asc(healthCards.validFrom));
  const levels = await db.select().from(cardBenefitLevels).where(eq(cardBenefitLevels.personId, personId));
  return cards.map((c) => {
    const level = levels.find((l) => l.cardId === c.id && l.effectiveFrom <= onDate && (l.effectiveTo === null || l.effectiveTo >= onDate));
    return {
      cardCode: c.cardCode,
      groupCode: c.groupCode,
      registeredClinicCode: c.registeredClinicCode,
      registeredClinicName: c.registeredClinicName,
      validFrom: c.validFrom,
      fiveYearsDate: c.fiveYearsDate,
      benefitLevel: level?.level ?? null,
    };
  });
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

/** Province of each known person id (scope checks only). */
export async function personProvinces(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: persons.id, provinceCode: persons.provinceCode }).from(persons).where(inArray(persons.id, [...ids]));
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
 * Resolves social insurance numbers to person ids in one statement (decision service subjects named the way
 * business applications key them), through the identifier lookup.
 *
 * @param db - database
 * @param values - 10-digit social insurance numbers
 * @returns person id by number (unknown numbers are absent)
 */
export async function personIdsBySocialInsuranceNo(db: Database, values: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (values.length === 0) return out;
  const rows = await db
    .select({ value: identifiers.value, personId: identifiers.personId })
    .from(identifiers)
    .where(and(eq(identifiers.kind, 'social_insurance_no'), inArray(identifiers.value, [...values])));
  for (const r of rows) out.set(r.value, r.personId);
  return out;
}
