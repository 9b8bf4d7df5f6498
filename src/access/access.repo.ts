/**
 * Queries of the access module (STYLE.md rules 11, 14): small, intent-named, one purpose each.
 */
import { and, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import {
  accessNotifications,
  accessPurposes,
  agreementUsage,
  apiKeys,
  assignments,
  breakGlassGrants,
  exportRequests,
  sharingAgreements,
} from './access.schema.ts';

/** A stored assignment version. */
export type AssignmentRow = typeof assignments.$inferSelect;
/** A stored break-glass grant. */
export type BreakGlassRow = typeof breakGlassGrants.$inferSelect;
/** A stored export request. */
export type ExportRequestRow = typeof exportRequests.$inferSelect;
/** A stored agreement. */
export type AgreementRow = typeof sharingAgreements.$inferSelect;
/** A stored API key. */
export type ApiKeyRow = typeof apiKeys.$inferSelect;
/** A stored notification. */
export type NotificationRow = typeof accessNotifications.$inferSelect;
/** A configured purpose. */
export type PurposeRow = typeof accessPurposes.$inferSelect;

/** Inserts an assignment version. */
export async function insertAssignmentVersion(db: Database, row: typeof assignments.$inferInsert): Promise<AssignmentRow> {
  const [out] = await db.insert(assignments).values(row).returning();
  return out!;
}

/** The active version of an assignment (locked for update when in a transaction). */
export async function findActiveVersionForUpdate(db: Database, assignmentId: string): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.assignmentId, assignmentId), eq(assignments.status, 'active')))
    .for('update')
    .limit(1);
  return row;
}

/** Every version of an assignment, newest first. */
export async function listAssignmentVersions(db: Database, assignmentId: string): Promise<AssignmentRow[]> {
  return db.select().from(assignments).where(eq(assignments.assignmentId, assignmentId)).orderBy(desc(assignments.version));
}

/** Active assignment versions of an account. */
export async function listActiveAssignmentsOf(db: Database, accountId: string): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.assigneeAccountId, accountId), eq(assignments.status, 'active')))
    .orderBy(desc(assignments.createdAt));
}

/** Active assignment versions of accounts, still valid at `at` (recertification: who has work behind their access). */
export async function listActiveAssignmentsOfAccounts(
  db: Database,
  accountIds: readonly string[],
  at: Date,
): Promise<Array<{ assignmentId: string; accountId: string; purpose: string; documentNo: string }>> {
  if (accountIds.length === 0) return [];
  return db
    .select({ assignmentId: assignments.assignmentId, accountId: assignments.assigneeAccountId, purpose: assignments.purpose, documentNo: assignments.documentNo })
    .from(assignments)
    .where(and(inArray(assignments.assigneeAccountId, [...accountIds]), eq(assignments.status, 'active'), gt(assignments.validUntil, at)));
}

/** Marks an active version as ended (superseded, revoked or ended by HR). */
export async function closeAssignmentVersion(
  db: Database,
  id: string,
  status: 'superseded' | 'revoked' | 'ended',
  at: Date,
  by: string | null,
  reason: string | null,
): Promise<void> {
  await db
    .update(assignments)
    .set({ status, endedAt: at, endedBy: by, endReason: reason })
    .where(and(eq(assignments.id, id), eq(assignments.status, 'active')));
}

/**
 * Ends every active assignment of an account (HR transfer or exit).
 *
 * @returns the versions ended
 */
export async function endAssignmentsOfAccount(db: Database, accountId: string, at: Date, reason: string): Promise<AssignmentRow[]> {
  return db
    .update(assignments)
    .set({ status: 'ended', endedAt: at, endReason: reason })
    .where(and(eq(assignments.assigneeAccountId, accountId), eq(assignments.status, 'active')))
    .returning();
}

/** Every active, not yet expired assignment version (index reload). */
export async function listLiveAssignments(db: Database, at: Date): Promise<AssignmentRow[]> {
  return db.select().from(assignments).where(and(eq(assignments.status, 'active'), gt(assignments.validUntil, at)));
}

/** Inserts a break-glass grant. */
export async function insertBreakGlass(db: Database, row: typeof breakGlassGrants.$inferInsert): Promise<BreakGlassRow> {
  const [out] = await db.insert(breakGlassGrants).values(row).returning();
  return out!;
}

/** Finds a break-glass grant. */
export async function findBreakGlass(db: Database, id: string): Promise<BreakGlassRow | undefined> {
  const [row] = await db.select().from(breakGlassGrants).where(eq(breakGlassGrants.id, id)).limit(1);
  return row;
}

/** Live break-glass grants (index reload). */
export async function listLiveBreakGlass(db: Database, at: Date): Promise<BreakGlassRow[]> {
  return db.select().from(breakGlassGrants).where(and(isNull(breakGlassGrants.revokedAt), gt(breakGlassGrants.expiresAt, at)));
}

/** Unreviewed grants, oldest first. */
export async function listUnreviewedBreakGlass(db: Database, limit: number): Promise<BreakGlassRow[]> {
  return db.select().from(breakGlassGrants).where(isNull(breakGlassGrants.reviewedAt)).orderBy(breakGlassGrants.grantedAt).limit(limit);
}

/** Unreviewed grants past their review deadline not yet reported. */
export async function listOverdueBreakGlass(db: Database, at: Date): Promise<BreakGlassRow[]> {
  return db
    .select()
    .from(breakGlassGrants)
    .where(and(isNull(breakGlassGrants.reviewedAt), isNull(breakGlassGrants.overdueReportedAt), lte(breakGlassGrants.reviewDueAt, at)));
}

/** Marks a grant's overdue state as reported (once). */
export async function markBreakGlassOverdueReported(db: Database, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(breakGlassGrants)
    .set({ overdueReportedAt: at })
    .where(and(eq(breakGlassGrants.id, id), isNull(breakGlassGrants.overdueReportedAt)))
    .returning({ id: breakGlassGrants.id });
  return rows.length === 1;
}

/** Records the review of a grant (only if not yet reviewed). */
export async function reviewBreakGlass(
  db: Database,
  id: string,
  review: { by: string; at: Date; outcome: 'justified' | 'unjustified'; note: string },
): Promise<BreakGlassRow | undefined> {
  const [row] = await db
    .update(breakGlassGrants)
    .set({ reviewedAt: review.at, reviewedBy: review.by, reviewOutcome: review.outcome, reviewNote: review.note, revokedAt: sql`coalesce(${breakGlassGrants.revokedAt}, ${review.at})` })
    .where(and(eq(breakGlassGrants.id, id), isNull(breakGlassGrants.reviewedAt)))
    .returning();
  return row;
}

/** Ends every live break-glass grant of an account (HR exit). */
export async function revokeBreakGlassOfAccount(db: Database, accountId: string, at: Date): Promise<void> {
  await db.update(breakGlassGrants).set({ revokedAt: at }).where(and(eq(breakGlassGrants.accountId, accountId), isNull(breakGlassGrants.revokedAt)));
}

/** Inserts notifications. */
export async function insertNotifications(db: Database, rows: Array<typeof accessNotifications.$inferInsert>): Promise<void> {
  if (rows.length) await db.insert(accessNotifications).values(rows);
}

/** Notifications addressed to an account or to one of its (role, unit) pairs, newest first. */
export async function listNotificationsFor(
  db: Database,
  accountId: string,
  roleUnits: ReadonlyArray<{ role: string; unitId: string }>,
  limit: number,
): Promise<NotificationRow[]> {
  const conds = [eq(accessNotifications.recipientAccountId, accountId)];
  for (const r of roleUnits) conds.push(and(eq(accessNotifications.recipientRole, r.role), eq(accessNotifications.recipientUnitId, r.unitId))!);
  return db.select().from(accessNotifications).where(or(...conds)).orderBy(desc(accessNotifications.createdAt)).limit(limit);
}

/** Configured purposes. */
export async function listConfiguredPurposes(db: Database): Promise<PurposeRow[]> {
  return db.select().from(accessPurposes).orderBy(accessPurposes.code);
}

/** Adds a configured purpose. */
export async function insertPurpose(db: Database, row: typeof accessPurposes.$inferInsert): Promise<void> {
  await db.insert(accessPurposes).values(row);
}

/** Inserts an export request. */
export async function insertExportRequest(db: Database, row: typeof exportRequests.$inferInsert): Promise<ExportRequestRow> {
  const [out] = await db.insert(exportRequests).values(row).returning();
  return out!;
}

/** Finds an export request (locked when in a transaction). */
export async function findExportRequestForUpdate(db: Database, id: string): Promise<ExportRequestRow | undefined> {
  const [row] = await db.select().from(exportRequests).where(eq(exportRequests.id, id)).for('update').limit(1);
  return row;
}

/** Updates an export request. */
export async function updateExportRequest(db: Database, id: string, set: Partial<typeof exportRequests.$inferInsert>): Promise<void> {
  await db.update(exportRequests).set(set).where(eq(exportRequests.id, id));
}

/** Approved, not yet downloaded requests (index reload). */
export async function listApprovedExports(db: Database, at: Date): Promise<ExportRequestRow[]> {
  return db.select().from(exportRequests).where(and(eq(exportRequests.status, 'approved'), gt(exportRequests.downloadExpiresAt, at)));
}

/** Every export request (canary identification). */
export async function listExportCanaries(db: Database): Promise<Array<Pick<ExportRequestRow, 'id' | 'requestNo' | 'canary' | 'recipientName' | 'requesterAccountId' | 'createdAt'>>> {
  return db
    .select({ id: exportRequests.id, requestNo: exportRequests.requestNo, canary: exportRequests.canary, recipientName: exportRequests.recipientName, requesterAccountId: exportRequests.requesterAccountId, createdAt: exportRequests.createdAt })
    .from(exportRequests);
}

/** Inserts an agreement. */
export async function insertAgreement(db: Database, row: typeof sharingAgreements.$inferInsert): Promise<AgreementRow> {
  const [out] = await db.insert(sharingAgreements).values(row).returning();
  return out!;
}

/** Finds an agreement. */
export async function findAgreement(db: Database, id: string): Promise<AgreementRow | undefined> {
  const [row] = await db.select().from(sharingAgreements).where(eq(sharingAgreements.id, id)).limit(1);
  return row;
}

/** Every agreement (index reload). */
export async function listAgreements(db: Database): Promise<AgreementRow[]> {
  return db.select().from(sharingAgreements).orderBy(sharingAgreements.organisation);
}

/** Revokes an agreement. */
export async function revokeAgreement(db: Database, id: string, at: Date): Promise<void> {
  await db.update(sharingAgreements).set({ revokedAt: at }).where(and(eq(sharingAgreements.id, id), isNull(sharingAgreements.revokedAt)));
}

/** Inserts an API key. */
export async function insertApiKey(db: Database, row: typeof apiKeys.$inferInsert): Promise<void> {
  await db.insert(apiKeys).values(row);
}

/** Finds an API key by its public prefix. */
export async function findApiKeyByPrefix(db: Database, prefix: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix)).limit(1);
  return row;
}

/** Finds an API key by id (locked when in a transaction). */
export async function findApiKeyForUpdate(db: Database, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update').limit(1);
  return row;
}

/** Keys of an agreement. */
export async function listApiKeys(db: Database, agreementId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.agreementId, agreementId)).orderBy(desc(apiKeys.createdAt));
}

/** Revokes a key, optionally naming its replacement. */
export async function revokeApiKey(db: Database, id: string, at: Date, replacedBy: string | null): Promise<void> {
  await db.update(apiKeys).set({ revokedAt: at, replacedBy }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
}

/**
 * Adds `records` to the agreement's count for `day` unless that would pass `limit`.
 *
 * @returns true when counted, false when the cap would be exceeded (nothing counted)
 */
export async function addAgreementUsage(db: Database, agreementId: string, day: string, records: number, limit: number): Promise<boolean> {
  await db.insert(agreementUsage).values({ agreementId, day, records: 0 }).onConflictDoNothing();
  const rows = await db
    .update(agreementUsage)
    .set({ records: sql`${agreementUsage.records} + ${records}` })
    .where(and(eq(agreementUsage.agreementId, agreementId), eq(agreementUsage.day, day), lte(sql`${agreementUsage.records} + ${records}`, limit)))
    .returning({ records: agreementUsage.records });
  return rows.length === 1;
}
