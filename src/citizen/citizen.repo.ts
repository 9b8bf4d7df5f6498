/**
 * Queries of the citizen module: its own tables, and reads of one person's registry records through the
 * registry's repo (the person the signed-in citizen is; no query here takes a person id from the request).
 */
import { and, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import {
  findPersonIdByIdentifier,
  findPersonWithCommuneName,
  listCardsWithLevelAt,
  listParticipationHistory,
  loadPersons,
  type CardWithLevel,
  type Person,
} from '../registry/registry.repo.ts';
import {
  citizenDemoAccounts,
  citizenDisputes,
  citizenLoginFlows,
  citizenSessions,
  citizenWithholdings,
} from './citizen.schema.ts';

/** A citizen session row. */
export type CitizenSessionRow = typeof citizenSessions.$inferSelect;
/** A pending sign-in flow. */
export type LoginFlowRow = typeof citizenLoginFlows.$inferSelect;
/** A withholding decision. */
export type WithholdingRow = typeof citizenWithholdings.$inferSelect;
/** A dispute ("I don't recognise this access"). */
export type DisputeRow = typeof citizenDisputes.$inferSelect;
/** A registry person row. */
export type PersonRow = Person;

// --- sessions ---------------------------------------------------------------------------------------------

/** Inserts a citizen session. */
export async function insertCitizenSession(db: Database, row: typeof citizenSessions.$inferInsert): Promise<void> {
  await db.insert(citizenSessions).values(row);
}

/** Finds a live session by token hash. */
export async function findLiveCitizenSession(db: Database, tokenHash: string, at: Date): Promise<CitizenSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(citizenSessions)
    .where(and(eq(citizenSessions.tokenHash, tokenHash), isNull(citizenSessions.revokedAt), gt(citizenSessions.expiresAt, at)))
    .limit(1);
  return row;
}

/** Deletes sessions that ended (expired or revoked) before `before`. */
export async function deleteEndedCitizenSessions(db: Database, before: Date): Promise<void> {
  await db.delete(citizenSessions).where(or(lte(citizenSessions.expiresAt, before), lte(citizenSessions.revokedAt, before)));
}

/** Revokes a session by id. */
export async function revokeCitizenSession(db: Database, id: string, at: Date): Promise<void> {
  await db.update(citizenSessions).set({ revokedAt: at }).where(and(eq(citizenSessions.id, id), isNull(citizenSessions.revokedAt)));
}

// --- sign-in flows ----------------------------------------------------------------------------------------

/** Inserts a pending sign-in flow. */
export async function insertLoginFlow(db: Database, row: typeof citizenLoginFlows.$inferInsert): Promise<void> {
  await db.insert(citizenLoginFlows).values(row);
}

/**
 * Takes (reads and deletes) a live sign-in flow: each flow can complete once.
 *
 * @returns the flow, or undefined when unknown, used or expired
 */
export async function takeLoginFlow(db: Database, tokenHash: string, at: Date): Promise<LoginFlowRow | undefined> {
  const [row] = await db.delete(citizenLoginFlows).where(eq(citizenLoginFlows.tokenHash, tokenHash)).returning();
  if (!row || row.expiresAt.getTime() <= at.getTime()) return undefined;
  return row;
}

/** Deletes expired sign-in flows. */
export async function deleteExpiredLoginFlows(db: Database, at: Date): Promise<void> {
  await db.delete(citizenLoginFlows).where(lte(citizenLoginFlows.expiresAt, at));
}

// --- demo identity provider -------------------------------------------------------------------------------

/** Finds the demo account of a personal identification number. */
export async function findDemoAccountByPersonalId(db: Database, personalId: string): Promise<{ subject: string } | undefined> {
  const [row] = await db.select({ subject: citizenDemoAccounts.subject }).from(citizenDemoAccounts).where(eq(citizenDemoAccounts.personalId, personalId)).limit(1);
  return row;
}

/** Inserts a demo account unless its personal id already has one; returns the subject in force. */
export async function ensureDemoAccount(db: Database, subject: string, personalId: string, at: Date): Promise<string> {
  await db.insert(citizenDemoAccounts).values({ subject, personalId, createdAt: at }).onConflictDoNothing();
  const found = await findDemoAccountByPersonalId(db, personalId);
  return found?.subject ?? subject;
}

/**
 * Finds a demo account with the registry person's name (claims of the demo provider): the account, then the
 * person through the identifier lookup, then the name by id (single-shard steps when the registry is
 * distributed; the demo accounts are a local table).
 */
export async function findDemoAccountClaims(
  db: Database,
  subject: string,
): Promise<{ personalId: string; fullName: string } | undefined> {
  const [account] = await db
    .select({ personalId: citizenDemoAccounts.personalId })
    .from(citizenDemoAccounts)
    .where(eq(citizenDemoAccounts.subject, subject))
    .limit(1);
  if (!account) return undefined;
  const personId = await findPersonIdByPersonalId(db, account.personalId);
  if (personId === undefined) return undefined;
  const [person] = await loadPersons(db, [personId]);
  return person ? { personalId: account.personalId, fullName: person.fullName } : undefined;
}

// --- registry reads (one person) --------------------------------------------------------------------------

/** Finds a person by personal identification number (sign-in mapping), through the identifier lookup. */
export async function findPersonIdByPersonalId(db: Database, personalId: string): Promise<string | undefined> {
  return findPersonIdByIdentifier(db, 'personal_id', personalId);
}

/** Reads the person record with the name of their commune. */
export async function readPerson(db: Database, personId: string): Promise<(PersonRow & { communeName: string | null }) | undefined> {
  return findPersonWithCommuneName(db, personId);
}

/** One participation period with its employer. */
export interface ParticipationRow {
  readonly id: string;
  readonly fromMonth: string;
  readonly toMonth: string | null;
  readonly jobTitle: string;
  readonly salaryBasis: number;
  readonly allowances: number;
  readonly insuranceTypes: string[];
  readonly contractType: string;
  readonly employerCode: string | null;
  readonly employerName: string | null;
}

/** Lists a person's participation periods, newest first (the registry's own query, reversed). */
export async function listParticipation(db: Database, personId: string): Promise<ParticipationRow[]> {
  return (await listParticipationHistory(db, personId)).reverse();
}

/**
 * Lists a person's health cards with the benefit level in force on a day, newest first (the registry's own
 * query, reversed).
 *
 * @param db - database
 * @param personId - the signed-in person
 * @param onDate - `YYYY-MM-DD`
 * @returns the cards
 */
export async function listCardsAt(db: Database, personId: string, onDate: string): Promise<CardWithLevel[]> {
  return (await listCardsWithLevelAt(db, personId, onDate)).reverse();
}

// --- withholdings -----------------------------------------------------------------------------------------

/** Inserts a withholding decision. */
export async function insertWithholding(db: Database, row: typeof citizenWithholdings.$inferInsert): Promise<void> {
  await db.insert(citizenWithholdings).values(row);
}

/**
 * Withholdings in force at `at` that may apply to a person: those naming the person, and those by purpose only.
 *
 * @param db - database
 * @param personId - the subject
 * @param at - the time of the read
 */
export async function listActiveWithholdingsFor(db: Database, personId: string, at: Date): Promise<WithholdingRow[]> {
  return db
    .select()
    .from(citizenWithholdings)
    .where(
      and(
        isNull(citizenWithholdings.liftedAt),
        gt(citizenWithholdings.withheldUntil, at),
        or(eq(citizenWithholdings.subjectPersonId, personId), isNull(citizenWithholdings.subjectPersonId)),
      ),
    );
}

/**
 * Withholdings that have ended by `at` (date passed or lifted) and may have applied to a person.
 *
 * @param db - database
 * @param personId - the subject
 * @param at - the time of the read
 */
export async function listEndedWithholdingsFor(db: Database, personId: string, at: Date): Promise<WithholdingRow[]> {
  return db
    .select()
    .from(citizenWithholdings)
    .where(
      and(
        or(lte(citizenWithholdings.withheldUntil, at), lte(citizenWithholdings.liftedAt, at)),
        or(eq(citizenWithholdings.subjectPersonId, personId), isNull(citizenWithholdings.subjectPersonId)),
      ),
    );
}

/**
 * The person's reports about some entries, with the case each opened.
 *
 * @param db - database
 * @param personId - the person
 * @param seqs - audit sequence numbers
 * @returns report by sequence number
 */
export async function listDisputesFor(
  db: Database,
  personId: string,
  seqs: readonly number[],
): Promise<Map<number, { reference: string; caseId: string | null; createdAt: Date }>> {
  if (seqs.length === 0) return new Map();
  const rows = await db
    .select({ seq: citizenDisputes.auditSeq, reference: citizenDisputes.reference, caseId: citizenDisputes.caseId, createdAt: citizenDisputes.createdAt })
    .from(citizenDisputes)
    .where(and(eq(citizenDisputes.personId, personId), inArray(citizenDisputes.auditSeq, [...seqs])));
  return new Map(rows.map((r) => [r.seq, { reference: r.reference, caseId: r.caseId, createdAt: r.createdAt }]));
}

/** Deletes a decision whose admin event could not be recorded (compensation; never for recorded ones). */
export async function deleteWithholding(db: Database, id: string): Promise<void> {
  await db.delete(citizenWithholdings).where(eq(citizenWithholdings.id, id));
}

/** Undoes a lift whose admin event could not be recorded. */
export async function unliftWithholding(db: Database, id: string): Promise<void> {
  await db.update(citizenWithholdings).set({ liftedAt: null, liftedBy: null }).where(eq(citizenWithholdings.id, id));
}

/** Lists withholding decisions, newest first, optionally for one subject. */
export async function listWithholdings(db: Database, opts: { subjectPersonId?: string; limit: number }): Promise<WithholdingRow[]> {
  const q = db.select().from(citizenWithholdings);
  const filtered = opts.subjectPersonId ? q.where(eq(citizenWithholdings.subjectPersonId, opts.subjectPersonId)) : q;
  return filtered.orderBy(desc(citizenWithholdings.createdAt)).limit(opts.limit);
}

/**
 * Lifts a withholding decision before its date.
 *
 * @returns the lifted row, or undefined when unknown or already lifted
 */
export async function liftWithholding(db: Database, id: string, by: string, at: Date): Promise<WithholdingRow | undefined> {
  const [row] = await db
    .update(citizenWithholdings)
    .set({ liftedAt: at, liftedBy: by })
    .where(and(eq(citizenWithholdings.id, id), isNull(citizenWithholdings.liftedAt)))
    .returning();
  return row;
}

// --- disputes ---------------------------------------------------------------------------------------------

/**
 * Inserts a dispute unless one exists for the same person and entry.
 *
 * @returns true when this call inserted it
 */
export async function insertDisputeOnce(db: Database, row: typeof citizenDisputes.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(citizenDisputes).values(row).onConflictDoNothing({ target: [citizenDisputes.personId, citizenDisputes.auditSeq] }).returning({ id: citizenDisputes.id });
  return inserted.length === 1;
}

/** Finds the dispute of a person on an entry. */
export async function findDispute(db: Database, personId: string, auditSeq: number): Promise<DisputeRow | undefined> {
  const [row] = await db
    .select()
    .from(citizenDisputes)
    .where(and(eq(citizenDisputes.personId, personId), eq(citizenDisputes.auditSeq, auditSeq)))
    .limit(1);
  return row;
}

/** Records the case opened for a dispute. */
export async function setDisputeCase(db: Database, id: string, caseId: string): Promise<void> {
  await db.update(citizenDisputes).set({ caseId }).where(eq(citizenDisputes.id, id));
}

/** Lists the sequence numbers a person has disputed among the given ones. */
export async function listDisputedSeqs(db: Database, personId: string, seqs: readonly number[]): Promise<Set<number>> {
  if (seqs.length === 0) return new Set();
  const rows = await db
    .select({ seq: citizenDisputes.auditSeq })
    .from(citizenDisputes)
    .where(and(eq(citizenDisputes.personId, personId), inArray(citizenDisputes.auditSeq, [...seqs])));
  return new Set(rows.map((r) => r.seq));
}
