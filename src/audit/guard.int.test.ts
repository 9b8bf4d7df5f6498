/**
 * The audit guard: UPDATE, DELETE and TRUNCATE on the audit tables fail with a clear error for every role
 * (trigger), and on PostgreSQL the application role `khien_app` holds only SELECT and INSERT on them.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { queryRows, type DbHandle } from '../db/client.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';
import { createCheckpoint } from './checkpoint.ts';
import { signingKeyFromSeed } from './signing-key.ts';
import { createManualClock } from '../platform/clock.ts';
import crypto from 'node:crypto';

let handle: DbHandle;
before(async () => {
  handle = await createTestDatabase();
  const a = createAuditAppender({ db: handle.db });
  await Promise.all(Array.from({ length: 4 }, () => a.append(makeAccessEvent())));
  await a.stop();
  await createCheckpoint(handle.db, signingKeyFromSeed(crypto.randomBytes(32)), createManualClock());
});
after(async () => {
  await handle.close();
});

/** The message of the database error behind a Drizzle error. */
async function failure(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await handle.db.transaction(async (tx) => {
      await tx.execute(statement);
    });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause;
    return cause?.message ?? (err as Error).message;
  }
  return 'no error';
}

test('UPDATE, DELETE and TRUNCATE are refused on every audit table, even for the owner', async () => {
  const attempts: Array<[string, ReturnType<typeof sql>]> = [
    ['update entries', sql`update audit_entries set body = '{}' where seq = 1`],
    ['delete entries', sql`delete from audit_entries where seq = 2`],
    ['truncate entries', sql`truncate audit_entries`],
    ['update nodes', sql`update audit_tree_nodes set hash = 'x'`],
    ['delete nodes', sql`delete from audit_tree_nodes`],
    ['truncate nodes', sql`truncate audit_tree_nodes`],
    ['update checkpoints', sql`update audit_checkpoints set tree_size = 1`],
    ['delete checkpoints', sql`delete from audit_checkpoints`],
    ['truncate checkpoints', sql`truncate audit_checkpoints`],
    ['update subjects', sql`update audit_subjects set seq = seq + 1000`],
    ['delete subjects', sql`delete from audit_subjects`],
    ['truncate subjects', sql`truncate audit_subjects`],
  ];
  for (const [name, statement] of attempts) {
    assert.match(await failure(statement), /KHIEN_AUDIT_APPEND_ONLY: (UPDATE|DELETE|TRUNCATE) on audit_\w+ refused: the audit log is append-only/, name);
  }
  const [row] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_entries`);
  assert.equal(Number(row?.n), 4);
  // INSERT stays possible: the log is append-only, not read-only.
  const a = createAuditAppender({ db: handle.db });
  assert.equal((await a.append(makeAccessEvent())).seq, 5);
});

test('as khien_app on PostgreSQL: SELECT and INSERT only on the audit tables', async (t) => {
  if (handle.kind !== 'postgres') {
    t.skip('PGlite has a single superuser session: the khien_app grants apply on PostgreSQL only');
    return;
  }
  const asApp = async (statement: ReturnType<typeof sql>): Promise<string> => {
    try {
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`set local role khien_app`);
        await tx.execute(statement);
      });
      return 'ok';
    } catch (err) {
      return (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
    }
  };
  assert.equal(await asApp(sql`select count(*) from audit_entries`), 'ok');
  assert.equal(await asApp(sql`insert into audit_checkpoints (origin, tree_size, root_hash, time, key_id, signature) values ('o', 0, 'r', now(), 'k', 's')`), 'ok');
  assert.equal(await asApp(sql`select count(*) from audit_subjects`), 'ok');
  assert.match(await asApp(sql`update audit_subjects set seq = seq + 1000`), /permission denied/, 'audit_subjects');
  for (const table of ['audit_entries', 'audit_tree_nodes', 'audit_checkpoints', 'audit_subjects']) {
    if (table !== 'audit_subjects') assert.match(await asApp(sql.raw(`update ${table} set ${table === 'audit_tree_nodes' ? 'hash' : 'time'} = ${table === 'audit_tree_nodes' ? "'x'" : 'now()'}`)), /permission denied/, table);
    assert.match(await asApp(sql.raw(`delete from ${table}`)), /permission denied/, table);
    assert.match(await asApp(sql.raw(`truncate ${table}`)), /permission denied/, table);
  }
  // Other tables stay writable for the application.
  assert.equal(await asApp(sql`select count(*) from org_units`), 'ok');
});
