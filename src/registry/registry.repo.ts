/**
 * Queries of the registry module: small, intent-named, single-purpose (STYLE.md rule 11). They return
 * rows as stored; masking and the access decision happen in `access/` before anything leaves the server.
 *
 * Driver errors are turned into catalogued errors and never logged or re-thrown as they are: their text
 * embeds the query parameters, i.e. personal data (STYLE.md rule 13). Bulk loading of demo data uses
 * `src/seed/bulk-insert.ts`, not these functions.
 */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { RegistryErrors } from './registry.errors.ts';
import {
  cardBenefitLevels,
  decoys,
  employers,
  healthCards,
  householdCodes,
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
 * The identifier-lookup rows of a person: the personal id, and the SI number when there is one.
 *
 * @param person - id, personal id, SI number
 * @returns the rows to insert into `registry_identifiers` with the person
 */
export function personIdentifierRows(person: Pick<NewPerson, 'id' | 'personalId' | 'socialInsuranceNo'>): IdentifierRow[] {
  const rows: IdentifierRow[] = [{ kind: 'personal_id', value: person.personalId, personId: person.id }];
  if (person.socialInsuranceNo) rows.push({ kind: 'social_insurance_no', value: person.socialInsuranceNo, personId: person.id });
  return rows;
}

/**
 * Inserts one person (values already validated by the caller's service) with its identifier-lookup rows, in
 * one transaction (a savepoint when `db` is already one): the lookup's primary key is what keeps the personal
 * id and SI number unique.
 *
 * @param db - database or transaction
 * @param row - the person
 * @throws KhienError `KHIEN_REGISTRY_DUPLICATE_IDENTIFIER` when the personal id or SI number exists
 */
export async function insertPerson(db: Database, row: NewPerson): Promise<void> {
  await guardedWrite(() =>
    db.transaction(async (tx) => {
      await tx.insert(identifiers).values(personIdentifierRows(row));
      await tx.insert(persons).values(row);
    }),
  );
}

/**
 * Inserts a health card, its card-code lookup row and its dated benefit levels, in one transaction.
 *
 * @param db - database or transaction
 * @param card - the card (its `personId` is the holder)
 * @param levels - dated benefit levels of the card
 * @throws KhienError `KHIEN_REGISTRY_DUPLICATE_IDENTIFIER` when the card code exists
 */
export async function insertHealthCard(db: Database, card: NewHealthCard, levels: readonly NewBenefitLevel[] = []): Promise<void> {
  await guardedWrite(() =>
    db.transaction(async (tx) => {
      await tx.insert(identifiers).values({ kind: 'card_code', value: card.cardCode, personId: card.personId });
      await tx.insert(healthCards).values(card);
      if (levels.length > 0) await tx.insert(cardBenefitLevels).values(levels.map((l) => ({ ...l, cardId: card.id, personId: card.personId })));
    }),
  );
}

/**
 * Inserts a household with its code-lookup row and members, and points each member's person row at it, in
 * one transaction (members are keyed by the household; a person's household is found from the person).
 *
 * @param db - database or transaction
 * @param household - the household
 * @param members - its members with their relation
 * @throws KhienError `KHIEN_REGISTRY_DUPLICATE_IDENTIFIER` when the household code exists
 */
export async function insertHousehold(db: Database, household: NewHousehold, members: readonly NewHouseholdMember[]): Promise<void> {
  await guardedWrite(() =>
    db.transaction(async (tx) => {
      await tx.insert(householdCodes).values({ code: household.code, householdId: household.id });
      await tx.insert(households).values(household);
      await addMembers(tx, household.id, members);
    }),
  );
}

async function addMembers(tx: Database, householdId: string, members: readonly NewHouseholdMember[]): Promise<void> {
  if (members.length === 0) return;
  await tx.insert(householdMembers).values(members.map((m) => ({ ...m, householdId })));
  for (const m of members) await tx.update(persons).set({ householdId }).where(eq(persons.id, m.personId));
}

/**
 * Adds members to an existing household and points their person rows at it, in one transaction.
 *
 * @param db - database or transaction
 * @param householdId - the household
 * @param members - the new members with their relation
 */
export async function insertHouseholdMembers(db: Database, householdId: string, members: readonly NewHouseholdMember[]): Promise<void> {
  await guardedWrite(() => db.transaction((tx) => addMembers(tx, householdId, members)));
}

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
export async function findPersonById(db: Database, id: string): Promise<PersonSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

/** Finds a person's full row by internal id (for the record view, after an access decision). */
export async function findPersonRecord(db: Database, id: string): Promise<Person | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id)).limit(1);
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
        eq(cardBenefitLevels.personId, healthCards.personId),
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
