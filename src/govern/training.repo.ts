/**
 * Queries of training: courses, attendance, and the active staff of units (org's staff table; govern → org).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staff } from '../org/org.schema.ts';
import { attendance, courses } from './govern.schema.ts';

/** A course row. */
export type CourseRow = typeof courses.$inferSelect;

/** Every course. */
export async function listCourses(db: Database): Promise<CourseRow[]> {
  return db.select().from(courses).orderBy(asc(courses.code));
}

/** Inserts a course; false when the code is taken. */
export async function insertCourse(db: Database, row: typeof courses.$inferInsert): Promise<boolean> {
  const out = await db.insert(courses).values(row).onConflictDoNothing().returning({ id: courses.id });
  return out.length === 1;
}

/** Inserts attendance rows (duplicates of the same course, person and day are skipped); returns how many were new. */
export async function insertAttendance(db: Database, rows: ReadonlyArray<typeof attendance.$inferInsert>): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const out = await db.insert(attendance).values(rows.slice(i, i + 500)).onConflictDoNothing().returning({ id: attendance.id });
    n += out.length;
  }
  return n;
}

/** Attendance of staff. */
export async function listAttendance(db: Database, staffIds: readonly string[]): Promise<Array<{ courseId: string; staffId: string; attendedOn: string }>> {
  if (staffIds.length === 0) return [];
  const out: Array<{ courseId: string; staffId: string; attendedOn: string }> = [];
  for (let i = 0; i < staffIds.length; i += 5000) {
    out.push(...(await db.select({ courseId: attendance.courseId, staffId: attendance.staffId, attendedOn: attendance.attendedOn }).from(attendance).where(inArray(attendance.staffId, staffIds.slice(i, i + 5000)))));
  }
  return out;
}

/** Active staff of units, by staff number (their roles are auth's: see active-staff.ts). */
export async function listActiveStaff(db: Database, unitIds: readonly string[]): Promise<Array<{ id: string; staffNo: string; fullName: string; unitId: string }>> {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: staff.id, staffNo: staff.staffNo, fullName: staff.fullName, unitId: staff.unitId })
    .from(staff)
    .where(and(inArray(staff.unitId, [...unitIds]), eq(staff.status, 'active')))
    .orderBy(asc(staff.staffNo));
}

/** Ids of the active staff of a unit (the demo programme's attendance). */
export async function listActiveStaffIds(db: Database, unitId: string): Promise<Array<{ id: string }>> {
  return db.select({ id: staff.id }).from(staff).where(and(inArray(staff.unitId, [unitId]), eq(staff.status, 'active')));
}

/** Active staff by staff number (for imports). */
export async function findActiveStaffByNumbers(db: Database, numbers: readonly string[]): Promise<Map<string, { id: string; unitId: string }>> {
  const out = new Map<string, { id: string; unitId: string }>();
  for (let i = 0; i < numbers.length; i += 5000) {
    const rows = await db.select({ id: staff.id, staffNo: staff.staffNo, unitId: staff.unitId }).from(staff).where(and(inArray(staff.staffNo, numbers.slice(i, i + 5000)), eq(staff.status, 'active')));
    for (const r of rows) out.set(r.staffNo, { id: r.id, unitId: r.unitId });
  }
  return out;
}
