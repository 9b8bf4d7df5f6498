/**
 * Keeps the in-memory grant index in step with the database: a full reload at start and then periodically
 * (catching changes made by other processes and restoring anything a rolled-back HR transaction removed).
 */
import type { DataCategory } from '../events/types.ts';
import type { AccessContext } from './access-context.ts';
import {
  listAgreements,
  listApprovedExports,
  listConfiguredPurposes,
  listLiveAssignments,
  listLiveBreakGlass,
  type AgreementRow,
  type BreakGlassRow,
  type ExportRequestRow,
} from './access.repo.ts';
import type { IndexedAgreement, IndexedBreakGlass, IndexedExportRequest } from './decision-types.ts';
import { indexAssignment, type GrantSnapshot } from './grant-store.ts';

/** Indexed form of a break-glass grant. */
export function indexBreakGlass(r: BreakGlassRow): IndexedBreakGlass {
  return Object.freeze({ id: r.id, accountId: r.accountId, personId: r.personId, purpose: r.purpose, expiresAt: r.expiresAt.getTime() });
}

/** Indexed form of an agreement. */
export function indexAgreement(r: AgreementRow): IndexedAgreement {
  return Object.freeze({
    id: r.id,
    purpose: r.purpose,
    categories: new Set(r.categories as DataCategory[]),
    validFrom: r.validFrom.getTime(),
    validUntil: r.validUntil.getTime(),
    revoked: r.revokedAt !== null,
    dailyRecordLimit: r.dailyRecordLimit,
  });
}

/** Indexed form of an approved export request. */
export function indexExportRequest(r: ExportRequestRow): IndexedExportRequest {
  return Object.freeze({
    id: r.id,
    requesterAccountId: r.requesterAccountId,
    purpose: r.purpose,
    approved: r.status === 'approved',
    personIds: new Set(r.personIds),
    categories: new Set(r.categories as DataCategory[]),
    expiresAt: r.downloadExpiresAt?.getTime() ?? 0,
  });
}

/**
 * Loads a complete snapshot of live grants.
 *
 * @param ctx - access context
 * @returns the snapshot
 */
export async function loadGrantSnapshot(ctx: AccessContext): Promise<GrantSnapshot> {
  const at = ctx.clock.now();
  const [assignments, breakGlass, agreements, exports, purposes] = await Promise.all([
    listLiveAssignments(ctx.db, at),
    listLiveBreakGlass(ctx.db, at),
    listAgreements(ctx.db),
    listApprovedExports(ctx.db, at),
    listConfiguredPurposes(ctx.db),
  ]);
  return {
    assignments: assignments.map(indexAssignment),
    breakGlass: breakGlass.map(indexBreakGlass),
    agreements: agreements.map(indexAgreement),
    exportRequests: exports.map(indexExportRequest),
    purposes: purposes.filter((p) => p.active).map((p) => p.code),
  };
}

/**
 * Reloads the whole index from the database.
 *
 * @param ctx - access context
 */
export async function reloadGrants(ctx: AccessContext): Promise<void> {
  const since = ctx.store.mark();
  const snapshot = await loadGrantSnapshot(ctx);
  ctx.store.replaceAll(snapshot, since);
  ctx.resetUnitTree();
}
