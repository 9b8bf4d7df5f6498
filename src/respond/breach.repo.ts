/**
 * Queries of the personal-data breach record: the clock, escalations, submission and notices.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { breachEscalations, breachNotices, breaches, blockedAddresses } from './respond.schema.ts';

/** A breach row. */
export type BreachRow = typeof breaches.$inferSelect;
/** A notice row. */
export type NoticeRow = typeof breachNotices.$inferSelect;

/** Inserts the breach record of a case. */
export async function insertBreach(db: Database, row: typeof breaches.$inferInsert): Promise<void> {
  await db.insert(breaches).values(row);
}

/** Finds the breach record of a case. */
export async function findBreach(db: Database, caseId: string): Promise<BreachRow | undefined> {
  const [row] = await db.select().from(breaches).where(eq(breaches.caseId, caseId)).limit(1);
  return row;
}

/** Updates the breach record of a case. */
export async function updateBreach(db: Database, caseId: string, change: Partial<typeof breaches.$inferInsert>): Promise<void> {
  await db.update(breaches).set(change).where(eq(breaches.caseId, caseId));
}

/** Breaches whose clock still runs (not yet submitted). */
export async function listRunningBreaches(db: Database): Promise<BreachRow[]> {
  return db.select().from(breaches).where(isNull(breaches.clockStoppedAt)).orderBy(asc(breaches.detectedAt));
}

/**
 * Records an escalation once.
 *
 * @returns true when this call recorded it, false when it already existed (idempotent sweep)
 */
export async function insertEscalation(db: Database, caseId: string, thresholdHours: number, at: Date): Promise<boolean> {
  const out = await db
    .insert(breachEscalations)
    .values({ caseId, thresholdHours, at })
    .onConflictDoNothing()
    .returning({ h: breachEscalations.thresholdHours });
  return out.length > 0;
}

/** Escalations of a case. */
export async function listEscalations(db: Database, caseId: string): Promise<Array<{ thresholdHours: number; at: Date }>> {
  return db
    .select({ thresholdHours: breachEscalations.thresholdHours, at: breachEscalations.at })
    .from(breachEscalations)
    .where(eq(breachEscalations.caseId, caseId))
    .orderBy(asc(breachEscalations.thresholdHours));
}

/** Adds notices (one per person; existing ones are kept). Returns the number added. */
export async function insertNotices(db: Database, rows: ReadonlyArray<typeof breachNotices.$inferInsert>): Promise<number> {
  if (rows.length === 0) return 0;
  const out = await db.insert(breachNotices).values([...rows]).onConflictDoNothing().returning({ id: breachNotices.id });
  return out.length;
}

/** Notices of a case. */
export async function listNotices(db: Database, caseId: string): Promise<NoticeRow[]> {
  return db.select().from(breachNotices).where(eq(breachNotices.caseId, caseId)).orderBy(asc(breachNotices.createdAt), asc(breachNotices.id));
}

/** Finds a notice of a case. */
export async function findNotice(db: Database, caseId: string, id: string): Promise<NoticeRow | undefined> {
  const [row] = await db
    .select()
    .from(breachNotices)
    .where(and(eq(breachNotices.caseId, caseId), eq(breachNotices.id, id)))
    .limit(1);
  return row;
}

/** Updates a notice. */
export async function updateNotice(db: Database, id: string, change: Partial<typeof breachNotices.$inferInsert>): Promise<void> {
  await db.update(breachNotices).set(change).where(eq(breachNotices.id, id));
}

/** Blocks an address (or extends an existing block). */
export async function upsertBlockedAddress(db: Database, row: typeof blockedAddresses.$inferInsert): Promise<void> {
  await db
    .insert(blockedAddresses)
    .values(row)
    .onConflictDoUpdate({
      target: blockedAddresses.address,
      set: { caseId: row.caseId, blockedAt: row.blockedAt, blockedUntil: row.blockedUntil, blockedBy: row.blockedBy },
    });
}

/**
 * Whether an address is blocked at a time (for the HTTP layer to refuse requests from it).
 *
 * @param db - database
 * @param address - IP address as the server sees it
 * @param now - current time
 * @returns true when a live block exists
 */
export async function isAddressBlocked(db: Database, address: string, now: Date): Promise<boolean> {
  const [row] = await db.select().from(blockedAddresses).where(eq(blockedAddresses.address, address)).limit(1);
  return !!row && (row.blockedUntil === null || row.blockedUntil.getTime() > now.getTime());
}

/**
 * Addresses blocked now (for the in-memory block list of the HTTP layer).
 *
 * @param db - database
 * @param now - current time
 * @returns blocked addresses
 */
export async function listBlockedAddresses(db: Database, now: Date): Promise<string[]> {
  const rows = await db.select().from(blockedAddresses);
  return rows.filter((r) => r.blockedUntil === null || r.blockedUntil.getTime() > now.getTime()).map((r) => r.address);
}
