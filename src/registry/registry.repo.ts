/**
 * Queries of the registry module: small, intent-named, single-purpose (STYLE.md rule 11). They return
 * rows as stored; masking and the access decision happen in `access/` before anything leaves the server.
 *
 * Driver errors are turned into catalogued errors and never logged or re-thrown as they are: their text
 * embeds the query parameters, i.e. personal data (STYLE.md rule 13). Bulk loading of demo data uses
 * `src/seed/bulk-insert.ts`, not these functions.
 */
import { and, asc, count, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { RegistryErrors } from './registry.errors.ts';
import {
  cardBenefitLevels,
  employers,
  healthCards,
  householdMembers,
  households,
  participationPeriods,
  persons,
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

/** PostgreSQL SQLSTATE of a unique violation. */
const UNIQUE_VIOLATION = '23505';

function sqlState(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Runs a write and maps a unique violation to `KHIEN_REGISTRY_DUPLICATE_IDENTIFIER`; any other driver
 * error becomes a bare error without the driver's message.
 */
async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw new RegistryErrors.DUPLICATE_IDENTIFIER();
    throw new Error(`registry write failed (SQLSTATE ${sqlState(err) ?? 'unknown'})`);
  }
}

/**
 * Inserts one person (values already validated by the caller's service).
 *
 * @param db - database or transaction
 * @param row - the person
 * @throws KhienError `KHIEN_REGISTRY_DUPLICATE_IDENTIFIER` when the personal id or SI number exists
 */
export async function insertPerson(db: Database, row: NewPerson): Promise<void> {
  await guardedWrite(() => db.insert(persons).values(row));
}

/** Finds a person's summary by internal id. */
export async function findPersonById(db: Database, id: string): Promise<PersonSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

/** Finds a person's full row by internal id (for the record view, after an access decision). */
export async function findPersonRecord(db: Database, id: string): Promise<Person | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

/** Finds a person's summary by the 12-digit personal identification number. */
export async function findPersonByPersonalId(db: Database, personalId: string): Promise<PersonSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(persons).where(eq(persons.personalId, personalId)).limit(1);
  return row;
}

/** Finds a person's summary by the 10-digit social insurance number. */
export async function findPersonBySocialInsuranceNo(db: Database, socialInsuranceNo: string): Promise<PersonSummary | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(persons)
    .where(eq(persons.socialInsuranceNo, socialInsuranceNo))
    .limit(1);
  return row;
}

/** Finds the holder of a health-insurance card code. */
export async function findPersonByCardCode(db: Database, cardCode: string): Promise<PersonSummary | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(healthCards)
    .innerJoin(persons, eq(persons.id, healthCards.personId))
    .where(eq(healthCards.cardCode, cardCode))
    .limit(1);
  return row;
}

/**
 * Finds persons by exact full name (NFC) and date of birth.
 *
 * @param db - database
 * @param fullName - full name, normalised by `validateFullName`
 * @param dateOfBirth - `YYYY-MM-DD`
 * @param limit - maximum rows (default 20)
 * @returns summaries ordered by personal id
 */
export async function findPersonsByNameAndBirthDate(
  db: Database,
  fullName: string,
  dateOfBirth: string,
  limit = 20,
): Promise<PersonSummary[]> {
  return db
    .select(summaryColumns)
    .from(persons)
    .where(and(eq(persons.fullName, fullName.normalize('NFC')), eq(persons.dateOfBirth, dateOfBirth)))
    .orderBy(asc(persons.personalId))
    .limit(limit);
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
export async function findHouseholdWithMembers(db: Database, householdId: string): Promise<HouseholdWithMembers | undefined> {
  const [household] = await db.select().from(households).where(eq(households.id, householdId)).limit(1);
  if (!household) return undefined;
  const rows = await db
    .select({ ...summaryColumns, relation: householdMembers.relation })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(desc(eq(householdMembers.relation, 'head')), asc(persons.dateOfBirth));
  return { household, members: rows };
}

/**
 * Reads the household a person belongs to, with its members.
 *
 * @param db - database
 * @param personId - the person
 * @returns the household, or undefined when the person has none
 */
export async function findHouseholdOfPerson(db: Database, personId: string): Promise<HouseholdWithMembers | undefined> {
  const [link] = await db
    .select({ householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(eq(householdMembers.personId, personId))
    .limit(1);
  return link ? findHouseholdWithMembers(db, link.householdId) : undefined;
}

/** A card with the benefit level in force on the asked day (null when no dated row covers it). */
export interface CardWithLevel extends HealthCard {
  readonly benefitLevel: number | null;
}

/**
 * Lists a person's health cards with the benefit level in force on a day. Benefit-level rows have an
 * inclusive `effective_to` (null = open).
 *
 * @param db - database
 * @param personId - the person
 * @param onDate - `YYYY-MM-DD`
 * @returns cards, newest first
 */
export async function listCardsWithCurrentLevel(db: Database, personId: string, onDate: string): Promise<CardWithLevel[]> {
  const rows = await db
    .select({ card: healthCards, level: cardBenefitLevels.level })
    .from(healthCards)
    .leftJoin(
      cardBenefitLevels,
      and(
        eq(cardBenefitLevels.cardId, healthCards.id),
        lte(cardBenefitLevels.effectiveFrom, onDate),
        or(isNull(cardBenefitLevels.effectiveTo), gte(cardBenefitLevels.effectiveTo, onDate)),
      ),
    )
    .where(eq(healthCards.personId, personId))
    .orderBy(desc(healthCards.validFrom));
  return rows.map((r) => ({ ...r.card, benefitLevel: r.level }));
}

/**
 * Changes a person's phone number (validated by the caller).
 *
 * @param db - database or transaction (the caller's audit entry shares it)
 * @param personId - the person
 * @param phone - national-form mobile number, or null to remove it
 * @throws KhienError `KHIEN_REGISTRY_PERSON_NOT_FOUND`
 */
export async function updatePersonContact(db: Database, personId: string, phone: string | null): Promise<void> {
  const done = await db.update(persons).set({ phone, updatedAt: new Date() }).where(eq(persons.id, personId)).returning({ id: persons.id });
  if (done.length === 0) throw new RegistryErrors.PERSON_NOT_FOUND();
}

/** A person's address: 2025 province, commune, street. */
export interface Address {
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street: string;
}

/**
 * Changes a person's address (validated by the caller against the commune catalogue).
 *
 * @param db - database or transaction
 * @param personId - the person
 * @param address - the new address
 * @throws KhienError `KHIEN_REGISTRY_PERSON_NOT_FOUND`
 */
export async function updatePersonAddress(db: Database, personId: string, address: Address): Promise<void> {
  const done = await db
    .update(persons)
    .set({ provinceCode: address.provinceCode, communeCode: address.communeCode, street: address.street, updatedAt: new Date() })
    .where(eq(persons.id, personId))
    .returning({ id: persons.id });
  if (done.length === 0) throw new RegistryErrors.PERSON_NOT_FOUND();
}

/** Counts insured persons. */
export async function countPersons(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(persons);
  return Number(row?.n ?? 0);
}
