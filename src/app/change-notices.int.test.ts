/**
 * On PostgreSQL, an account change made by another process (the CLI, another node) holds on the running
 * server's next request: sessions are resolved without a cache, and the caches a server keeps (the access grant
 * index, the detector's account facts) are reloaded on the change notice the other process sends at COMMIT.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from './build-app.ts';
import { createTestApp } from './test-app.ts';
import { openDatabase } from '../db/client.ts';
import { loadConfig } from '../platform/config.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import { suspendAccount } from '../auth/admin/accounts.ts';
import { applyHrEvent } from '../auth/hr/hr-events.ts';
import { SYSTEM_ORIGIN } from '../auth/auth-events.ts';
import { makeIndexedAssignment } from '../access/access-test-support.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
}

test('a suspension and an HR transfer made by another process hold on the server at once', { skip: !process.env.DATABASE_URL && 'PostgreSQL only (PGlite: one process per data directory)' }, async (t) => {
  const server = await createTestApp({}, undefined, { recorder: createMemoryRecorder() });
  t.after(server.close);
  const url = (server.app.khien.database as { url?: string | null }).url;
  assert.ok(url);
  // The other process: what `khien auth suspend` and `khien auth hr-import` build, on the same database.
  const cliDb = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const cli = await buildApp(loadConfig({}, { logLevel: 'silent', cookieSecret: 'c'.repeat(40) }), { database: cliDb, quiet: true, recorder: createMemoryRecorder() });
  t.after(async () => { await cli.close(); await cliDb.close(); });
  const cliAuth = cli.khien.auth.ctx;

  const clerk = await createStaffWithSession(server.app, { unitId: 'P01-L1' });
  assert.equal((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: clerk.headers })).statusCode, 200);
  const detect = server.app.khien.detect.context;
  await detect.refresh?.();
  assert.equal(detect.account(clerk.accountId)?.accountStatus, 'active');
  await suspendAccount(cliAuth, clerk.accountId, 'khóa từ dòng lệnh', { type: 'system', name: 'cli' });
  const res = await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: clerk.headers });
  assert.equal(res.statusCode, 401, 'the next request is refused');
  assert.ok(await until(() => detect.account(clerk.accountId)?.accountStatus === 'suspended', 3000), 'the detector’s account facts follow at once');

  // The grant index: an assignment the server holds in memory is gone once another process's HR event commits.
  const mover = await createStaffWithSession(server.app, { unitId: 'P01-L1' });
  const store = server.app.khien.access.ctx.store;
  store.putAssignment(makeIndexedAssignment(mover.accountId, { provinces: ['01'] }));
  assert.equal(store.assignmentsOf(mover.accountId).length, 1);
  await applyHrEvent(cliAuth, { type: 'system', name: 'cli' }, { staffId: mover.staffId, kind: 'transfer', effectiveOn: '2026-03-02', newUnitId: 'P04' }, SYSTEM_ORIGIN);
  assert.ok(await until(() => store.assignmentsOf(mover.accountId).length === 0, 3000), 'the server reloaded its grant index on the notice');
});
