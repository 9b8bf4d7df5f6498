/**
 * New hires in the HR import (issue 13, item 5): bad hire rows give per-row errors and nothing is written (not
 * even the valid rows of the same file); a dry run lists the changes; applied, the staff records, accounts and
 * role grants exist, each recorded, and the temporary password signs in only to change it.
 */
import crypto from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../app/test-app.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import { findStaff, findStaffByNumbers } from '../../org/org.repo.ts';
import { makeStaff } from '../../seed/test-factories.ts';
import { findAccount, findActiveGrants } from '../auth.repo.ts';
import { createStaffWithSession } from '../test-support.ts';

test('HR import with new hires: row errors → nothing written; dry run table; apply creates staff, accounts and grants', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const recorder = createMemoryRecorder();
  const { app, close } = await createTestApp({}, clock, { recorder });
  t.after(close);
  const db = app.khien.database.db;
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const existing = await makeStaff(db, { unitId: 'P01-L2' });
  const post = (csv: string, dryRun: boolean) =>
    app.inject({ method: 'POST', url: '/api/admin/hr/import', headers: officer.headers, payload: { format: 'csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun } });

  const bad = [
    'ma_can_bo,su_kien,ngay_hieu_luc,ho_ten,chuc_vu,don_vi,vai_tro',
    'NEWHIRE01,tuyển dụng,02/03/2026,Nguyễn Văn Mới,Chuyên viên,P01-L1,',
    `${existing.staffNo},tuyển dụng,2026-03-02,Trùng Mã,,P01-L1,`,
    'NEWHIRE01,hire,2026-03-02,Lặp Lại,,P01-L1,',
    'NEWHIRE02,hire,2026-03-02,,,P01-L1,',
    'NEWHIRE03,hire,2026-03-02,Ngoài Phạm Vi,,P04,',
    'NEWHIRE04,hire,2026-03-02,Sai Vai Trò,,P01,security_officer',
    'NEWHIRE05,hire,2026-13-40,Sai Ngày,,NOWHERE,pilot',
    `${existing.staffNo},suspension,2026-03-02,,,,`,
  ].join('\n');
  let res = await post(bad, false);
  assert.equal(res.statusCode, 422, res.body);
  const errors = res.json<{ details: { errors: Array<{ row: number; field: string; code: string }> } }>().details.errors.map((e) => `${e.row}:${e.field}:${e.code}`);
  assert.deepEqual(errors, [
    '2:staff_no:staff_exists',
    '3:staff_no:staff_no_repeated',
    '4:full_name:full_name_missing',
    '5:unit_id:not_in_scope',
    '6:role:role_not_grantable',
    '7:unit_id:unit_unknown',
    '7:role:role_unknown',
    '7:effective_on:effective_on_invalid',
  ]);
  assert.deepEqual(await findStaffByNumbers(db, ['NEWHIRE01']), [], 'the valid hire row is not written either');
  assert.equal((await findStaff(db, existing.id))?.status, 'active');

  const clean = [
    'staff_no,event,effective_on,full_name,position,unit_id,role',
    'NEWHIRE01,hire,2026-03-02,Nguyễn Văn Mới,Chuyên viên,P01-L1,',
    'NEWHIRE02,tiếp nhận,02/03/2026,Trần Thị Hai,Kế toán,P01-L2,staff',
    `${existing.staffNo},suspension,2026-03-02,,,,`,
  ].join('\n');
  res = await post(clean, true);
  assert.equal(res.statusCode, 200, res.body);
  const dry = res.json<{ valid: number; applied: boolean; byKind: Record<string, number>; changes: Array<{ row: number; kind: string; staffNo: string; toUnitId: string | null; role: string | null }>; hires: unknown[] }>();
  assert.deepEqual([dry.valid, dry.applied, dry.hires.length], [3, false, 0]);
  assert.deepEqual(dry.byKind, { suspension: 1, hire: 2 });
  assert.deepEqual(dry.changes.map((c) => `${c.row}:${c.kind}:${c.staffNo}:${c.toUnitId ?? ''}:${c.role ?? ''}`), ['1:hire:NEWHIRE01:P01-L1:staff', '2:hire:NEWHIRE02:P01-L2:staff', `3:suspension:${existing.staffNo}::`]);
  assert.deepEqual(await findStaffByNumbers(db, ['NEWHIRE01']), [], 'dry run writes nothing');

  // Applied under a progress id: the importer can follow it (here, read once it has ended), nobody else can.
  const progressId = crypto.randomUUID();
  res = await app.inject({ method: 'POST', url: '/api/admin/hr/import', headers: officer.headers, payload: { format: 'csv', contentBase64: Buffer.from(clean).toString('base64'), dryRun: false, progressId } });
  assert.equal(res.statusCode, 200, res.body);
  const followed = await app.inject({ method: 'GET', url: `/api/admin/hr/import/progress/${progressId}`, headers: officer.headers });
  assert.equal(followed.statusCode, 200, followed.body);
  assert.deepEqual(followed.json(), { phase: 'done', done: 1, total: 1 });
  const other = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const foreign = await app.inject({ method: 'GET', url: `/api/admin/hr/import/progress/${progressId}`, headers: other.headers });
  assert.equal(foreign.statusCode, 404);
  assert.equal(foreign.json<{ code: string }>().code, 'KHIEN_AUTH_HR_PROGRESS_UNKNOWN');
  const badId = await app.inject({ method: 'GET', url: '/api/admin/hr/import/progress/not-a-uuid', headers: officer.headers });
  assert.equal(badId.statusCode, 400);
  const done = res.json<{ applied: boolean; hires: Array<{ staffNo: string; accountId: string; temporaryPassword: string }> }>();
  assert.equal(done.applied, true);
  assert.equal(done.hires.length, 2);
  const [hire] = await findStaffByNumbers(db, ['NEWHIRE01']);
  assert.equal(hire?.unitId, 'P01-L1');
  assert.equal(hire?.fullName, 'Nguyễn Văn Mới');
  const account = await findAccount(db, done.hires[0]!.accountId);
  assert.equal(account?.username, 'NEWHIRE01');
  assert.equal(account?.mustChangePassword, true);
  const grants = await findActiveGrants(db, done.hires[0]!.accountId, clock.now());
  assert.deepEqual(grants.map((g) => `${g.role}@${g.unitId}`), ['staff@P01-L1']);
  assert.equal((await findStaff(db, existing.id))?.status, 'suspended');
  const actions = recorder.events.filter((e) => e.kind === 'admin').map((e) => (e as { action: string }).action);
  for (const a of ['staff.hire', 'account.create', 'role.grant', 'hr.suspension']) assert.ok(actions.includes(a), a);
  assert.equal(actions.filter((a) => a === 'staff.hire').length, 2);
  assert.ok(!JSON.stringify(recorder.events).includes(done.hires[0]!.temporaryPassword), 'no password in the log');

  res = await post(clean.split('\n').slice(0, 2).join('\n'), true);
  assert.deepEqual(res.json<{ errors: Array<{ code: string }> }>().errors.map((e) => e.code), ['staff_exists'], 'hired once');
});
