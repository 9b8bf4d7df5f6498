/**
 * The work an officer does on one alert beyond triage: the account's context (recent activity from the audit
 * log, assignments, devices — read through a port the composition root supplies, since those tables belong to
 * other modules), the case the alert went to, and the unit's verification report back to the IT Centre.
 * A report and its admin event (`alert.verification`) are written in one transaction.
 */
import { and, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { DetectErrors } from './detect.errors.ts';
import { findAlert, type AlertFilter, type AlertRow } from './detect.repo.ts';
import { canSee, type SecurityScope } from './security-scope.ts';
import { officerEvent, type RequestSource } from './officer-event.ts';
import { alertVerifications, type VerificationConclusion } from './verification.schema.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** One audit entry of the account, without any subject. */
export interface ActivityItem {
  seq: number;
  time: string;
  kind: string;
  action: string | null;
  outcome: string | null;
  purpose: string | null;
  unitId: string | null;
  /** How many persons the entry concerned (never who). */
  subjects: number;
}

/** An account's context as an officer sees it next to an alert. */
export interface AccountContext {
  account: { id: string; username: string; status: string; unitId: string | null } | null;
  recentActivity: ActivityItem[];
  assignments: Array<{ assignmentId: string; documentNo: string; purpose: string; status: string; validFrom: string; validUntil: string; provinces: string[]; actions: string[] }>;
  devices: Array<{ id: string; name: string; status: string; createdAt: string; lastSeenAt: string | null }>;
}

/** Ports to the other modules' records. */
export interface AlertWorkPorts {
  /** The account's recent activity, assignments and devices. */
  readonly accountContext: (accountId: string, now: Date) => Promise<AccountContext>;
  /** The case the alert went to, if any. */
  readonly caseOfAlert: (alertId: string) => Promise<{ caseId: string } | null>;
}

/** A verification report as presented. */
export interface PresentedVerification {
  id: string;
  alertId: string;
  unitId: string | null;
  findings: string;
  conclusion: VerificationConclusion;
  measures: string;
  reportedBy: string;
  reportedAt: string;
}

type VerificationRow = typeof alertVerifications.$inferSelect;

/**
 * Presents a verification report.
 *
 * @param r - the row
 * @returns the API view
 */
export function presentVerification(r: VerificationRow): PresentedVerification {
  return {
    id: r.id,
    alertId: r.alertId,
    unitId: r.unitId,
    findings: r.findings,
    conclusion: r.conclusion,
    measures: r.measures,
    reportedBy: r.reportedBy,
    reportedAt: r.reportedAt.toISOString(),
  };
}

/**
 * The alert if the scope sees it.
 *
 * @param db - database
 * @param scope - the caller's scope
 * @param id - alert id
 * @returns the alert
 * @throws KHIEN_DETECT_ALERT_NOT_FOUND when absent or out of scope
 */
export async function requireVisibleAlert(db: Database, scope: SecurityScope, id: string): Promise<AlertRow> {
  const alert = await findAlert(db, id);
  if (!alert || !canSee(scope, alert.unitId)) throw new DetectErrors.ALERT_NOT_FOUND();
  return alert;
}

/**
 * Verification reports of one alert, newest first.
 *
 * @param db - database
 * @param alertId - the alert
 * @returns the reports
 */
export async function listVerifications(db: Database, alertId: string): Promise<PresentedVerification[]> {
  const rows = await db.select().from(alertVerifications).where(eq(alertVerifications.alertId, alertId)).orderBy(desc(alertVerifications.reportedAt)).limit(50);
  return rows.map(presentVerification);
}

function unitScope(scope: AlertFilter['scope']): SQL | undefined {
  if (scope.units === null) return undefined;
  const parts: SQL[] = [];
  if (scope.units.length > 0) parts.push(inArray(alertVerifications.unitId, [...scope.units]));
  if (scope.includeUnitless) parts.push(isNull(alertVerifications.unitId));
  return parts.length ? or(...parts) : sql`false`;
}

/**
 * Counts the alerts with at least one verification report made in a period, by conclusion of the latest one.
 *
 * @param db - database
 * @param scope - visible units
 * @param from - start (inclusive)
 * @param to - end (exclusive)
 * @param unitIds - optional narrower list of units
 * @returns counts per conclusion and total
 */
export async function countVerified(
  db: Database,
  scope: AlertFilter['scope'],
  from: Date,
  to: Date,
  unitIds?: readonly string[],
): Promise<{ total: number; byConclusion: Record<VerificationConclusion, number> }> {
  const where = and(unitScope(scope), gte(alertVerifications.reportedAt, from), lt(alertVerifications.reportedAt, to), unitIds ? inArray(alertVerifications.unitId, [...unitIds]) : undefined);
  const rows = await db
    .selectDistinctOn([alertVerifications.alertId], { alertId: alertVerifications.alertId, conclusion: alertVerifications.conclusion })
    .from(alertVerifications)
    .where(where)
    .orderBy(alertVerifications.alertId, desc(alertVerifications.reportedAt));
  const byConclusion: Record<VerificationConclusion, number> = { violation_confirmed: 0, no_violation: 0, inconclusive: 0 };
  for (const r of rows) byConclusion[r.conclusion]++;
  return { total: rows.length, byConclusion };
}

/** Dependencies of {@link reportVerification}. */
export interface VerificationDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
}

/**
 * Records a unit's verification report on an alert, with its admin event in the same transaction.
 *
 * @param deps - database, clock, recorder
 * @param scope - the caller's scope
 * @param alertId - the alert
 * @param body - findings, conclusion, measures taken
 * @param source - request facts
 * @returns the report
 * @throws KHIEN_DETECT_ALERT_NOT_FOUND when absent or out of scope
 */
export async function reportVerification(
  deps: VerificationDeps,
  scope: SecurityScope,
  alertId: string,
  body: { findings: string; conclusion: VerificationConclusion; measures: string },
  source: RequestSource,
): Promise<PresentedVerification> {
  const alert = await requireVisibleAlert(deps.db, scope, alertId);
  const at = deps.clock.now();
  const row: VerificationRow = {
    id: newId(),
    alertId,
    unitId: alert.unitId,
    findings: body.findings.trim(),
    conclusion: body.conclusion,
    measures: body.measures.trim(),
    reportedBy: scope.actor.accountId,
    reportedAt: at,
  };
  const event = officerEvent(scope.actor, source, at, {
    action: 'alert.verification',
    target: { type: 'alert', id: alertId },
    // The report's text may name what was found; the event keeps the conclusion and the report's id only.
    after: { verificationId: row.id, conclusion: row.conclusion, unitId: row.unitId },
    reason: null,
  });
  await runInTransaction(deps.db, async (tx) => {
    await tx.insert(alertVerifications).values(row);
    await deps.recorder().record(event, tx);
  });
  return presentVerification(row);
}

/**
 * A page of verification reports in a scope, newest first.
 *
 * @param db - database
 * @param scope - visible units
 * @param f - filters and page
 * @returns the page and the total
 */
export async function pageVerifications(
  db: Database,
  scope: AlertFilter['scope'],
  f: { unitId?: string; conclusion?: VerificationConclusion; limit: number; offset: number },
): Promise<{ total: number; items: PresentedVerification[] }> {
  const where = and(unitScope(scope), f.unitId ? eq(alertVerifications.unitId, f.unitId) : undefined, f.conclusion ? eq(alertVerifications.conclusion, f.conclusion) : undefined);
  const rows = await db.select().from(alertVerifications).where(where).orderBy(desc(alertVerifications.reportedAt)).limit(f.limit).offset(f.offset);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(alertVerifications).where(where);
  return { total: Number(c?.n ?? 0), items: rows.map(presentVerification) };
}
