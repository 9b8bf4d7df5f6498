/**
 * The security dashboard's figures beyond the monitoring summary: reads per hour against the usual curve,
 * auto-suspensions, ingestion sources and their last event (a source silent for longer than
 * {@link SILENT_AFTER_MS} is itself a warning), cases by state and breaches with their time left. Figures of
 * other modules (audit entries, cases) come through {@link DashboardPorts}, supplied by the composition root.
 */
import { and, desc, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { AlertFilter } from './detect.repo.ts';
import { alerts, ingestTokens } from './detect.schema.ts';

/** A source that sent nothing for this long is flagged. */
export const SILENT_AFTER_MS = 60 * 60_000;

/** Visible units (null = all). */
export type UnitScope = AlertFilter['scope'];

/** Ports to other modules' figures. */
export interface DashboardPorts {
  /** Access entries per hour in [from, to) and the mean per hour of day (Asia/Ho_Chi_Minh) over the 28 days before `from`. */
  readonly readsPerHour: (scope: UnitScope, from: Date, to: Date) => Promise<{ hours: Array<{ start: string; reads: number }>; usualByHourOfDay: number[] }>;
  /** Cases by state. */
  readonly casesByState: (scope: UnitScope) => Promise<Record<string, number>>;
  /** Breaches whose clock runs, soonest deadline first. */
  readonly openBreaches: (scope: UnitScope) => Promise<Array<{ caseId: string; reference: string; unitId: string; detectedAt: string; deadlineAt: string }>>;
}

/** A period of the dashboard: [from, to) in buckets of an hour or a day (Vietnam days). */
export interface DashboardPeriod {
  readonly from: Date;
  readonly to: Date;
  readonly bucket: 'hour' | 'day';
}

/** The dashboard's own figures. */
export interface DashboardFigures {
  generatedAt: string;
  period: { from: string; to: string; bucket: 'hour' | 'day' };
  reads: { hours: Array<{ start: string; reads: number; usual: number }> };
  suspensions: { total: number; byStatus: Record<string, number>; recent: Array<{ alertId: string; ruleId: string; accountId: string | null; unitId: string | null; status: string; at: string }> };
  sources: Array<{ system: string; lastEventAt: string | null; silent: boolean; revoked: boolean }>;
  cases: Record<string, number>;
  breaches: Array<{ caseId: string; reference: string; unitId: string; detectedAt: string; deadlineAt: string; remainingMs: number; overdue: boolean }>;
}

function alertScope(scope: UnitScope): SQL | undefined {
  if (scope.units === null) return undefined;
  const parts: SQL[] = [];
  if (scope.units.length > 0) parts.push(inArray(alerts.unitId, [...scope.units]));
  if (scope.includeUnitless) parts.push(isNull(alerts.unitId));
  return parts.length ? or(...parts) : sql`false`;
}

/** Hour-of-day (0–23) of a moment in Vietnam (UTC+7, no daylight saving). */
export function vnHour(d: Date): number {
  return (d.getUTCHours() + 7) % 24;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Vietnam is UTC+7 all year. */
const VN_OFFSET = 7 * HOUR;

/** Start of the bucket holding a moment (hour; or day in Vietnam). */
function bucketStart(t: number, bucket: 'hour' | 'day'): number {
  return bucket === 'hour' ? Math.floor(t / HOUR) * HOUR : Math.floor((t + VN_OFFSET) / DAY) * DAY - VN_OFFSET;
}

/**
 * Builds the dashboard figures: by default reads of the last 24 hours and suspensions of the last 7 days;
 * with a period, both over that period (reads in buckets of an hour or a Vietnam day).
 *
 * @param db - database
 * @param ports - other modules' figures
 * @param scope - visible units
 * @param now - reference time
 * @param period - optional period chosen on the dashboard
 * @returns the figures
 */
export async function buildDashboard(db: Database, ports: DashboardPorts, scope: UnitScope, now: Date, period?: DashboardPeriod): Promise<DashboardFigures> {
  const bucket = period?.bucket ?? 'hour';
  const step = bucket === 'hour' ? HOUR : DAY;
  const from = period ? new Date(bucketStart(period.from.getTime(), bucket)) : new Date(bucketStart(now.getTime(), 'hour') - 23 * HOUR);
  const to = period?.to ?? now;
  const suspendedSince = period?.from ?? new Date(now.getTime() - 7 * DAY);
  const [reads, suspended, tokens, cases, breaches] = await Promise.all([
    ports.readsPerHour(scope, from, to),
    db
      .select({ id: alerts.id, ruleId: alerts.ruleId, accountId: alerts.accountId, unitId: alerts.unitId, status: alerts.suspensionStatus, at: alerts.suspensionRequestedAt })
      .from(alerts)
      .where(and(alertScope(scope), isNotNull(alerts.suspensionStatus), gte(alerts.suspensionRequestedAt, suspendedSince), period ? lt(alerts.suspensionRequestedAt, period.to) : undefined))
      .orderBy(desc(alerts.suspensionRequestedAt))
      .limit(500),
    db.select().from(ingestTokens).orderBy(ingestTokens.system),
    ports.casesByState(scope),
    ports.openBreaches(scope),
  ]);
  const counts = new Map<number, number>();
  for (const h of reads.hours) {
    const b = bucketStart(Date.parse(h.start), bucket);
    counts.set(b, (counts.get(b) ?? 0) + h.reads);
  }
  const usualOfDay = reads.usualByHourOfDay.reduce((a, b) => a + b, 0);
  const n = period ? Math.max(1, Math.ceil((to.getTime() - from.getTime()) / step)) : 24;
  const hours = Array.from({ length: n }, (_, i) => {
    const start = new Date(from.getTime() + i * step);
    const usual = bucket === 'hour' ? (reads.usualByHourOfDay[vnHour(start)] ?? 0) : usualOfDay;
    return { start: start.toISOString(), reads: counts.get(start.getTime()) ?? 0, usual: Math.round(usual * 10) / 10 };
  });
  const byStatus: Record<string, number> = {};
  for (const s of suspended) byStatus[s.status!] = (byStatus[s.status!] ?? 0) + 1;
  // One row per source system: its most recent use across tokens.
  const systems = new Map<string, { last: number | null; revoked: boolean }>();
  for (const tk of tokens) {
    const e = systems.get(tk.system) ?? { last: null, revoked: true };
    const used = tk.lastUsedAt?.getTime() ?? null;
    if (used !== null && (e.last === null || used > e.last)) e.last = used;
    if (!tk.revokedAt) e.revoked = false;
    systems.set(tk.system, e);
  }
  return {
    generatedAt: now.toISOString(),
    period: { from: from.toISOString(), to: to.toISOString(), bucket },
    reads: { hours },
    suspensions: {
      total: suspended.length,
      byStatus,
      recent: suspended.slice(0, 20).map((s) => ({ alertId: s.id, ruleId: s.ruleId, accountId: s.accountId, unitId: s.unitId, status: s.status!, at: s.at!.toISOString() })),
    },
    sources: [...systems.entries()].map(([system, e]) => ({
      system,
      lastEventAt: e.last === null ? null : new Date(e.last).toISOString(),
      silent: !e.revoked && (e.last === null || now.getTime() - e.last > SILENT_AFTER_MS),
      revoked: e.revoked,
    })),
    cases,
    breaches: breaches.map((b) => {
      const remainingMs = Date.parse(b.deadlineAt) - now.getTime();
      return { ...b, remainingMs, overdue: remainingMs < 0 };
    }),
  };
}
