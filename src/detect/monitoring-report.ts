/**
 * The monitoring report a unit head answers for (issue 13 item 6): for one unit subtree and period, the
 * alerts by severity, the warnings the unit verified (by conclusion of the latest report), the abnormal
 * accounts (accounts with alerts not dismissed as false positives), the overdue reviews (alerts triaged after
 * their target time, or still open past it) and the suspensions. Readers: security officers and unit heads
 * of that subtree, the central team for any unit.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import { and, gte, inArray, lt } from 'drizzle-orm';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Database } from '../db/client.ts';
import { listUnits } from '../org/org.repo.ts';
import { unitsVisibleTo } from '../org/visible-units.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { countVerified } from './alert-work.ts';
import { alerts } from './detect.schema.ts';
import type { Severity } from './rule.ts';
import { SECURITY_ROLES, type AnyActor } from './security-scope.ts';
import type { VerificationConclusion } from './verification.schema.ts';

/** Roles that read the monitoring report. */
export const REPORT_ROLES: ReadonlySet<string> = new Set([...SECURITY_ROLES, 'unit_head']);

/** The report's figures. */
export interface MonitoringReport {
  unit: { id: string; name: string };
  from: string;
  to: string;
  generatedAt: string;
  alerts: { total: number; bySeverity: Record<Severity, number>; byStatus: Record<string, number> };
  verified: { total: number; byConclusion: Record<VerificationConclusion, number>; unverified: number };
  abnormalAccounts: { total: number; top: Array<{ accountId: string; username: string | null; unitId: string | null; alerts: number; highest: Severity }> };
  overdueReviews: { total: number; stillOpen: number; lateTriaged: number };
  suspensions: { total: number; byStatus: Record<string, number> };
}

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * The units a caller may report on (null = every unit).
 *
 * @param actor - the request's actor
 * @param tree - the unit tree
 * @param now - current time (grant validity)
 * @returns the visible units
 * @throws KHIEN_AUTH_UNAUTHENTICATED, KHIEN_AUTH_FORBIDDEN
 */
export function reportScope(actor: AnyActor, tree: UnitTree, now: Date): { actor: StaffActor; units: ReadonlySet<string> | null } {
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  if (actor.type !== 'staff') throw new ActorErrors.FORBIDDEN();
  const staff = actor as StaffActor;
  const visible = unitsVisibleTo(staff, REPORT_ROLES, tree, now);
  if (visible.grants.length === 0) throw new ActorErrors.FORBIDDEN();
  if (visible.all) return { actor: staff, units: null };
  return { actor: staff, units: visible.units };
}

/**
 * Builds the report.
 *
 * @param db - database
 * @param tree - the unit tree
 * @param unitId - the unit (its subtree is reported)
 * @param from - start (inclusive)
 * @param to - end (exclusive)
 * @param now - reference time (overdue, generation time)
 * @param usernames - account ids → staff numbers (a port; empty when unknown)
 * @returns the figures
 */
export async function buildMonitoringReport(
  db: Database,
  tree: UnitTree,
  unitId: string,
  from: Date,
  to: Date,
  now: Date,
  usernames: (ids: readonly string[]) => Promise<Map<string, string>>,
): Promise<MonitoringReport> {
  const subtree = [...tree.subtree(unitId)];
  const unit = (await listUnits(db)).find((u) => u.id === unitId);
  const rows = await db
    .select({
      id: alerts.id, severity: alerts.severity, status: alerts.status, accountId: alerts.accountId, unitId: alerts.unitId,
      dueAt: alerts.dueAt, triagedAt: alerts.triagedAt, suspensionStatus: alerts.suspensionStatus,
    })
    .from(alerts)
    .where(and(inArray(alerts.unitId, subtree), gte(alerts.createdAt, from), lt(alerts.createdAt, to)))
    .limit(100_000);
  const bySeverity: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const byStatus: Record<string, number> = {};
  const accountsSeen = new Map<string, { unitId: string | null; alerts: number; highest: Severity }>();
  let stillOpen = 0;
  let lateTriaged = 0;
  const suspensions: Record<string, number> = {};
  for (const a of rows) {
    bySeverity[a.severity]++;
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    if (a.accountId && a.status !== 'false_positive') {
      const e = accountsSeen.get(a.accountId) ?? { unitId: a.unitId, alerts: 0, highest: a.severity };
      e.alerts++;
      if (RANK[a.severity] > RANK[e.highest]) e.highest = a.severity;
      accountsSeen.set(a.accountId, e);
    }
    if ((a.status === 'new' || a.status === 'acknowledged') && a.dueAt.getTime() < now.getTime()) stillOpen++;
    else if (a.triagedAt && a.triagedAt.getTime() > a.dueAt.getTime()) lateTriaged++;
    if (a.suspensionStatus) suspensions[a.suspensionStatus] = (suspensions[a.suspensionStatus] ?? 0) + 1;
  }
  const verified = await countVerified(db, { units: subtree, includeUnitless: false }, from, to);
  const top = [...accountsSeen.entries()].sort((x, y) => RANK[y[1].highest] - RANK[x[1].highest] || y[1].alerts - x[1].alerts).slice(0, 20);
  const names = await usernames(top.map(([id]) => id));
  return {
    unit: { id: unitId, name: unit?.name ?? unitId },
    from: from.toISOString(),
    to: to.toISOString(),
    generatedAt: now.toISOString(),
    alerts: { total: rows.length, bySeverity, byStatus },
    verified: { ...verified, unverified: Math.max(0, rows.filter((a) => a.status !== 'false_positive').length - verified.total) },
    abnormalAccounts: { total: accountsSeen.size, top: top.map(([accountId, e]) => ({ accountId, username: names.get(accountId) ?? null, unitId: e.unitId, alerts: e.alerts, highest: e.highest })) },
    overdueReviews: { total: stillOpen + lateTriaged, stillOpen, lateTriaged },
    suspensions: { total: Object.values(suspensions).reduce((x, y) => x + y, 0), byStatus: suspensions },
  };
}
