/**
 * A bounded queue between the event bus and a slow subscriber (the detector): `push` only appends, and the
 * subscriber runs a moment later (`setImmediate`), in batches, after the request that published has answered.
 * This takes the detector off the request's path (its rules no longer add to a protected read's latency)
 * without changing what it sees: every event, in publication order.
 *
 * Nothing is ever dropped. When the queue is full (the subscriber has fallen behind by `capacity` events) the
 * publisher drains it synchronously, oldest first, and then hands over its own event: back-pressure in CPU,
 * not a loss. Each such overflow is counted and reported through `onOverflow`, so that a detector that cannot
 * keep up is visible (a metric and a log line), never silent.
 */
import type { EventHandler } from './bus.ts';
import type { KhienEvent } from './types.ts';

/** Counters of a feed. */
export interface DeferredFeedStats {
  /** Events handed to the subscriber so far. */
  readonly handled: number;
  /** Events waiting now. */
  readonly queued: number;
  /** The most that ever waited at once. */
  readonly maxQueued: number;
  /** Times the queue was full and the publisher drained it itself. */
  readonly overflows: number;
}

/** A deferred feed. */
export interface DeferredFeed {
  /** Queues one event for the subscriber (subscribe this to the bus). Never throws. */
  readonly push: EventHandler;
  /** Hands every queued event to the subscriber now (tests, flushes, shutdown). */
  drain(): void;
  stats(): DeferredFeedStats;
}

/** Options of {@link createDeferredFeed}. */
export interface DeferredFeedOptions {
  /** Most events that may wait (default 10,000). */
  readonly capacity?: number;
  /** Most events handed over per turn of the event loop before yielding to I/O (default 256). */
  readonly batch?: number;
  /** Called on each overflow with the running count. */
  readonly onOverflow?: (overflows: number, capacity: number) => void;
  /** Called when the subscriber throws (the feed goes on with the next event). */
  readonly onError?: (err: unknown) => void;
}

/**
 * Creates a bounded, deferred feed in front of `handler`.
 *
 * @param handler - the subscriber (e.g. `detector.process`)
 * @param opts - capacity, batch size, overflow and error reports
 * @returns the feed
 */
export function createDeferredFeed(handler: EventHandler, opts: DeferredFeedOptions = {}): DeferredFeed {
  const capacity = Math.max(1, opts.capacity ?? 10_000);
  const batch = Math.max(1, opts.batch ?? 256);
  // A ring would save the occasional array compaction; a head index over an array that is reset when empty
  // does the same in practice (the queue empties every turn under normal load).
  let queue: KhienEvent[] = [];
  let head = 0;
  let scheduled: NodeJS.Immediate | null = null;
  let handled = 0;
  let maxQueued = 0;
  let overflows = 0;

  const handOver = (event: KhienEvent): void => {
    handled++;
    try {
      handler(event);
    } catch (err) {
      opts.onError?.(err);
    }
  };
  const take = (limit: number): void => {
    const end = Math.min(queue.length, head + limit);
    while (head < end) {
      const e = queue[head] as KhienEvent;
      queue[head++] = undefined as unknown as KhienEvent;
      handOver(e);
    }
    if (head >= queue.length) {
      queue = [];
      head = 0;
    }
  };
  const turn = (): void => {
    scheduled = null;
    take(batch);
    if (queue.length > head) scheduled = setImmediate(turn);
  };
  const drain = (): void => {
    if (scheduled) {
      clearImmediate(scheduled);
      scheduled = null;
    }
    take(Number.POSITIVE_INFINITY);
  };
  return {
    push(event) {
      const waiting = queue.length - head;
      if (waiting >= capacity) {
        overflows++;
        opts.onOverflow?.(overflows, capacity);
        drain();
        handOver(event);
        return;
      }
      queue.push(event);
      if (waiting + 1 > maxQueued) maxQueued = waiting + 1;
      scheduled ??= setImmediate(turn);
    },
    drain,
    stats: () => ({ handled, queued: queue.length - head, maxQueued, overflows }),
  };
}
