/**
 * Queries behind the unit head's lists (assignments of the unit's staff, export requests, names of accounts):
 * paged and filtered in the database, scoped to a set of units (the caller's unit subtree).
 */
import { and, asc, count, desc, eq, gt, inArray, lte, ne, type SQL } from 'drizzle-orm';
import { accounts } from '../auth/auth.schema.ts';
import type { Database } from '../db/client.ts';
import { staff } from '../org/org.schema.ts';
import type { AssignmentRow, ExportRequestRow } from './access.repo.ts';
import { assignments, exportRequests } from './access.schema.ts';

/** An account's staff number and name. */
export interface AccountName {
  readonly username: string;
  readonly fullName: string;
}

/** Filter of the unit's assignments. */
export interface AssignmentFilter {
  readonly units: readonly string[];
  readonly assigneeAccountId?: string;
  /** `active` (in force now), `expired` (past its validity), `ended` (revoked or ended); superseded versions are never listed. */
  readonly status?: 'active' | 'expired' | 'ended';
  /** Active assignments ending before this instant. */
  readonly endingBefore?: Date;
  /** Now, to tell active assignments from those past their validity. */
  readonly at: Date;
  readonly limit: number;
  readonly offset: number;
}

/**
 * The current version of each assignment whose assignee works in one of the units, soonest ending first.
 *
 * @param db - database
 * @param f - units, filters and page
 * @returns the page and the total
 */
export async function listAssignmentsOfUnits(db: Database, f: AssignmentFilter): Promise<{ rows: AssignmentRow[]; total: number }> {
  if (f.units.length === 0) return { rows: [], total: 0 };
  const conds: SQL[] = [inArray(staff.unitId, [...f.units]), ne(assignments.status, 'superseded')];
  if (f.assigneeAccountId) conds.push(eq(assignments.assigneeAccountId, f.assigneeAccountId));
  if (f.status === 'active') conds.push(eq(assignments.status, 'active'), gt(assignments.validUntil, f.at));
  if (f.status === 'expired') conds.push(eq(assignments.status, 'active'), lte(assignments.validUntil, f.at));
  if (f.status === 'ended') conds.push(ne(assignments.status, 'active'));
  if (f.endingBefore) conds.push(eq(assignments.status, 'active'), gt(assignments.validUntil, f.at), lte(assignments.validUntil, f.endingBefore));
  const where = and(...conds);
  const rows = await db
    .select()
    .from(assignments)
    .innerJoin(accounts, eq(accounts.id, assignments.assigneeAccountId))
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .where(where).orderBy(asc(assignments.validUntil), asc(assignments.id)).limit(f.limit).offset(f.offset);
  const [total] = await db
    .select({ n: count() })
    .from(assignments)
    .innerJoin(accounts, eq(accounts.id, assignments.assigneeAccountId))
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .where(where);
  return { rows: rows.map((r) => r.access_assignments), total: total?.n ?? 0 };
}

/** Filter of export requests. */
export interface ExportFilter {
  /** Requests of this account (the requester's own list). */
  readonly requesterAccountId?: string;
  /** Requests filed from one of these units (the head's list). */
  readonly units?: readonly string[];
  readonly status?: ExportRequestRow['status'];
  readonly limit: number;
  readonly offset: number;
}

/**
 * Export requests, newest first.
 *
 * @param db - database
 * @param f - whose, status and page
 * @returns the page and the total
 */
export async function listExportRequests(db: Database, f: ExportFilter): Promise<{ rows: ExportRequestRow[]; total: number }> {
  const conds: SQL[] = [];
  if (f.requesterAccountId) conds.push(eq(exportRequests.requesterAccountId, f.requesterAccountId));
  if (f.units) {
    if (f.units.length === 0) return { rows: [], total: 0 };
    conds.push(inArray(exportRequests.requesterUnitId, [...f.units]));
  }
  if (f.status) conds.push(eq(exportRequests.status, f.status));
  const where = and(...conds);
  const rows = await db.select().from(exportRequests).where(where).orderBy(desc(exportRequests.createdAt), asc(exportRequests.id)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(exportRequests).where(where);
  return { rows, total: total?.n ?? 0 };
}

/**
 * Staff numbers and names of accounts.
 *
 * @param db - database
 * @param ids - account ids
 * @returns id → name (unknown ids left out)
 */
export async function namesOfAccounts(db: Database, ids: readonly string[]): Promise<Map<string, AccountName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: accounts.id, username: accounts.username, fullName: staff.fullName })
    .from(accounts)
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .where(inArray(accounts.id, unique));
  return new Map(rows.map((r) => [r.id, { username: r.username, fullName: r.fullName }]));
}
