/**
 * Archiving a partition of `audit_entries` (`khien audit archive`, docs/OPERATIONS.md "Retention and archive").
 *
 * Only the oldest partition still in the database, complete (the head is past it) and not the DEFAULT one, may
 * leave, so that the retained log stays one contiguous range. The partition is exported with one binary
 * `COPY` of all its columns in seq order (`pg-copy-streams`) to `<partition>.copy`, fsynced, with
 * `<partition>.manifest.json` beside it (`archive-manifest.ts`: range, rows, SHA-256, chain hashes before the
 * first and of the last entry, Merkle frontier before and root after, the covering signed checkpoint and the
 * consistency proof to it). The written file is then read back and verified on its own (`verify-archive.ts`)
 * BEFORE anything else happens; the archive is recorded in `audit_archives` (the verifier's anchor once the
 * partition is gone, `archive-anchor.ts`). Only with `detach` is the partition then detached and dropped, in
 * one transaction with the record's `detached_at`, under a short lock timeout. The archive is recorded in the
 * log itself as an admin event (who, which range, file hash, root).
 *
 * Running it again for a partition already archived re-uses the files if they still match the record (the
 * usual path: export, copy the files to WORM storage, then `--detach`, which verifies the files again).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { to as copyTo } from 'pg-copy-streams';
import { queryRows, type Database, type DbHandle } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { AdminEvent, KhienEvent } from '../events/types.ts';
import { AuditErrors } from './audit.errors.ts';
import { auditArchives } from './audit.schema.ts';
import { readNodes } from './audit.repo.ts';
import { formatCheckpointNote, toCheckpoint, type Checkpoint } from './checkpoint.ts';
import { frontierKeys, hexOf, nodeKeyId, type TreeNode } from './merkle-tree.ts';
import { buildConsistencyProof, readTreeHead } from './proofs.ts';
import { MANIFEST_FORMAT, parseManifest, type ArchiveColumn, type ArchiveManifest } from './archive-manifest.ts';
import { verifyArchiveFile, type ArchiveReport } from './verify-archive.ts';
import { listPartitions } from './partition-status.ts';
import { itemAt } from '../platform/arrays.ts';

/** What will be archived. */
export interface ArchivePlan {
  readonly partition: string;
  readonly fromSeq: number;
  /** Last seq of the partition (inclusive). */
  readonly lastSeq: number;
  readonly rows: number;
  readonly bytes: number;
  readonly head: number;
  /** Already exported (a record exists), not yet detached. */
  readonly archived: boolean;
}

type Num = string | number;

const GENESIS_HEX = '0'.repeat(64);

/**
 * Checks that a partition may be archived and says what it holds.
 *
 * @param db - database (read-only use)
 * @param partition - the partition's name
 * @returns the plan
 * @throws KHIEN_AUDIT_ARCHIVE_DEFAULT_PARTITION, KHIEN_AUDIT_PARTITION_NOT_FOUND, KHIEN_AUDIT_ARCHIVE_HEAD_PARTITION,
 *   KHIEN_AUDIT_ARCHIVE_NOT_OLDEST
 */
export async function planArchive(db: Database, partition: string): Promise<ArchivePlan> {
  if (partition === 'audit_entries_default') throw new AuditErrors.ARCHIVE_DEFAULT_PARTITION();
  const listing = await listPartitions(db);
  const p = listing.partitions.find((x) => x.name === partition && x.state !== 'dropped');
  if (!p) throw new AuditErrors.PARTITION_NOT_FOUND(partition);
  // Complete: every seq of its range is written (the head is past it). The partition holding the head, and
  // those ahead of it, stay.
  if (listing.head < p.toSeq) throw new AuditErrors.ARCHIVE_HEAD_PARTITION(partition, listing.head);
  const oldest = listing.partitions.find((x) => x.state !== 'dropped');
  if (oldest?.name !== partition || listing.firstRetainedSeq !== p.fromSeq) throw new AuditErrors.ARCHIVE_NOT_OLDEST(oldest?.name ?? '-');
  // After the drop, the tree at the archive's ends is rebuilt from stored inner nodes only (a leaf hash there
  // would be gone with the partition): a partition of a power-of-two span aligned on the tree always is.
  if ([...frontierKeys(p.fromSeq - 1), ...frontierKeys(p.toSeq - 1)].some((k) => k.level === 0)) {
    throw new AuditErrors.ARCHIVE_INVALID(`${partition} does not end on complete Merkle subtrees (its span is not a power of two)`);
  }
  return { partition, fromSeq: p.fromSeq, lastSeq: p.toSeq - 1, rows: p.rows, bytes: p.bytes, head: listing.head, archived: p.state === 'archived' };
}

/** Options of {@link archivePartition}. */
export interface ArchiveOptions {
  /** The database (PostgreSQL: the export is a COPY on one of its pool's connections). */
  readonly database: DbHandle;
  readonly partition: string;
  /** Directory the file and manifest are written to (created if missing). */
  readonly outDir: string;
  /** Detach and drop the partition once the archive is verified. */
  readonly detach: boolean;
  /** Who archives (operating-system user and host, or a named operator): in the manifest, record and event. */
  readonly by: string;
  readonly clock: Clock;
  /** Raw Ed25519 public key of the checkpoints (the read-back verification checks the signature). */
  readonly publicKey: Uint8Array;
  /** Signs a checkpoint now, used when no stored one covers the partition yet. */
  readonly signCheckpoint?: () => Promise<Checkpoint>;
  /** Records the admin event of the archive (the audit recorder). */
  readonly record: (event: KhienEvent) => Promise<unknown>;
  /** Progress: bytes exported, then rows verified. */
  readonly onProgress?: (phase: 'export' | 'verify', done: number) => void;
}

/** The outcome. */
export interface ArchiveResult {
  readonly manifest: ArchiveManifest;
  readonly manifestPath: string;
  readonly filePath: string;
  /** The read-back verification (always valid here: an invalid one throws). */
  readonly report: ArchiveReport;
  /** The files already existed and matched the record; they were verified, not rewritten. */
  readonly reused: boolean;
  readonly detached: boolean;
}

/** Writes a file through a temporary name, fsyncs it and its directory, then renames it into place. */
async function writeDurably(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${file}.partial`;
  await write(tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
}

/** The stored frontier of the tree at `size` (inner nodes only, see {@link planArchive}). */
async function frontierAt(db: Database, size: number): Promise<TreeNode[]> {
  const keys = frontierKeys(size);
  const got = await readNodes(db, keys);
  return keys.map((k) => {
    const hash = got.get(nodeKeyId(k));
    if (!hash) throw new AuditErrors.ARCHIVE_INVALID(`stored Merkle node ${nodeKeyId(k)} is missing`);
    return { ...k, hash };
  });
}

/** Chain hash of entry `seq` (in the database, or the last of an earlier archive; genesis before entry 1). */
async function chainHashAt(db: Database, seq: number): Promise<string> {
  if (seq === 0) return GENESIS_HEX;
  const [r] = await queryRows<{ h: string | null }>(
    db,
    sql`select coalesce((select chain_hash from audit_entries where seq = ${seq}), (select last_chain_hash from audit_archives where last_seq = ${seq} and detached_at is not null)) as h`,
  );
  if (!r?.h) throw new AuditErrors.ARCHIVE_INVALID(`the chain hash of entry ${seq} is neither in the log nor in an earlier archive`);
  return r.h;
}

/** Builds the manifest (the file's hash and size are filled in after the export). */
async function describeArchive(db: Database, plan: ArchivePlan, opts: ArchiveOptions, columns: readonly ArchiveColumn[], file: string): Promise<Omit<ArchiveManifest, 'fileBytes' | 'fileSha256'>> {
  const { fromSeq, lastSeq } = plan;
  const [t] = await queryRows<{ first: string | null; last: string | null; last_chain: string | null }>(
    db,
    sql`select (select to_char(time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from audit_entries where seq = ${fromSeq}) as first,
               (select to_char(time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from audit_entries where seq = ${lastSeq}) as last,
               (select chain_hash from audit_entries where seq = ${lastSeq}) as last_chain`,
  );
  if (!t?.last_chain) throw new AuditErrors.ARCHIVE_INVALID(`entry ${lastSeq} is missing`);
  const start = await frontierAt(db, fromSeq - 1);
  const root = (await readTreeHead(db, lastSeq)).rootHash;
  // The smallest signed checkpoint covering the archive, or one signed now.
  const [row] = await queryRows<{ id: Num }>(db, sql`select id from audit_checkpoints where tree_size >= ${lastSeq} order by tree_size, id limit 1`);
  let checkpoint: Checkpoint;
  if (row) {
    const c = itemAt(
      await queryRows<{ origin: string; tree_size: Num; root_hash: string; time: string; key_id: string; signature: string }>(
        db,
        sql`select origin, tree_size, root_hash, to_char(time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as time, key_id, signature from audit_checkpoints where id = ${row.id}`,
      ),
      0,
    );
    checkpoint = toCheckpoint({ id: Number(row.id), origin: c.origin, treeSize: Number(c.tree_size), rootHash: c.root_hash, time: c.time, keyId: c.key_id, signature: c.signature });
  } else if (opts.signCheckpoint) {
    checkpoint = await opts.signCheckpoint();
  } else {
    throw new AuditErrors.ARCHIVE_NO_CHECKPOINT(lastSeq);
  }
  const proof = await buildConsistencyProof(db, lastSeq, checkpoint.treeSize);
  return {
    format: MANIFEST_FORMAT,
    partition: plan.partition,
    fromSeq,
    lastSeq,
    rowCount: lastSeq - fromSeq + 1,
    firstTime: t.first,
    lastTime: t.last,
    file,
    encoding: 'postgresql-binary',
    columns,
    prevChainHash: await chainHashAt(db, fromSeq - 1),
    lastChainHash: t.last_chain,
    merkle: { startFrontier: start.map((n) => ({ level: n.level, index: n.index, hash: hexOf(n.hash) })), rootHash: root },
    checkpoint: { note: formatCheckpointNote(checkpoint), treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, consistencyPath: proof.path },
    archivedAt: opts.clock.now().toISOString(),
    archivedBy: opts.by,
  };
}

/** Exports the partition's rows to `file` (binary COPY, all columns, seq order); returns size and SHA-256. */
async function exportRows(database: DbHandle, plan: ArchivePlan, columns: readonly ArchiveColumn[], file: string, onBytes?: (n: number) => void): Promise<{ bytes: number; sha256: string }> {
  const pool = database.pool;
  if (!pool) throw new AuditErrors.ARCHIVE_NEEDS_POSTGRES();
  const sha = crypto.createHash('sha256');
  let bytes = 0;
  let reported = 0;
  const cols = columns.map((c) => `"${c.name.replace(/"/g, '""')}"`).join(', ');
  // The partition name was checked against the catalogue (planArchive) and matches audit_entries_from_<n>.
  const copy = `COPY (SELECT ${cols} FROM "${plan.partition}" ORDER BY seq) TO STDOUT (FORMAT binary)`;
  const client = await pool.connect();
  let ok = false;
  try {
    await writeDurably(file, (tmp) =>
      pipeline(
        client.query(copyTo(copy)),
        new Transform({
          transform(chunk: Buffer, _enc, done) {
            sha.update(chunk);
            bytes += chunk.length;
            if (onBytes && bytes - reported >= 1 << 24) {
              reported = bytes;
              onBytes(bytes);
            }
            done(null, chunk);
          },
        }),
        fs.createWriteStream(tmp, { flags: 'wx', mode: 0o640 }),
      ),
    );
    ok = true;
  } finally {
    client.release(ok ? undefined : new Error('archive COPY did not complete'));
  }
  onBytes?.(bytes);
  return { bytes, sha256: sha.digest('hex') };
}

/**
 * Archives a partition: export, read-back verification, record, then (with `detach`) detach and drop.
 *
 * @param opts - database, partition, directory, detach, operator, key, recorder
 * @returns the manifest, paths and verification report
 * @throws the errors of {@link planArchive}; KHIEN_AUDIT_ARCHIVE_NEEDS_POSTGRES on PGlite;
 *   KHIEN_AUDIT_ARCHIVE_FILE_EXISTS when files are in the way; KHIEN_AUDIT_ARCHIVE_INVALID when the written file
 *   does not verify (nothing is dropped); KHIEN_AUDIT_ARCHIVE_NO_CHECKPOINT
 */
export async function archivePartition(opts: ArchiveOptions): Promise<ArchiveResult> {
  const { database } = opts;
  const db = database.db;
  if (!database.pool) throw new AuditErrors.ARCHIVE_NEEDS_POSTGRES();
  const plan = await planArchive(db, opts.partition);
  fs.mkdirSync(opts.outDir, { recursive: true });
  const fileName = `${plan.partition}.copy`;
  const filePath = path.join(opts.outDir, fileName);
  const manifestPath = path.join(opts.outDir, `${plan.partition}.manifest.json`);
  const [record] = await db.select().from(auditArchives).where(sql`${auditArchives.partition} = ${plan.partition}`);

  let manifest: ArchiveManifest;
  let manifestText: string;
  let reused = false;
  if (fs.existsSync(filePath) || fs.existsSync(manifestPath) || fs.existsSync(`${filePath}.partial`)) {
    // Files in the way are used only when they are this partition's recorded archive.
    const text = fs.existsSync(manifestPath) ? fs.readFileSync(manifestPath, 'utf8') : '';
    if (!record || text !== record.manifest || !fs.existsSync(filePath)) throw new AuditErrors.ARCHIVE_FILE_EXISTS(fs.existsSync(filePath) ? filePath : manifestPath);
    manifest = parseManifest(text);
    manifestText = text;
    reused = true;
  } else {
    const columns: ArchiveColumn[] = await queryRows<{ name: string; type: string }>(
      db,
      sql`select attname::text as name, format_type(atttypid, atttypmod) as type from pg_attribute
          where attrelid = ${plan.partition}::regclass and attnum > 0 and not attisdropped order by attnum`,
    );
    const described = await describeArchive(db, plan, opts, columns, fileName);
    const { bytes, sha256 } = await exportRows(database, plan, columns, filePath, (n) => opts.onProgress?.('export', n));
    manifest = { ...described, fileBytes: bytes, fileSha256: sha256 };
    manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeDurably(manifestPath, async (tmp) => fs.writeFileSync(tmp, manifestText, { flag: 'wx', mode: 0o640 }));
  }

  // Read the written file back and verify it on its own before anything else.
  const report = await verifyArchiveFile(manifest, manifestPath, { publicKey: opts.publicKey, onProgress: (n) => opts.onProgress?.('verify', n) });
  if (!report.ok) throw new AuditErrors.ARCHIVE_INVALID(report.faults.map((f) => `${f.seq === null ? '' : `#${f.seq} `}${f.detail}`).join('; '));
  if (manifest.fromSeq !== plan.fromSeq || manifest.lastSeq !== plan.lastSeq || report.rows !== plan.rows) {
    throw new AuditErrors.ARCHIVE_INVALID(`the archive holds entries ${manifest.fromSeq}..${manifest.lastSeq}, the partition ${plan.fromSeq}..${plan.lastSeq}`);
  }
  // …and that it is the log's: the same last chain hash and tree root as the database has.
  const [last] = await queryRows<{ h: string | null }>(db, sql`select chain_hash as h from audit_entries where seq = ${plan.lastSeq}`);
  if (last?.h !== manifest.lastChainHash || (await readTreeHead(db, plan.lastSeq)).rootHash !== manifest.merkle.rootHash) {
    throw new AuditErrors.ARCHIVE_INVALID("the archive's last chain hash or Merkle root is not the log's");
  }

  if (!record) {
    await db.insert(auditArchives).values({
      partition: plan.partition,
      fromSeq: manifest.fromSeq,
      lastSeq: manifest.lastSeq,
      rowCount: manifest.rowCount,
      fileSha256: manifest.fileSha256,
      prevChainHash: manifest.prevChainHash,
      lastChainHash: manifest.lastChainHash,
      rootHash: manifest.merkle.rootHash,
      manifest: manifestText,
      archivedBy: opts.by,
      archivedAt: manifest.archivedAt,
    });
  }

  let detached = false;
  let failure: unknown = null;
  if (opts.detach) {
    try {
      await db.transaction(async (tx) => {
        // DETACH … CONCURRENTLY is not allowed beside a DEFAULT partition: a plain DETACH takes a brief ACCESS
        // EXCLUSIVE lock on audit_entries, so it must not queue appends behind a long reader.
        await tx.execute(sql`set local lock_timeout = '5s'`);
        await tx.execute(sql.raw(`ALTER TABLE audit_entries DETACH PARTITION "${plan.partition}"`));
        await tx.execute(sql.raw(`DROP TABLE "${plan.partition}"`));
        await tx.execute(sql`update audit_archives set detached_at = ${opts.clock.now().toISOString()} where partition = ${plan.partition}`);
      });
      detached = true;
    } catch (err) {
      failure = err;
    }
  }

  const event: AdminEvent = {
    id: crypto.randomUUID(),
    kind: 'admin',
    time: opts.clock.now().toISOString(),
    source: { ip: null, userAgent: null, deviceId: null, deviceRegistered: null, system: 'khien-cli' },
    actor: { type: 'system', accountId: null },
    action: opts.detach ? 'audit.partition_archive_detach' : 'audit.partition_archive',
    target: { type: 'audit_partition', id: plan.partition },
    after: {
      by: opts.by,
      fromSeq: manifest.fromSeq,
      lastSeq: manifest.lastSeq,
      rows: manifest.rowCount,
      file: manifest.file,
      fileSha256: manifest.fileSha256,
      lastChainHash: manifest.lastChainHash,
      rootHash: manifest.merkle.rootHash,
      checkpointSize: manifest.checkpoint.treeSize,
      detached,
      reused,
    },
    outcome: failure === null ? 'success' : 'failure',
  };
  await opts.record(event);
  if (failure !== null) throw failure;
  return { manifest, manifestPath, filePath, report, reused, detached };
}
