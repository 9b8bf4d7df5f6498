/**
 * In-process event bus: the detector side of DESIGN.md invariant 6. The same interface can be backed by
 * NATS JetStream for national scale; in one process it is a synchronous fan-out that never throws into
 * the publisher.
 */
import type { AuditReceipt, KhienEvent } from './types.ts';

/** A subscriber; errors it throws are reported to `onError`, never to the publisher. */
export type EventHandler = (event: KhienEvent) => void;

/** Fan-out of events to subscribers. */
export interface EventBus {
  /**
   * Hands an event to the subscribers (and, in NATS mode, to the event stream). Never throws, never waits.
   *
   * @param event - the event
   * @param receipt - its audit receipt when it was recorded (the stream's de-duplication id)
   */
  publish(event: KhienEvent, receipt?: AuditReceipt): void;
  subscribe(handler: EventHandler): () => void;
}

/**
 * Creates the in-memory bus.
 *
 * @param onError - called when a subscriber throws
 * @returns the bus
 */
export function createEventBus(onError: (err: unknown) => void = () => {}): EventBus {
  const handlers = new Set<EventHandler>();
  return {
    publish(event) {
      for (const h of handlers) {
        try {
          h(event);
        } catch (err) {
          onError(err);
        }
      }
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
