/**
 * Queries of the incident-response team: members, meetings and drills.
 */
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staff } from '../org/org.schema.ts';
import { drills, teamMeetings, teamMembers } from './govern.schema.ts';
import type { Page } from './inspection.repo.ts';

/** A member row. */
export type MemberRow = typeof teamMembers.$inferSelect;
/** A meeting row. */
export type MeetingRow = typeof teamMeetings.$inferSelect;
/** A drill row. */
export type DrillRow = typeof drills.$inferSelect;

/** Adds a member. */
export async function insertMember(db: Database, row: typeof teamMembers.$inferInsert): Promise<MemberRow> {
  const [out] = await db.insert(teamMembers).values(row).returning();
  return out!;
}

/** Finds a member. */
export async function findMember(db: Database, id: string): Promise<MemberRow | undefined> {
  const [row] = await db.select().from(teamMembers).where(eq(teamMembers.id, id)).limit(1);
  return row;
}

/** Members of units. */
export async function listMembers(db: Database, unitIds: readonly string[], page?: Page): Promise<MemberRow[]> {
  if (unitIds.length === 0) return [];
  const q = db.select().from(teamMembers).where(inArray(teamMembers.unitId, [...unitIds])).orderBy(asc(teamMembers.unitId), asc(teamMembers.joinedOn), asc(teamMembers.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}

/** Staff number and name of staff records (for the members' list). */
export async function findStaffNames(db: Database, staffIds: readonly string[]): Promise<Map<string, { staffNo: string; fullName: string }>> {
  if (staffIds.length === 0) return new Map();
  const rows = await db.select({ id: staff.id, staffNo: staff.staffNo, fullName: staff.fullName }).from(staff).where(inArray(staff.id, [...new Set(staffIds)]));
  return new Map(rows.map((r) => [r.id, { staffNo: r.staffNo, fullName: r.fullName }]));
}

/** Ends a membership. */
export async function endMember(db: Database, id: string, leftOn: string): Promise<void> {
  await db.update(teamMembers).set({ leftOn }).where(eq(teamMembers.id, id));
}

/** Adds a meeting. */
export async function insertMeeting(db: Database, row: typeof teamMeetings.$inferInsert): Promise<MeetingRow> {
  const [out] = await db.insert(teamMeetings).values(row).returning();
  return out!;
}

/** Meetings of units in a period (inclusive dates). */
export async function listMeetings(db: Database, unitIds: readonly string[], from: string, to: string, page?: Page): Promise<MeetingRow[]> {
  if (unitIds.length === 0) return [];
  const q = db.select().from(teamMeetings).where(and(inArray(teamMeetings.unitId, [...unitIds]), gte(teamMeetings.heldOn, from), lte(teamMeetings.heldOn, to))).orderBy(asc(teamMeetings.heldOn), asc(teamMeetings.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}

/** Dates of the meetings of units in a period (inclusive dates; the quarterly check counts them all whatever the page). */
export async function listMeetingDates(db: Database, unitIds: readonly string[], from: string, to: string): Promise<Array<{ heldOn: string }>> {
  if (unitIds.length === 0) return [];
  return db.select({ heldOn: teamMeetings.heldOn }).from(teamMeetings).where(and(inArray(teamMeetings.unitId, [...unitIds]), gte(teamMeetings.heldOn, from), lte(teamMeetings.heldOn, to)));
}

/** Adds a drill. */
export async function insertDrill(db: Database, row: typeof drills.$inferInsert): Promise<DrillRow> {
  const [out] = await db.insert(drills).values(row).returning();
  return out!;
}

/** Finds a drill. */
export async function findDrill(db: Database, id: string): Promise<DrillRow | undefined> {
  const [row] = await db.select().from(drills).where(eq(drills.id, id)).limit(1);
  return row;
}

/** Updates a drill. */
export async function updateDrill(db: Database, id: string, change: Partial<typeof drills.$inferInsert>): Promise<void> {
  await db.update(drills).set(change).where(eq(drills.id, id));
}

/** Drills of units. */
export async function listDrills(db: Database, unitIds: readonly string[], page?: Page): Promise<DrillRow[]> {
  if (unitIds.length === 0) return [];
  const q = db.select().from(drills).where(inArray(drills.unitId, [...unitIds])).orderBy(asc(drills.heldOn), asc(drills.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}

/** Some active staff member of a unit (any one; the demo programme's team member), or undefined. */
export async function findAnyActiveStaffOf(db: Database, unitId: string): Promise<typeof staff.$inferSelect | undefined> {
  const [row] = await db.select().from(staff).where(and(inArray(staff.unitId, [unitId]), eq(staff.status, 'active'))).limit(1);
  return row;
}
