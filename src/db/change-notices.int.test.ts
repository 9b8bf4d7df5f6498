import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from './test-db.ts';
import { queryRows } from './client.ts';
import { listenForChanges, type ChangeKind } from './change-notices.ts';

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
}

test('the listening connection survives its backend being killed, and a kill after the stop throws nothing', { skip: !process.env.DATABASE_URL && 'PostgreSQL only' }, async () => {
  const database = await createTestDatabase();
  const seen: ChangeKind[] = [];
  const errors: unknown[] = [];
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown): void => void uncaught.push(err);
  process.on('uncaughtException', onUncaught);
  try {
    const stop = await listenForChanges(database, (k) => seen.push(k), (e) => errors.push(e));
    assert.ok(stop);
    const listeners = async (): Promise<number[]> =>
      (await queryRows<{ pid: number }>(database.db, sql`select pid from pg_stat_activity where datname = current_database() and query like 'LISTEN%'`)).map((r) => r.pid);
    const [first] = await listeners();
    assert.ok(first, 'listening');
    await queryRows(database.db, sql`select pg_terminate_backend(${first}::int)`);
    assert.ok(await until(() => errors.length === 1 && seen.includes('accounts') && seen.includes('grants'), 10_000), 'reconnected, and reloads what it may have missed');
    const [second] = await listeners();
    assert.ok(second && second !== first);
    await stop();
    await queryRows(database.db, sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(uncaught, [], 'nothing thrown after the stop');
    assert.equal(errors.length, 1, 'an error after the stop is not reported');
  } finally {
    process.off('uncaughtException', onUncaught);
    await database.close();
  }
});
