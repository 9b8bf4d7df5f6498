/**
 * The append path's write on PostgreSQL (issue 19 item 1, "slim and pipelined"): a group's rows as
 * `COPY … FROM STDIN` in text format through `pg-copy-streams`, one COPY per table (entries, tree nodes,
 * `audit_subjects`) inside one explicit transaction on one connection. COPY skips the planner and the
 * per-row expression evaluation of `INSERT … SELECT FROM json_to_recordset(…)`: the server parses each line
 * straight into a tuple; the primary keys, the four query indexes and the partition routing are maintained
 * exactly as with INSERT, so the entries are queryable the moment they are committed.
 *
 * The transaction is split so that the appender can pipeline: {@link writeGroup} opens it and sends the rows,
 * and the caller decides when to COMMIT (after the previous group committed) or to roll back.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { NewEntry, NewTreeNode } from './audit.repo.ts';
import { HandoffAlreadyChained, HANDOFF_CHAINED_CHANNEL } from './audit.repo.ts';

const COPY_SPECIAL = /[\\\t\n\r]/;
const ARRAY_SPECIAL = /["\\]/;

function escapeCopyChar(ch: string): string {
  return ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\\\';
}

/**
 * One value in PostgreSQL's COPY text format: `\N` for null; backslash, tab, newline and carriage return
 * escaped with a backslash (the only characters the format treats specially; UTF-8 travels as is).
 *
 * @param value - the value
 * @returns its COPY text
 */
export function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  const s = typeof value === 'string' ? value : String(value);
  return COPY_SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, escapeCopyChar) : s;
}

/**
 * A `text[]` value in COPY text: an array literal with every element double-quoted (a quote or backslash
 * inside escaped by a backslash), then escaped as a COPY value.
 *
 * @param items - the elements
 * @returns the COPY text of the array
 */
export function copyTextArray(items: readonly string[]): string {
  if (items.length === 0) return '{}';
  let out = '';
  for (const s of items) out += ARRAY_SPECIAL.test(s) ? `,"${s.replace(/["\\]/g, '\\$&')}"` : `,"${s}"`;
  out = `{${out.slice(1)}`;
  return copyText(`${out}}`);
}

const v = copyText;

/** The COPY line of an entry, columns in the order of {@link entryCopyStatement}. */
function entryLine(e: NewEntry): string {
  const f = e.fields;
  return `${e.seq}\t${v(e.time)}\t${v(e.kind)}\t${v(e.body)}\t${e.leafHash}\t${e.chainHash}\t${v(e.eventId)}\t${v(f.accountId)}\t${copyTextArray(f.subjectIds)}\t${v(f.unitId)}\t${v(f.purpose)}\t${v(f.action)}\t${v(f.outcome)}\t${v(f.requestId)}\t${v(f.withheldUntil)}\n`;
}

/**
 * The COPY statement of an entry group's rows (the columns in the order the encoder writes them) into a table
 * shaped like `audit_entries`.
 *
 * @param table - the table (default `audit_entries`; the benchmark's floor copies into a twin)
 * @returns the statement
 */
export function entryCopyStatement(table = 'audit_entries'): string {
  return `copy ${table} (seq, time, kind, body, leaf_hash, chain_hash, event_id, account_id, subject_ids, unit_id, purpose, action, outcome, request_id, withheld_until) from stdin`;
}

const ENTRY_COPY = entryCopyStatement();
const NODE_COPY = 'copy audit_tree_nodes (level, idx, hash) from stdin';
const SUBJECT_COPY = 'copy audit_subjects (person_id, seq) from stdin';

/** A group's rows encoded as COPY text, one buffer per table (empty tables are skipped). */
export interface EncodedGroup {
  readonly entries: Buffer;
  readonly nodes: Buffer | null;
  readonly subjects: Buffer | null;
}

/**
 * Encodes a group's rows as COPY text (pure, no I/O: the appender does it while the previous group commits).
 *
 * @param entries - entries in sequence order
 * @param nodes - the interior Merkle nodes they complete
 * @returns the COPY data per table
 */
export function encodeGroup(entries: readonly NewEntry[], nodes: readonly NewTreeNode[]): EncodedGroup {
  const lines: string[] = [];
  const subjects: string[] = [];
  for (const e of entries) {
    lines.push(entryLine(e));
    const ids = e.fields.subjectIds;
    // An event may name a person twice; the primary key (person_id, seq) takes each pair once.
    ids.forEach((id, j) => {
      if (ids.indexOf(id) === j) subjects.push(`${v(id)}\t${e.seq}\n`);
    });
  }
  const nodeLines = nodes.map((n) => `${n.level}\t${n.index}\t${n.hash}\n`);
  return {
    entries: Buffer.from(lines.join(''), 'utf8'),
    nodes: nodeLines.length > 0 ? Buffer.from(nodeLines.join(''), 'utf8') : null,
    subjects: subjects.length > 0 ? Buffer.from(subjects.join(''), 'utf8') : null,
  };
}

async function copyInto(client: pg.PoolClient, statement: string, data: Buffer): Promise<void> {
  await pipeline(Readable.from([data]), client.query(copyFrom(statement)));
}

/**
 * Opens a transaction on the connection and writes a group into it, without committing: the caller commits
 * (`COMMIT`) once every earlier group is committed, or rolls back. Groups handed off by other nodes are claimed
 * (their `audit_handoff` rows deleted) in the same transaction.
 *
 * @param client - a connection of its own (not shared while the transaction is open)
 * @param group - the encoded rows
 * @param handoffIds - hand-off rows chained by this group
 * @throws `HandoffAlreadyChained` when a hand-off row is already gone (chained under an earlier lease)
 */
export async function writeGroup(client: pg.PoolClient, group: EncodedGroup, handoffIds: readonly number[]): Promise<void> {
  await client.query('begin');
  if (handoffIds.length > 0) {
    const claimed = await client.query<{ n: number }>(
      `with d as (delete from audit_handoff where id = any($1::bigint[]) returning 1)
        select (select count(*)::int from d) as n, pg_notify($2, '') as notified`,
      [[...handoffIds], HANDOFF_CHAINED_CHANNEL],
    );
    if (Number(claimed.rows[0]?.n) !== handoffIds.length) throw new HandoffAlreadyChained();
  }
  await copyInto(client, ENTRY_COPY, group.entries);
  if (group.nodes) await copyInto(client, NODE_COPY, group.nodes);
  if (group.subjects) await copyInto(client, SUBJECT_COPY, group.subjects);
}

/**
 * Rolls a connection's open transaction back and returns it to its pool; a connection that cannot even roll
 * back is destroyed (released with an error), never reused in an unknown state.
 *
 * @param client - the connection
 */
export async function abandon(client: pg.PoolClient): Promise<void> {
  try {
    await client.query('rollback');
  } catch (err) {
    client.release(err instanceof Error ? err : new Error('rollback failed'));
    return;
  }
  client.release();
}
