/**
 * Audit tables: the append-only entries (hash-chained, one per event), the stored nodes of complete Merkle
 * subtrees, and the signed checkpoints. A trigger (custom migration `audit_guard`) refuses UPDATE, DELETE and
 * TRUNCATE on all three; on PostgreSQL the application role `khien_app` holds only SELECT and INSERT.
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Audit entries. `seq` starts at 1; leaf index = seq − 1. */
export const auditEntries = pgTable(
  'audit_entries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    /** Event time (from the event). */
    time: timestamp('time', { withTimezone: true, mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['access', 'auth', 'admin', 'external'] }).notNull(),
    /** Canonical JSON of the event, exactly as hashed. */
    body: text('body').notNull(),
    /** Hex SHA-256(0x00 ‖ body): the Merkle leaf. */
    leafHash: text('leaf_hash').notNull(),
    /** Hex SHA-256(previous chain hash ‖ body); the first entry chains from 32 zero bytes. */
    chainHash: text('chain_hash').notNull(),
    eventId: text('event_id').notNull(),
    accountId: text('account_id'),
    subjectIds: text('subject_ids').array().notNull().default(sql`'{}'::text[]`),
    unitId: text('unit_id'),
    purpose: text('purpose'),
    action: text('action'),
    outcome: text('outcome'),
    requestId: text('request_id'),
    /** Access events for an inspection/investigation: hidden from the citizen view until this time. */
    withheldUntil: timestamp('withheld_until', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    index('audit_entries_time_idx').on(t.time),
    index('audit_entries_account_idx').on(t.accountId),
    index('audit_entries_unit_idx').on(t.unitId),
    index('audit_entries_event_idx').on(t.eventId),
  ],
);

/**
 * Who each entry is about: one row per (person, entry), written in the same statement as the entries. It
 * replaces a GIN index on `audit_entries.subject_ids` (the costliest index per appended row) as the way the
 * citizen view and the query API find a person's entries; the primary key (person_id, seq) gives them
 * newest-first in one index range scan. Derived from the bodies (like `subject_ids`), append-only (trigger).
 */
export const auditSubjects = pgTable(
  'audit_subjects',
  {
    personId: text('person_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.seq] })],
);

/** Hashes of complete, aligned Merkle subtrees of level ≥ 1 (level 0 is `audit_entries.leaf_hash`). */
export const auditTreeNodes = pgTable(
  'audit_tree_nodes',
  {
    level: integer('level').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.idx] })],
);

/** Signed checkpoints (tree heads). */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    origin: text('origin').notNull(),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    /** Hex root hash. */
    rootHash: text('root_hash').notNull(),
    time: timestamp('time', { withTimezone: true, mode: 'string' }).notNull(),
    keyId: text('key_id').notNull(),
    /** Base64 Ed25519 signature over the note text. */
    signature: text('signature').notNull(),
  },
  (t) => [index('audit_checkpoints_size_idx').on(t.treeSize)],
);

/**
 * Transactional outbox: events recorded inside a database transaction are written here through that
 * transaction (so they commit or roll back with the change) and chained into `audit_entries` right after
 * COMMIT; rows left by a crash are chained at the next start. Rows are deleted once chained.
 */
export const auditOutbox = pgTable(
  'audit_outbox',
  {
    eventId: text('event_id').primaryKey(),
    /** The event as JSON. */
    event: text('event').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_outbox_created_idx').on(t.createdAt)],
);

/**
 * Full verifications of the log run from the console (a background job each): who started it, when it ended,
 * its result and report, kept so that the auditors see the result and time of the last one.
 */
export const auditVerifications = pgTable(
  'audit_verifications',
  {
    id: text('id').primaryKey(),
    startedBy: text('started_by'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    /** running, done (see `ok`) or failed (the job itself could not finish). */
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    ok: boolean('ok'),
    /** Entries in the log when the job started (progress denominator). */
    total: bigint('total', { mode: 'number' }).notNull(),
    checked: bigint('checked', { mode: 'number' }).notNull().default(0),
    /** The report as JSON (size, roots, faults), null while running. */
    report: text('report'),
  },
  (t) => [index('audit_verifications_started_idx').on(t.startedAt)],
);

/**
 * Hand-off of appends between nodes (issue 19, several nodes writing one record): one node at a time holds the
 * sequencer lease (a PostgreSQL advisory lock) and chains; another node writes the canonical bodies of one
 * `appendMany` here (one row = one atomic group, in order), notifies, and waits until the entries are in
 * `audit_entries`. The sequencer deletes the row in the transaction that chains its entries, so a row is
 * chained exactly once whoever holds the lease.
 */
export const auditHandoff = pgTable('audit_handoff', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /** JSON array of the canonical bodies, in log order. */
  bodies: text('bodies').notNull(),
  /** The node that handed the group off (diagnostics). */
  node: text('node').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Partitions of `audit_entries` exported to an archive file (`archive.ts`, `khien audit archive`), one row per
 * partition: what the file holds and the anchor the verifier continues from once the partition is detached
 * and dropped (`archive-anchor.ts`): the chain hash of the last archived entry and the Merkle root at its
 * size. `manifest` is the JSON manifest written beside the file, exactly. The owner writes it (the archive
 * command needs DDL rights anyway); `khien_app` may only read it; rows are never deleted (trigger).
 */
export const auditArchives = pgTable(
  'audit_archives',
  {
    partition: text('partition').primaryKey(),
    fromSeq: bigint('from_seq', { mode: 'number' }).notNull(),
    /** Last seq in the archive (inclusive). */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
    rowCount: bigint('row_count', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the archive file. */
    fileSha256: text('file_sha256').notNull(),
    /** Hex chain hash the first archived entry chains from. */
    prevChainHash: text('prev_chain_hash').notNull(),
    /** Hex chain hash of the last archived entry: the first retained entry chains from it. */
    lastChainHash: text('last_chain_hash').notNull(),
    /** Hex Merkle root of the log at size `last_seq`. */
    rootHash: text('root_hash').notNull(),
    manifest: text('manifest').notNull(),
    archivedBy: text('archived_by').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** When the partition was detached and dropped (null: still in the database). */
    detachedAt: timestamp('detached_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('audit_archives_last_seq_idx').on(t.lastSeq)],
);
