/**
 * Recertification campaigns (directive 002: VPN accounts reviewed against the work assigned; directive 000:
 * "rõ người, rõ việc, rõ trách nhiệm"): a campaign over a unit subtree lists the VPN accounts, devices, role
 * grants and assignments of its staff for each unit head with a deadline; each item is kept or revoked with a
 * reason — a revocation is carried out by the module that owns the record (auth, access) with the head as
 * actor, so its own authority checks and audit apply; VPN accounts with no active assignment behind them are
 * proposed for revocation; at the deadline, undecided items are flagged late.
 */
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { covers, isCentral, requireRole, requireUnitInScope, type Units } from './govern-scope.ts';
import { scopeOf } from './coverage-service.ts';
import type { Role } from '../actors/roles.ts';
import * as repo from './recert.repo.ts';
import { collectReviewables } from './reviewables.ts';
import type { Acting, GovernDeps, GovernPorts } from './govern.types.ts';

const HEADS: ReadonlySet<Role> = new Set<Role>(['unit_head']);
const OPENERS: ReadonlySet<Role> = new Set<Role>(['unit_head', 'central_security_admin']);

/** An item as presented. */
export interface ItemView {
  id: string;
  unitId: string;
  kind: repo.ItemRow['kind'];
  targetId: string;
  accountId: string | null;
  label: string;
  proposal: 'keep' | 'revoke' | null;
  proposalReason: string | null;
  decision: 'keep' | 'revoke' | null;
  reason: string | null;
  decidedAt: string | null;
  late: boolean;
}

/** A campaign with its result. */
export interface CampaignView {
  id: string;
  title: string;
  kinds: string[];
  unitId: string;
  deadline: string;
  status: 'open' | 'closed';
  counts: { items: number; kept: number; revoked: number; undecided: number; late: number; proposedRevocations: number };
}

const presentItem = (i: repo.ItemRow, now: Date, deadline: Date): ItemView => ({
  id: i.id,
  unitId: i.unitId,
  kind: i.kind,
  targetId: i.targetId,
  accountId: i.accountId,
  label: i.label,
  proposal: i.proposal,
  proposalReason: i.proposalReason,
  decision: i.decision,
  reason: i.reason,
  decidedAt: i.decidedAt?.toISOString() ?? null,
  late: i.flaggedLateAt !== null || (i.decision === null && now.getTime() > deadline.getTime()),
});

function presentCampaign(c: repo.CampaignRow, items: readonly repo.ItemRow[], now: Date): CampaignView {
  const v = items.map((i) => presentItem(i, now, c.deadline));
  return {
    id: c.id,
    title: c.title,
    kinds: c.kinds,
    unitId: c.unitId,
    deadline: c.deadline.toISOString(),
    status: c.status,
    counts: {
      items: v.length,
      kept: v.filter((i) => i.decision === 'keep').length,
      revoked: v.filter((i) => i.decision === 'revoke').length,
      undecided: v.filter((i) => i.decision === null).length,
      late: v.filter((i) => i.late).length,
      proposedRevocations: v.filter((i) => i.proposal === 'revoke').length,
    },
  };
}

const PORT: Record<repo.ItemRow['kind'], keyof GovernPorts> = { vpn_account: 'revokeVpnAccount', device: 'revokeDevice', role_grant: 'revokeRoleGrant', assignment: 'endAssignment' };

/**
 * Creates the recertification service.
 *
 * @param deps - database, clock, recorder, revocation ports
 * @param units - unit source
 * @returns the service
 */
export function createRecertificationService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;

  async function loadCampaign(acting: Acting, id: string): Promise<repo.CampaignRow> {
    const c = await repo.findCampaign(db, id);
    const scope = scopeOf(acting, await units(), clock.now());
    if (!c || !(scope.includes(c.unitId) || (await repo.listItems(db, id, scope)).length > 0)) throw new GovernErrors.CAMPAIGN_NOT_FOUND();
    return c;
  }

  return {
    /**
     * Opens a campaign over a unit subtree (central team, or a unit head over their unit).
     *
     * @param acting - the central team or a unit head covering the unit
     * @param input - title, kinds, unit, deadline
     * @returns the campaign
     */
    async open(acting: Acting, input: { title: string; kinds: ReadonlyArray<repo.ItemRow['kind']>; unitId: string; deadline: Date }): Promise<CampaignView> {
      const now = clock.now();
      requireRole(acting.actor, now, OPENERS);
      requireUnitInScope(acting.actor, input.unitId, await units(), now, OPENERS);
      if (input.deadline.getTime() <= now.getTime()) throw new GovernErrors.BAD_DATE(input.deadline.toISOString());
      const u = await units();
      const { items, withWork } = await collectReviewables(deps.reads.reviewables, [...u.tree.subtree(input.unitId)], new Set(input.kinds), now);
      const id = newId();
      const rows = items.map((i) => {
        const idle = i.kind === 'vpn_account' && !withWork.has(i.accountId);
        return { id: newId(), campaignId: id, unitId: i.unitId, kind: i.kind, targetId: i.targetId, accountId: i.accountId, label: i.label, proposal: idle ? ('revoke' as const) : null, proposalReason: idle ? 'Không có phân công công việc còn hiệu lực / No active assignment behind it (Chỉ thị 002)' : null };
      });
      const campaign = { id, title: input.title, kinds: [...input.kinds], unitId: input.unitId, deadline: input.deadline, createdBy: acting.actor.accountId, createdAt: now, status: 'open' as const, closedAt: null };
      return writeAudited(deps, acting, 'govern.recert.open', async (tx) => {
        await repo.insertCampaign(tx, campaign, rows);
        return { result: presentCampaign(campaign, rows.map((r) => ({ ...r, decision: null, reason: null, decidedBy: null, decidedAt: null, flaggedLateAt: null })), now), target: { type: 'govern_recert_campaign', id }, after: { unitId: input.unitId, kinds: input.kinds, items: rows.length } };
      });
    },

    /**
     * Campaigns visible to the actor.
     *
     * @param acting - a reader
     * @returns campaigns with counts
     */
    async list(acting: Acting): Promise<CampaignView[]> {
      const now = clock.now();
      const u = await units();
      const scope = scopeOf(acting, u, now);
      const all = await repo.listCampaigns(db, [...new Set(scope.flatMap((s) => u.tree.ancestors(s)))]);
      const out: CampaignView[] = [];
      for (const c of all) {
        const items = await repo.listItems(db, c.id, scope);
        if (scope.includes(c.unitId) || items.length > 0) out.push(presentCampaign(c, items, now));
      }
      return out;
    },

    /**
     * The items of a campaign the actor may see (a head: those of their units).
     *
     * @param acting - a reader
     * @param id - the campaign
     * @returns campaign and items
     */
    async items(acting: Acting, id: string): Promise<{ campaign: CampaignView; items: ItemView[] }> {
      const c = await loadCampaign(acting, id);
      const now = clock.now();
      const items = await repo.listItems(db, id, scopeOf(acting, await units(), now));
      return { campaign: presentCampaign(c, items, now), items: items.map((i) => presentItem(i, now, c.deadline)) };
    },

    /**
     * Keeps or revokes an item, with a reason. Only a head covering the item's unit decides; a revocation is
     * done by the owning module first (its checks and audit), then the decision is recorded.
     *
     * @param acting - a unit head covering the item's unit
     * @param itemId - the item
     * @param input - decision and reason
     * @returns the item
     * @throws KHIEN_GOVERN_ITEM_NOT_FOUND, KHIEN_GOVERN_ITEM_DECIDED, KHIEN_GOVERN_CAMPAIGN_CLOSED, KHIEN_GOVERN_REVOKE_FAILED
     */
    async decide(acting: Acting, itemId: string, input: { decision: 'keep' | 'revoke'; reason: string }): Promise<ItemView> {
      const now = clock.now();
      requireRole(acting.actor, now, HEADS);
      const item = await repo.findItem(db, itemId);
      if (!item || !covers(acting.actor, item.unitId, (await units()).tree, now, HEADS)) throw new GovernErrors.ITEM_NOT_FOUND();
      const c = (await repo.findCampaign(db, item.campaignId))!;
      if (c.status === 'closed') throw new GovernErrors.CAMPAIGN_CLOSED();
      if (item.decision) throw new GovernErrors.ITEM_DECIDED();
      if (input.decision === 'revoke') {
        const port = deps.ports[PORT[item.kind]] as GovernPorts['revokeVpnAccount'];
        if (!port) throw new GovernErrors.REVOKE_FAILED(item.kind);
        try {
          await port({ targetId: item.targetId, reason: `Rà soát định kỳ / Recertification: ${input.reason}`, acting });
        } catch (err) {
          // The owning module refused (authority, state): its catalogued 4xx error is the answer.
          if (typeof (err as { statusCode?: number }).statusCode === 'number' && (err as { statusCode: number }).statusCode < 500) throw err;
          throw new GovernErrors.REVOKE_FAILED(item.kind);
        }
      }
      return writeAudited(deps, acting, 'govern.recert.decide', async (tx, at) => {
        const locked = await repo.findItem(tx, itemId, true);
        if (!locked || locked.decision) throw new GovernErrors.ITEM_DECIDED();
        const change = { decision: input.decision, reason: input.reason, decidedBy: acting.actor.accountId, decidedAt: at };
        await repo.updateItem(tx, itemId, change);
        return { result: presentItem({ ...locked, ...change }, at, c.deadline), target: { type: 'govern_recert_item', id: itemId }, after: { kind: item.kind, targetId: item.targetId, decision: input.decision } };
      });
    },

    /**
     * Closes a campaign whose deadline has passed: undecided items are flagged late.
     *
     * @param acting - the central team or the head who can open it
     * @param id - the campaign
     * @returns the campaign with its result
     */
    async close(acting: Acting, id: string): Promise<CampaignView> {
      const now = clock.now();
      requireRole(acting.actor, now, OPENERS);
      const c = await loadCampaign(acting, id);
      if (!isCentral(acting.actor, now) && !covers(acting.actor, c.unitId, (await units()).tree, now, OPENERS)) throw new GovernErrors.CAMPAIGN_NOT_FOUND();
      if (c.status === 'closed') throw new GovernErrors.CAMPAIGN_CLOSED();
      // Before the deadline only a campaign with every item decided may be closed (nothing to flag late).
      if (now.getTime() < c.deadline.getTime() && (await repo.listItems(db, id)).some((i) => i.decision === null)) throw new GovernErrors.BAD_DATE(c.deadline.toISOString());
      return writeAudited(deps, acting, 'govern.recert.close', async (tx, at) => {
        const items = await repo.listItems(tx, id);
        let late = 0;
        for (const i of items) {
          if (i.decision === null && i.flaggedLateAt === null) {
            await repo.updateItem(tx, i.id, { flaggedLateAt: at });
            late++;
          }
        }
        await repo.updateCampaign(tx, id, { status: 'closed', closedAt: at });
        const after = await repo.listItems(tx, id);
        return { result: presentCampaign({ ...c, status: 'closed', closedAt: at }, after, at), target: { type: 'govern_recert_campaign', id }, after: { late } };
      });
    },
  };
}

/** The recertification service. */
export type RecertificationService = ReturnType<typeof createRecertificationService>;
