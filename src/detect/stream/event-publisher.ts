/**
 * The event bus of a node in NATS mode: the same {@link EventBus} as the embedded one (local subscribers
 * still get every event synchronously), and every event also goes to the JetStream stream on its partition
 * subject with its audit sequence as message id.
 *
 * Publishing never blocks or fails a read: `publish` only queues; a background pump keeps up to
 * {@link MAX_IN_FLIGHT} publishes awaiting their acknowledgement. The audit log is the durable record, and the
 * stream is fed from it at least once:
 *
 * - a cursor per audit chain and node (in the `khien_cursors` bucket, `chain.<id>.<node>`): every entry of
 *   that chain this node recorded up to the cursor is acknowledged by the stream (entries of other nodes it
 *   republishes on catch-up are dropped by message id); after a restart the node continues from its own;
 * - when a publish fails, the queue overflows, or NATS is unreachable, the node stops publishing live and
 *   catches up from the audit log after its cursor instead (pages of entries, published in order), then
 *   goes live again — no event is lost while the audit log has it;
 * - after a restart it catches up the same way from the cursor of the chain it appends to.
 * Audit sequences are entry refs (chain · 2^44 + seq; chain 0's refs are its seqs): unique across chains.
 * Catch-up republishes entries that may already be in the stream (and, on one shared chain, other nodes'
 * entries): the stream drops them by message id within its de-duplication window.
 */
import type { EventBus } from '../../events/bus.ts';
import type { AuditReceipt, KhienEvent } from '../../events/types.ts';
import type { NatsLink } from './nats-link.ts';
import { subjectOf } from './partitions.ts';

/** Most publishes awaiting acknowledgement at once. */
export const MAX_IN_FLIGHT = 1000;
/** Audit entries read per catch-up page. */
const PAGE = 500;

/** Refs of one chain lie in [chain · 2^44, (chain + 1) · 2^44). */
export const CHAIN_SPAN = 2 ** 44;

/** An audit entry as the catch-up reads it. */
export interface AuditEntryForStream {
  /** Its ref (the stream's message id). */
  readonly seq: number;
  /** The event as recorded (canonical JSON). */
  readonly body: string;
}

/** Options of {@link createStreamEventBus}. */
export interface StreamBusOptions {
  /** The link once connected (null before). */
  readonly link: () => NatsLink | null;
  /** Local subscribers (the embedded bus). */
  readonly local: EventBus;
  readonly partitions: number;
  /** Reads entries of the chain of `afterRef` that follow it, in order (the catch-up's source). */
  readonly readAudit: (afterRef: number, limit: number) => Promise<AuditEntryForStream[]>;
  /** Events queued at most before the node switches to catching up from the audit log (default 50,000). */
  readonly maxQueue?: number;
  /**
   * This node's name: its cursor is its own (`chain.<id>.<node>`). Several nodes record into one chain (the
   * audit sequencer chains for all of them), so a cursor shared by them would move past an entry one node
   * has not yet published — lost if that node then dies. Unset: one cursor per chain (one node).
   */
  readonly node?: string;
  readonly onError?: (err: unknown, what: string) => void;
}

/** Counters of the publisher. */
export interface StreamBusStats {
  mode: 'starting' | 'live' | 'catching-up';
  queued: number;
  inFlight: number;
  published: number;
  republished: number;
  failed: number;
  /** Events not queued live (NATS down or queue full), later published by catch-up. */
  deferred: number;
  cursor: number | null;
  /** The audit chain this node appends to (known from its first receipt). */
  chain: number | null;
}

/** The NATS-mode bus. */
export interface StreamEventBus extends EventBus {
  stats(): StreamBusStats;
  /** Starts the background work once the link is open (reads the stored cursor, catches up). */
  start(): void;
  /** Waits (at most `ms`) for queued events to be acknowledged, stores the cursor, stops. */
  stop(ms?: number): Promise<void>;
}

interface Item {
  readonly seq: number;
  readonly msgId: string;
  readonly subject: string;
  readonly data: Uint8Array;
}

const encoder = new TextEncoder();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Creates the bus.
 *
 * @param opts - link, local bus, node id, partitions, audit reader
 * @returns the bus
 */
export function createStreamEventBus(opts: StreamBusOptions): StreamEventBus {
  const maxQueue = opts.maxQueue ?? 50_000;
  let chain: number | null = null;
  const cursorKey = (): string => (opts.node ? `chain.${chain ?? 0}.${opts.node}` : `chain.${chain ?? 0}`);
  const report = (what: string) => (err: unknown): void => opts.onError?.(err, what);
  let mode: StreamBusStats['mode'] = 'starting';
  // Sent items are cleared (undefined) so that a long queue does not hold their bytes.
  let queue: Array<Item | undefined> = [];
  let head = 0;
  let inFlight = 0;
  let generation = 0;
  const outstanding = new Set<number>();
  let maxSeen = 0;
  /** Lowest and highest sequence not published live while starting or catching up. */
  let deferredMin = Infinity;
  let deferredMax = 0;
  let cursor: number | null = null;
  let stored: number | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const counters = { published: 0, republished: 0, failed: 0, deferred: 0 };

  const liveCursor = (): number | null => {
    if (mode !== 'live') return cursor;
    let min = Infinity;
    for (const s of outstanding) if (s < min) min = s;
    if (min !== Infinity) return min - 1;
    return Math.max(cursor ?? 0, maxSeen);
  };

  const defer = (seq: number): void => {
    counters.deferred++;
    if (seq > 0) {
      if (seq < deferredMin) deferredMin = seq;
      if (seq > deferredMax) deferredMax = seq;
    }
  };

  /** Leaves live mode: the cursor freezes below the oldest unacknowledged event, catch-up takes over. */
  const fallBack = (): void => {
    if (mode !== 'live') return;
    cursor = liveCursor();
    mode = 'catching-up';
    generation++;
    queue = [];
    head = 0;
    outstanding.clear();
    deferredMax = maxSeen;
    running = running.then(catchUp);
  };

  const pump = (): void => {
    const link = opts.link();
    if (!link || mode !== 'live') return;
    const gen = generation;
    while (inFlight < MAX_IN_FLIGHT && head < queue.length) {
      const item = queue[head];
      queue[head++] = undefined;
      if (!item) continue;
      inFlight++;
      link.js
        .publish(item.subject, item.data, { msgID: item.msgId, timeout: 5_000 })
        .then(
          () => {
            counters.published++;
            if (gen === generation) outstanding.delete(item.seq);
          },
          (err: unknown) => {
            counters.failed++;
            if (gen === generation) {
              report('event publish failed; catching up from the audit log')(err);
              fallBack();
            }
          },
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
    if (head === queue.length) {
      queue = [];
      head = 0;
    }
  };

  /** Publishes audit entries after the cursor until the log's end, then goes live. */
  const catchUp = async (): Promise<void> => {
    while (!stopped) {
      const link = opts.link();
      if (!link || !link.connected()) {
        await sleep(500);
        continue;
      }
      try {
        const from = cursor ?? 0;
        const page = await opts.readAudit(from, PAGE);
        await Promise.all(
          page.map((e) => {
            const event = JSON.parse(e.body) as KhienEvent;
            return link.js.publish(subjectOf(event, opts.partitions), encoder.encode(e.body), { msgID: String(e.seq), timeout: 10_000 });
          }),
        );
        counters.republished += page.length;
        const last = page[page.length - 1];
        if (last) cursor = last.seq;
        if (page.length < PAGE && (cursor ?? 0) >= deferredMax) {
          // Everything not published live is now in the stream: events from here on go live.
          mode = 'live';
          deferredMin = Infinity;
          deferredMax = 0;
          if (last && last.seq > maxSeen) maxSeen = last.seq;
          await storeCursor();
          return;
        }
      } catch (err) {
        report('event catch-up failed; retrying')(err);
        await sleep(1_000);
      }
    }
  };

  const storeCursor = async (): Promise<void> => {
    const link = opts.link();
    const value = liveCursor();
    if (!link || value === null || value === stored || !link.connected()) return;
    try {
      await link.cursors.put(cursorKey(), String(value));
      stored = value;
    } catch (err) {
      report('storing the event cursor failed')(err);
    }
  };

  const start = async (): Promise<void> => {
    // Wait for the link and for the first receipt (which chain this node appends to), then read where that
    // chain's events stood.
    let link = opts.link();
    while ((!link || chain === null) && !stopped) {
      await sleep(100);
      link = opts.link();
    }
    if (!link || stopped) return;
    for (;;) {
      try {
        const entry = await link.cursors.get(cursorKey());
        const saved = entry && entry.operation === 'PUT' ? Number(entry.string()) : NaN;
        if (Number.isFinite(saved)) cursor = saved;
        else if (deferredMin !== Infinity) cursor = deferredMin - 1;
        else cursor = null;
        break;
      } catch (err) {
        report('reading the event cursor failed; retrying')(err);
        await sleep(1_000);
        if (stopped) return;
      }
    }
    if (cursor === null) {
      // A new node with nothing deferred: live from its first event.
      mode = 'live';
      pump();
    } else {
      mode = 'catching-up';
      deferredMax = Math.max(deferredMax, maxSeen);
      await catchUp();
      pump();
    }
  };

  const rechain = (next: number): void => {
    const previous = mode === 'live' ? liveCursor() : cursor;
    const link = opts.link();
    const oldKey = cursorKey();
    if (link && previous !== null) void link.cursors.put(oldKey, String(previous)).catch(report('storing the event cursor failed'));
    generation++;
    queue = [];
    head = 0;
    outstanding.clear();
    chain = next;
    cursor = null;
    stored = null;
    maxSeen = 0;
    mode = 'starting';
    running = running.then(start);
  };

  const timer = setInterval(() => void storeCursor(), 1_000);
  timer.unref();

  return {
    subscribe: (handler) => opts.local.subscribe(handler),
    publish(event: KhienEvent, receipt?: AuditReceipt): void {
      opts.local.publish(event, receipt);
      const seq = receipt?.seq ?? 0;
      if (stopped) return;
      if (seq > 0) {
        const c = Math.floor(seq / CHAIN_SPAN);
        if (chain === null) chain = c;
        else if (c !== chain) {
          // This node now appends to another chain (its lease passed): that chain's cursor takes over.
          defer(seq);
          rechain(c);
          return;
        }
      }
      if (seq > maxSeen) maxSeen = seq;
      if (mode !== 'live') {
        defer(seq);
        return;
      }
      if (queue.length - head >= maxQueue) {
        defer(seq);
        fallBack();
        return;
      }
      // Events without an audit sequence (not recorded) carry their own id for de-duplication.
      if (seq > 0) outstanding.add(seq);
      queue.push({ seq, msgId: seq > 0 ? String(seq) : `e:${event.id}`, subject: subjectOf(event, opts.partitions), data: encoder.encode(JSON.stringify(event)) });
      pump();
    },
    start() {
      running = running.then(start);
    },
    async stop(ms = 5_000) {
      const until = Date.now() + ms;
      while (Date.now() < until && mode === 'live' && (inFlight > 0 || head < queue.length)) await sleep(20);
      stopped = true;
      clearInterval(timer);
      await storeCursor();
    },
    stats: () => ({ mode, queued: queue.length - head, inFlight, ...counters, cursor: liveCursor(), chain }),
  };
}
