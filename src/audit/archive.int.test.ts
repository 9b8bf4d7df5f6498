/**
 * Archiving partitions (archive.ts, verify-archive.ts, archive-anchor.ts; docs/OPERATIONS.md "Retention and
 * archive"), on PostgreSQL: entries across three partitions, the oldest archived (file + manifest verified by
 * reading back), then detached and dropped; the retained log still verifies (full, parallel, incremental, the
 * verification job) anchored on the archive; the archive verifies on its own; a tampered file, manifest or
 * archive record is detected; the head, DEFAULT and non-oldest partitions are refused with their codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { createTestDatabase } from '../db/test-db.ts';
import { loadConfig } from '../platform/config.ts';
import { createManualClock } from '../platform/clock.ts';
import type { KhienEvent, AdminEvent } from '../events/types.ts';
import { createAuditAppender, type LocalAuditAppender } from './appender.ts';
import { makeAccessEvent, tamper } from './audit-test-helpers.ts';
import { ensurePartitions } from './partitions.ts';
import { createCheckpoint } from './checkpoint.ts';
import { loadSigningKey, verifierKeyText } from './signing-key.ts';
import { runAuditVerify } from './audit.cli.ts';
import { runAuditArchive, runAuditPartitions, runAuditVerifyArchive } from './archive.cli.ts';
import { listPartitions } from './partition-status.ts';
import { parseManifest, type ArchiveManifest } from './archive-manifest.ts';
import { verifyArchiveFile } from './verify-archive.ts';
import { archiveAnchor } from './archive-anchor.ts';
import { verifyParallel } from './verify-parallel.ts';
import { verifyIncremental } from './verify-incremental.ts';
import { createVerificationJobs, findVerification } from './verification-job.ts';

async function append(appender: LocalAuditAppender, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await appender.append(makeAccessEvent({ time: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }));
}

test('archive the oldest partition with --detach; the rest verifies from the archive; tampering is detected; head/DEFAULT/newer refused', async (t) => {
  if (!process.env.DATABASE_URL) {
    t.skip('archiving exports with PostgreSQL COPY (PGlite refuses with KHIEN_AUDIT_ARCHIVE_NEEDS_POSTGRES)');
    return;
  }
  const database = await createTestDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-archive-'));
  const appender = createAuditAppender({ db: database.db, maxBatch: 5 });
  try {
    const db: Database = database.db;
    const config = loadConfig({}, { auditSigningKey: crypto.randomBytes(32).toString('base64'), dataDir: dir });
    const key = loadSigningKey(config);
    const clock = createManualClock();
    // Partitions of 16 entries: [1,17), [17,33), [33,49).
    await db.execute(sql`alter table audit_entries detach partition audit_entries_from_1`);
    await db.execute(sql`drop table audit_entries_from_1`);
    await ensurePartitions(db, { span: 16, headroom: 40 });
    await appender.recover();
    await append(appender, 10);
    const early = await createCheckpoint(db, key, clock); // inside the range to archive
    await append(appender, 20);
    await createCheckpoint(db, key, clock);
    await append(appender, 12); // head 42, in audit_entries_from_33

    const events: KhienEvent[] = [];
    let out = '';
    let asked = '';
    const io = {
      config,
      database,
      write: (s: string) => void (out += s),
      confirm: async (q: string) => {
        asked = q;
        return false;
      },
      record: async (e: KhienEvent) => {
        events.push(e);
        return appender.append(e);
      },
    };
    const archiveDir = path.join(dir, 'archive');

    // Refusals, with their stable codes and both languages.
    for (const [partition, code] of [
      ['audit_entries_from_33', 'KHIEN_AUDIT_ARCHIVE_HEAD_PARTITION'],
      ['audit_entries_default', 'KHIEN_AUDIT_ARCHIVE_DEFAULT_PARTITION'],
      ['audit_entries_from_17', 'KHIEN_AUDIT_ARCHIVE_NOT_OLDEST'],
      ['audit_entries_from_49', 'KHIEN_AUDIT_PARTITION_NOT_FOUND'],
    ] as const) {
      out = '';
      assert.equal(await runAuditArchive({ partition, out: archiveDir, detach: true, yes: true }, io), 1, partition);
      assert.match(out, new RegExp(`^${code}: `), out);
      assert.match(out, / \/ /);
    }
    assert.match(out, /Không có phân vùng nhật ký audit_entries_from_49 \/ No audit log partition named audit_entries_from_49/);

    // Asked, declined: nothing written.
    out = '';
    assert.equal(await runAuditArchive({ partition: 'audit_entries_from_1', out: archiveDir }, io), 1);
    assert.match(asked, /Proceed\?/);
    assert.match(out, /entries 1\.\.16 \(16\)/);
    assert.match(out, /cancelled/);
    assert.equal(fs.existsSync(path.join(archiveDir, 'audit_entries_from_1.copy')), false);

    // Export and verify, keep the partition.
    out = '';
    assert.equal(await runAuditArchive({ partition: 'audit_entries_from_1', out: archiveDir, yes: true, by: 'ops-tester' }, io), 0, out);
    assert.match(out, /HỢP LỆ \/ VALID: audit_entries_from_1, 16 mục \/ entries/);
    assert.match(out, /the partition stays/);
    const manifestPath = path.join(archiveDir, 'audit_entries_from_1.manifest.json');
    const filePath = path.join(archiveDir, 'audit_entries_from_1.copy');
    const manifest: ArchiveManifest = parseManifest(fs.readFileSync(manifestPath, 'utf8'));
    assert.equal(manifest.fromSeq, 1);
    assert.equal(manifest.lastSeq, 16);
    assert.equal(manifest.rowCount, 16);
    assert.equal(manifest.prevChainHash, '0'.repeat(64));
    assert.equal(manifest.checkpoint.treeSize, 30);
    assert.equal(manifest.archivedBy, 'ops-tester');
    assert.equal(manifest.fileSha256, crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex'));
    assert.deepEqual(manifest.columns.slice(0, 6).map((c) => c.name), ['seq', 'time', 'kind', 'body', 'leaf_hash', 'chain_hash']);
    const [e16] = await queryRows<{ chain_hash: string }>(db, sql`select chain_hash from audit_entries where seq = 16`);
    assert.equal(manifest.lastChainHash, e16!.chain_hash);
    assert.equal((await listPartitions(db)).partitions[0]!.state, 'archived');

    // Then detach: the files are re-used (they match the record), verified again, the partition dropped.
    out = '';
    assert.equal(await runAuditArchive({ partition: 'audit_entries_from_1', out: archiveDir, yes: true, detach: true, by: 'ops-tester' }, io), 0, out);
    assert.match(out, /matched the archive record: verified again/);
    assert.match(out, /partition detached and dropped: audit_entries_from_1; .*first retained entry 17/);
    const [exists] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from pg_class where relname = 'audit_entries_from_1'`);
    assert.equal(exists!.n, 0);
    const listing = await listPartitions(db);
    assert.deepEqual(listing.partitions.map((p) => [p.name, p.state]), [
      ['audit_entries_from_1', 'dropped'],
      ['audit_entries_from_17', 'full'],
      ['audit_entries_from_33', 'head'],
    ]);
    assert.equal(listing.firstRetainedSeq, 17);
    out = '';
    assert.equal(await runAuditPartitions({}, io), 0);
    assert.match(out, /audit_entries_from_1\s+1–16\s+16 .*dropped sha256:/);

    // The archive is recorded in the log: who, which range, the file hash.
    assert.deepEqual(events.map((e) => (e as AdminEvent).action), ['audit.partition_archive', 'audit.partition_archive_detach']);
    const after = (events[1] as AdminEvent).after as Record<string, unknown>;
    assert.deepEqual([after.by, after.fromSeq, after.lastSeq, after.fileSha256, after.detached], ['ops-tester', 1, 16, manifest.fileSha256, true]);
    const [recorded] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries where body like '%audit.partition_archive_detach%'`);
    assert.equal(recorded!.n, 1);
    await createCheckpoint(db, key, clock); // at 44: past the archive

    // The retained log verifies from the archive's end: CLI (full, with the outside manifest, incremental),
    // parallel workers, the console's verification job.
    out = '';
    assert.equal(await runAuditVerify({}, io), 0, out);
    assert.match(out, /after 1 archived partition\(s\) \(up to audit_entries_from_1, entries 1\.\.16\): 28 mục/);
    assert.match(out, /HỢP LỆ \/ VALID: 44 mục/);
    out = '';
    assert.equal(await runAuditVerify({ manifest: manifestPath }, io), 0, out);
    out = '';
    assert.equal(await runAuditVerify({ incremental: true }, io), 0, out);
    const inc = await verifyIncremental(db, { publicKey: key.publicKey, checkpoint: early });
    assert.equal(inc.ok, true, JSON.stringify(inc.faults)); // a checkpoint inside the archived range: from the archive's end
    assert.equal(inc.fromSize, 16);
    const { anchor } = await archiveAnchor(db);
    const par = await verifyParallel(db, { publicKey: key.publicKey, databaseUrl: database.url, workers: 2, blockLevel: 2, minEntries: 0, from: anchor ?? undefined });
    assert.equal(par.mode, 'parallel');
    assert.equal(par.ok, true);
    assert.equal(par.size, 44);
    const jobs = createVerificationJobs({ db, clock, recorder: () => ({ record: async (e) => appender.append(e), recordMany: async (es) => Promise.all(es.map((e) => appender.append(e))) }), publicKey: () => key.publicKey, onError: () => undefined });
    const started = await jobs.start(null);
    await jobs.settle();
    const job = await findVerification(db, started.id);
    assert.equal(job?.ok, true, job?.report ?? '');

    // The archive verifies on its own (configured key, or the verifier key given).
    out = '';
    assert.equal(await runAuditVerifyArchive({ manifest: manifestPath }, io), 0, out);
    assert.match(out, /chữ ký \/ signature hợp lệ \/ valid; nhất quán \/ consistent: có \/ yes/);
    assert.equal(await runAuditVerifyArchive({ manifest: manifestPath, key: verifierKeyText(key) }, io), 0);

    // Tampering with the archive file: one byte of a body.
    const bad = path.join(dir, 'bad');
    fs.cpSync(archiveDir, bad, { recursive: true });
    const badFile = path.join(bad, 'audit_entries_from_1.copy');
    const badManifest = path.join(bad, 'audit_entries_from_1.manifest.json');
    const bytes = fs.readFileSync(badFile);
    const at = bytes.indexOf('"purpose"', 0, 'latin1');
    bytes[at + 1] = 'P'.charCodeAt(0);
    fs.writeFileSync(badFile, bytes);
    out = '';
    assert.equal(await runAuditVerifyArchive({ manifest: badManifest }, io), 1);
    assert.match(out, /KHÔNG HỢP LỆ \/ INVALID/);
    assert.match(out, /file: the file's SHA-256 is not the manifest's/);
    assert.match(out, /entry #1 bị sửa \/ altered: the body does not match its leaf hash/);
    // …even when the manifest's hash is rewritten to match the changed file.
    const forged = { ...manifest, fileSha256: crypto.createHash('sha256').update(bytes).digest('hex') };
    fs.writeFileSync(badManifest, JSON.stringify(forged));
    const r1 = await verifyArchiveFile(forged, badManifest, { publicKey: key.publicKey });
    assert.equal(r1.ok, false);
    assert.deepEqual(r1.faults.map((f) => f.kind), ['altered']);
    // Tampering with the manifest: its last chain hash, or its Merkle root.
    fs.copyFileSync(filePath, badFile);
    const r2 = await verifyArchiveFile({ ...manifest, lastChainHash: 'ab'.repeat(32) }, badManifest, { publicKey: key.publicKey });
    assert.deepEqual(r2.faults.map((f) => f.kind), ['chain']);
    const r3 = await verifyArchiveFile({ ...manifest, merkle: { ...manifest.merkle, rootHash: 'cd'.repeat(32) } }, badManifest, { publicKey: key.publicKey });
    assert.deepEqual(r3.faults.map((f) => f.kind), ['tree', 'checkpoint']);
    const r4 = await verifyArchiveFile(manifest, badManifest, { publicKey: crypto.randomBytes(32) });
    assert.equal(r4.signatureValid, false);
    // A truncated file.
    fs.writeFileSync(badFile, fs.readFileSync(filePath).subarray(0, 1000));
    const r5 = await verifyArchiveFile(manifest, badManifest, { publicKey: key.publicKey });
    assert.equal(r5.ok, false);
    assert.ok(r5.faults.some((f) => f.kind === 'format'));
    // A manifest kept outside that disagrees with the database's record.
    fs.writeFileSync(badManifest, JSON.stringify({ ...manifest, lastChainHash: 'ab'.repeat(32) }));
    out = '';
    assert.equal(await runAuditVerify({ manifest: badManifest }, io), 1);
    assert.match(out, /bản ghi lưu trữ không khớp \/ entry #1 archive: the database's archive record of audit_entries_from_1 differs from the manifest kept outside/);

    // Tampering with the database at the boundary: the first retained entry, or the archive record.
    await tamper(db, sql`update audit_entries set body = replace(body, '"purpose"', '"Purpose"') where seq = 17`);
    out = '';
    assert.equal(await runAuditVerify({}, io), 1);
    assert.match(out, /entry #17 altered/);
    await tamper(db, sql`update audit_entries set body = replace(body, '"Purpose"', '"purpose"') where seq = 17`);
    out = '';
    assert.equal(await runAuditVerify({}, io), 0, out);
    await tamper(db, sql`update audit_archives set last_chain_hash = ${'ab'.repeat(32)}`);
    out = '';
    assert.equal(await runAuditVerify({}, io), 1);
    assert.match(out, /archive: the archive record of audit_entries_from_1 differs from its recorded manifest/);
    // The guard: archive records are never deleted.
    await assert.rejects(db.execute(sql`delete from audit_archives`));
  } finally {
    await appender.stop();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
