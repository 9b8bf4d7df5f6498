/**
 * Monitoring view data: alert counts by severity, unit and rule over time buckets; the ten riskiest
 * accounts; alerts still open past their target time.
 *
 * Risk score of an account (documented in docs/DETECTION.md): the sum over its alerts in the period that
 * were not dismissed as false positives of `weight(severity) × (1 + log2(count)) × 0.5^(ageDays / 7)`,
 * with weights low 1, medium 5, high 15, critical 40 — so that one decoy read outweighs a week of off-hours
 * reads, repeats add less than new findings, and last week's alerts count half as much as today's.
 */
import type { Database } from '../db/client.ts';
import { alertsInRange, listAlerts, type AlertFilter, type AlertRow } from './detect.repo.ts';
import type { Severity } from './rule.ts';
import { itemAt } from '../platform/arrays.ts';

/** Severity weights of the risk score. */
export const RISK_WEIGHTS: Readonly<Record<Severity, number>> = { low: 1, medium: 5, high: 15, critical: 40 };
/** Half-life of an alert's contribution, in days. */
export const RISK_HALF_LIFE_DAYS = 7;

/** One time bucket. */
export interface SummaryBucket {
  start: string;
  total: number;
  bySeverity: Record<Severity, number>;
  byUnit: Record<string, number>;
  byRule: Record<string, number>;
}

/** The monitoring summary. */
export interface MonitoringSummary {
  from: string;
  to: string;
  bucket: 'hour' | 'day';
  totals: { alerts: number; bySeverity: Record<Severity, number>; byStatus: Record<string, number> };
  buckets: SummaryBucket[];
  riskiestAccounts: Array<{ accountId: string; unitId: string | null; score: number; alerts: number; topRule: string }>;
  overdue: Array<{ id: string; ruleId: string; severity: Severity; unitId: string | null; accountId: string | null; dueAt: string; minutesOverdue: number }>;
  /** True when the period held more alerts than were summarised. */
  truncated: boolean;
}

const zero = (): Record<Severity, number> => ({ low: 0, medium: 0, high: 0, critical: 0 });

/**
 * Computes the risk score of alerts.
 *
 * @param rows - alerts
 * @param now - reference time
 * @returns accounts by descending score (top `limit`)
 */
export function rankAccounts(rows: readonly AlertRow[], now: Date, limit = 10): MonitoringSummary['riskiestAccounts'] {
  const acc = new Map<string, { unitId: string | null; score: number; alerts: number; rules: Map<string, number> }>();
  for (const a of rows) {
    if (!a.accountId || a.status === 'false_positive') continue;
    const ageDays = Math.max(0, (now.getTime() - a.lastEventAt.getTime()) / 86_400_000);
    const s = RISK_WEIGHTS[a.severity] * (1 + Math.log2(Math.max(1, a.count))) * 0.5 ** (ageDays / RISK_HALF_LIFE_DAYS);
    const e = acc.get(a.accountId) ?? { unitId: a.unitId, score: 0, alerts: 0, rules: new Map<string, number>() };
    e.score += s;
    e.alerts++;
    e.rules.set(a.ruleId, (e.rules.get(a.ruleId) ?? 0) + s);
    acc.set(a.accountId, e);
  }
  return [...acc.entries()]
    .map(([accountId, e]) => ({
      accountId,
      unitId: e.unitId,
      score: Math.round(e.score * 10) / 10,
      alerts: e.alerts,
      topRule: itemAt([...e.rules.entries()].sort((x, y) => y[1] - x[1]), 0)[0],
    }))
    .sort((a, b) => b.score - a.score || a.accountId.localeCompare(b.accountId))
    .slice(0, limit);
}

/**
 * Builds the summary.
 *
 * @param db - database
 * @param scope - the caller's visible units
 * @param range - period and bucket size
 * @param now - reference time for overdue and risk decay
 * @returns the summary
 */
export async function buildMonitoringSummary(
  db: Database,
  scope: AlertFilter['scope'],
  range: { from: Date; to: Date; bucket: 'hour' | 'day' },
  now: Date,
): Promise<MonitoringSummary> {
  const cap = 50_000;
  const rows = await alertsInRange(db, scope, range.from, range.to, cap);
  const size = range.bucket === 'hour' ? 3_600_000 : 86_400_000;
  // Day buckets follow Vietnam's calendar day (UTC+7).
  const shift = range.bucket === 'day' ? 7 * 3_600_000 : 0;
  const buckets = new Map<number, SummaryBucket>();
  const totals = { alerts: rows.length, bySeverity: zero(), byStatus: {} as Record<string, number> };
  for (const a of rows) {
    const k = Math.floor((a.createdAt.getTime() + shift) / size) * size - shift;
    let b = buckets.get(k);
    if (!b) {
      b = { start: new Date(k).toISOString(), total: 0, bySeverity: zero(), byUnit: {}, byRule: {} };
      buckets.set(k, b);
    }
    b.total++;
    b.bySeverity[a.severity]++;
    const unit = a.unitId ?? '(none)';
    b.byUnit[unit] = (b.byUnit[unit] ?? 0) + 1;
    b.byRule[a.ruleId] = (b.byRule[a.ruleId] ?? 0) + 1;
    totals.bySeverity[a.severity]++;
    totals.byStatus[a.status] = (totals.byStatus[a.status] ?? 0) + 1;
  }
  const overdue = await listAlerts(db, { scope, overdueAt: now }, 100, 0);
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    bucket: range.bucket,
    totals,
    buckets: [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b),
    riskiestAccounts: rankAccounts(rows, now),
    overdue: overdue.rows.map((a) => ({
      id: a.id,
      ruleId: a.ruleId,
      severity: a.severity,
      unitId: a.unitId,
      accountId: a.accountId,
      dueAt: a.dueAt.toISOString(),
      minutesOverdue: Math.floor((now.getTime() - a.dueAt.getTime()) / 60_000),
    })),
    truncated: rows.length >= cap,
  };
}
