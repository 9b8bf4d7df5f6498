/**
 * The partitioned record (issue 19 item 3, migration `0022_audit_partitions`): the migration turns an existing
 * unpartitioned log with entries into the first partition without breaking its chain; the partition job keeps
 * partitions ahead of the log; incremental verification from a signed checkpoint runs across a partition
 * boundary; entries that reach the DEFAULT partition are kept, verified and reported; the guard holds on every
 * partition. Runs on PGlite and on PostgreSQL (`DATABASE_URL`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_DIR, openDatabase, queryRows, type Database, type DbHandle } from '../db/client.ts';
import { createTestDatabase, testDatabaseName } from '../db/test-db.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';
import { createCheckpoint } from './checkpoint.ts';
import { ensurePartitions, partitionStatus, startPartitionJob, type PartitionStatus } from './partitions.ts';
import { signingKeyFromSeed } from './signing-key.ts';
import { verifyChain } from './verify-chain.ts';
import { verifyIncremental } from './verify-incremental.ts';
import { createManualClock } from '../platform/clock.ts';

const key = signingKeyFromSeed(crypto.randomBytes(32));
const clock = createManualClock();

async function append(db: Database, n: number): Promise<void> {
  const appender = createAuditAppender({ db, maxBatch: 7 });
  await appender.recover();
  await Promise.all(Array.from({ length: n }, () => appender.append(makeAccessEvent())));
  await appender.stop();
}

/** Asserts that a statement fails with a message (drizzle wraps the driver's error in `cause`). */
async function refused(p: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    const text = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
    assert.match(text, message);
    return true;
  });
}

/** A copy of the migrations folder whose journal stops before the partitioning migration. */
function migrationsBeforePartitioning(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-mig-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith('_audit_partitions'));
  assert.ok(at > 0, 'the partitioning migration is in the journal');
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

/** A database migrated up to (not including) the partitioning migration; `close` drops it. */
async function databaseBeforePartitioning(folder: string): Promise<DbHandle & { migrateTo(folder: string): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = await openDatabase({ dataDir: 'memory' });
    const migrateTo = (f: string): Promise<void> => migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder: f });
    await migrateTo(folder);
    return Object.assign(handle, { migrateTo });
  }
  const name = testDatabaseName('part');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  const migrateTo = (f: string): Promise<void> => migratePg(handle.db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder: f });
  await migrateTo(folder);
  const close = handle.close;
  return Object.assign(handle, {
    migrateTo,
    close: async () => {
      await close();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`).finally(() => drop.end());
    },
  });
}

/** Replaces the (empty) first partition by partitions of `span` entries, for tests that cross boundaries. */
async function smallPartitions(db: Database, span: number, headroom: number): Promise<void> {
  await db.execute(sql`alter table audit_entries detach partition audit_entries_from_1`);
  await db.execute(sql`drop table audit_entries_from_1`);
  await ensurePartitions(db, { span, headroom });
}

test('the migration makes an existing log with entries the first partition; its chain and tree still verify', async () => {
  const folder = migrationsBeforePartitioning();
  const handle = await databaseBeforePartitioning(folder);
  try {
    await append(handle.db, 40);
    const before = await verifyChain(handle.db);
    assert.equal(before.ok, true);
    await createCheckpoint(handle.db, key, clock);
    await handle.migrate();
    const status = await partitionStatus(handle.db);
    assert.deepEqual(status.partitions, [{ name: 'audit_entries_from_1', fromSeq: 1, toSeq: 2 ** 30 + 1 }]);
    assert.equal(status.defaultRows, 0);
    assert.equal(status.head, 40);
    const [kind] = await queryRows<{ relkind: string }>(handle.db, sql`select relkind from pg_class where relname = 'audit_entries'`);
    assert.equal(kind?.relkind, 'p');
    const after = await verifyChain(handle.db);
    assert.equal(after.ok, true);
    assert.equal(after.rootHash, before.rootHash);
    assert.equal(after.storedCheckpointsChecked, 1);
    // Appending goes on into the partition, and the guard holds on it and through the parent.
    await append(handle.db, 5);
    assert.equal((await verifyChain(handle.db)).size, 45);
    await refused(handle.db.execute(sql`update audit_entries set body = '{}' where seq = 3`), /KHIEN_AUDIT_APPEND_ONLY/);
    await refused(handle.db.execute(sql`delete from audit_entries_from_1 where seq = 3`), /KHIEN_AUDIT_APPEND_ONLY/);
    await refused(handle.db.execute(sql`truncate audit_entries_from_1`), /KHIEN_AUDIT_APPEND_ONLY/);
    await refused(handle.db.execute(sql`insert into audit_entries_from_1 (seq, time, kind, body, leaf_hash, chain_hash, event_id) select 3, time, kind, body, leaf_hash, chain_hash, event_id from audit_entries where seq = 3`), /duplicate key|unique/);
  } finally {
    await handle.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('incremental verification from the last signed checkpoint runs across a partition boundary', async () => {
  const handle = await createTestDatabase();
  try {
    await smallPartitions(handle.db, 16, 40);
    assert.deepEqual((await partitionStatus(handle.db)).partitions.map((p) => [p.fromSeq, p.toSeq]), [[1, 17], [17, 33], [33, 49]]);
    await append(handle.db, 30);
    await createCheckpoint(handle.db, key, clock);
    await append(handle.db, 12); // 31..42: the rest of one partition and the start of the next
    const [counts] = await queryRows<{ a: number; b: number; c: number }>(
      handle.db,
      sql`select (select count(*)::int from audit_entries_from_1) as a, (select count(*)::int from audit_entries_from_17) as b, (select count(*)::int from audit_entries_from_33) as c`,
    );
    assert.deepEqual(counts, { a: 16, b: 16, c: 10 });
    const inc = await verifyIncremental(handle.db, { publicKey: key.publicKey, pageSize: 4 });
    const full = await verifyChain(handle.db, { publicKey: key.publicKey });
    assert.equal(inc.ok, true, JSON.stringify(inc.faults));
    assert.equal(full.ok, true);
    assert.equal(inc.size, 42);
    assert.equal(inc.rootHash, full.rootHash);
    assert.equal(inc.chainHash, full.chainHash);
  } finally {
    await handle.close();
  }
});

test('the job creates partitions ahead; entries past them land in the DEFAULT partition, still verify, and raise the alert', async () => {
  const handle = await createTestDatabase();
  try {
    await smallPartitions(handle.db, 8, 0);
    const alerts: PartitionStatus[] = [];
    const errors: unknown[] = [];
    let active = false;
    const job = startPartitionJob({ db: handle.db, intervalSeconds: 3600, active: () => active, onDefaultRows: (s) => alerts.push(s), onError: (e) => errors.push(e) });
    try {
      await append(handle.db, 6);
      await job.run(); // not the sequencer: nothing done
      assert.equal((await partitionStatus(handle.db)).partitions.length, 1);
      active = true;
      await job.run(); // head 6 + half a span (4) → the next partition
      assert.deepEqual((await partitionStatus(handle.db)).partitions.map((p) => p.name), ['audit_entries_from_1', 'audit_entries_from_9']);
      assert.equal(alerts.length, 0);
      await append(handle.db, 14); // 7..20: 17..20 have no partition
      const status = await partitionStatus(handle.db);
      assert.equal(status.defaultRows, 4);
      assert.equal((await verifyChain(handle.db)).ok, true);
      await job.run(); // cannot attach over the rows in DEFAULT: an error and the alert
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]!.defaultRows, 4);
      assert.equal(errors.length, 1);
      await assert.rejects(ensurePartitions(handle.db));
    } finally {
      await job.stop();
    }
  } finally {
    await handle.close();
  }
});

test('as khien_app on PostgreSQL: the partition function may be called, the partitions are not reachable directly', async (t) => {
  if (!process.env.DATABASE_URL) {
    t.skip('PGlite has a single superuser session: the khien_app grants apply on PostgreSQL only');
    return;
  }
  const handle = await createTestDatabase();
  try {
    await append(handle.db, 3);
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local role khien_app`);
      const [r] = await queryRows<{ made: number }>(tx, sql`select audit_ensure_partitions(null, 2000000000) as made`);
      assert.equal(Number(r?.made), 1);
      await tx.execute(sql`select count(*) from audit_entries`);
    });
    await refused(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`set local role khien_app`);
        await tx.execute(sql`select count(*) from audit_entries_from_1`);
      }),
      /permission denied/,
    );
  } finally {
    await handle.close();
  }
});
