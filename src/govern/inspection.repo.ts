/**
 * Queries of inspections, their findings, and the violation register.
 */
import { and, asc, eq, gte, inArray, lte, ne } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { inspectionFindings, inspections, violations } from './govern.schema.ts';

/** An inspection row. */
export type InspectionRow = typeof inspections.$inferSelect;
/** A finding row. */
export type FindingRow = typeof inspectionFindings.$inferSelect;
/** A violation row. */
export type ViolationRow = typeof violations.$inferSelect;

/** Inserts an inspection. */
export async function insertInspection(db: Database, row: typeof inspections.$inferInsert): Promise<InspectionRow> {
  const [out] = await db.insert(inspections).values(row).returning();
  return out!;
}

/** Finds an inspection. */
export async function findInspection(db: Database, id: string): Promise<InspectionRow | undefined> {
  const [row] = await db.select().from(inspections).where(eq(inspections.id, id)).limit(1);
  return row;
}

/** Updates an inspection. */
export async function updateInspection(db: Database, id: string, change: Partial<typeof inspections.$inferInsert>): Promise<void> {
  await db.update(inspections).set(change).where(eq(inspections.id, id));
}

/** Inspections of a year for units. */
export async function listInspections(db: Database, unitIds: readonly string[], year: number, page?: Page): Promise<InspectionRow[]> {
  if (unitIds.length === 0) return [];
  const q = db.select().from(inspections).where(and(inArray(inspections.unitId, [...unitIds]), eq(inspections.year, year))).orderBy(asc(inspections.plannedOn), asc(inspections.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}

/** Inserts a finding. */
export async function insertFinding(db: Database, row: typeof inspectionFindings.$inferInsert): Promise<FindingRow> {
  const [out] = await db.insert(inspectionFindings).values(row).returning();
  return out!;
}

/** Finds a finding (locked when `lock`). */
export async function findFinding(db: Database, id: string, lock = false): Promise<FindingRow | undefined> {
  const q = db.select().from(inspectionFindings).where(eq(inspectionFindings.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Updates a finding. */
export async function updateFinding(db: Database, id: string, change: Partial<typeof inspectionFindings.$inferInsert>): Promise<void> {
  await db.update(inspectionFindings).set(change).where(eq(inspectionFindings.id, id));
}

/** Findings of units (all, or only those not closed). */
export async function listFindings(db: Database, unitIds: readonly string[], openOnly = false, page?: Page & { technical?: boolean }): Promise<FindingRow[]> {
  if (unitIds.length === 0) return [];
  const conds = [inArray(inspectionFindings.unitId, [...unitIds])];
  if (openOnly) conds.push(ne(inspectionFindings.status, 'closed'));
  if (page?.technical !== undefined) conds.push(eq(inspectionFindings.technical, page.technical));
  const q = db.select().from(inspectionFindings).where(and(...conds)).orderBy(asc(inspectionFindings.deadline), asc(inspectionFindings.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}

/** An optional page of a list (no limit: the whole list). */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

/** Inserts a violation. */
export async function insertViolation(db: Database, row: typeof violations.$inferInsert): Promise<ViolationRow> {
  const [out] = await db.insert(violations).values(row).returning();
  return out!;
}

/** Violations of units in a period (inclusive dates). */
export async function listViolations(db: Database, unitIds: readonly string[], from: string, to: string, page?: Page): Promise<ViolationRow[]> {
  if (unitIds.length === 0) return [];
  const q = db.select().from(violations).where(and(inArray(violations.unitId, [...unitIds]), gte(violations.occurredOn, from), lte(violations.occurredOn, to))).orderBy(asc(violations.occurredOn), asc(violations.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}
