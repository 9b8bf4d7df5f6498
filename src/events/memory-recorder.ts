/**
 * An event recorder that keeps events in memory and publishes them to the bus. Used by unit tests of
 * modules that emit events; the app uses the audit-backed recorder (`audit/recorder.ts`).
 */
import type { EventBus } from './bus.ts';
import type { AuditReceipt, EventRecorder, KhienEvent } from './types.ts';

/** A recorder whose events can be inspected. */
export interface MemoryRecorder extends EventRecorder {
  readonly events: KhienEvent[];
  /** Makes the next `record` calls fail (fail-closed tests). */
  fail(on: boolean): void;
}

/**
 * Creates an in-memory recorder.
 *
 * @param bus - optional bus to publish recorded events to
 * @returns the recorder
 */
export function createMemoryRecorder(bus?: EventBus): MemoryRecorder {
  const events: KhienEvent[] = [];
  let failing = false;
  const one = async (event: KhienEvent): Promise<AuditReceipt> => {
    if (failing) throw new Error('audit store unavailable');
    events.push(event);
    const receipt = { seq: events.length, hash: '' };
    bus?.publish(event, receipt);
    return receipt;
  };
  return {
    events,
    fail: (on) => {
      failing = on;
    },
    record: one,
    recordMany: async (list) => {
      if (failing) throw new Error('audit store unavailable');
      const out: AuditReceipt[] = [];
      for (const e of list) out.push(await one(e));
      return out;
    },
  };
}
