/**
 * Analyst feedback: an alert triaged as a false positive (with its reason, recorded as an `alert.triage`
 * admin event) suppresses further alerts of the same account, rule and group key until it expires
 * (`FALSE_POSITIVE_SUPPRESS_DAYS` after the triage by default). Suppressed detections are not lost: they fold
 * into the false-positive alert (its count and evidence grow), so the officer sees what was held back; after
 * the expiry the next detection opens a new alert.
 */
import { and, desc, eq, gte, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { alertEvidence, alerts } from './detect.schema.ts';
import { sql } from 'drizzle-orm';

/** Default life of a false-positive suppression. */
export const FALSE_POSITIVE_SUPPRESS_DAYS = 14;

/**
 * When a suppression made by a triage at `triagedAt` ends.
 *
 * @param triagedAt - triage time
 * @param days - suppression life in days
 * @returns the end
 */
export function suppressionEnd(triagedAt: Date, days: number = FALSE_POSITIVE_SUPPRESS_DAYS): Date {
  return new Date(triagedAt.getTime() + days * 86_400_000);
}

/**
 * The latest false-positive alert of a group triaged since `since` (its suppression may still run).
 *
 * @param db - database
 * @param key - account, rule and group key
 * @param since - earliest triage time that can still suppress
 * @returns the alert id, triage time and evidence count, or undefined
 */
export async function findSuppressingAlert(
  db: Database,
  key: { accountId: string | null; ruleId: string; groupKey: string },
  since: Date,
): Promise<{ id: string; triagedAt: Date; lastEventAt: Date; evidenceCount: number } | undefined> {
  const [row] = await db
    .select({ id: alerts.id, triagedAt: alerts.triagedAt, lastEventAt: alerts.lastEventAt })
    .from(alerts)
    .where(
      and(
        key.accountId ? eq(alerts.accountId, key.accountId) : isNull(alerts.accountId),
        eq(alerts.ruleId, key.ruleId),
        eq(alerts.groupKey, key.groupKey),
        eq(alerts.status, 'false_positive'),
        gte(alerts.triagedAt, since),
      ),
    )
    .orderBy(desc(alerts.triagedAt))
    .limit(1);
  if (!row || !row.triagedAt) return undefined;
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(alertEvidence).where(eq(alertEvidence.alertId, row.id));
  return { id: row.id, triagedAt: row.triagedAt, lastEventAt: row.lastEventAt, evidenceCount: Number(c?.n ?? 0) };
}
