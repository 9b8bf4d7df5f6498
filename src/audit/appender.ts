/**
 * Group commit for the audit log (DESIGN.md invariant 2, "fail closed, cheaply").
 *
 * One writer owns the head of the log. Concurrent `append` calls queue their prepared entries; a group takes
 * everything queued (up to `maxBatch`), assigns sequence numbers, chain hashes and Merkle nodes in order, writes
 * them in one transaction (on PostgreSQL one COPY per table, `entry-copy.ts`, or for a small group one named
 * statement, `entry-statement.ts`; on PGlite one statement, `insertEntryBatch`), and resolves each caller only after COMMIT. Two groups may be in flight, committed and
 * acknowledged strictly in order (see {@link createAuditAppender}). If a group fails, every caller of it and of
 * the group sealed on top of it is rejected (the read is then refused) and the head is re-read from the
 * database before the next group, so an ambiguous commit can never fork the chain: the primary key on `seq`
 * makes a stale writer fail instead.
 */
import crypto from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Database } from '../db/client.ts';
import type { AuditReceipt, KhienEvent } from '../events/types.ts';
import { canonicalJson } from '../platform/canonical-json.ts';
import { extractEntryFields, type EntryFields } from './entry-fields.ts';
import { Frontier, bytesOfHex, frontierKeys, hexOf, nodeKeyId, type TreeNode } from './merkle-tree.ts';
import { chainOfEntry, entryBytes, leafOfEntry, type EntryBytes } from './entry-hash.ts';
import { HandoffAlreadyChained, insertEntryBatch, readHead, readNodes, type NewEntry, type NewTreeNode } from './audit.repo.ts';
import { abandon, encodeGroup, writeGroup } from './entry-copy.ts';
import { insertGroupStatement } from './entry-statement.ts';
import { rawPoolOf } from '../db/raw-statement.ts';
import { AuditErrors } from './audit.errors.ts';

/** The chain hash that precedes entry 1: 32 zero bytes. */
export const GENESIS_CHAIN_HASH = new Uint8Array(32);

/**
 * Chain hash of an entry: SHA-256(previous chain hash ‖ UTF-8 body).
 *
 * @param prev - previous chain hash (32 bytes)
 * @param body - canonical JSON body
 * @returns the 32-byte chain hash
 */
export function chainHashOf(prev: Uint8Array, body: string): Uint8Array {
  return crypto.createHash('sha256').update(prev).update(body, 'utf8').digest();
}

/** The committed head of the log. */
export interface CommittedHead {
  readonly size: number;
  readonly rootHash: string;
  readonly chainHash: string;
}

/** Options of {@link createAuditAppender}. */
export interface AppenderOptions {
  readonly db: Database;
  /** Largest number of entries per transaction (default 4096). */
  readonly maxBatch?: number;
  /** Told about each failed batch or recovery (log the error type only: driver messages carry data). */
  readonly onError?: (err: unknown) => void;
}

/** The group-commit appender. */
export interface AuditAppender {
  /** Appends one event; resolves after COMMIT; rejects with `KHIEN_AUDIT_UNAVAILABLE` when it could not. */
  append(event: KhienEvent): Promise<AuditReceipt>;
  /** Appends several events atomically (same transaction), in order. */
  appendMany(events: readonly KhienEvent[]): Promise<AuditReceipt[]>;
  /** The committed head, or null before the first recovery. */
  head(): CommittedHead | null;
  /** Reads the head from the database now (also done lazily before the first batch). */
  recover(): Promise<CommittedHead>;
  /** Finishes queued work and refuses new appends. */
  stop(): Promise<void>;
}

/** The appender of the node that holds the sequencer lease: also chains groups handed off by other nodes. */
export interface LocalAuditAppender extends AuditAppender {
  /**
   * Chains a handed-off group (its canonical bodies, in order) atomically with the deletion of its hand-off row.
   *
   * @throws `HandoffAlreadyChained` (batch abandoned) when the row was already chained under an earlier lease
   */
  appendHandoff(handoffId: number, bodies: readonly string[]): Promise<AuditReceipt[]>;
}

/** An event checked, canonicalised and leaf-hashed, ready to be chained (see {@link prepareEntry}). */
export interface Prepared {
  readonly body: string;
  /** The body's bytes behind a slot for the chain hash. */
  readonly bytes: EntryBytes;
  readonly leaf: Uint8Array;
  readonly kind: KhienEvent['kind'];
  readonly time: string;
  readonly eventId: string;
  readonly fields: EntryFields;
}

interface Pending {
  readonly items: readonly Prepared[];
  /** Set when the group was handed off by another node (see `sequencer.ts`). */
  readonly handoffId?: number;
  readonly resolve: (receipts: AuditReceipt[]) => void;
  readonly reject: (err: unknown) => void;
}

/** The head of the chain as the writer holds it: last seq, last chain hash, Merkle frontier. */
export interface ChainState {
  readonly seq: number;
  readonly chain: Uint8Array;
  readonly frontier: Frontier;
}

type State = ChainState;

const KINDS = new Set(['access', 'auth', 'admin', 'external']);

/**
 * Checks an event and computes what does not depend on its place in the log: the canonical body and the
 * Merkle leaf hash.
 *
 * @param event - the event
 * @returns the prepared entry
 * @throws `KHIEN_AUDIT_INVALID_EVENT` when the event cannot be recorded faithfully
 */
export function prepareEntry(event: KhienEvent): Prepared {
  if (!event || !KINDS.has(event.kind)) throw new AuditErrors.INVALID_EVENT('kind');
  if (typeof event.id !== 'string' || event.id.length === 0) throw new AuditErrors.INVALID_EVENT('id');
  if (typeof event.time !== 'string' || Number.isNaN(Date.parse(event.time))) throw new AuditErrors.INVALID_EVENT('time');
  let fields: EntryFields;
  try {
    fields = extractEntryFields(event);
  } catch {
    throw new AuditErrors.INVALID_EVENT('fields');
  }
  if (!Array.isArray(fields.subjectIds)) throw new AuditErrors.INVALID_EVENT('subjects');
  if (fields.withheldUntil !== null && Number.isNaN(Date.parse(fields.withheldUntil))) throw new AuditErrors.INVALID_EVENT('withheldUntil');
  if (fields.subjectIds.some((s) => typeof s !== 'string' || s.includes('\u001f'))) throw new AuditErrors.INVALID_EVENT('subjects');
  let body: string;
  try {
    body = canonicalJson(event);
  } catch {
    throw new AuditErrors.INVALID_EVENT('json');
  }
  const bytes = entryBytes(body);
  return { body, bytes, leaf: leafOfEntry(bytes), kind: event.kind, time: new Date(event.time).toISOString(), eventId: event.id, fields };
}

/** The rows one group writes, and the head after it. */
export interface SealedGroup {
  readonly entries: NewEntry[];
  readonly nodes: NewTreeNode[];
  readonly receipts: AuditReceipt[];
  readonly next: ChainState;
}

/**
 * Assigns sequence numbers, chain hashes and completed Merkle nodes to prepared entries, in order, after a
 * head. Pure: the given state is not changed (a failed write keeps the old head).
 *
 * @param state - the committed head
 * @param items - prepared entries in log order
 * @returns the rows to insert in one statement and the head once they are committed
 */
export function sealEntries(state: ChainState, items: readonly Prepared[]): SealedGroup {
  const frontier = state.frontier.clone();
  let seq = state.seq;
  let chain = state.chain;
  const entries: NewEntry[] = [];
  const nodes: NewTreeNode[] = [];
  const receipts: AuditReceipt[] = [];
  for (const item of items) {
    seq++;
    chain = chainOfEntry(item.bytes, chain);
    const chainHex = hexOf(chain);
    for (const node of frontier.append(item.leaf)) nodes.push({ level: node.level, index: node.index, hash: hexOf(node.hash) });
    entries.push({ seq, time: item.time, kind: item.kind, body: item.body, leafHash: hexOf(item.leaf), chainHash: chainHex, eventId: item.eventId, fields: item.fields });
    receipts.push({ seq, hash: chainHex });
  }
  return { entries, nodes, receipts, next: { seq, chain, frontier } };
}

/**
 * Reads the committed head from the database: last seq and chain hash, and the Merkle frontier from the
 * stored nodes.
 *
 * @param db - database
 * @returns the head
 */
export async function readChainState(db: Database): Promise<ChainState> {
  const head = await readHead(db);
  const size = head?.seq ?? 0;
  const keys = frontierKeys(size);
  const got = await readNodes(db, keys);
  const nodes: TreeNode[] = keys.map((k) => {
    const hash = got.get(nodeKeyId(k));
    if (!hash) throw new Error(`audit tree node ${nodeKeyId(k)} missing: the store is inconsistent`);
    return { ...k, hash };
  });
  return { seq: size, chain: head ? bytesOfHex(head.chainHash) : GENESIS_CHAIN_HASH, frontier: new Frontier(size, nodes) };
}

/** Largest group written as one statement rather than a COPY transaction when no other group is in flight. */
const SMALL_GROUP = 32;

/**
 * Commits a group's open transaction and returns its connection to the pool. If the commit fails it may or may
 * not have happened: the connection is not reused, and the caller re-reads the head.
 */
async function commitAndRelease(client: PoolClient): Promise<void> {
  try {
    await client.query('commit');
  } catch (err) {
    client.release(err instanceof Error ? err : new Error('commit failed'));
    throw err;
  }
  client.release();
}

/** A group written but not yet committed: COMMIT it once every earlier group committed, or abort it. */
interface OpenGroup {
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Creates the appender. It recovers the head lazily, before its first batch.
 *
 * On PostgreSQL up to two groups are in flight: group N+1 is sealed on N's (uncommitted) head and written in
 * its own transaction on a second connection while N commits, but it is COMMITted only after N's COMMIT
 * succeeded, and its writers are acknowledged only then — strictly in order. If N fails, N+1 is rolled back and
 * refused as well, and the head is re-read from the database (the last committed state) once both have
 * settled. On PGlite (one connection) one group at a time.
 *
 * @param opts - database, batch size, error callback
 * @returns the appender
 */
export function createAuditAppender(opts: AppenderOptions): LocalAuditAppender {
  const maxBatch = opts.maxBatch ?? 4096;
  const pool = rawPoolOf(opts.db);
  const maxInFlight = pool ? 2 : 1;
  const queue: Pending[] = [];
  /** The head after the last group sealed (committed or in flight); null: re-read it from the database. */
  let tip: State | null = null;
  let committed: CommittedHead | null = null;
  let inFlight = 0;
  /** A hand-off group is in flight: it runs alone (its abandonment must not refuse a following group). */
  let handoffInFlight = false;
  /** Settles when the last started group has committed (rejects if it failed). */
  let lastCommit: Promise<void> = Promise.resolve();
  let recovering = 0;
  let scheduled = false;
  let stopped = false;
  const idleWaiters: Array<() => void> = [];

  const readState = async (): Promise<CommittedHead> => {
    const s = await readChainState(opts.db);
    tip = s;
    committed = { size: s.seq, rootHash: hexOf(s.frontier.root()), chainHash: hexOf(s.chain) };
    return committed;
  };

  const whenIdle = (): Promise<void> => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)));

  const recover = async (): Promise<CommittedHead> => {
    // Never under a group in flight: the head it reads would be overtaken by that group's commit.
    recovering++;
    try {
      await whenIdle();
      return await readState();
    } finally {
      recovering--;
      schedule();
    }
  };

  const takeBatch = (): Pending[] => {
    const out: Pending[] = [];
    let n = 0;
    // A batch holds either this node's own appends or groups handed off by other nodes, never both: a hand-off
    // already chained under an earlier lease abandons its batch, which must not refuse this node's callers.
    const handoff = queue[0]?.handoffId !== undefined;
    while (queue.length > 0 && (queue[0]!.handoffId !== undefined) === handoff && (out.length === 0 || n + queue[0]!.items.length <= maxBatch)) {
      const p = queue.shift()!;
      out.push(p);
      n += p.items.length;
    }
    return out;
  };

  /** Opens the group's transaction and writes its rows (PostgreSQL), or defers the one-statement insert to commit. */
  const openGroup = async (sealed: SealedGroup, handoffIds: readonly number[], alone: boolean): Promise<OpenGroup> => {
    // A small group is one named prepared statement (parsed and planned once per pooled connection,
    // entry-statement.ts): with none before it in flight (a quiet moment: one writer, a few) it is its own
    // transaction, one round trip at commit time; behind a group in flight it runs inside a transaction of its
    // own, committed after that group (begin, statement, commit: three round trips instead of the COPY
    // transaction's five). A group that claims hand-offs takes the COPY transaction (insertEntryBatch on PGlite).
    if (pool && sealed.entries.length <= SMALL_GROUP && handoffIds.length === 0) {
      if (alone) return { commit: () => insertGroupStatement(pool, sealed.entries, sealed.nodes), abort: async () => {} };
      const client = await pool.connect();
      try {
        await client.query('begin');
        await insertGroupStatement(client, sealed.entries, sealed.nodes);
      } catch (err) {
        await abandon(client);
        throw err;
      }
      return { commit: () => commitAndRelease(client), abort: () => abandon(client) };
    }
    if (!pool || (alone && sealed.entries.length <= SMALL_GROUP)) {
      return { commit: () => insertEntryBatch(opts.db, sealed.entries, sealed.nodes, handoffIds), abort: async () => {} };
    }
    const data = encodeGroup(sealed.entries, sealed.nodes);
    const client = await pool.connect();
    try {
      await writeGroup(client, data, handoffIds);
    } catch (err) {
      await abandon(client);
      throw err;
    }
    return { commit: () => commitAndRelease(client), abort: () => abandon(client) };
  };

  const runGroup = async (batch: Pending[], handoff: boolean, alone: boolean): Promise<void> => {
    // The group before it, if still in flight (a settled failure concerns only the groups sealed on top of it).
    const previous = alone ? Promise.resolve() : lastCommit;
    let settle!: (ok: boolean) => void;
    lastCommit = new Promise<void>((resolve, reject) => {
      settle = (ok) => (ok ? resolve() : reject(new Error('an earlier group failed')));
    });
    // Nobody awaits a failure of the last group but the next one; never an unhandled rejection.
    lastCommit.catch(() => {});
    try {
      if (!tip) await readState();
      const items: Prepared[] = [];
      for (const p of batch) for (const item of p.items) items.push(item);
      const sealed = sealEntries(tip!, items);
      tip = sealed.next;
      const handoffIds = batch.flatMap((p) => (p.handoffId === undefined ? [] : [p.handoffId]));
      let open: OpenGroup | null = null;
      try {
        open = await openGroup(sealed, handoffIds, alone);
        // Strictly in order: this group commits only once the previous one has (and fails if it failed).
        await previous;
        await open.commit();
      } catch (err) {
        if (open) await open.abort().catch(() => {});
        throw err;
      }
      const { seq, chain, frontier } = sealed.next;
      committed = { size: seq, rootHash: hexOf(frontier.root()), chainHash: hexOf(chain) };
      let at = 0;
      for (const p of batch) {
        p.resolve(sealed.receipts.slice(at, at + p.items.length));
        at += p.items.length;
      }
      settle(true);
    } catch (err) {
      // Fail closed: nobody in this group is acknowledged, a group sealed on top of it fails too, and the head is
      // re-read before the next group (the commit may or may not have happened; the database decides).
      tip = null;
      settle(false);
      opts.onError?.(err);
      const refusal = err instanceof HandoffAlreadyChained ? err : new AuditErrors.UNAVAILABLE();
      for (const p of batch) p.reject(refusal);
    } finally {
      inFlight--;
      if (handoff) handoffInFlight = false;
      if (inFlight === 0) for (const w of idleWaiters.splice(0)) w();
      schedule();
    }
  };

  const pump = (): void => {
    scheduled = false;
    while (queue.length > 0 && recovering === 0 && !handoffInFlight && inFlight < maxInFlight) {
      const handoff = queue[0]!.handoffId !== undefined;
      // A group sealed on an unknown head (after a failure) or a hand-off group starts only when none is in flight.
      if ((tip === null || handoff) && inFlight > 0) return;
      const batch = takeBatch();
      const alone = inFlight === 0;
      inFlight++;
      if (handoff) handoffInFlight = true;
      void runGroup(batch, handoff, alone);
    }
  };

  // Deferred to the next turn of the event loop so that a group takes every append made in this one (the
  // writers a commit acknowledged come back within the same turn).
  const schedule = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(pump);
  };

  const enqueue = (events: readonly KhienEvent[]): Promise<AuditReceipt[]> => {
    let items: Prepared[];
    try {
      items = events.map(prepareEntry);
    } catch (err) {
      return Promise.reject(err);
    }
    return enqueuePrepared(items);
  };

  const enqueuePrepared = (items: readonly Prepared[], handoffId?: number): Promise<AuditReceipt[]> => {
    if (stopped) return Promise.reject(new AuditErrors.UNAVAILABLE());
    if (items.length === 0) return Promise.resolve([]);
    return new Promise<AuditReceipt[]>((resolve, reject) => {
      queue.push(handoffId === undefined ? { items, resolve, reject } : { items, handoffId, resolve, reject });
      schedule();
    });
  };

  return {
    append: async (event) => (await enqueue([event]))[0]!,
    appendMany: (events) => enqueue(events),
    appendHandoff: (handoffId, bodies) => {
      let items: Prepared[];
      try {
        items = bodies.map((b) => prepareEntry(JSON.parse(b) as KhienEvent));
      } catch (err) {
        return Promise.reject(err);
      }
      // The body is chained exactly as the handing node canonicalised it.
      if (items.some((it, i) => it.body !== bodies[i])) return Promise.reject(new AuditErrors.INVALID_EVENT('json'));
      return enqueuePrepared(items, handoffId);
    },
    head: () => committed,
    recover,
    stop: async () => {
      stopped = true;
      while (queue.length > 0 || inFlight > 0) {
        if (inFlight > 0) await whenIdle();
        else await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
  };
}
