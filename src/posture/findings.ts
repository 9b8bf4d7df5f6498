/**
 * Vulnerability and malware findings (directive 001 §1 and §3): opened by hand, from files or scanner
 * reports (finding-import.ts), matched to assets by product and version, with a severity from CVSS, a
 * remediation deadline from the unit's policy, an owner, a state (open → in progress → fixed / accepted risk
 * with approver and expiry / false positive with reason) and evidence. Every change is an AdminEvent in the
 * change's transaction. A malware finding on a workstation linked to a registered device asks detection for
 * an alert about that device and its account (a port connected in `app/posture-ports.ts`).
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId } from '../platform/ids.ts';
import { findAsset, listActiveAssetsOf, type AssetRow } from './asset.repo.ts';
import type { DeviceLookup } from './assets.ts';
import * as repo from './finding.repo.ts';
import type { EvidenceRow, FindingRow, NewFindingRow } from './finding.repo.ts';
import { inTransaction, recordPostureAct, type Acting, type PostureDeps } from './posture-action.ts';
import { PostureErrors } from './posture.errors.ts';
import type { FindingSeverity, FindingState } from './posture.schema.ts';
import { requirePostureScope, requireVisibleUnit, requireWorkUnit, type PostureScope } from './posture-scope.ts';
import { DEFAULT_POLICY, remediationDeadline, sameVersion, severityOfCvss, type RemediationPolicy } from './severity.ts';

/** What detection needs to raise an alert about malware on a workstation. */
export interface MalwareAlertInput {
  readonly findingId: string;
  readonly assetId: string;
  readonly deviceId: string;
  /** The account the device is registered to. */
  readonly accountId: string;
  readonly unitId: string;
  readonly title: string;
  readonly at: Date;
}

/** Ports the findings need. */
export interface FindingPorts {
  devices(): DeviceLookup | null;
  /** Opens a detection alert (after the finding is committed). */
  raiseMalwareAlert(): ((input: MalwareAlertInput) => Promise<void>) | null;
  /** Accounts holding a live unit-head grant over a unit. */
  unitHeads(): ((unitId: string) => Promise<readonly string[]>) | null;
}

/** A finding as the API shows it. */
export interface FindingView {
  id: string;
  unitId: string;
  assetId: string | null;
  kind: 'vulnerability' | 'malware';
  title: string;
  cve: string | null;
  product: string | null;
  productVersion: string | null;
  cvss: number | null;
  severity: FindingSeverity;
  source: string;
  state: FindingState;
  ownerAccountId: string | null;
  dueAt: string;
  overdue: boolean;
  openedAt: string;
  fixedAt: string | null;
  acceptedBy: string | null;
  acceptedUntil: string | null;
  reason: string | null;
  escalatedAt: string | null;
  alertRequestedAt: string | null;
  updatedAt: string;
}

/** One finding to open. */
export interface FindingDraft {
  readonly unitId: string;
  readonly assetId?: string | null;
  readonly kind: 'vulnerability' | 'malware';
  readonly title: string;
  readonly cve?: string | null;
  readonly product?: string | null;
  readonly productVersion?: string | null;
  readonly cvss?: number | null;
  readonly severity?: FindingSeverity | null;
  readonly ownerAccountId?: string | null;
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/**
 * Presents a finding.
 *
 * @param r - the row
 * @param now - current time (overdue flag)
 * @returns the view
 */
export function presentFinding(r: FindingRow, now: Date): FindingView {
  return {
    id: r.id,
    unitId: r.unitId,
    assetId: r.assetId,
    kind: r.kind,
    title: r.title,
    cve: r.cve,
    product: r.product,
    productVersion: r.productVersion,
    cvss: r.cvss === null ? null : Number(r.cvss),
    severity: r.severity,
    source: r.source,
    state: r.state,
    ownerAccountId: r.ownerAccountId,
    dueAt: r.dueAt.toISOString(),
    overdue: (r.state === 'open' || r.state === 'in_progress') && r.dueAt.getTime() < now.getTime(),
    openedAt: r.openedAt.toISOString(),
    fixedAt: iso(r.fixedAt),
    acceptedBy: r.acceptedBy,
    acceptedUntil: iso(r.acceptedUntil),
    reason: r.reason,
    escalatedAt: iso(r.escalatedAt),
    alertRequestedAt: iso(r.alertRequestedAt),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * Presents evidence.
 *
 * @param e - the row
 * @returns the view
 */
export function presentEvidence(e: EvidenceRow): { id: string; at: string; accountId: string | null; note: string; fileName: string | null; sha256: string | null } {
  return { id: e.id, at: e.at.toISOString(), accountId: e.accountId, note: e.note, fileName: e.fileName, sha256: e.sha256 };
}

/** Allowed state changes. */
const TRANSITIONS: Readonly<Record<FindingState, readonly FindingState[]>> = {
  open: ['in_progress', 'fixed', 'accepted_risk', 'false_positive'],
  in_progress: ['open', 'fixed', 'accepted_risk', 'false_positive'],
  fixed: ['open'],
  accepted_risk: ['open'],
  false_positive: ['open'],
};

/**
 * Whether an asset runs a product at a version (installed software, or the operating system).
 *
 * @param a - the asset
 * @param product - product name
 * @param version - version (any when null)
 * @returns true when it matches
 */
export function assetRuns(a: AssetRow, product: string, version: string | null): boolean {
  const p = product.trim().toLowerCase();
  const hit = (name: string | null, v: string | null): boolean => !!name && name.trim().toLowerCase() === p && (version === null || (v !== null && sameVersion(v, version)));
  return a.software.some((s) => hit(s.product, s.version)) || hit(a.os, a.osVersion);
}

/** The findings service. */
export type FindingService = ReturnType<typeof createFindingService>;

/**
 * Creates the findings service.
 *
 * @param deps - database, clock, recorder
 * @param tree - the unit tree source
 * @param ports - devices, detection alerts, unit heads
 * @returns the service
 */
export function createFindingService(deps: PostureDeps, tree: () => Promise<UnitTree>, ports: FindingPorts) {
  const { db, clock } = deps;

  async function policyFor(t: UnitTree, unitId: string): Promise<{ policy: RemediationPolicy; definedOn: string | null }> {
    const chain = t.ancestors(unitId);
    const rows = new Map((await repo.findPolicies(db, chain)).map((p) => [p.unitId, p]));
    for (const u of chain) {
      const p = rows.get(u);
      if (p) return { policy: p, definedOn: u };
    }
    return { policy: DEFAULT_POLICY, definedOn: null };
  }

  async function loadFor(scope: PostureScope, id: string): Promise<FindingRow> {
    const row = await repo.findFinding(db, id);
    if (!row || !scope.canSee(row.unitId)) throw new PostureErrors.FINDING_NOT_FOUND();
    return row;
  }

  /**
   * Expands drafts into rows: a draft naming a product but no asset becomes one finding per matching asset
   * in the unit's subtree (or one unmatched finding when none matches).
   */
  async function expand(t: UnitTree, drafts: readonly FindingDraft[], source: NewFindingRow['source'], acting: Acting, now: Date): Promise<{ rows: NewFindingRow[]; matched: number }> {
    const rows: NewFindingRow[] = [];
    let matched = 0;
    const assetCache = new Map<string, AssetRow[]>();
    const policyCache = new Map<string, RemediationPolicy>();
    const policyOf = async (unitId: string): Promise<RemediationPolicy> => {
      let p = policyCache.get(unitId);
      if (!p) {
        p = (await policyFor(t, unitId)).policy;
        policyCache.set(unitId, p);
      }
      return p;
    };
    for (const d of drafts) {
      const severity = d.severity ?? (d.cvss !== undefined && d.cvss !== null ? severityOfCvss(d.cvss) : 'medium');
      let targets: Array<{ unitId: string; assetId: string | null }> = [{ unitId: d.unitId, assetId: d.assetId ?? null }];
      if (!d.assetId && d.product) {
        let list = assetCache.get(d.unitId);
        if (!list) {
          list = await listActiveAssetsOf(db, t.subtree(d.unitId));
          assetCache.set(d.unitId, list);
        }
        const hits = list.filter((a) => assetRuns(a, d.product!, d.productVersion ?? null));
        if (hits.length) {
          targets = hits.map((a) => ({ unitId: a.unitId, assetId: a.id }));
          matched += hits.length;
        }
      } else if (d.assetId) matched++;
      for (const target of targets) {
        rows.push({
          id: newId(),
          unitId: target.unitId,
          assetId: target.assetId,
          kind: d.kind,
          title: d.title,
          cve: d.cve ?? null,
          product: d.product?.toLowerCase() ?? null,
          productVersion: d.productVersion ?? null,
          cvss: d.cvss ?? null,
          severity,
          source,
          state: 'open',
          ownerAccountId: d.ownerAccountId ?? acting.actor?.accountId ?? null,
          dueAt: remediationDeadline(now, severity, await policyOf(target.unitId)),
          openedAt: now,
          openedBy: acting.actor?.accountId ?? null,
          updatedAt: now,
        });
      }
    }
    return { rows, matched };
  }

  /** Malware findings on workstations linked to a registered device: the alert requests to make. */
  async function malwareAlerts(rows: NewFindingRow[], now: Date): Promise<MalwareAlertInput[]> {
    const raise = ports.raiseMalwareAlert();
    const lookup = ports.devices();
    if (!raise || !lookup) return [];
    const out: MalwareAlertInput[] = [];
    for (const r of rows) {
      if (r.kind !== 'malware' || !r.assetId) continue;
      const asset = await findAsset(db, r.assetId);
      if (!asset || asset.kind !== 'workstation' || !asset.deviceId) continue;
      const device = (await lookup([asset.deviceId])).get(asset.deviceId);
      if (!device) continue;
      r.alertRequestedAt = now;
      out.push({ findingId: r.id, assetId: asset.id, deviceId: asset.deviceId, accountId: device.accountId, unitId: r.unitId, title: r.title, at: now });
    }
    return out;
  }

  /**
   * Opens findings in one transaction (each recorded), then asks for malware alerts.
   *
   * @returns the rows written
   */
  async function open(acting: Acting, drafts: readonly FindingDraft[], source: NewFindingRow['source'], how: string): Promise<{ rows: NewFindingRow[]; matched: number }> {
    const t = await tree();
    const now = clock.now();
    const { rows, matched } = await expand(t, drafts, source, acting, now);
    const alerts = await malwareAlerts(rows, now);
    await inTransaction(db, async (tx) => {
      await repo.insertFindings(tx, rows);
      for (const r of rows) {
        await recordPostureAct(deps, acting, now, {
          action: 'finding.open',
          target: { type: 'finding', id: r.id },
          after: { unitId: r.unitId, assetId: r.assetId, kind: r.kind, cve: r.cve, severity: r.severity, dueAt: r.dueAt.toISOString(), via: how },
        }, tx);
      }
    });
    const raise = ports.raiseMalwareAlert();
    for (const a of alerts) await raise?.(a);
    return { rows, matched };
  }

  return {
    policyFor,
    open,

    /**
     * Lists findings in the caller's scope.
     *
     * @param acting - the caller
     * @param f - filters
     * @returns findings, earliest deadline first
     */
    async list(acting: Acting, f: { unitId?: string; state?: string; severity?: string; kind?: string; assetId?: string; overdue?: boolean; limit: number; offset: number }): Promise<FindingView[]> {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      let unitIds: string[] | undefined;
      if (f.unitId) {
        requireVisibleUnit(scope, t, f.unitId);
        unitIds = [...t.subtree(f.unitId)];
      }
      const rows = await repo.listFindings(db, {
        units: scope.units ? [...scope.units] : null,
        unitIds,
        state: f.state,
        severity: f.severity,
        kind: f.kind,
        assetId: f.assetId,
        overdueAt: f.overdue ? now : undefined,
        limit: f.limit,
        offset: f.offset,
      });
      return rows.map((r) => presentFinding(r, now));
    },

    /**
     * Reads a finding with its evidence.
     *
     * @param acting - the caller
     * @param id - finding id
     * @returns the finding
     * @throws KHIEN_POSTURE_FINDING_NOT_FOUND (also outside the scope)
     */
    async get(acting: Acting, id: string): Promise<FindingView & { evidence: ReturnType<typeof presentEvidence>[] }> {
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, await tree(), now);
      const row = await loadFor(scope, id);
      return { ...presentFinding(row, now), evidence: (await repo.listEvidence(db, id)).map(presentEvidence) };
    },

    /**
     * Opens findings by hand (one per matching asset when a product is named without an asset).
     *
     * @param acting - a security officer over the unit
     * @param draft - the finding
     * @returns the findings opened
     */
    async create(acting: Acting, draft: FindingDraft): Promise<FindingView[]> {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      requireWorkUnit(scope, t, draft.unitId);
      if (draft.assetId) {
        const asset = await findAsset(db, draft.assetId);
        if (!asset || !t.isWithin(asset.unitId, draft.unitId) || !scope.canSee(asset.unitId)) throw new PostureErrors.ASSET_NOT_FOUND();
        draft = { ...draft, unitId: asset.unitId };
      }
      const { rows } = await open(acting, [draft], 'manual', 'manual');
      const out: FindingView[] = [];
      for (const r of rows) out.push(presentFinding((await repo.findFinding(db, r.id))!, now));
      return out;
    },

    /**
     * Moves a finding to another state.
     *
     * @param acting - a security officer over the unit (accepting a risk: the unit head, who is the approver)
     * @param id - finding id
     * @param change - target state, reason, expiry, new owner
     * @returns the finding
     * @throws KHIEN_POSTURE_BAD_TRANSITION, KHIEN_POSTURE_REASON_REQUIRED, KHIEN_POSTURE_EXPIRY_REQUIRED, KHIEN_POSTURE_HEAD_ONLY
     */
    async transition(acting: Acting, id: string, change: { to: FindingState; reason?: string; acceptedUntil?: Date; ownerAccountId?: string }): Promise<FindingView> {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      const prev = await loadFor(scope, id);
      const to = change.to;
      if (to === 'accepted_risk') {
        if (!scope.isHeadOf(prev.unitId)) throw new PostureErrors.HEAD_ONLY();
      } else if (!scope.canWork(prev.unitId)) throw new ActorErrors.FORBIDDEN();
      if (to !== prev.state && !TRANSITIONS[prev.state].includes(to)) throw new PostureErrors.BAD_TRANSITION(prev.state, to);
      if (to === prev.state && change.ownerAccountId === undefined) throw new PostureErrors.BAD_TRANSITION(prev.state, to);
      if ((to === 'false_positive' || to === 'accepted_risk') && !change.reason) throw new PostureErrors.REASON_REQUIRED();
      if (to === 'accepted_risk' && (!change.acceptedUntil || change.acceptedUntil.getTime() <= now.getTime())) throw new PostureErrors.EXPIRY_REQUIRED();
      const patch: Partial<NewFindingRow> = { state: to, updatedAt: now };
      if (change.ownerAccountId !== undefined) patch.ownerAccountId = change.ownerAccountId;
      if (to === 'fixed') patch.fixedAt = now;
      if (to === 'accepted_risk') Object.assign(patch, { acceptedBy: acting.actor!.accountId, acceptedUntil: change.acceptedUntil, reason: change.reason });
      if (to === 'false_positive') patch.reason = change.reason;
      if (to === 'open') Object.assign(patch, { fixedAt: null, acceptedBy: null, acceptedUntil: null, reason: null });
      if (to === 'in_progress' && prev.state === 'open' && !prev.ownerAccountId && change.ownerAccountId === undefined) patch.ownerAccountId = acting.actor!.accountId;
      const row = await inTransaction(db, async (tx) => {
        const out = (await repo.updateFinding(tx, id, patch))!;
        if (change.reason && to === 'fixed') await repo.insertEvidence(tx, { id: newId(), findingId: id, at: now, accountId: acting.actor!.accountId, note: change.reason });
        await recordPostureAct(deps, acting, now, {
          action: `finding.${to === prev.state ? 'reassign' : to}`,
          target: { type: 'finding', id },
          before: { state: prev.state, ownerAccountId: prev.ownerAccountId },
          after: { state: to, ownerAccountId: out.ownerAccountId, acceptedUntil: iso(out.acceptedUntil), unitId: out.unitId },
          reason: change.reason ?? null,
        }, tx);
        return out;
      });
      return presentFinding(row, now);
    },

    /**
     * Adds evidence to a finding.
     *
     * @param acting - a security officer over the unit
     * @param id - finding id
     * @param ev - note, file name and digest
     * @returns the finding with its evidence
     */
    async addEvidence(acting: Acting, id: string, ev: { note: string; fileName?: string; sha256?: string }): Promise<FindingView & { evidence: ReturnType<typeof presentEvidence>[] }> {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      const row = await loadFor(scope, id);
      if (!scope.canWork(row.unitId)) throw new ActorErrors.FORBIDDEN();
      const evId = newId();
      await inTransaction(db, async (tx) => {
        await repo.insertEvidence(tx, { id: evId, findingId: id, at: now, accountId: acting.actor!.accountId, note: ev.note, fileName: ev.fileName ?? null, sha256: ev.sha256 ?? null });
        await recordPostureAct(deps, acting, now, { action: 'finding.evidence', target: { type: 'finding', id }, after: { evidenceId: evId, sha256: ev.sha256 ?? null } }, tx);
      });
      return { ...presentFinding(row, now), evidence: (await repo.listEvidence(db, id)).map(presentEvidence) };
    },

    /**
     * The remediation policy in force for a unit.
     *
     * @param acting - the caller
     * @param unitId - the unit
     * @returns the policy and where it is defined
     */
    async getPolicy(acting: Acting, unitId: string): Promise<RemediationPolicy & { unitId: string; definedOn: string | null }> {
      const t = await tree();
      requireVisibleUnit(requirePostureScope(acting.actor, t, clock.now()), t, unitId);
      const p = await policyFor(t, unitId);
      return { unitId, definedOn: p.definedOn, criticalDays: p.policy.criticalDays, highDays: p.policy.highDays, mediumDays: p.policy.mediumDays, lowDays: p.policy.lowDays };
    },

    /**
     * Sets a unit's remediation policy (the unit head or the central team).
     *
     * @param acting - the caller
     * @param unitId - the unit
     * @param p - days per severity
     * @returns the policy
     */
    async setPolicy(acting: Acting, unitId: string, p: RemediationPolicy): Promise<RemediationPolicy & { unitId: string; definedOn: string | null }> {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      requireVisibleUnit(scope, t, unitId);
      if (!scope.isHeadOf(unitId) && !scope.central) throw new PostureErrors.HEAD_ONLY();
      const before = await policyFor(t, unitId);
      await inTransaction(db, async (tx) => {
        await repo.upsertPolicy(tx, { unitId, ...p, updatedBy: acting.actor!.accountId, updatedAt: now });
        await recordPostureAct(deps, acting, now, { action: 'policy.set', target: { type: 'unit', id: unitId }, before: before.policy, after: p }, tx);
      });
      return { unitId, definedOn: unitId, ...p };
    },

    /**
     * The periodic sweep: escalates findings past their deadline to the unit head (once each), and reopens
     * accepted risks whose acceptance has expired.
     *
     * @returns how many were escalated and reopened
     */
    async sweep(): Promise<{ escalated: number; reopened: number }> {
      const now = clock.now();
      const system: Acting = { actor: null, system: 'posture/sweep' };
      const heads = ports.unitHeads();
      let escalated = 0;
      for (const f of await repo.findUnescalatedOverdue(db, now)) {
        const to = heads ? await heads(f.unitId) : [];
        await inTransaction(db, async (tx) => {
          await repo.updateFinding(tx, f.id, { escalatedAt: now, updatedAt: now });
          await recordPostureAct(deps, system, now, {
            action: 'finding.escalate',
            target: { type: 'finding', id: f.id },
            after: { unitId: f.unitId, severity: f.severity, dueAt: f.dueAt.toISOString(), unitHeads: to },
            reason: 'overdue',
          }, tx);
        });
        escalated++;
      }
      let reopened = 0;
      for (const f of await repo.findExpiredAcceptances(db, now)) {
        await inTransaction(db, async (tx) => {
          await repo.updateFinding(tx, f.id, { state: 'open', acceptedBy: null, acceptedUntil: null, updatedAt: now, escalatedAt: null });
          await recordPostureAct(deps, system, now, { action: 'finding.open', target: { type: 'finding', id: f.id }, before: { state: 'accepted_risk', acceptedUntil: iso(f.acceptedUntil) }, after: { state: 'open' }, reason: 'acceptance_expired' }, tx);
        });
        reopened++;
      }
      return { escalated, reopened };
    },
  };
}
