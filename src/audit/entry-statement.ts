/**
 * The append path's write of a small group on PostgreSQL: ONE named prepared statement — entries, the tree
 * nodes they complete and their `audit_subjects` rows in writable CTE branches. Alone (one writer, a quiet
 * moment) it is its own transaction: one round trip, one commit; behind a group in flight it runs inside a
 * transaction of its own that commits after that group. It is the statement of
 * `insertEntryBatch` with a fixed text (empty node or subject arrays insert nothing), so that each pooled
 * connection parses and plans it once and then receives only its name and values: with one writer an append
 * is Node's and PostgreSQL's CPU one after the other, and parsing and planning the three-insert statement was
 * about a third of PostgreSQL's share (`bench/performance-notes.md`, audit).
 */
import type pg from 'pg';
import { entriesJson, subjectPairsOf, type NewEntry, type NewTreeNode } from './audit.repo.ts';

/** Name and text of the statement; the name is unique among the process's named statements. */
const INSERT_GROUP = {
  name: 'khien_audit_insert_group',
  text: `with nodes as (
      insert into audit_tree_nodes (level, idx, hash) select * from unnest($2::int[], $3::bigint[], $4::text[]) returning 1),
    subjects as (
      insert into audit_subjects (person_id, seq) select * from unnest($5::text[], $6::bigint[]) returning 1)
    insert into audit_entries (seq, time, kind, body, leaf_hash, chain_hash, event_id, account_id, subject_ids,
      unit_id, purpose, action, outcome, request_id, withheld_until)
    select seq, time, kind, body, leaf_hash, chain_hash, event_id, account_id,
      coalesce(string_to_array(subjects, E'\\x1f'), '{}'::text[]), unit_id, purpose, action, outcome, request_id, withheld_until
    from json_to_recordset($1::json)
      as u(seq bigint, time timestamptz, kind text, body text, leaf_hash text, chain_hash text, event_id text, account_id text,
        subjects text, unit_id text, purpose text, action text, outcome text, request_id text, withheld_until timestamptz)`,
} as const;

/**
 * Writes a group as one named statement (all rows or none): on the pool it is its own transaction and commits;
 * on a connection inside an open transaction it commits with that transaction. A failure, an ambiguous one
 * included (connection lost before the answer), rejects: the appender then refuses the group's callers and
 * re-reads the head, as for any failed group.
 *
 * @param pool - the `pg` pool (the statement is its own transaction), or a connection with a transaction open
 * @param entries - entries in sequence order
 * @param nodes - the interior Merkle nodes they complete
 */
export async function insertGroupStatement(pool: pg.Pool | pg.PoolClient, entries: readonly NewEntry[], nodes: readonly NewTreeNode[]): Promise<void> {
  if (entries.length === 0) return;
  const { subjectPersons, subjectSeqs } = subjectPairsOf(entries);
  await pool.query({
    name: INSERT_GROUP.name,
    text: INSERT_GROUP.text,
    values: [entriesJson(entries), nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash), subjectPersons, subjectSeqs],
  });
}
