/**
 * Queries of the action-plan register (tasks, per-unit progress) and of the programme's reports.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { planTasks, programmeReports, taskProgress } from './govern.schema.ts';

/** A task row. */
export type TaskRow = typeof planTasks.$inferSelect;
/** A progress row. */
export type ProgressRow = typeof taskProgress.$inferSelect;
/** A report row. */
export type ReportRow = typeof programmeReports.$inferSelect;

/** Every task, by code. */
export async function listTasks(db: Database): Promise<TaskRow[]> {
  return db.select().from(planTasks).orderBy(asc(planTasks.code));
}

/** Finds a task. */
export async function findTask(db: Database, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(planTasks).where(eq(planTasks.id, id)).limit(1);
  return row;
}

/** Progress rows of units. */
export async function listProgress(db: Database, unitIds: readonly string[]): Promise<ProgressRow[]> {
  if (unitIds.length === 0) return [];
  return db.select().from(taskProgress).where(inArray(taskProgress.unitId, [...unitIds]));
}

/** Sets a unit's status and evidence of a task. */
export async function upsertProgress(db: Database, row: typeof taskProgress.$inferInsert): Promise<ProgressRow> {
  const [out] = await db
    .insert(taskProgress)
    .values(row)
    .onConflictDoUpdate({ target: [taskProgress.taskId, taskProgress.unitId], set: { status: row.status, evidence: row.evidence, updatedBy: row.updatedBy, updatedAt: row.updatedAt } })
    .returning();
  return out!;
}

/** Finds a report (locked when `lock`). */
export async function findReport(db: Database, id: string, lock = false): Promise<ReportRow | undefined> {
  const q = db.select().from(programmeReports).where(eq(programmeReports.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The report of a unit, kind and year. */
export async function findReportOf(db: Database, unitId: string, kind: ReportRow['kind'], year: number): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(programmeReports).where(and(eq(programmeReports.unitId, unitId), eq(programmeReports.kind, kind), eq(programmeReports.year, year))).limit(1);
  return row;
}

/** Inserts a report. */
export async function insertReport(db: Database, row: typeof programmeReports.$inferInsert): Promise<ReportRow> {
  const [out] = await db.insert(programmeReports).values(row).returning();
  return out!;
}

/** Updates a report. */
export async function updateReport(db: Database, id: string, change: Partial<typeof programmeReports.$inferInsert>): Promise<void> {
  await db.update(programmeReports).set(change).where(eq(programmeReports.id, id));
}

/** Reports of units for a year (and kind). */
export async function listReports(db: Database, unitIds: readonly string[], year: number, kind?: ReportRow['kind']): Promise<ReportRow[]> {
  if (unitIds.length === 0) return [];
  const conds = [inArray(programmeReports.unitId, [...unitIds]), eq(programmeReports.year, year)];
  if (kind) conds.push(eq(programmeReports.kind, kind));
  return db.select().from(programmeReports).where(and(...conds)).orderBy(asc(programmeReports.unitId));
}
