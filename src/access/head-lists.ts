/**
 * The lists a unit head works from (issue 12, unit head): the assignments of the unit's staff, the export
 * requests filed from the unit, the break-glass uses awaiting review — each scoped to the subtree of the
 * caller's `unit_head` grants, paged and filtered on the server, with staff numbers and names instead of ids.
 * The requester's own export list is here too. Reading a list is not an act on personal data: nothing is
 * recorded; every decision taken from a list goes through the module's recorded services.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import type { AccessContext } from './access-context.ts';
import type { AssignmentRow, BreakGlassRow, ExportRequestRow } from './access.repo.ts';
import { listReviewable } from './break-glass.ts';
import { listAssignmentsOfUnits, listExportRequests, namesOfAccounts, type AccountName } from './head-lists.repo.ts';

/** A page of rows with the names of the accounts they mention. */
export interface NamedPage<T> {
  readonly rows: readonly T[];
  readonly total: number;
  readonly names: ReadonlyMap<string, AccountName>;
}

/**
 * The units under the caller's grants of the given roles (each grant's subtree).
 *
 * @param ctx - access context
 * @param actor - the caller
 * @param roles - roles whose units count
 * @returns unit ids
 */
export async function unitsUnder(ctx: AccessContext, actor: StaffActor, roles: readonly Role[] = ['unit_head']): Promise<string[]> {
  const tree = await ctx.unitTree();
  const out = new Set<string>();
  for (const r of actor.roles) if (roles.includes(r.role)) for (const u of tree.subtree(r.unitId)) out.add(u);
  return [...out];
}

/**
 * The unit's assignments (current versions), soonest ending first.
 *
 * @param ctx - access context
 * @param actor - the unit head
 * @param q - assignee, status, `endingWithinDays`, page
 * @returns the page with assignee and signer names
 */
export async function listUnitAssignments(
  ctx: AccessContext,
  actor: StaffActor,
  q: { assigneeAccountId?: string; status?: 'active' | 'expired' | 'ended'; endingWithinDays?: number; limit: number; offset: number },
): Promise<NamedPage<AssignmentRow>> {
  const at = ctx.clock.now();
  const units = await unitsUnder(ctx, actor);
  const endingBefore = q.endingWithinDays === undefined ? undefined : new Date(at.getTime() + q.endingWithinDays * 86_400_000);
  const { rows, total } = await listAssignmentsOfUnits(ctx.db, { units, assigneeAccountId: q.assigneeAccountId, status: q.status, endingBefore, at, limit: q.limit, offset: q.offset });
  return { rows, total, names: await namesOfAccounts(ctx.db, rows.flatMap((r) => [r.assigneeAccountId, r.signerAccountId])) };
}

/**
 * Export requests: the caller's own (`mine`), or those filed from the units the caller heads (`unit`).
 *
 * @param ctx - access context
 * @param actor - the caller
 * @param q - whose, status, page
 * @returns the page with requester and approver names
 */
export async function listExports(
  ctx: AccessContext,
  actor: StaffActor,
  q: { scope: 'mine' | 'unit'; status?: ExportRequestRow['status']; limit: number; offset: number },
): Promise<NamedPage<ExportRequestRow>> {
  const filter = q.scope === 'mine' ? { requesterAccountId: actor.accountId } : { units: await unitsUnder(ctx, actor) };
  const { rows, total } = await listExportRequests(ctx.db, { ...filter, status: q.status, limit: q.limit, offset: q.offset });
  return { rows, total, names: await namesOfAccounts(ctx.db, rows.flatMap((r) => (r.approverAccountId ? [r.requesterAccountId, r.approverAccountId] : [r.requesterAccountId]))) };
}

/**
 * Break-glass uses awaiting the caller's review, with the grantees' names.
 *
 * @param ctx - access context
 * @param actor - the reviewer
 * @returns the grants, oldest first
 */
export async function listReviewableNamed(ctx: AccessContext, actor: StaffActor): Promise<NamedPage<BreakGlassRow>> {
  const rows = await listReviewable(ctx, actor);
  return { rows, total: rows.length, names: await namesOfAccounts(ctx.db, rows.map((r) => r.accountId)) };
}
