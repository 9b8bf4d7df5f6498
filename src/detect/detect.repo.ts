/**
 * Queries of the detection module. Driver errors are never logged or returned as they are (they embed
 * parameters); callers let them reach the error handler, which answers with a generic 500.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { alertEvidence, alerts, ingestTokens, rejectedLines, type AlertStatus } from './detect.schema.ts';

/** An alert row. */
export type AlertRow = typeof alerts.$inferSelect;
/** An evidence row. */
export type EvidenceRow = typeof alertEvidence.$inferSelect;
/** A rejected-line row. */
export type RejectedRow = typeof rejectedLines.$inferSelect;
/** An ingestion-token row. */
export type IngestTokenRow = typeof ingestTokens.$inferSelect;

/** Inserts a new alert with its first evidence. */
export async function insertAlert(db: Database, row: typeof alerts.$inferInsert, evidence: typeof alertEvidence.$inferInsert): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(alerts).values(row);
    await tx.insert(alertEvidence).values(evidence);
  });
}

/**
 * Folds a repeat detection into an alert: count + 1, latest facts, and the evidence when under the cap.
 *
 * @param db - database
 * @param id - alert id
 * @param change - event time, details, update time and optional evidence row
 */
export async function appendToAlert(
  db: Database,
  id: string,
  change: { eventTime: Date; details: Record<string, string | number | boolean>; at: Date; evidence: typeof alertEvidence.$inferInsert | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(alerts)
      .set({
        count: sql`${alerts.count} + 1`,
        lastEventAt: sql`greatest(${alerts.lastEventAt}, ${change.eventTime.toISOString()}::timestamptz)`,
        details: change.details,
        updatedAt: change.at,
      })
      .where(eq(alerts.id, id));
    if (change.evidence) await tx.insert(alertEvidence).values(change.evidence).onConflictDoNothing();
  });
}

/**
 * Whether an alert already holds an event as evidence (a detection delivered again after a crash).
 *
 * @param db - database
 * @param alertId - the alert
 * @param eventId - the triggering event
 * @returns true when the event is among the alert's evidence
 */
export async function evidenceHasEvent(db: Database, alertId: string, eventId: string): Promise<boolean> {
  const rows = await db
    .select({ seq: alertEvidence.seq })
    .from(alertEvidence)
    .where(and(eq(alertEvidence.alertId, alertId), eq(alertEvidence.eventId, eventId)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Finds the latest alert of a group that a repeat can still join (not a false positive).
 *
 * @returns the alert and its evidence count, or undefined
 */
export async function findGroupAlert(
  db: Database,
  key: { accountId: string | null; ruleId: string; groupKey: string },
): Promise<(AlertRow & { evidenceCount: number }) | undefined> {
  const [row] = await db
    .select()
    .from(alerts)
    .where(
      and(
        key.accountId ? eq(alerts.accountId, key.accountId) : isNull(alerts.accountId),
        eq(alerts.ruleId, key.ruleId),
        eq(alerts.groupKey, key.groupKey),
        inArray(alerts.status, ['new', 'acknowledged', 'escalated']),
      ),
    )
    .orderBy(desc(alerts.lastEventAt))
    .limit(1);
  if (!row) return undefined;
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(alertEvidence).where(eq(alertEvidence.alertId, row.id));
  return { ...row, evidenceCount: Number(c?.n ?? 0) };
}

/** Filters of the alert list. */
export interface AlertFilter {
  status?: AlertStatus;
  severity?: AlertRow['severity'];
  ruleId?: string;
  accountId?: string;
  unitId?: string;
  from?: Date;
  to?: Date;
  overdueAt?: Date;
  /** Visible units; null = everything. */
  scope: { units: readonly string[] | null; includeUnitless: boolean };
}

function scopeCondition(scope: AlertFilter['scope']): SQL | undefined {
  if (scope.units === null) return undefined;
  const parts: SQL[] = [];
  if (scope.units.length > 0) parts.push(inArray(alerts.unitId, [...scope.units]));
  if (scope.includeUnitless) parts.push(isNull(alerts.unitId));
  if (parts.length === 0) return sql`false`;
  return or(...parts);
}

function filterConditions(f: AlertFilter): SQL | undefined {
  const c: Array<SQL | undefined> = [scopeCondition(f.scope)];
  if (f.status) c.push(eq(alerts.status, f.status));
  if (f.severity) c.push(eq(alerts.severity, f.severity));
  if (f.ruleId) c.push(eq(alerts.ruleId, f.ruleId));
  if (f.accountId) c.push(eq(alerts.accountId, f.accountId));
  if (f.unitId) c.push(eq(alerts.unitId, f.unitId));
  if (f.from) c.push(gte(alerts.createdAt, f.from));
  if (f.to) c.push(lt(alerts.createdAt, f.to));
  if (f.overdueAt) c.push(and(inArray(alerts.status, ['new', 'acknowledged']), lt(alerts.dueAt, f.overdueAt)));
  return and(...c);
}

/** Lists alerts, newest first, with the total matching. */
export async function listAlerts(db: Database, f: AlertFilter, limit: number, offset: number): Promise<{ rows: AlertRow[]; total: number }> {
  const where = filterConditions(f);
  const rows = await db.select().from(alerts).where(where).orderBy(desc(alerts.createdAt), asc(alerts.id)).limit(limit).offset(offset);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(alerts).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

/** Finds one alert. */
export async function findAlert(db: Database, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id)).limit(1);
  return row;
}

/** Evidence of an alert in order. */
export async function listEvidence(db: Database, alertId: string): Promise<EvidenceRow[]> {
  return db.select().from(alertEvidence).where(eq(alertEvidence.alertId, alertId)).orderBy(asc(alertEvidence.seq));
}

/**
 * Moves an alert from one status to another if it is still in the first (optimistic check).
 *
 * @returns true when the row changed
 */
export async function transitionAlert(
  db: Database,
  id: string,
  from: AlertStatus,
  change: { status: AlertStatus; reason: string | null; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(alerts)
    .set({ status: change.status, triageReason: change.reason, triagedBy: change.by, triagedAt: change.at, updatedAt: change.at })
    .where(and(eq(alerts.id, id), eq(alerts.status, from)))
    .returning({ id: alerts.id });
  return rows.length === 1;
}

/** Records the state of the suspension an alert asked for. */
export async function setSuspension(db: Database, id: string, status: 'requested' | 'done' | 'failed' | 'unavailable', at: Date): Promise<void> {
  await db.update(alerts).set({ suspensionStatus: status, suspensionRequestedAt: at }).where(eq(alerts.id, id));
}

/**
 * Claims the alerts whose suspension was asked for but not carried out before `staleBefore` (the node that
 * stored them stopped in between), or failed within the last hour: their request time moves to `at`, so that
 * another node sweeping at the same moment does not claim them too.
 *
 * @param db - database
 * @param staleBefore - requests older than this are claimed
 * @param at - the new request time
 * @returns the claimed alerts (id, account, rule)
 */
export async function claimStaleSuspensions(db: Database, staleBefore: Date, at: Date): Promise<Array<{ id: string; accountId: string; ruleId: string }>> {
  const rows = await db
    .update(alerts)
    .set({ suspensionRequestedAt: at })
    .where(
      and(
        or(
          eq(alerts.suspensionStatus, 'requested'),
          // A failure (the audit record refused the change, the database went away) is tried again for an hour.
          and(eq(alerts.suspensionStatus, 'failed'), gte(alerts.createdAt, new Date(at.getTime() - 3_600_000))),
        ),
        lt(alerts.suspensionRequestedAt, staleBefore),
      ),
    )
    .returning({ id: alerts.id, accountId: alerts.accountId, ruleId: alerts.ruleId });
  return rows.flatMap((r) => (r.accountId ? [{ id: r.id, accountId: r.accountId, ruleId: r.ruleId }] : []));
}

/** Stores a new ingestion token (hash only). */
export async function insertIngestToken(db: Database, row: typeof ingestTokens.$inferInsert): Promise<void> {
  await db.insert(ingestTokens).values(row);
}

/** Finds an ingestion token by hash, revoked or not (a revoked one is refused and recorded as such). */
export async function findIngestToken(db: Database, tokenHash: string): Promise<IngestTokenRow | undefined> {
  const [row] = await db.select().from(ingestTokens).where(eq(ingestTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

/** Marks a token as used. */
export async function touchIngestToken(db: Database, id: string, at: Date): Promise<void> {
  await db.update(ingestTokens).set({ lastUsedAt: at }).where(eq(ingestTokens.id, id));
}

/** Stores rejected lines. */
export async function insertRejected(db: Database, rows: ReadonlyArray<typeof rejectedLines.$inferInsert>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(rejectedLines).values(rows.slice(i, i + 500));
}

/** Lists rejected lines, newest first, with counts per reason. */
export async function listRejected(
  db: Database,
  opts: { limit: number; offset: number; reason?: string; channel?: RejectedRow['channel'] },
): Promise<{ rows: RejectedRow[]; total: number; byReason: Array<{ reason: string; n: number }> }> {
  const where = and(opts.reason ? eq(rejectedLines.reason, opts.reason) : undefined, opts.channel ? eq(rejectedLines.channel, opts.channel) : undefined);
  const rows = await db.select().from(rejectedLines).where(where).orderBy(desc(rejectedLines.receivedAt), asc(rejectedLines.id)).limit(opts.limit).offset(opts.offset);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(rejectedLines).where(where);
  const byReason = await db
    .select({ reason: rejectedLines.reason, n: sql<number>`count(*)::int` })
    .from(rejectedLines)
    .groupBy(rejectedLines.reason)
    .orderBy(rejectedLines.reason);
  return { rows, total: Number(c?.n ?? 0), byReason: byReason.map((r) => ({ reason: r.reason, n: Number(r.n) })) };
}

/** Alerts created in a range within scope (monitoring; capped). */
export async function alertsInRange(db: Database, scope: AlertFilter['scope'], from: Date, to: Date, cap: number): Promise<AlertRow[]> {
  return db
    .select()
    .from(alerts)
    .where(and(scopeCondition(scope), gte(alerts.createdAt, from), lt(alerts.createdAt, to)))
    .orderBy(desc(alerts.createdAt))
    .limit(cap);
}

/** Alert figures of units over a period. */
export interface AlertFigures {
  readonly total: number;
  readonly critical: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  /** Alerts whose account suspension was carried out. */
  readonly suspensions: number;
}

/**
 * Counts the alerts of units raised in `[from, to)`, by severity, and the suspensions done for them (the
 * monthly technical report's figures).
 *
 * @param db - database
 * @param units - unit ids (at least one)
 * @param from - start (inclusive)
 * @param to - end (exclusive)
 * @returns the figures
 */
export async function countAlertsOfUnits(db: Database, units: readonly string[], from: Date, to: Date): Promise<AlertFigures> {
  const list = sql.join(units.map((u) => sql`${u}`), sql`, `);
  const [a] = await queryRows<Record<string, unknown>>(db, sql`
    select count(*) as total, count(*) filter (where severity = 'critical') as critical, count(*) filter (where severity = 'high') as high,
           count(*) filter (where severity = 'medium') as medium, count(*) filter (where severity = 'low') as low,
           count(*) filter (where suspension_status = 'done') as suspensions
      from detect_alerts where unit_id in (${list}) and created_at >= ${from.toISOString()}::timestamptz and created_at < ${to.toISOString()}::timestamptz`);
  const n = (v: unknown): number => Number(v ?? 0);
  return { total: n(a?.total), critical: n(a?.critical), high: n(a?.high), medium: n(a?.medium), low: n(a?.low), suspensions: n(a?.suspensions) };
}
