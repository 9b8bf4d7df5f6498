/**
 * Writes of the registry module: persons, health cards and households with their identifier-lookup rows, each
 * in one transaction (seeds, test factories and, later, the registry's own services; staff corrections of a
 * person's contact go through the scoped accessor and `updatePersonContact` in `registry.repo.ts`).
 *
 * Driver errors are turned into catalogued errors and never logged or re-thrown as they are: their text
 * embeds the query parameters, i.e. personal data (STYLE.md rule 13). Bulk loading of demo data uses
 * `src/seed/bulk-insert.ts`, not these functions.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { RegistryErrors } from './registry.errors.ts';
import { cardBenefitLevels, healthCards, householdCodes, householdMembers, households, identifiers, persons } from './registry.schema.ts';
import type { IdentifierRow, NewBenefitLevel, NewHealthCard, NewHousehold, NewHouseholdMember, NewPerson } from './registry.repo.ts';

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
function personIdentifierRows(person: Pick<NewPerson, 'id' | 'personalId' | 'socialInsuranceNo'>): IdentifierRow[] {
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
