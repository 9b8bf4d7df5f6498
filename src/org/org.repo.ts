/**
 * Queries of the organisation module.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staff, units, type StaffStatus } from './org.schema.ts';
import { hrEvents } from './hr.schema.ts';

/** A unit row. */
export type Unit = typeof units.$inferSelect;
/** A staff row. */
export type Staff = typeof staff.$inferSelect;
/** Values to insert a staff record. */
export type NewStaff = typeof staff.$inferInsert;

/**
 * Inserts units that do not exist yet (idempotent).
 *
 * @param db - database or transaction
 * @param rows - units to insert
 */
export async function insertUnits(db: Database, rows: ReadonlyArray<typeof units.$inferInsert>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(units).values(rows.slice(i, i + 500)).onConflictDoNothing();
  }
}

/** Finds one unit by id. */
export async function findUnit(db: Database, id: string): Promise<Unit | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row;
}

/** Lists every unit. */
export async function listUnits(db: Database): Promise<Unit[]> {
  return db.select().from(units);
}

/**
 * Inserts staff records.
 *
 * @param db - database or transaction
 * @param rows - staff to insert
 */
export async function insertStaff(db: Database, rows: readonly NewStaff[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(staff).values(rows.slice(i, i + 500));
  }
}

/** Finds one staff record by id. */
export async function findStaff(db: Database, id: string): Promise<Staff | undefined> {
  const [row] = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
  return row;
}

/** Finds staff records by staff number. */
export async function findStaffByNumbers(db: Database, numbers: readonly string[]): Promise<Staff[]> {
  if (numbers.length === 0) return [];
  return db.select().from(staff).where(inArray(staff.staffNo, [...numbers]));
}

/**
 * Changes a staff record's unit and/or status.
 *
 * @param db - database or transaction
 * @param id - staff id
 * @param change - new unit, status, end date
 */
export async function updateStaff(
  db: Database,
  id: string,
  change: { unitId?: string; status?: StaffStatus; endedOn?: string | null; position?: string },
): Promise<void> {
  await db.update(staff).set({ ...change, updatedAt: new Date() }).where(eq(staff.id, id));
}

/**
 * Records an applied HR event (written in the transaction that applies it).
 *
 * @param db - the transaction
 * @param row - the event
 */
export async function insertHrEvent(db: Database, row: typeof hrEvents.$inferInsert): Promise<void> {
  await db.insert(hrEvents).values(row);
}

/** HR events of a staff record, oldest first. */
export async function listHrEvents(db: Database, staffId: string): Promise<Array<typeof hrEvents.$inferSelect>> {
  return db.select().from(hrEvents).where(eq(hrEvents.staffId, staffId)).orderBy(asc(hrEvents.appliedAt));
}
