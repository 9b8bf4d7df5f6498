/**
 * One partition of the event stream, worked by the node that holds its lease: a detector with the family's
 * rules, fed by an ordered consumer (JetStream's in-order, flow-controlled reader that recreates itself after
 * a server failure) filtered on the partition's subject, its detections published to the detections stream.
 *
 * State survives restarts and moves between nodes through snapshots in the `khien_snapshots` object store:
 * every {@link SNAPSHOT_EVERY_MS} the worker waits until the detector has no pending lookup, encodes its
 * state with the stream position it covers, waits until every detection raised so far is acknowledged by
 * the detections stream, checks that it still holds the lease, and stores it. A new owner restores the
 * snapshot and resumes after that position; the detections it raises again for events between the snapshot
 * and the previous owner's last event have the same message ids, and the detections stream drops them.
 * Without a usable snapshot (none yet, or one taken with other rules or parameters) it replays the stream:
 * from the start, learning silently up to the position the old snapshot covered.
 */
import { DeliverPolicy, type ConsumerMessages } from '@nats-io/jetstream';
import type { KhienEvent } from '../../events/types.ts';
import type { Detector } from '../detector.ts';
import type { Detection } from '../rule.ts';
import { decodeDetectorState, encodeDetectorState } from '../state-codec.ts';
import type { Lease } from './lease.ts';
import { EVENT_STREAM, type NatsLink } from './nats-link.ts';
import { filterOf, partitionName, type PartitionId } from './partitions.ts';

/** How often a busy worker stores a snapshot. */
export const SNAPSHOT_EVERY_MS = 5_000;

/** Options of {@link startPartitionWorker}. */
export interface PartitionWorkerOptions {
  readonly link: NatsLink;
  readonly partition: PartitionId;
  readonly lease: Lease;
  /** Makes the family's detector with its alert callback. */
  readonly makeDetector: (onAlert: (d: Detection) => void) => Detector;
  /** Publishes a detection (resolves once the detections stream acknowledged it). */
  readonly publishDetection: (d: Detection) => Promise<void>;
  /** Called once when the worker stops by itself (lost lease, failed publish, broken consumer). */
  readonly onFailed: (err: unknown) => void;
  readonly snapshotEveryMs?: number;
}

/** Counters of a worker. */
export interface PartitionWorkerStats {
  readonly partition: string;
  /** Stream sequence of the last event processed. */
  readonly position: number;
  /** Stream sequence the last stored snapshot covers. */
  readonly snapshotAt: number;
  readonly restoredFrom: 'snapshot' | 'replay' | 'empty';
  readonly events: number;
  readonly detections: number;
}

/** A running worker. */
export interface PartitionWorker {
  stats(): PartitionWorkerStats;
  /** Stops consuming; with `snapshot`, stores a final snapshot first (a clean hand-over). */
  stop(snapshot: boolean): Promise<void>;
}

/** Snapshot object layout: 8-byte big-endian stream sequence, then the encoded detector state. */
function packSnapshot(seq: number, state: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + state.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(seq));
  out.set(state, 8);
  return out;
}

function unpackSnapshot(bytes: Uint8Array): { seq: number; state: Uint8Array } | null {
  if (bytes.length < 8) return null;
  const seq = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0));
  return { seq, state: bytes.subarray(8) };
}

/**
 * Restores the partition's detector and starts consuming.
 *
 * @param opts - link, partition, lease, detector factory, detection publisher
 * @returns the running worker
 */
export async function startPartitionWorker(opts: PartitionWorkerOptions): Promise<PartitionWorker> {
  const name = partitionName(opts.partition);
  const every = opts.snapshotEveryMs ?? SNAPSHOT_EVERY_MS;
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let failed = false;
  const fail = (err: unknown): void => {
    if (failed || stopping) return;
    failed = true;
    opts.onFailed(err);
    void shutdown(false);
  };
  const detector = opts.makeDetector((d) => {
    const p = opts.publishDetection(d).catch((err: unknown) => fail(err));
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  });

  let startSeq = 1;
  let learnUntil = 0;
  let restoredFrom: PartitionWorkerStats['restoredFrom'] = 'empty';
  const stored = await opts.link.snapshots.getBlob(name);
  const packed = stored ? unpackSnapshot(stored) : null;
  if (packed) {
    const state = decodeDetectorState(packed.state);
    if (state && detector.restore(state)) {
      startSeq = packed.seq + 1;
      restoredFrom = 'snapshot';
    } else {
      learnUntil = packed.seq;
      restoredFrom = 'replay';
    }
  }
  let position = startSeq - 1;
  let snapshotAt = packed ? packed.seq : 0;

  const snapshot = async (): Promise<void> => {
    while (detector.pending() > 0) await detector.settled();
    // From here to the encoding nothing awaits: the state and the position belong together.
    const seq = position;
    if (seq <= snapshotAt) return;
    const bytes = encodeDetectorState(detector.snapshot());
    await Promise.all([...inFlight]);
    if (failed || !(await opts.lease.renew())) throw new Error(`lease of ${name} lost before its snapshot`);
    await opts.link.snapshots.putBlob({ name }, packSnapshot(seq, bytes));
    snapshotAt = seq;
  };

  const consumer = await opts.link.js.consumers.get(EVENT_STREAM, {
    filter_subjects: filterOf(opts.partition),
    deliver_policy: startSeq <= 1 ? DeliverPolicy.All : DeliverPolicy.StartSequence,
    ...(startSeq > 1 ? { opt_start_seq: startSeq } : {}),
  });
  const messages: ConsumerMessages = await consumer.consume({ max_messages: 1000 });
  let nextSnapshot = Date.now() + every;
  // Typed through `as`: set only from callbacks, so a plain `= null` would narrow it to null in the loop below
  // (which the compiler reads inline) and make `await busy` look like awaiting nothing.
  let busy = null as Promise<void> | null;
  const snapshotSoon = (): Promise<void> => {
    busy ??= snapshot()
      .catch((err: unknown) => fail(err))
      .finally(() => {
        busy = null;
        nextSnapshot = Date.now() + every;
      });
    return busy;
  };
  // An idle partition still stores its position now and then.
  const timer = setInterval(() => {
    if (Date.now() >= nextSnapshot) void snapshotSoon();
  }, Math.max(250, Math.floor(every / 4)));
  timer.unref();

  const loop = (async (): Promise<void> => {
    for await (const m of messages) {
      if (stopping) break;
      let event: KhienEvent;
      try {
        event = m.json<KhienEvent>();
      } catch {
        position = m.seq;
        continue;
      }
      if (m.seq <= learnUntil) detector.learn(event);
      else detector.process(event);
      position = m.seq;
      if (busy) await busy;
      if (Date.now() >= nextSnapshot) await snapshotSoon();
    }
  })().catch((err: unknown) => fail(err));

  const shutdown = async (withSnapshot: boolean): Promise<void> => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    messages.stop();
    await loop;
    if (busy) await busy;
    if (withSnapshot && !failed) {
      nextSnapshot = 0;
      await snapshot().catch(() => {});
    }
  };

  return {
    stats: () => {
      const s = detector.stats();
      return { partition: name, position, snapshotAt, restoredFrom, events: s.events, detections: s.detections };
    },
    stop: (withSnapshot) => shutdown(withSnapshot),
  };
}
