/**
 * The detector workers of one node in NATS mode. Every second the pool
 *
 * - announces the node in the `khien_members` bucket (entries lapse when a node stops renewing them);
 * - renews the leases of its partitions, and stops at once the worker of any lease it lost;
 * - computes its fair share, ⌈partitions ÷ live nodes⌉, takes free partitions up to it (starting from a
 *   node-specific place in the list, so that nodes do not all race for the same keys), and hands one
 *   partition back per tick when it holds more than its share (a clean hand-over: final snapshot, then
 *   release), so that a node that joins gets work;
 * - ticks the alert writer.
 * Partition ownership is nothing but the lease: whoever holds `part.a.3` runs partition a.3.
 */
import type { Detector } from '../detector.ts';
import type { Detection } from '../rule.ts';
import type { AlertWriter } from './alert-relay.ts';
import { acquireLease, type Lease } from './lease.ts';
import type { NatsLink } from './nats-link.ts';
import { startPartitionWorker, type PartitionWorker, type PartitionWorkerStats } from './partition-worker.ts';
import { allPartitions, partitionName, partitionOf, type Family, type PartitionId } from './partitions.ts';

/** Options of {@link startWorkerPool}. */
export interface WorkerPoolOptions {
  readonly link: NatsLink;
  readonly nodeId: string;
  /** Whether this node takes partitions (false: it only publishes, and may still write alerts). */
  readonly workers: boolean;
  readonly makeDetector: (family: Family, onAlert: (d: Detection) => void) => Detector;
  readonly publishDetection: (d: Detection) => Promise<void>;
  readonly alertWriter: AlertWriter | null;
  readonly onError: (err: unknown, what: string) => void;
  readonly tickMs?: number;
  readonly snapshotEveryMs?: number;
}

/** What the pool reports. */
export interface WorkerPoolStats {
  readonly nodeId: string;
  readonly liveNodes: number;
  readonly partitions: PartitionWorkerStats[];
  readonly alertWriter: boolean;
}

/** A running pool. */
export interface WorkerPool {
  stats(): WorkerPoolStats;
  /** Runs one round now (tests). */
  tick(): Promise<void>;
  /** Hands every partition back with a final snapshot, releases the leases, leaves the member list. */
  stop(): Promise<void>;
}

interface Held {
  readonly lease: Lease;
  worker: PartitionWorker | null;
}

/**
 * Starts the pool.
 *
 * @param opts - link, node id, detector factory, detection publisher, alert writer
 * @returns the pool
 */
export function startWorkerPool(opts: WorkerPoolOptions): WorkerPool {
  const all = allPartitions(opts.link.settings.partitions);
  const offset = partitionOf(opts.nodeId, all.length);
  const order = [...all.slice(offset), ...all.slice(0, offset)];
  const held = new Map<string, Held>();
  let liveNodes = 1;
  let stopped = false;
  let running: Promise<void> | null = null;

  const dropWorker = async (key: string, withSnapshot: boolean, release: boolean): Promise<void> => {
    const h = held.get(key);
    if (!h) return;
    held.delete(key);
    if (h.worker) await h.worker.stop(withSnapshot).catch((err: unknown) => opts.onError(err, `stopping partition ${key} failed`));
    if (release) await h.lease.release();
  };

  const take = async (p: PartitionId): Promise<void> => {
    const key = partitionName(p);
    const lease = await acquireLease(opts.link.leases, `part.${key}`, opts.nodeId);
    if (!lease) return;
    const h: Held = { lease, worker: null };
    held.set(key, h);
    try {
      h.worker = await startPartitionWorker({
        link: opts.link,
        partition: p,
        lease,
        makeDetector: (onAlert) => opts.makeDetector(p.family, onAlert),
        publishDetection: opts.publishDetection,
        snapshotEveryMs: opts.snapshotEveryMs,
        onFailed: (err) => {
          opts.onError(err, `partition ${key} stopped`);
          // The lease is given back so that a node (maybe this one) restarts it from its snapshot.
          void dropWorker(key, false, true);
        },
      });
    } catch (err) {
      opts.onError(err, `starting partition ${key} failed`);
      await dropWorker(key, false, true);
    }
  };

  const round = async (): Promise<void> => {
    if (!opts.link.connected()) return;
    await opts.link.members.put(opts.nodeId, String(Date.now())).catch((err: unknown) => opts.onError(err, 'member heartbeat failed'));
    for (const [key, h] of [...held]) {
      if (!(await h.lease.renew())) await dropWorker(key, false, false);
    }
    if (opts.workers) {
      try {
        const keys = await opts.link.members.keys();
        let n = 0;
        for await (const k of keys) if (k) n++;
        liveNodes = Math.max(1, n);
      } catch (err) {
        opts.onError(err, 'reading the member list failed');
      }
      const fair = Math.ceil(all.length / liveNodes);
      let started = 0;
      for (const p of order) {
        if (stopped || held.size >= fair || started >= 8) break;
        if (held.has(partitionName(p))) continue;
        const before = held.size;
        await take(p);
        if (held.size > before) started++;
      }
      if (held.size > fair) {
        const last = [...held.keys()].pop();
        if (last) await dropWorker(last, true, true);
      }
    }
    if (opts.alertWriter) await opts.alertWriter.tick().catch((err: unknown) => opts.onError(err, 'alert writer tick failed'));
  };

  const tick = (): Promise<void> => {
    running ??= round()
      .catch((err: unknown) => opts.onError(err, 'worker pool round failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), opts.tickMs ?? 1_000);
  timer.unref();
  void tick();

  return {
    tick,
    stats: () => ({
      nodeId: opts.nodeId,
      liveNodes,
      partitions: [...held.values()].flatMap((h) => (h.worker ? [h.worker.stats()] : [])),
      alertWriter: opts.alertWriter?.holding() ?? false,
    }),
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
      for (const key of [...held.keys()]) await dropWorker(key, true, true);
      if (opts.alertWriter) await opts.alertWriter.stop();
      await opts.link.members.delete(opts.nodeId).catch(() => {});
    },
  };
}
