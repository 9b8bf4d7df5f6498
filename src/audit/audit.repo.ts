/**
 * Queries of the audit module. The hot path (batch insert) uses `unnest` over column arrays so that one
 * statement with a fixed number of parameters inserts a whole group commit, on PostgreSQL and PGlite alike.
 */
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { auditCheckpoints, auditEntries, auditHandoff, auditSubjects, auditTreeNodes } from './audit.schema.ts';
import type { EntryFields } from './entry-fields.ts';
import type { NodeKey } from './merkle-tree.ts';
import { nodeKeyId } from './merkle-tree.ts';
import { bytesOfHex as fromHex } from './merkle-tree.ts';

/** Separator of subject ids inside one unnest element (ids never contain it). */
const SUBJECT_SEP = '\u001f';

/** An entry about to be inserted. */
export interface NewEntry {
  readonly seq: number;
  readonly time: string;
  readonly kind: 'access' | 'auth' | 'admin' | 'external';
  readonly body: string;
  readonly leafHash: string;
  readonly chainHash: string;
  readonly eventId: string;
  readonly fields: EntryFields;
}

/** A tree node about to be inserted (hex hash). */
export interface NewTreeNode {
  readonly level: number;
  readonly index: number;
  readonly hash: string;
}

/** An entry as stored. */
export interface StoredEntry extends EntryFields {
  readonly seq: number;
  readonly time: string;
  readonly kind: string;
  readonly body: string;
  readonly leafHash: string;
  readonly chainHash: string;
  readonly eventId: string;
}

/** A stored checkpoint. */
export type StoredCheckpoint = typeof auditCheckpoints.$inferSelect;

const isoTime = (column: SQL | typeof auditEntries.time): SQL<string> =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const entryColumns = {
  seq: auditEntries.seq,
  time: isoTime(auditEntries.time),
  kind: auditEntries.kind,
  body: auditEntries.body,
  leafHash: auditEntries.leafHash,
  chainHash: auditEntries.chainHash,
  eventId: auditEntries.eventId,
  accountId: auditEntries.accountId,
  subjectIds: auditEntries.subjectIds,
  unitId: auditEntries.unitId,
  purpose: auditEntries.purpose,
  action: auditEntries.action,
  outcome: auditEntries.outcome,
  requestId: auditEntries.requestId,
  withheldUntil: sql<string | null>`case when ${auditEntries.withheldUntil} is null then null else ${isoTime(sql`${auditEntries.withheldUntil}`)} end`,
};

function normalise(row: Record<string, unknown>): StoredEntry {
  return { ...(row as unknown as StoredEntry), seq: Number(row.seq) };
}

/** The (person, entry) rows of `audit_subjects` for a group, as two parallel columns. */
export interface SubjectPairs {
  readonly subjectPersons: string[];
  readonly subjectSeqs: number[];
}

/**
 * The (person, entry) pairs a group adds to `audit_subjects`: each person an entry names, once.
 *
 * @param entries - entries in sequence order
 * @returns the pairs as two parallel columns
 */
export function subjectPairsOf(entries: readonly NewEntry[]): SubjectPairs {
  const subjectPersons: string[] = [];
  const subjectSeqs: number[] = [];
  for (const e of entries) {
    const ids = e.fields.subjectIds;
    for (let i = 0; i < ids.length; i++) {
      // An event may name a person twice; the primary key (person_id, seq) takes each pair once.
      if (ids.indexOf(ids[i]!) !== i) continue;
      subjectPersons.push(ids[i]!);
      subjectSeqs.push(e.seq);
    }
  }
  return { subjectPersons, subjectSeqs };
}

/**
 * A group's entries as the ONE json parameter the insert statements read with `json_to_recordset` (subject ids
 * joined by U+001F, split again by `string_to_array`). JSON.stringify is native and fast and PostgreSQL's json
 * parser restores each string exactly, whereas node-postgres builds `text[]` literals by escaping every quote of
 * every ~1 KB body in JavaScript, which cost more CPU per entry than everything else.
 *
 * @param entries - entries in sequence order
 * @returns the JSON array text
 */
export function entriesJson(entries: readonly NewEntry[]): string {
  return JSON.stringify(entries.map((e) => ({
    seq: e.seq, time: e.time, kind: e.kind, body: e.body, leaf_hash: e.leafHash, chain_hash: e.chainHash, event_id: e.eventId,
    account_id: e.fields.accountId, subjects: e.fields.subjectIds.length > 0 ? e.fields.subjectIds.join(SUBJECT_SEP) : null,
    unit_id: e.fields.unitId, purpose: e.fields.purpose, action: e.fields.action, outcome: e.fields.outcome,
    request_id: e.fields.requestId, withheld_until: e.fields.withheldUntil,
  })));
}

/**
 * Inserts one group commit — the entries, the tree nodes they complete and the (person, entry) rows of
 * `audit_subjects` — in ONE statement (writable CTE branches), which PostgreSQL runs as one implicit
 * transaction: all rows or none, with a single round trip and a single commit (fsync) for the whole group.
 *
 * @param db - database (or a transaction)
 * @param entries - entries in sequence order
 * @param nodes - completed interior nodes
 */
export async function insertEntryBatch(db: Database, entries: readonly NewEntry[], nodes: readonly NewTreeNode[], handoffIds: readonly number[] = []): Promise<void> {
  if (entries.length === 0) return;
  if (handoffIds.length > 0) {
    // Groups handed off by other nodes: their rows are deleted in the transaction that chains them, and the
    // transaction is abandoned when one is already gone (chained under an earlier lease), so none is chained twice.
    await db.transaction(async (tx) => {
      const [claimed] = await queryRows<{ n: number }>(tx, sql`with d as (delete from audit_handoff where id = any(${sql.param([...handoffIds])}::bigint[]) returning 1)
        select (select count(*)::int from d) as n, pg_notify(${HANDOFF_CHAINED_CHANNEL}, '') as notified`);
      if (Number(claimed?.n) !== handoffIds.length) throw new HandoffAlreadyChained();
      await insertEntryBatch(tx, entries, nodes);
    });
    return;
  }
  const ctes: SQL[] = [];
  if (nodes.length > 0) {
    ctes.push(sql`nodes as (
        insert into audit_tree_nodes (level, idx, hash)
        select * from unnest(${sql.param(nodes.map((n) => n.level))}::int[], ${sql.param(nodes.map((n) => n.index))}::bigint[],
          ${sql.param(nodes.map((n) => n.hash))}::text[])
        returning 1)`);
  }
  const { subjectPersons, subjectSeqs } = subjectPairsOf(entries);
  if (subjectPersons.length > 0) {
    ctes.push(sql`subjects as (
        insert into audit_subjects (person_id, seq)
        select * from unnest(${sql.param(subjectPersons)}::text[], ${sql.param(subjectSeqs)}::bigint[])
        returning 1)`);
  }
  const withClause = ctes.length > 0 ? sql`with ${sql.join(ctes, sql`, `)} ` : sql``;
  // The entries travel as ONE json parameter (see entriesJson).
  await db.execute(sql`${withClause}
    insert into audit_entries (seq, time, kind, body, leaf_hash, chain_hash, event_id, account_id, subject_ids,
      unit_id, purpose, action, outcome, request_id, withheld_until)
    select seq, time, kind, body, leaf_hash, chain_hash, event_id, account_id,
      coalesce(string_to_array(subjects, ${SUBJECT_SEP}), '{}'::text[]), unit_id, purpose, action, outcome, request_id, withheld_until
    from json_to_recordset(${entriesJson(entries)}::json)
      as u(seq bigint, time timestamptz, kind text, body text, leaf_hash text, chain_hash text, event_id text, account_id text,
        subjects text, unit_id text, purpose text, action text, outcome text, request_id text, withheld_until timestamptz)`);
}

/** Channel the sequencer notifies when it has chained handed-off groups (delivered at COMMIT). */
export const HANDOFF_CHAINED_CHANNEL = 'khien_audit_chained';
/** Channel a node notifies when it has handed a group off. */
export const HANDOFF_WAITING_CHANNEL = 'khien_audit_handoff';

/** A handed-off group was already chained (under an earlier holder of the lease): this batch is abandoned. */
export class HandoffAlreadyChained extends Error {
  constructor() {
    super('audit hand-off already chained');
    this.name = 'HandoffAlreadyChained';
  }
}

/**
 * Hands a group off to the sequencer: stores its canonical bodies and notifies, in one statement.
 *
 * @param db - database
 * @param bodies - canonical bodies, in log order
 * @param node - this node's name
 * @returns the hand-off's id
 */
export async function insertHandoff(db: Database, bodies: readonly string[], node: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, sql`with h as (insert into audit_handoff (bodies, node) values (${JSON.stringify(bodies)}, ${node}) returning id)
    select id, pg_notify(${HANDOFF_WAITING_CHANNEL}, '') as notified from h`);
  return Number(row!.id);
}

/**
 * The oldest handed-off groups waiting to be chained.
 *
 * @param db - database
 * @param limit - how many
 * @returns id and bodies of each, oldest first
 */
export async function listHandoffs(db: Database, limit: number): Promise<{ id: number; bodies: string[] }[]> {
  const rows = await db.select({ id: auditHandoff.id, bodies: auditHandoff.bodies }).from(auditHandoff).orderBy(asc(auditHandoff.id)).limit(limit);
  return rows.map((r) => ({ id: Number(r.id), bodies: JSON.parse(r.bodies) as string[] }));
}

/**
 * Removes a hand-off that no one can chain (its bodies are not valid events).
 *
 * @param db - database
 * @param id - the hand-off
 */
export async function deleteHandoff(db: Database, id: number): Promise<void> {
  await db.delete(auditHandoff).where(eq(auditHandoff.id, id));
}

/**
 * Where events were chained: sequence and chain hash by event id.
 *
 * @param db - database
 * @param eventIds - event ids
 * @returns the entries found (an event id appears once in the log)
 */
export async function findEntriesByEventIds(db: Database, eventIds: readonly string[]): Promise<Map<string, { seq: number; hash: string }>> {
  const out = new Map<string, { seq: number; hash: string }>();
  if (eventIds.length === 0) return out;
  const rows = await queryRows<{ event_id: string; seq: number; chain_hash: string }>(db, sql`select event_id, seq, chain_hash from audit_entries where event_id = any(${sql.param([...eventIds])}::text[])`);
  for (const r of rows) out.set(r.event_id, { seq: Number(r.seq), hash: r.chain_hash });
  return out;
}

/**
 * Reads the head of the log.
 *
 * @param db - database
 * @returns the last sequence number and chain hash, or null for an empty log
 */
export async function readHead(db: Database): Promise<{ seq: number; chainHash: string } | null> {
  const [row] = await db
    .select({ seq: auditEntries.seq, chainHash: auditEntries.chainHash })
    .from(auditEntries)
    .orderBy(desc(auditEntries.seq))
    .limit(1);
  return row ? { seq: Number(row.seq), chainHash: row.chainHash } : null;
}

/**
 * Reads node hashes: level 0 from the entries' leaf hashes, higher levels from the node table.
 *
 * @param db - database
 * @param keys - node addresses
 * @returns key id → hash (missing keys are absent)
 */
export async function readNodes(db: Database, keys: readonly NodeKey[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const leaves = keys.filter((k) => k.level === 0).map((k) => k.index + 1);
  const inner = keys.filter((k) => k.level > 0);
  if (leaves.length > 0) {
    const rows = await db.select({ seq: auditEntries.seq, hash: auditEntries.leafHash }).from(auditEntries).where(inArray(auditEntries.seq, leaves));
    for (const r of rows) out.set(nodeKeyId({ level: 0, index: Number(r.seq) - 1 }), fromHex(r.hash));
  }
  if (inner.length > 0) {
    const cond = or(...inner.map((k) => and(eq(auditTreeNodes.level, k.level), eq(auditTreeNodes.idx, k.index))));
    const rows = await db.select().from(auditTreeNodes).where(cond);
    for (const r of rows) out.set(nodeKeyId({ level: r.level, index: Number(r.idx) }), fromHex(r.hash));
  }
  return out;
}

/**
 * Reads a page of entries in sequence order.
 *
 * @param db - database
 * @param afterSeq - exclusive lower bound
 * @param limit - page size
 * @returns the entries
 */
export async function readEntryPage(db: Database, afterSeq: number, limit: number): Promise<StoredEntry[]> {
  const rows = await db.select(entryColumns).from(auditEntries).where(gt(auditEntries.seq, afterSeq)).orderBy(asc(auditEntries.seq)).limit(limit);
  return rows.map((r) => normalise(r));
}

/**
 * Reads the stored interior nodes whose range ends within (fromLeaf, toLeaf] leaves.
 *
 * @param db - database
 * @param fromLeaf - exclusive lower bound (leaf count)
 * @param toLeaf - inclusive upper bound (leaf count)
 * @returns the nodes with hex hashes
 */
export async function readNodesEndingIn(db: Database, fromLeaf: number, toLeaf: number): Promise<NewTreeNode[]> {
  const ranges: SQL[] = [];
  for (let level = 1; 2 ** level <= toLeaf; level++) {
    const width = 2 ** level;
    const lo = Math.ceil((fromLeaf + 1) / width) - 1;
    const hi = Math.floor(toLeaf / width) - 1;
    if (lo <= hi) ranges.push(sql`(level = ${level} and idx between ${lo} and ${hi})`);
  }
  if (ranges.length === 0) return [];
  const rows = await queryRows<{ level: number; idx: string | number; hash: string }>(
    db,
    sql`select level, idx, hash from audit_tree_nodes where ${sql.join(ranges, sql` or `)}`,
  );
  return rows.map((r) => ({ level: Number(r.level), index: Number(r.idx), hash: r.hash }));
}

/** Largest number of leaves any stored node claims to cover (detects a truncated tail). */
export async function readNodesExtent(db: Database): Promise<number> {
  const rows = await queryRows<{ n: string | number | null }>(
    db,
    sql`select max((idx + 1) * power(2, level)::bigint) as n from audit_tree_nodes`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Inserts a checkpoint. */
export async function insertCheckpoint(db: Database, row: Omit<StoredCheckpoint, 'id'>): Promise<StoredCheckpoint> {
  const [out] = await db.insert(auditCheckpoints).values(row).returning();
  return { ...out!, treeSize: Number(out!.treeSize), id: Number(out!.id), time: new Date(out!.time).toISOString() };
}

/** Lists checkpoints, newest first. */
export async function listCheckpoints(db: Database, limit = 100): Promise<StoredCheckpoint[]> {
  const rows = await db
    .select({ ...getCheckpointColumns(), time: isoTime(sql`${auditCheckpoints.time}`) })
    .from(auditCheckpoints)
    .orderBy(desc(auditCheckpoints.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, id: Number(r.id), treeSize: Number(r.treeSize) }));
}

function getCheckpointColumns() {
  return {
    id: auditCheckpoints.id,
    origin: auditCheckpoints.origin,
    treeSize: auditCheckpoints.treeSize,
    rootHash: auditCheckpoints.rootHash,
    keyId: auditCheckpoints.keyId,
    signature: auditCheckpoints.signature,
  };
}

/** Filters of the query API. */
export interface EntryFilter {
  readonly accountId?: string;
  readonly subjectId?: string;
  /** Entries whose unit is one of these (the caller's visible subtree, possibly narrowed). */
  readonly unitIds?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly purpose?: string;
  readonly action?: string;
  readonly outcome?: string;
  readonly kind?: 'access' | 'auth' | 'admin' | 'external';
  /** Only entries with seq below this (cursor, newest first). */
  readonly beforeSeq?: number;
  /** Hide entries withheld until after this time. */
  readonly visibleAt?: string;
}

/**
 * Lists entries matching a filter, newest first.
 *
 * @param db - database
 * @param filter - filters
 * @param limit - page size
 * @returns the entries
 */
export async function findEntries(db: Database, filter: EntryFilter, limit: number): Promise<StoredEntry[]> {
  const conds: SQL[] = [];
  if (filter.accountId) conds.push(eq(auditEntries.accountId, filter.accountId));
  if (filter.unitIds) conds.push(filter.unitIds.length > 0 ? inArray(auditEntries.unitId, [...filter.unitIds]) : sql`false`);
  if (filter.from) conds.push(gte(auditEntries.time, filter.from));
  if (filter.to) conds.push(lt(auditEntries.time, filter.to));
  if (filter.purpose) conds.push(eq(auditEntries.purpose, filter.purpose));
  if (filter.action) conds.push(eq(auditEntries.action, filter.action));
  if (filter.outcome) conds.push(eq(auditEntries.outcome, filter.outcome));
  if (filter.kind) conds.push(eq(auditEntries.kind, filter.kind));
  if (filter.visibleAt) {
    conds.push(or(sql`${auditEntries.withheldUntil} is null`, lte(auditEntries.withheldUntil, filter.visibleAt))!);
  }
  if (filter.subjectId) {
    // Through audit_subjects: its primary key (person_id, seq) read backwards yields the person's entries
    // newest first, each joined to its entry by primary key.
    conds.push(eq(auditSubjects.personId, filter.subjectId));
    if (filter.beforeSeq !== undefined) conds.push(lt(auditSubjects.seq, filter.beforeSeq));
    const rows = await db
      .select(entryColumns)
      .from(auditSubjects)
      .innerJoin(auditEntries, eq(auditEntries.seq, auditSubjects.seq))
      .where(and(...conds))
      .orderBy(desc(auditSubjects.seq))
      .limit(limit);
    return rows.map((r) => normalise(r));
  }
  if (filter.beforeSeq !== undefined) conds.push(lt(auditEntries.seq, filter.beforeSeq));
  const rows = await db
    .select(entryColumns)
    .from(auditEntries)
    .where(conds.length > 0 ? and(...conds) : undefined)
    .orderBy(desc(auditEntries.seq))
    .limit(limit);
  return rows.map((r) => normalise(r));
}

/** Finds one entry by sequence number. */
export async function findEntry(db: Database, seq: number): Promise<StoredEntry | undefined> {
  const [row] = await db.select(entryColumns).from(auditEntries).where(eq(auditEntries.seq, seq)).limit(1);
  return row ? normalise(row) : undefined;
}
