/**
 * Several Khiên nodes, one audit record (issue 19, item 1): one sequencer at a time, elected through a
 * PostgreSQL lease, with fast failover.
 *
 * The record stays ONE hash chain and ONE Merkle tree, so every proof, checkpoint, verifier and the citizen's
 * inclusion proofs work unchanged. Each node runs {@link startSequencer} on a dedicated connection that tries
 * the session advisory lock {@link SEQUENCER_LOCK_KEY}:
 * - the node holding it (the sequencer) re-reads the head from the database and chains with its group-commit
 *   appender, its own appends and the groups handed off by the other nodes alike;
 * - every other node hands each `appendMany` off: one row of `audit_handoff` (the canonical bodies, in order)
 *   and a notice, then waits until the entries are in `audit_entries` (a notice from the sequencer, or a poll)
 *   and answers with their receipts. The answer still comes only after the entries are durable, chained and in
 *   the tree (DESIGN.md invariant 2); a group not chained in time is refused (`KHIEN_AUDIT_UNAVAILABLE`) and,
 *   if chained later, the record holds a refused read — never the reverse.
 *
 * Failover: when the sequencer's process dies its session ends and PostgreSQL releases the lock; another node
 * takes it within {@link SequencerOptions.retryMs} and chains the waiting hand-offs. Safety never depends on the
 * lease: two writers with the same head collide on the primary key (`seq`) and the loser's group is refused,
 * and a hand-off row is deleted in the transaction that chains it (a second claimant abandons its batch), so
 * the chain cannot fork and no group is chained twice. On PGlite one process owns the data: it is the
 * sequencer.
 */
import pg from 'pg';
import type { DbHandle } from '../db/client.ts';
import type { AuditReceipt, KhienEvent } from '../events/types.ts';
import { prepareEntry, type AuditAppender, type CommittedHead, type LocalAuditAppender } from './appender.ts';
import { AuditErrors } from './audit.errors.ts';
import { HANDOFF_CHAINED_CHANNEL, HANDOFF_WAITING_CHANNEL, deleteHandoff, findEntriesByEventIds, insertHandoff, listHandoffs } from './audit.repo.ts';
import { itemAt } from '../platform/arrays.ts';

/** The advisory lock that makes a node the sequencer (one per database). */
export const SEQUENCER_LOCK_KEY = 7_243_001_019;

/** Options of {@link startSequencer}. */
export interface SequencerOptions {
  readonly database: DbHandle;
  /** This node's group-commit appender (used only while it holds the lease). */
  readonly local: LocalAuditAppender;
  /** This node's name (diagnostics in `audit_handoff.node`). */
  readonly node: string;
  /** How long a handed-off group may wait to be chained before the caller is refused (default 10 s). */
  readonly waitMs?: number;
  /** How often a node without the lease tries to take it, and the holder checks its connection (default 1 s). */
  readonly retryMs?: number;
  /** Poll interval behind the notices (default 250 ms). */
  readonly pollMs?: number;
  /** Told about failures (log the error type only: driver messages carry data). */
  readonly onError?: (err: unknown) => void;
  /** Told when this node becomes or stops being the sequencer. */
  readonly onRoleChange?: (sequencer: boolean) => void;
}

/** The audit appender of a node among several: the sequencer's appender or a hand-off to it. */
export interface ClusterAppender extends AuditAppender {
  /** Whether this node holds the sequencer lease now. */
  isSequencer(): boolean;
}

interface Waiter {
  readonly eventIds: readonly string[];
  readonly deadline: number;
  readonly resolve: (r: AuditReceipt[]) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Starts taking part in the election and returns the node's appender. Resolves after the first attempt to take
 * the lease (a lone node is the sequencer at once).
 *
 * @param opts - database, local appender, node name, timings
 * @returns the appender every module of this node records through
 */
export async function startSequencer(opts: SequencerOptions): Promise<ClusterAppender> {
  const { local } = opts;
  const pool = opts.database.pool;
  if (!pool) {
    // PGlite: one process owns the data directory.
    return { ...delegate(local), isSequencer: () => true };
  }
  const db = opts.database.db;
  const waitMs = opts.waitMs ?? 10_000;
  const retryMs = opts.retryMs ?? 1000;
  const pollMs = opts.pollMs ?? 250;
  const fail = (err: unknown): void => opts.onError?.(err);

  // The lease's own connection, outside the app's pool: a small pool (the CLI's) must never be starved by it.
  let conn: pg.Client | null = null;
  let sequencer = false;
  let stopped = false;
  let attempt: Promise<void> | null = null;

  const setRole = (value: boolean): void => {
    if (sequencer === value) return;
    sequencer = value;
    opts.onRoleChange?.(value);
  };

  // ---- the lease -------------------------------------------------------------------------------------------
  const dropConnection = (c: pg.Client): void => {
    if (conn !== c) return;
    conn = null;
    setRole(false);
    c.removeAllListeners('notification');
    // Ending the session is what releases the advisory lock.
    void c.end().catch(() => undefined);
  };

  const attemptLease = async (): Promise<void> => {
    if (stopped) return;
    if (!conn) {
      const c = new pg.Client({ ...pool.options, application_name: `khien-audit-sequencer ${opts.node}`.slice(0, 63) });
      c.on('error', (err) => {
        fail(err);
        dropConnection(c);
      });
      c.on('notification', (msg) => {
        if (msg.channel === HANDOFF_WAITING_CHANNEL && sequencer) pump();
        if (msg.channel === HANDOFF_CHAINED_CHANNEL && waiters.size > 0) check();
      });
      conn = c;
      try {
        await c.connect();
        await c.query(`LISTEN ${HANDOFF_WAITING_CHANNEL}`);
        await c.query(`LISTEN ${HANDOFF_CHAINED_CHANNEL}`);
      } catch (err) {
        dropConnection(c);
        throw err;
      }
    }
    const c = conn;
    if (sequencer) {
      // The holder checks that its session (and so its lock) is still alive.
      await c.query('select 1');
      return;
    }
    const { rows } = await c.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [SEQUENCER_LOCK_KEY]);
    if (rows[0]?.ok !== true || conn !== c) return;
    // Another node may have chained up to a moment ago: continue from the committed head.
    await local.recover();
    setRole(true);
    pump();
  };

  const tryLease = (): Promise<void> => {
    attempt ??= attemptLease()
      .catch((err: unknown) => {
        fail(err);
        if (conn) dropConnection(conn);
      })
      .finally(() => {
        attempt = null;
      });
    return attempt;
  };

  // ---- the sequencer: chain what other nodes handed off ------------------------------------------------------
  const inFlight = new Set<number>();
  // Hand-offs chained a moment ago: a listing read before their commit may still name them (kept 30 s).
  const chainedAt = new Map<number, number>();
  let pumping = false;
  let pumpAgain = false;
  const pump = (): void => {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    void (async () => {
      do {
        pumpAgain = false;
        if (!sequencer || stopped) break;
        const rows = await listHandoffs(db, 512);
        const now = Date.now();
        for (const [id, at] of chainedAt) if (now - at > 30_000) chainedAt.delete(id);
        for (const row of rows) {
          if (inFlight.has(row.id) || chainedAt.has(row.id)) continue;
          inFlight.add(row.id);
          local
            .appendHandoff(row.id, row.bodies)
            .then(() => void chainedAt.set(row.id, Date.now()))
            .catch(async (err: unknown) => {
              if ((err as { code?: string })?.code === 'KHIEN_AUDIT_INVALID_EVENT') {
                // Cannot be chained by anyone: removed, so it does not block the queue; its caller is refused.
                fail(err);
                await deleteHandoff(db, row.id).catch(fail);
              }
            })
            .finally(() => inFlight.delete(row.id));
        }
      } while (pumpAgain);
    })()
      .catch(fail)
      .finally(() => {
        pumping = false;
      });
  };

  // ---- the other nodes: hand off and wait ----------------------------------------------------------------
  const waiters = new Set<Waiter>();
  let checking = false;
  let checkAgain = false;
  const check = (): void => {
    if (checking) {
      checkAgain = true;
      return;
    }
    checking = true;
    void (async () => {
      do {
        checkAgain = false;
        const pending = [...waiters];
        if (pending.length === 0) break;
        const found = await findEntriesByEventIds(db, pending.flatMap((w) => w.eventIds));
        const now = Date.now();
        for (const w of pending) {
          const receipts = w.eventIds.map((id) => found.get(id));
          if (receipts.every((r) => r !== undefined)) {
            waiters.delete(w);
            w.resolve(receipts);
          } else if (now > w.deadline) {
            waiters.delete(w);
            w.reject(new AuditErrors.UNAVAILABLE());
          }
        }
      } while (checkAgain);
    })()
      .catch(fail)
      .finally(() => {
        checking = false;
      });
  };

  const handOff = async (events: readonly KhienEvent[]): Promise<AuditReceipt[]> => {
    if (stopped) throw new AuditErrors.UNAVAILABLE();
    const items = events.map(prepareEntry);
    if (items.length === 0) return [];
    try {
      await insertHandoff(db, items.map((i) => i.body), opts.node);
    } catch (err) {
      fail(err);
      throw new AuditErrors.UNAVAILABLE();
    }
    return new Promise<AuditReceipt[]>((resolve, reject) => {
      waiters.add({ eventIds: items.map((i) => i.eventId), deadline: Date.now() + waitMs, resolve, reject });
    });
  };

  const appendMany = (events: readonly KhienEvent[]): Promise<AuditReceipt[]> => (sequencer ? local.appendMany(events) : handOff(events));

  await tryLease();
  const leaseTimer = setInterval(() => void tryLease(), retryMs);
  const pollTimer = setInterval(() => {
    if (sequencer) pump();
    if (waiters.size > 0) check();
  }, pollMs);
  leaseTimer.unref();
  pollTimer.unref();

  return {
    append: async (event) => itemAt(await appendMany([event]), 0),
    appendMany,
    head: (): CommittedHead | null => local.head(),
    recover: () => local.recover(),
    isSequencer: () => sequencer,
    stop: async () => {
      // Hand-offs already made get their chance to be answered (the sequencer, possibly this node, chains them).
      const until = Date.now() + Math.min(waitMs, 3000);
      while (waiters.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, pollMs));
      stopped = true;
      clearInterval(leaseTimer);
      clearInterval(pollTimer);
      for (const w of waiters) w.reject(new AuditErrors.UNAVAILABLE());
      waiters.clear();
      if (attempt) await attempt;
      await local.stop();
      if (conn) dropConnection(conn);
    },
  };
}

function delegate(local: AuditAppender): AuditAppender {
  return {
    append: (e) => local.append(e),
    appendMany: (es) => local.appendMany(es),
    head: () => local.head(),
    recover: () => local.recover(),
    stop: () => local.stop(),
  };
}
