/**
 * Queries of cases, their alerts, tasks, timeline and observables (STYLE.md rule 11).
 */
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { caseAlerts, caseObservables, cases, caseTasks, caseTimeline, notifications } from './respond.schema.ts';

/** A case row. */
export type CaseRow = typeof cases.$inferSelect;
/** A task row. */
export type TaskRow = typeof caseTasks.$inferSelect;
/** A timeline row. */
export type TimelineRow = typeof caseTimeline.$inferSelect;
/** An observable row. */
export type ObservableRow = typeof caseObservables.$inferSelect;
/** A linked-alert row. */
export type CaseAlertRow = typeof caseAlerts.$inferSelect;
/** A notification row. */
export type NotificationRow = typeof notifications.$inferSelect;

/** Inserts a case and returns it with its number. */
export async function insertCase(db: Database, row: Omit<typeof cases.$inferInsert, 'number'>): Promise<CaseRow> {
  const [out] = await db.insert(cases).values(row).returning();
  return out!;
}

/** Finds a case by id. */
export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  return row;
}

/** Locks a case row for update inside a transaction (serialises concurrent changes to one case). */
export async function lockCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update').limit(1);
  return row;
}

/** Filters for {@link listCases}. */
export interface CaseFilter {
  /** Only these units (the caller's scope); undefined = all. */
  readonly unitIds?: readonly string[];
  readonly status?: CaseRow['status'];
  readonly breach?: boolean;
  readonly openedSince?: Date;
  readonly limit: number;
  readonly offset: number;
}

/** Conditions of a case filter (null: no unit visible, nothing matches). */
function caseConditions(f: Omit<CaseFilter, 'limit' | 'offset'>): SQL[] | null {
  const where: SQL[] = [];
  if (f.unitIds) {
    if (f.unitIds.length === 0) return null;
    where.push(inArray(cases.unitId, [...f.unitIds]));
  }
  if (f.status) where.push(eq(cases.status, f.status));
  if (f.breach !== undefined) where.push(eq(cases.personalDataBreach, f.breach));
  if (f.openedSince) where.push(gte(cases.openedAt, f.openedSince));
  return where;
}

/** Lists cases, newest first. */
export async function listCases(db: Database, f: CaseFilter): Promise<CaseRow[]> {
  const where = caseConditions(f);
  if (!where) return [];
  return db
    .select()
    .from(cases)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(cases.openedAt), desc(cases.number))
    .limit(f.limit)
    .offset(f.offset);
}

/** How many cases match a filter (paging ignored). */
export async function countCases(db: Database, f: Omit<CaseFilter, 'limit' | 'offset'>): Promise<number> {
  const where = caseConditions(f);
  if (!where) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where.length ? and(...where) : undefined);
  return Number(row?.n ?? 0);
}

/** Cases opened or updated since a time (SOC export). */
export async function listCasesChangedSince(db: Database, since: Date, limit: number): Promise<CaseRow[]> {
  return db.select().from(cases).where(gte(cases.updatedAt, since)).orderBy(asc(cases.updatedAt)).limit(limit);
}

/** Updates columns of a case. */
export async function updateCase(db: Database, id: string, change: Partial<typeof cases.$inferInsert>): Promise<void> {
  await db.update(cases).set(change).where(eq(cases.id, id));
}

/** Deletes a case (its children cascade). */
export async function deleteCase(db: Database, id: string): Promise<void> {
  await db.delete(cases).where(eq(cases.id, id));
}

/** Links an alert to a case; returns false when the alert is already linked to some case. */
export async function linkAlert(db: Database, row: typeof caseAlerts.$inferInsert): Promise<boolean> {
  const out = await db.insert(caseAlerts).values(row).onConflictDoNothing().returning({ id: caseAlerts.alertId });
  return out.length > 0;
}

/** The case an alert is linked to, if any. */
export async function findCaseIdByAlert(db: Database, alertId: string): Promise<string | undefined> {
  const [row] = await db.select({ caseId: caseAlerts.caseId }).from(caseAlerts).where(eq(caseAlerts.alertId, alertId)).limit(1);
  return row?.caseId;
}

/** Alerts linked to the given cases. */
export async function listAlertsOfCases(db: Database, caseIds: readonly string[]): Promise<CaseAlertRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(caseAlerts).where(inArray(caseAlerts.caseId, [...caseIds])).orderBy(asc(caseAlerts.raisedAt));
}

/** Alerts raised in a window (SOC export). */
export async function listAlertsRaisedBetween(db: Database, since: Date, until: Date, limit: number): Promise<CaseAlertRow[]> {
  return db
    .select()
    .from(caseAlerts)
    .where(and(gte(caseAlerts.raisedAt, since), lt(caseAlerts.raisedAt, until)))
    .orderBy(asc(caseAlerts.raisedAt))
    .limit(limit);
}

/** Appends a timeline entry. */
export async function insertTimeline(db: Database, row: Omit<typeof caseTimeline.$inferInsert, 'seq'>): Promise<void> {
  await db.insert(caseTimeline).values(row);
}

/** The timeline of a case, oldest first. */
export async function listTimeline(db: Database, caseId: string): Promise<TimelineRow[]> {
  return db.select().from(caseTimeline).where(eq(caseTimeline.caseId, caseId)).orderBy(asc(caseTimeline.seq));
}

/** Inserts a task. */
export async function insertTask(db: Database, row: typeof caseTasks.$inferInsert): Promise<TaskRow> {
  const [out] = await db.insert(caseTasks).values(row).returning();
  return out!;
}

/** Finds a task of a case. */
export async function findTask(db: Database, caseId: string, taskId: string): Promise<TaskRow | undefined> {
  const [row] = await db
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.id, taskId)))
    .limit(1);
  return row;
}

/** Updates a task. */
export async function updateTask(db: Database, taskId: string, change: Partial<typeof caseTasks.$inferInsert>): Promise<void> {
  await db.update(caseTasks).set(change).where(eq(caseTasks.id, taskId));
}

/** Tasks of a case. */
export async function listTasks(db: Database, caseId: string): Promise<TaskRow[]> {
  return db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)).orderBy(asc(caseTasks.createdAt));
}

/** Adds an observable; returns false when it was already on the case. */
export async function insertObservable(db: Database, row: typeof caseObservables.$inferInsert): Promise<boolean> {
  const out = await db.insert(caseObservables).values(row).onConflictDoNothing().returning({ id: caseObservables.id });
  return out.length > 0;
}

/** Observables of the given cases. */
export async function listObservables(db: Database, caseIds: readonly string[]): Promise<ObservableRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseObservables)
    .where(inArray(caseObservables.caseId, [...caseIds]))
    .orderBy(asc(caseObservables.addedAt));
}

/** Counts person observables of a case (default for the number of data subjects in Form 08). */
export async function countPersonObservables(db: Database, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseObservables)
    .where(and(eq(caseObservables.caseId, caseId), eq(caseObservables.type, 'person')));
  return Number(row?.n ?? 0);
}

/** Queues a notification. */
export async function insertNotification(db: Database, row: typeof notifications.$inferInsert): Promise<void> {
  await db.insert(notifications).values(row);
}

/** Notifications for an audience, newest first. */
export async function listNotifications(
  db: Database,
  audience: NotificationRow['audience'],
  limit: number,
  accountId?: string,
): Promise<NotificationRow[]> {
  const where: SQL[] = [eq(notifications.audience, audience)];
  if (accountId) where.push(eq(notifications.accountId, accountId));
  return db.select().from(notifications).where(and(...where)).orderBy(desc(notifications.createdAt)).limit(limit);
}

/**
 * Incident figures of units (exercise cases of drills are not incidents): opened since `since`, open now, and
 * personal-data breaches opened since `since`.
 *
 * @param db - database
 * @param unitIds - the units
 * @param since - start of the period (the year, for govern's accountability figures)
 * @returns the three counts
 */
export async function countIncidents(db: Database, unitIds: readonly string[], since: Date): Promise<{ opened: number; open: number; breaches: number }> {
  const [row] = await db
    .select({
      opened: sql<number>`count(*) filter (where ${cases.openedAt} >= ${since})::int`,
      open: sql<number>`count(*) filter (where ${cases.status} <> 'closed')::int`,
      breaches: sql<number>`count(*) filter (where ${cases.personalDataBreach} and ${cases.openedAt} >= ${since})::int`,
    })
    .from(cases)
    .where(and(inArray(cases.unitId, [...unitIds]), eq(cases.exercise, false)));
  return { opened: row?.opened ?? 0, open: row?.open ?? 0, breaches: row?.breaches ?? 0 };
}
