/**
 * The application's event recorder (DESIGN.md invariants 2 and 6): durable audit append first, then the same
 * event object on the bus for the detectors. A failed append rejects and publishes nothing.
 */
import type { EventBus } from '../events/bus.ts';
import type { AuditReceipt, EventRecorder, KhienEvent } from '../events/types.ts';
import type { AuditAppender } from './appender.ts';

/** What the audit recorder is built from. */
export interface AuditRecorderDeps {
  readonly appender: AuditAppender;
  readonly bus: EventBus;
}

/**
 * Creates the audit-backed recorder.
 *
 * @param deps - the appender and the bus
 * @returns an {@link EventRecorder} whose promises resolve only after COMMIT
 */
export function createAuditRecorder(deps: AuditRecorderDeps): EventRecorder {
  return {
    async record(event: KhienEvent): Promise<AuditReceipt> {
      const receipt = await deps.appender.append(event);
      deps.bus.publish(event);
      return receipt;
    },
    async recordMany(events: readonly KhienEvent[]): Promise<AuditReceipt[]> {
      const receipts = await deps.appender.appendMany(events);
      for (const e of events) deps.bus.publish(e);
      return receipts;
    },
  };
}
