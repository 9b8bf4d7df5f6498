/**
 * The transactional outbox of the audit log (see `db/tx-context.ts`). An event recorded inside a transaction
 * is inserted here through that transaction; after COMMIT it is chained into `audit_entries` and published,
 * and its outbox row deleted. Rows that a crash left behind are chained by {@link drainOutbox} at start and
 * periodically, skipping events already chained (matched by event id) so nothing is recorded twice.
 */
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { KhienEvent } from '../events/types.ts';
import type { EventBus } from '../events/bus.ts';
import { auditEntries, auditOutbox } from './audit.schema.ts';
import type { AuditAppender } from './appender.ts';

/**
 * Writes an event to the outbox inside the caller's transaction.
 *
 * @param tx - the open transaction
 * @param event - the event
 */
export async function insertOutbox(tx: Database, event: KhienEvent): Promise<void> {
  await tx.insert(auditOutbox).values({ eventId: event.id, event: JSON.stringify(event) });
}

/**
 * Chains committed outbox events and deletes their rows. Never throws: on failure the rows stay for the
 * next drain (the events are durable in the outbox meanwhile).
 *
 * @param db - the root database
 * @param appender - the audit appender
 * @param bus - bus to publish chained events on
 * @param events - the events to chain, in order
 * @returns whether they were chained
 */
export async function chainOutboxEvents(db: Database, appender: AuditAppender, bus: EventBus, events: readonly KhienEvent[]): Promise<boolean> {
  if (events.length === 0) return true;
  let receipts: Awaited<ReturnType<AuditAppender['appendMany']>>;
  try {
    receipts = await appender.appendMany(events);
  } catch {
    return false;
  }
  try {
    await db.delete(auditOutbox).where(inArray(auditOutbox.eventId, events.map((e) => e.id)));
  } catch {
    /* left rows are skipped by the next drain because their event ids are already chained */
  }
  events.forEach((e, i) => bus.publish(e, receipts[i]));
  return true;
}

/**
 * Chains outbox rows older than `olderThanMs` (left by a crash or a failed append).
 *
 * @param db - the root database
 * @param appender - the audit appender
 * @param bus - the bus
 * @param now - current time
 * @param olderThanMs - minimum age of rows to take (0 at start-up)
 * @returns the number of events chained
 */
export async function drainOutbox(db: Database, appender: AuditAppender, bus: EventBus, now: Date, olderThanMs: number): Promise<number> {
  const rows = await db
    .select()
    .from(auditOutbox)
    .where(lt(auditOutbox.createdAt, new Date(now.getTime() - olderThanMs)))
    .orderBy(asc(auditOutbox.createdAt))
    .limit(1000);
  if (rows.length === 0) return 0;
  const already = await db
    .select({ eventId: auditEntries.eventId })
    .from(auditEntries)
    .where(inArray(auditEntries.eventId, rows.map((r) => r.eventId)));
  const done = new Set(already.map((r) => r.eventId));
  for (const id of done) await db.delete(auditOutbox).where(and(eq(auditOutbox.eventId, id)));
  const pending = rows.filter((r) => !done.has(r.eventId)).map((r) => JSON.parse(r.event) as KhienEvent);
  return (await chainOutboxEvents(db, appender, bus, pending)) ? pending.length : 0;
}
