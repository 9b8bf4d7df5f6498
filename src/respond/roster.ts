/**
 * The incident-response duty roster: security officers on duty per unit subtree by time window, and the
 * question "who is on duty for unit X now". The nearest covering unit wins (local office → provincial
 * office → agency); when nobody there is on duty, the central security team's roster answers.
 */
import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId } from '../platform/ids.ts';
import { roster } from './respond.schema.ts';
import { RespondErrors } from './respond.errors.ts';

/** A roster row. */
export type RosterRow = typeof roster.$inferSelect;

/** One duty window to add. */
export interface NewDuty {
  readonly unitId: string;
  readonly accountId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly primary?: boolean;
  readonly createdBy: string | null;
}

/**
 * Inserts a duty window.
 *
 * @param db - database or transaction
 * @param duty - the window
 * @param now - creation time
 * @returns the row
 * @throws KHIEN_RESPOND_BAD_ROSTER_WINDOW when it ends before it starts
 */
export async function insertDuty(db: Database, duty: NewDuty, now: Date): Promise<RosterRow> {
  if (duty.endsAt.getTime() <= duty.startsAt.getTime()) throw new RespondErrors.BAD_ROSTER_WINDOW();
  const [row] = await db
    .insert(roster)
    .values({
      id: newId(),
      unitId: duty.unitId,
      accountId: duty.accountId,
      startsAt: duty.startsAt,
      endsAt: duty.endsAt,
      primary: duty.primary ?? true,
      createdBy: duty.createdBy,
      createdAt: now,
    })
    .returning();
  return row!;
}

/**
 * Lists duty windows of some units overlapping a period.
 *
 * @param db - database
 * @param unitIds - units
 * @param from - period start
 * @param to - period end
 * @returns rows, by start
 */
export async function listDuties(db: Database, unitIds: readonly string[], from: Date, to: Date): Promise<RosterRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .select()
    .from(roster)
    .where(and(inArray(roster.unitId, [...unitIds]), lte(roster.startsAt, to), gt(roster.endsAt, from)))
    .orderBy(asc(roster.startsAt));
}

/** Deletes one duty window. */
export async function deleteDuty(db: Database, id: string): Promise<RosterRow | undefined> {
  const [row] = await db.delete(roster).where(eq(roster.id, id)).returning();
  return row;
}

/** Finds a duty window. */
export async function findDuty(db: Database, id: string): Promise<RosterRow | undefined> {
  const [row] = await db.select().from(roster).where(eq(roster.id, id)).limit(1);
  return row;
}

/** Who is on duty, and through which roster unit. */
export interface OnDuty {
  readonly accountId: string;
  readonly rosterUnitId: string;
  readonly primary: boolean;
  readonly endsAt: Date;
}

/**
 * Picks the officers on duty for a unit from candidate rows (pure; exported for tests).
 *
 * @param rows - duty rows live at `now` for the unit's ancestors and the central unit
 * @param ancestors - unit first, then up to the root
 * @param centralUnitId - fallback roster unit
 * @returns officers of the nearest covering unit, primaries first
 */
export function pickOnDuty(rows: readonly RosterRow[], ancestors: readonly string[], centralUnitId: string): OnDuty[] {
  const order = [...ancestors, ...(ancestors.includes(centralUnitId) ? [] : [centralUnitId])];
  for (const unitId of order) {
    const here = rows.filter((r) => r.unitId === unitId);
    if (here.length === 0) continue;
    return here
      .sort((a, b) => Number(b.primary) - Number(a.primary) || a.endsAt.getTime() - b.endsAt.getTime())
      .map((r) => ({ accountId: r.accountId, rosterUnitId: r.unitId, primary: r.primary, endsAt: r.endsAt }));
  }
  return [];
}

/**
 * Who is on duty for a unit now.
 *
 * @param db - database
 * @param tree - unit tree
 * @param unitId - the unit
 * @param now - the time
 * @param centralUnitId - the central security team's unit (fallback)
 * @returns officers on duty, primaries first; empty when nobody is
 */
export async function findOnDuty(
  db: Database,
  tree: UnitTree,
  unitId: string,
  now: Date,
  centralUnitId: string,
): Promise<OnDuty[]> {
  const ancestors = tree.ancestors(unitId);
  const units = [...new Set([...ancestors, centralUnitId])];
  const rows = await db
    .select()
    .from(roster)
    .where(and(inArray(roster.unitId, units), lte(roster.startsAt, now), gt(roster.endsAt, now)));
  return pickOnDuty(rows, ancestors, centralUnitId);
}
