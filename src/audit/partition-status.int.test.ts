/**
 * `khien audit partitions` (partition-status.ts): seq ranges, rows, sizes, time spans and states of the
 * partitions, and the DEFAULT partition's warning. Runs on PGlite and on PostgreSQL (`DATABASE_URL`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { createTestDatabase } from '../db/test-db.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';
import { ensurePartitions } from './partitions.ts';
import { listPartitions } from './partition-status.ts';
import { runAuditArchive, runAuditPartitions } from './archive.cli.ts';
import { loadConfig } from '../platform/config.ts';

async function append(db: Database, n: number, time = '2026-03-02T02:00:00.000Z'): Promise<void> {
  const appender = createAuditAppender({ db, maxBatch: 5 });
  await appender.recover();
  for (let i = 0; i < n; i++) await appender.append(makeAccessEvent({ time }));
  await appender.stop();
}

test('partitions: ranges, rows, time spans and states; the DEFAULT partition warns and exits 2', async () => {
  const database = await createTestDatabase();
  try {
    const db = database.db;
    await db.execute(sql`alter table audit_entries detach partition audit_entries_from_1`);
    await db.execute(sql`drop table audit_entries_from_1`);
    await ensurePartitions(db, { span: 8, headroom: 16 });
    await append(db, 8, '2026-01-01T00:00:00.000Z');
    await append(db, 3, '2026-02-01T00:00:00.000Z');
    const l = await listPartitions(db);
    assert.equal(l.head, 11);
    assert.equal(l.firstRetainedSeq, 1);
    assert.equal(l.defaultRows, 0);
    assert.deepEqual(l.partitions.map((p) => [p.name, p.fromSeq, p.toSeq, p.rows, p.state]), [
      ['audit_entries_from_1', 1, 9, 8, 'full'],
      ['audit_entries_from_9', 9, 17, 3, 'head'],
      ['audit_entries_from_17', 17, 25, 0, 'future'],
    ]);
    const [full, head, future] = l.partitions;
    assert.match(full!.firstTime ?? '', /^2026-01-01/);
    assert.match(full!.lastTime ?? '', /^2026-01-01/);
    assert.match(head!.lastTime ?? '', /^2026-02-01/);
    assert.equal(future!.firstTime, null);
    assert.ok(full!.bytes > 0);

    let out = '';
    const io = { database, write: (t: string) => void (out += t) };
    assert.equal(await runAuditPartitions({}, io), 0);
    assert.match(out, /audit_entries_from_9\s+9–16\s+3 /);
    assert.match(out, /DEFAULT partition empty/);

    if (!database.pool) {
      // PGlite: the archive needs PostgreSQL's COPY; refused with its code, nothing written.
      const config = loadConfig({}, { auditSigningKey: crypto.randomBytes(32).toString('base64'), dataDir: os.tmpdir() });
      out = '';
      assert.equal(await runAuditArchive({ partition: 'audit_entries_from_1', out: path.join(os.tmpdir(), `khien-none-${crypto.randomUUID()}`), yes: true }, { config, database, write: (t: string) => void (out += t), record: async () => undefined }), 1);
      assert.match(out, /KHIEN_AUDIT_ARCHIVE_NEEDS_POSTGRES: /);
    }

    // Entries past the last partition land in DEFAULT: listed with a warning, exit code 2.
    await append(db, 16);
    out = '';
    assert.equal(await runAuditPartitions({}, io), 2);
    assert.match(out, /WARNING: .*the DEFAULT partition holds 3 entries/);
    out = '';
    assert.equal(await runAuditPartitions({ json: true }, io), 2);
    assert.equal((JSON.parse(out) as { defaultRows: number }).defaultRows, 3);
  } finally {
    await database.close();
  }
});
