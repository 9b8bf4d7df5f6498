/**
 * Break-glass access (truy cập khẩn cấp; anchors row 3c): a staff member whom no assignment covers opens ONE
 * record for a short time with a written justification and a listed reason. The use is flagged in every access
 * event (`grant.type = 'break_glass'`), notifies the staff member's unit head and provincial security officer,
 * and must be reviewed within 24 hours; an overdue review produces a `break_glass.overdue` admin event that the
 * detectors turn into an alert.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import { listUnits } from '../org/org.repo.ts';
import { newId } from '../platform/ids.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessContext } from './access-context.ts';
import { buildAccessEvent, buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import {
  findBreakGlass,
  insertBreakGlass,
  insertNotifications,
  listOverdueBreakGlass,
  listUnreviewedBreakGlass,
  markBreakGlassOverdueReported,
  reviewBreakGlass,
  type BreakGlassRow,
} from './access.repo.ts';
import { indexBreakGlass } from './grant-sync.ts';
import { findPersonIds, loadSubjectFacts, type SearchKey } from '../registry/registry.repo.ts';
import { authorityOver } from './signer-authority.ts';
import { runInTransaction } from '../db/tx-context.ts';
import { itemAt } from '../platform/arrays.ts';

/** Reasons a break-glass may be opened for. */
export const BREAK_GLASS_REASONS = [
  'citizen_at_counter',
  'medical_emergency',
  'urgent_benefit_payment',
  'assignment_pending',
  'system_incident',
  'other',
] as const;
/** One break-glass reason. */
export type BreakGlassReason = (typeof BREAK_GLASS_REASONS)[number];

/** Vietnamese and English names of the reasons. */
export const BREAK_GLASS_REASON_NAMES: Readonly<Record<BreakGlassReason, { vi: string; en: string }>> = {
  citizen_at_counter: { vi: 'Người tham gia đang chờ tại quầy', en: 'Insured person waiting at the counter' },
  medical_emergency: { vi: 'Cấp cứu, khám chữa bệnh khẩn cấp', en: 'Medical emergency' },
  urgent_benefit_payment: { vi: 'Chi trả chế độ khẩn cấp', en: 'Urgent benefit payment' },
  assignment_pending: { vi: 'Phân công đang chờ ký', en: 'Assignment awaiting signature' },
  system_incident: { vi: 'Sự cố hệ thống', en: 'System incident' },
  other: { vi: 'Lý do khác (ghi rõ)', en: 'Other (explain)' },
};

/** The record a break-glass is asked for: its id, or exactly one identifier. */
export interface BreakGlassTarget {
  readonly personId?: string;
  readonly personalId?: string;
  readonly socialInsuranceNo?: string;
  readonly cardCode?: string;
}

/**
 * The person id of a break-glass target. An identifier that matches nobody gives an id that matches nobody
 * either, so the refusal that follows is the same not-found as for any other record.
 *
 * @param ctx - access context
 * @param target - id or one identifier
 * @returns the person id
 * @throws AccessErrors.SEARCH_CRITERIA unless exactly one of them is given
 */
export async function resolveBreakGlassTarget(ctx: AccessContext, target: BreakGlassTarget): Promise<string> {
  const keys: SearchKey[] = [];
  if (target.personalId !== undefined) keys.push({ by: 'personal_id', value: target.personalId });
  if (target.socialInsuranceNo !== undefined) keys.push({ by: 'social_insurance_no', value: target.socialInsuranceNo });
  if (target.cardCode !== undefined) keys.push({ by: 'card_code', value: target.cardCode });
  if (keys.length + (target.personId === undefined ? 0 : 1) !== 1) throw new AccessErrors.SEARCH_CRITERIA();
  if (target.personId !== undefined) return target.personId;
  return (await findPersonIds(ctx.db, itemAt(keys, 0), 1))[0] ?? '00000000-0000-0000-0000-000000000000';
}

/** What opening a break-glass asks for. */
export interface BreakGlassRequest {
  readonly personId: string;
  readonly purpose: string;
  readonly reason: BreakGlassReason;
  readonly justification: string;
}

/** The unit whose security officer is notified: the provincial office above the unit, else the agency root. */
async function securityUnitOf(ctx: AccessContext, unitId: string): Promise<string> {
  const tree = await ctx.unitTree();
  const units = new Map((await listUnits(ctx.db)).map((u) => [u.id, u]));
  for (const id of tree.ancestors(unitId)) if (units.get(id)?.kind === 'province') return id;
  const root = tree.ancestors(unitId).at(-1);
  return root ?? unitId;
}

/**
 * Opens a break-glass grant on one record.
 *
 * @param ctx - access context
 * @param caller - the staff member
 * @param req - person, purpose, reason and justification
 * @returns the stored grant
 * @throws AccessErrors.NOT_FOUND when the person does not exist; BREAK_GLASS_NOT_NEEDED when an assignment
 *   covers the record; FORBIDDEN when the account may not read personal data at all (role, MFA, device)
 */
export async function openBreakGlass(ctx: AccessContext, caller: AccessCaller & { actor: StaffActor }, req: BreakGlassRequest): Promise<BreakGlassRow> {
  const now = ctx.clock.now();
  if (!ctx.store.isPurpose(req.purpose)) throw new AccessErrors.UNKNOWN_PURPOSE();
  const facts = (await loadSubjectFacts(ctx.db, [req.personId])).get(req.personId);
  if (!facts) throw new AccessErrors.NOT_FOUND();
  const d = ctx.decide(caller.actor, 'view', { kind: 'record', record: 'person', subject: facts }, req.purpose);
  if (d.outcome === 'allow') throw new AccessErrors.BREAK_GLASS_NOT_NEEDED();
  const gated = ['DENY_NO_PERSONAL_DATA_ROLE', 'DENY_MFA_REQUIRED', 'DENY_DEVICE_NOT_REGISTERED', 'DENY_PASSWORD_CHANGE_REQUIRED'];
  if (gated.includes(d.reason)) {
    await recordOrRefuse(ctx.recorder(), buildAccessEvent(caller, d, { action: 'view', resource: 'person', subjects: [req.personId], fields: [], returns: [], purpose: req.purpose, justification: req.justification }, now));
    throw new ActorErrors.FORBIDDEN();
  }
  const actor = caller.actor;
  const securityUnit = await securityUnitOf(ctx, actor.unitId);
  const row = await runInTransaction(ctx.db, async (tx) => {
    const grant = await insertBreakGlass(tx, {
      id: newId(),
      accountId: actor.accountId,
      personId: req.personId,
      purpose: req.purpose,
      reason: req.reason,
      justification: req.justification,
      unitId: actor.unitId,
      provinceCode: actor.provinceCode,
      grantedAt: now,
      expiresAt: new Date(now.getTime() + ctx.settings.breakGlassMinutes * 60_000),
      reviewDueAt: new Date(now.getTime() + ctx.settings.breakGlassReviewHours * 3_600_000),
    });
    await insertNotifications(tx, [
      { id: newId(), recipientRole: 'unit_head', recipientUnitId: actor.unitId, kind: 'break_glass.opened', refId: grant.id, createdAt: now },
      { id: newId(), recipientRole: 'security_officer', recipientUnitId: securityUnit, kind: 'break_glass.opened', refId: grant.id, createdAt: now },
    ]);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'break_glass.open', { type: 'break_glass', id: grant.id }, {
      after: { personId: req.personId, purpose: req.purpose, reason: req.reason, expiresAt: grant.expiresAt.toISOString(), reviewDueAt: grant.reviewDueAt.toISOString() },
      reason: req.justification,
    }, now), tx);
    return grant;
  });
  ctx.store.putBreakGlass(indexBreakGlass(row));
  return row;
}

/**
 * Reviews a break-glass use. Reviewers are unit heads or security officers with authority over the unit the
 * grantee belonged to, never the grantee. The review also ends any remaining time of the grant.
 *
 * @param ctx - access context
 * @param caller - the reviewer
 * @param id - the grant
 * @param review - outcome and note
 * @returns the reviewed grant
 */
export async function reviewBreakGlassUse(
  ctx: AccessContext,
  caller: AccessCaller & { actor: StaffActor },
  id: string,
  review: { outcome: 'justified' | 'unjustified'; note: string },
): Promise<BreakGlassRow> {
  const grant = await findBreakGlass(ctx.db, id);
  if (!grant || grant.accountId === caller.actor.accountId) throw new AccessErrors.BREAK_GLASS_NOT_FOUND();
  const authority = await authorityOver(ctx, caller.actor.accountId, grant.unitId, ['unit_head', 'security_officer']);
  if (!authority.covers) throw new AccessErrors.BREAK_GLASS_NOT_FOUND();
  const now = ctx.clock.now();
  const row = await runInTransaction(ctx.db, async (tx) => {
    const reviewed = await reviewBreakGlass(tx, id, { by: caller.actor.accountId, at: now, outcome: review.outcome, note: review.note });
    if (!reviewed) throw new AccessErrors.BREAK_GLASS_REVIEWED();
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'break_glass.review', { type: 'break_glass', id }, {
      after: { outcome: review.outcome, grantee: grant.accountId, overdue: now >= grant.reviewDueAt },
      reason: review.note,
    }, now), tx);
    return reviewed;
  });
  ctx.store.removeBreakGlass(id);
  return row;
}

/**
 * Lists unreviewed break-glass uses the caller may review.
 *
 * @param ctx - access context
 * @param actor - the reviewer
 * @returns the grants, oldest first
 */
export async function listReviewable(ctx: AccessContext, actor: StaffActor): Promise<BreakGlassRow[]> {
  const tree = await ctx.unitTree();
  const roots = actor.roles.filter((r) => r.role === 'unit_head' || r.role === 'security_officer').map((r) => r.unitId);
  if (roots.length === 0) return [];
  const rows = await listUnreviewedBreakGlass(ctx.db, 500);
  return rows.filter((g) => g.accountId !== actor.accountId && roots.some((root) => tree.isWithin(g.unitId, root)));
}

/**
 * Reports every unreviewed break-glass past its deadline once, as a `break_glass.overdue` admin event.
 *
 * @param ctx - access context
 * @returns how many were reported
 */
export async function sweepOverdueBreakGlass(ctx: AccessContext): Promise<number> {
  const now = ctx.clock.now();
  let n = 0;
  for (const g of await listOverdueBreakGlass(ctx.db, now)) {
    await runInTransaction(ctx.db, async (tx) => {
      if (!(await markBreakGlassOverdueReported(tx, g.id, now))) return;
      await ctx.recorder().record(buildAdminEvent(null, 'break_glass.overdue', { type: 'break_glass', id: g.id }, {
        after: { grantee: g.accountId, unitId: g.unitId, provinceCode: g.provinceCode, grantedAt: g.grantedAt.toISOString(), reviewDueAt: g.reviewDueAt.toISOString() },
        reason: 'review overdue',
        outcome: 'failure',
      }, now), tx);
      n += 1;
    });
  }
  return n;
}
