/**
 * The partitions of `audit_entries` (issue 19 item 3; migration `0022_audit_partitions`, docs/SCALING.md "The
 * record at scale"): native range partitions on `seq`, each a fixed span of sequence numbers aligned on a
 * complete Merkle subtree, plus a DEFAULT partition that should stay empty. The database function
 * `audit_ensure_partitions` (SECURITY DEFINER, so the application role may call it) creates the partitions
 * ahead of the log; the job here calls it periodically, once across the cluster (on the audit sequencer), and
 * raises an alert while rows sit in the DEFAULT partition (they are safe there, but the next partition cannot
 * be attached over them: the operator moves them, docs/OPERATIONS.md).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';

/** One range partition: entries with `fromSeq ≤ seq < toSeq`. */
export interface AuditPartition {
  readonly name: string;
  readonly fromSeq: number;
  readonly toSeq: number;
}

/** The partitions and the safety net's content. */
export interface PartitionStatus {
  /** Range partitions in seq order. */
  readonly partitions: readonly AuditPartition[];
  /** Rows in the DEFAULT partition (0 when healthy). */
  readonly defaultRows: number;
  /** Highest seq in the log (0 when empty). */
  readonly head: number;
}

/**
 * Reads the partitions, the DEFAULT partition's row count and the head.
 *
 * @param db - database (read-only use)
 * @returns the status
 */
export async function partitionStatus(db: Database): Promise<PartitionStatus> {
  const parts = await queryRows<{ name: string; from_seq: string | number; to_seq: string | number }>(db, sql`select name, from_seq, to_seq from audit_partition_bounds()`);
  // The DEFAULT partition stays tiny (empty when healthy), so counting it is cheap.
  const [d] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries_default`);
  const [h] = await queryRows<{ head: string | number | null }>(db, sql`select max(seq) as head from audit_entries`);
  return {
    partitions: parts.map((p) => ({ name: p.name, fromSeq: Number(p.from_seq), toSeq: Number(p.to_seq) })),
    defaultRows: d?.n ?? 0,
    head: Number(h?.head ?? 0),
  };
}

/**
 * Creates the partitions needed to cover the head plus the headroom (see the migration for the defaults).
 *
 * @param db - database (the application role may call it)
 * @param opts - `span`: entries per new partition (default: the last partition's); `headroom`: entries past the
 *   head that must already have a partition (default: half a span)
 * @returns how many partitions were created
 */
export async function ensurePartitions(db: Database, opts: { readonly span?: number; readonly headroom?: number } = {}): Promise<number> {
  const [r] = await queryRows<{ made: number }>(db, sql`select audit_ensure_partitions(${opts.span ?? null}::bigint, ${opts.headroom ?? null}::bigint) as made`);
  return Number(r?.made ?? 0);
}

/** Options of {@link startPartitionJob}. */
export interface PartitionJobOptions {
  readonly db: Database;
  readonly intervalSeconds: number;
  /** Whether this node runs the job now (the audit sequencer does: once across the cluster). */
  readonly active: () => boolean;
  /** Partitions were created. */
  readonly onCreated?: (count: number, status: PartitionStatus) => void;
  /** Rows sit in the DEFAULT partition: raise an alert (called at every run while they do). */
  readonly onDefaultRows: (status: PartitionStatus) => void;
  readonly onError?: (err: unknown) => void;
}

/**
 * Runs the partition upkeep now and then every interval: create what is needed ahead, then check the DEFAULT
 * partition.
 *
 * @param opts - database, interval, lease test and reporting
 * @returns `run` (one pass now, for start-up and tests) and `stop`
 */
export function startPartitionJob(opts: PartitionJobOptions): { run(): Promise<void>; stop(): Promise<void> } {
  let busy: Promise<void> | null = null;
  const run = (): Promise<void> => {
    if (busy) return busy;
    if (!opts.active()) return Promise.resolve();
    busy = (async () => {
      let made = 0;
      try {
        made = await ensurePartitions(opts.db);
      } catch (err) {
        // Most likely rows in the DEFAULT partition over the range to create: reported below as well.
        opts.onError?.(err);
      }
      const status = await partitionStatus(opts.db);
      if (made > 0) opts.onCreated?.(made, status);
      if (status.defaultRows > 0) opts.onDefaultRows(status);
    })()
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => {
        busy = null;
      });
    return busy;
  };
  const timer = setInterval(() => void run(), opts.intervalSeconds * 1000);
  timer.unref();
  return {
    run,
    stop: async () => {
      clearInterval(timer);
      if (busy) await busy;
    },
  };
}
