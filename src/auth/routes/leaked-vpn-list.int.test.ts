/**
 * The console's admin additions (issue 13, item 5): leaked-password list import as a background job (roles,
 * progress, result, recorded, then a leaked password is recognised), the VPN list within scope, and the
 * ingestion-token administration (create shown once and usable, revoke, recorded).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp } from '../../app/test-app.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import { createStaffWithSession } from '../test-support.ts';
import { isPasswordLeaked } from '../passwords/leaked-passwords.ts';
import { verifyIngestToken } from '../../detect/ingest/ingest-tokens.ts';
import { leakedImports } from '../auth.schema.ts';
import { eq } from 'drizzle-orm';

test('leaked-password import job, VPN list and ingestion tokens', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const recorder = createMemoryRecorder();
  const { app, close } = await createTestApp({}, clock, { recorder });
  t.after(close);
  const db = app.khien.database.db;
  const sysadmin = await createStaffWithSession(app, { unitId: 'VSS', roles: [{ role: 'system_admin', unitId: 'VSS' }] });
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) => app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  const sha1 = crypto.createHash('sha1').update('Tet2026@hanoi').digest('hex').toUpperCase();
  const list = Buffer.from(`${sha1}:42\nnot-a-hash\n${'A'.repeat(40)}:1\n`);
  assert.equal((await inject('POST', '/api/admin/leaked-passwords/imports', officer.headers, { contentBase64: list.toString('base64') })).statusCode, 403);
  const started = await inject('POST', '/api/admin/leaked-passwords/imports', sysadmin.headers, { contentBase64: list.toString('base64') });
  assert.equal(started.statusCode, 202, started.body);
  let job = started.json<{ id: string; status: string; result: { imported: number; rejected: number; rejectedLines: number[] } | null }>();
  for (let i = 0; i < 100 && job.status === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 30));
    job = (await inject('GET', '/api/admin/leaked-passwords/imports', sysadmin.headers)).json<Array<typeof job>>().find((j) => j.id === job.id)!;
  }
  assert.equal(job.status, 'done');
  assert.deepEqual([job.result?.imported, job.result?.rejected, job.result?.rejectedLines], [2, 1, [2]]);
  assert.equal(await isPasswordLeaked(db, 'Tet2026@hanoi'), true);
  const actions = () => recorder.events.filter((e) => e.kind === 'admin').map((e) => (e as { action: string }).action);
  assert.ok(actions().includes('auth.leaked_import') && actions().includes('auth.leaked_import_finished'));
  // Kept in the database, so a restart loses nothing: the finished job's row holds its result, and a job
  // whose process stopped (its heartbeat older than a minute) is listed as interrupted.
  const [row] = await db.select().from(leakedImports).where(eq(leakedImports.id, job.id));
  assert.deepEqual([row?.status, row?.imported, row?.rejected, row?.rejectedLines, row?.startedBy], ['done', 2, 1, [2], sysadmin.accountId]);
  const cutShort = crypto.randomUUID();
  await db.insert(leakedImports).values({ id: cutShort, startedAt: new Date(clock.now().getTime() - 120_000), startedBy: null, status: 'running', bytesRead: 10, totalBytes: 100, heartbeatAt: new Date(clock.now().getTime() - 61_000) });
  const jobs = (await inject('GET', '/api/admin/leaked-passwords/imports', sysadmin.headers)).json<Array<{ id: string; status: string; bytesRead: number }>>();
  assert.deepEqual(jobs.map((j) => [j.id, j.status]), [[job.id, 'done'], [cutShort, 'interrupted']], 'newest first');
  await db.update(leakedImports).set({ heartbeatAt: clock.now() }).where(eq(leakedImports.id, cutShort));
  assert.equal((await inject('GET', '/api/admin/leaked-passwords/imports', sysadmin.headers)).json<Array<{ id: string; status: string }>>().find((j) => j.id === cutShort)?.status, 'running', 'another server still running it');

  const vpn = await inject('GET', '/api/admin/vpn', officer.headers);
  assert.equal(vpn.statusCode, 200);
  assert.deepEqual(vpn.json(), []);
  assert.equal((await inject('GET', '/api/admin/vpn', sysadmin.headers)).statusCode, 403);

  assert.equal((await inject('POST', '/api/detect/ingest-tokens', officer.headers, { system: 'vpn-hn-01', reason: 'Nạp nhật ký VPN' })).statusCode, 403);
  assert.equal((await inject('POST', '/api/detect/ingest-tokens', sysadmin.headers, { system: 'bad name', reason: 'x' })).statusCode, 400);
  const created = await inject('POST', '/api/detect/ingest-tokens', sysadmin.headers, { system: 'vpn-hn-01', reason: 'Nạp nhật ký VPN' });
  assert.equal(created.statusCode, 201, created.body);
  const { id, token } = created.json<{ id: string; token: string }>();
  assert.equal((await verifyIngestToken(db, clock, token)).ok, true);
  const listed = (await inject('GET', '/api/detect/ingest-tokens', sysadmin.headers)).json<Array<{ id: string; system: string; revokedAt: string | null }>>();
  assert.deepEqual(listed.map((r) => [r.id, r.system, r.revokedAt]), [[id, 'vpn-hn-01', null]]);
  assert.ok(!JSON.stringify(listed).includes(token), 'the secret is shown only once');
  const revoked = await inject('POST', `/api/detect/ingest-tokens/${id}/revoke`, sysadmin.headers, { reason: 'Thay hệ thống VPN' });
  assert.equal(revoked.statusCode, 200);
  assert.equal((await verifyIngestToken(db, clock, token)).ok, false);
  assert.equal((await inject('POST', `/api/detect/ingest-tokens/${id}/revoke`, sysadmin.headers, { reason: 'lần hai' })).json().code, 'KHIEN_DETECTRULES_TOKEN_NOT_FOUND');
  assert.ok(actions().includes('ingest.token_create') && actions().includes('ingest.token_revoke'));
  assert.ok(!JSON.stringify(recorder.events).includes(token), 'no secret in the log');
});
