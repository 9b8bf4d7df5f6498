/**
 * Queries of findings, their evidence and the units' remediation policies.
 */
import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { findingEvidence, findings, policies } from './posture.schema.ts';

/** A finding row. */
export type FindingRow = typeof findings.$inferSelect;
/** A new finding row. */
export type NewFindingRow = typeof findings.$inferInsert;
/** An evidence row. */
export type EvidenceRow = typeof findingEvidence.$inferSelect;
/** A policy row. */
export type PolicyRow = typeof policies.$inferSelect;

/** Filters of {@link listFindings}. */
export interface FindingFilter {
  readonly units: readonly string[] | null;
  readonly unitIds?: readonly string[];
  readonly state?: string;
  readonly severity?: string;
  readonly kind?: string;
  readonly assetId?: string;
  /** Only open or in-progress findings past their deadline at this time. */
  readonly overdueAt?: Date;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Lists findings, most urgent first.
 *
 * @param db - database
 * @param f - filter
 * @returns rows
 */
export async function listFindings(db: Database, f: FindingFilter): Promise<FindingRow[]> {
  const conds: SQL[] = [];
  if (f.units !== null) conds.push(f.units.length ? inArray(findings.unitId, [...f.units]) : sql`false`);
  if (f.unitIds) conds.push(f.unitIds.length ? inArray(findings.unitId, [...f.unitIds]) : sql`false`);
  if (f.state) conds.push(eq(findings.state, f.state as FindingRow['state']));
  if (f.severity) conds.push(eq(findings.severity, f.severity as FindingRow['severity']));
  if (f.kind) conds.push(eq(findings.kind, f.kind as FindingRow['kind']));
  if (f.assetId) conds.push(eq(findings.assetId, f.assetId));
  if (f.overdueAt) conds.push(inArray(findings.state, ['open', 'in_progress']), lt(findings.dueAt, f.overdueAt));
  return db.select().from(findings).where(conds.length ? and(...conds) : undefined).orderBy(asc(findings.dueAt), desc(findings.openedAt)).limit(f.limit).offset(f.offset);
}

/**
 * Finds one finding.
 *
 * @param db - database
 * @param id - finding id
 * @returns the row or undefined
 */
export async function findFinding(db: Database, id: string): Promise<FindingRow | undefined> {
  return (await db.select().from(findings).where(eq(findings.id, id)).limit(1))[0];
}

/**
 * Inserts findings.
 *
 * @param db - database (a transaction)
 * @param rows - rows
 */
export async function insertFindings(db: Database, rows: readonly NewFindingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(findings).values(rows.slice(i, i + 500));
}

/**
 * Updates a finding.
 *
 * @param db - database (a transaction)
 * @param id - finding id
 * @param patch - changed columns
 * @returns the row
 */
export async function updateFinding(db: Database, id: string, patch: Partial<NewFindingRow>): Promise<FindingRow | undefined> {
  return (await db.update(findings).set(patch).where(eq(findings.id, id)).returning())[0];
}

/**
 * Open or in-progress findings past their deadline that have not been escalated yet.
 *
 * @param db - database
 * @param at - now
 * @param limit - batch size
 * @returns rows
 */
export async function findUnescalatedOverdue(db: Database, at: Date, limit = 500): Promise<FindingRow[]> {
  return db
    .select()
    .from(findings)
    .where(and(inArray(findings.state, ['open', 'in_progress']), lt(findings.dueAt, at), isNull(findings.escalatedAt)))
    .orderBy(asc(findings.dueAt))
    .limit(limit);
}

/**
 * Accepted risks whose acceptance has expired.
 *
 * @param db - database
 * @param at - now
 * @returns rows
 */
export async function findExpiredAcceptances(db: Database, at: Date): Promise<FindingRow[]> {
  return db.select().from(findings).where(and(eq(findings.state, 'accepted_risk'), lt(findings.acceptedUntil, at))).limit(500);
}

/**
 * Evidence of a finding.
 *
 * @param db - database
 * @param findingId - finding id
 * @returns rows, oldest first
 */
export async function listEvidence(db: Database, findingId: string): Promise<EvidenceRow[]> {
  return db.select().from(findingEvidence).where(eq(findingEvidence.findingId, findingId)).orderBy(asc(findingEvidence.at));
}

/**
 * Adds evidence.
 *
 * @param db - database (a transaction)
 * @param row - the evidence
 */
export async function insertEvidence(db: Database, row: typeof findingEvidence.$inferInsert): Promise<void> {
  await db.insert(findingEvidence).values(row);
}

/**
 * Policies of the given units.
 *
 * @param db - database
 * @param unitIds - units (a unit and its ancestors)
 * @returns rows
 */
export async function findPolicies(db: Database, unitIds: readonly string[]): Promise<PolicyRow[]> {
  if (unitIds.length === 0) return [];
  return db.select().from(policies).where(inArray(policies.unitId, [...unitIds]));
}

/**
 * Sets a unit's policy.
 *
 * @param db - database (a transaction)
 * @param row - the policy
 */
export async function upsertPolicy(db: Database, row: typeof policies.$inferInsert): Promise<void> {
  await db.insert(policies).values(row).onConflictDoUpdate({ target: policies.unitId, set: { ...row } });
}
