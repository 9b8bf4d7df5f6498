/**
 * The application's event recorder (DESIGN.md invariants 2 and 6): durable audit append first, then the same
 * event object on the bus for the detectors. A failed append rejects and publishes nothing.
 *
 * Given the caller's transaction (`tx`, see `db/tx-context.ts`), the event is written to the audit outbox through
 * it, so the change and its record commit or roll back together, and it is chained into the log right after
 * COMMIT (before `runInTransaction` returns to the transaction's caller).
 */
import type { EventBus } from '../events/bus.ts';
import type { AuditReceipt, EventRecorder, KhienEvent } from '../events/types.ts';
import type { Database } from '../db/client.ts';
import { afterCommit, type Tx } from '../db/tx-context.ts';
import type { AuditAppender } from './appender.ts';
import { chainOutboxEvents, insertOutbox } from './outbox.ts';
import { itemAt } from '../platform/arrays.ts';

/** What the audit recorder is built from. */
export interface AuditRecorderDeps {
  readonly appender: AuditAppender;
  readonly bus: EventBus;
  /** The root database (for outbox clean-up after COMMIT). */
  readonly db?: Database;
}

/** Receipt returned for an event recorded inside a transaction: chained after COMMIT, so no sequence yet. */
const PENDING: AuditReceipt = Object.freeze({ seq: 0, hash: '' });

/**
 * Creates the audit-backed recorder.
 *
 * @param deps - the appender and the bus
 * @returns an {@link EventRecorder} whose promises resolve only after COMMIT
 */
export function createAuditRecorder(deps: AuditRecorderDeps): EventRecorder {
  const inTransaction = async (tx: Tx | undefined, events: readonly KhienEvent[]): Promise<AuditReceipt[] | null> => {
    if (!tx || !deps.db) return null;
    for (const e of events) await insertOutbox(tx, e);
    const db = deps.db;
    afterCommit(tx, async () => {
      await chainOutboxEvents(db, deps.appender, deps.bus, events);
    });
    return events.map(() => PENDING);
  };
  return {
    async record(event: KhienEvent, tx?: Tx): Promise<AuditReceipt> {
      const pending = await inTransaction(tx, [event]);
      if (pending) return itemAt(pending, 0);
      const receipt = await deps.appender.append(event);
      deps.bus.publish(event, receipt);
      return receipt;
    },
    async recordMany(events: readonly KhienEvent[], tx?: Tx): Promise<AuditReceipt[]> {
      const pending = await inTransaction(tx, events);
      if (pending) return pending;
      const receipts = await deps.appender.appendMany(events);
      events.forEach((e, i) => deps.bus.publish(e, receipts[i]));
      return receipts;
    },
  };
}
