/**
 * HR lifecycle over HTTP: a transfer mid-session kills the session at once and carries nothing over; an HR
 * file with bad rows applies nothing; a clean file applies everything in one transaction; VPN review and expiry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp } from '../../app/test-app.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createMemoryRecorder } from '../../events/memory-recorder.ts';
import { findStaff } from '../../org/org.repo.ts';
import { makeStaff } from '../../seed/test-factories.ts';
import { findAccount, findActiveGrants } from '../auth.repo.ts';
import { createStaffWithSession } from '../test-support.ts';
import { runAuthSweep } from '../sweeps.ts';
import { findVpnAccount } from '../vpn/vpn.repo.ts';
import { readHrFile } from './hr-file.ts';

function code(res: { json: <T>() => T }): string {
  return res.json<{ code: string }>().code;
}

test('a transfer mid-session: the session dies at once, grants end, nothing is carried over', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const { app, close } = await createTestApp({}, clock, { recorder: createMemoryRecorder() });
  t.after(close);
  const changes: string[] = [];
  app.khien.auth.hrHooks.register('assignments', async (_tx, c) => {
    changes.push(`${c.kind}->${c.newUnitId}`);
  });
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const s = await createStaffWithSession(app, { unitId: 'P01-L1', roles: [{ role: 'staff' }] });
  assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode, 200);
  let res = await app.inject({ method: 'POST', url: '/api/admin/hr/events', headers: officer.headers, payload: { staffId: s.staffId, kind: 'transfer', effectiveOn: '2026-03-02', newUnitId: 'P04' } });
  assert.equal(res.statusCode, 200, res.body);
  res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
  assert.equal(code(res), 'KHIEN_AUTH_SESSION_EXPIRED');
  const db = app.khien.database.db;
  assert.equal((await findStaff(db, s.staffId))?.unitId, 'P04');
  assert.equal((await findAccount(db, s.accountId))?.status, 'active', 'the account moves, it is not disabled');
  assert.deepEqual(await findActiveGrants(db, s.accountId, clock.now()), [], 'no access carried over');
  assert.deepEqual(changes, ['transfer->P04']);
  // Invalid transitions are refused with a reason.
  res = await app.inject({ method: 'POST', url: '/api/admin/hr/events', headers: officer.headers, payload: { staffId: s.staffId, kind: 'return', effectiveOn: '2026-03-02' } });
  assert.equal(code(res), 'KHIEN_AUTH_NOT_IN_SCOPE', 'the person now belongs to another province');
  const central = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin', unitId: 'VSS' }] });
  res = await app.inject({ method: 'POST', url: '/api/admin/hr/events', headers: central.headers, payload: { staffId: s.staffId, kind: 'return', effectiveOn: '2026-03-02' } });
  assert.equal(res.statusCode, 400);
  assert.equal(code(res), 'KHIEN_AUTH_HR_INVALID');
});

test('a failing hook rolls the whole HR event back', async (t) => {
  const { app, close } = await createTestApp({}, createManualClock(), { recorder: createMemoryRecorder() });
  t.after(close);
  app.khien.auth.hrHooks.register('broken', async () => {
    throw new Error('assignment store down');
  });
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const s = await createStaffWithSession(app, { roles: [{ role: 'staff' }] });
  const res = await app.inject({ method: 'POST', url: '/api/admin/hr/events', headers: officer.headers, payload: { staffId: s.staffId, kind: 'retirement', effectiveOn: '2026-03-02' } });
  assert.equal(res.statusCode, 500);
  assert.equal((await findStaff(app.khien.database.db, s.staffId))?.status, 'active');
  assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode, 200, 'session untouched');
});

test('HR import: bad rows → report and nothing applied; dry run; clean CSV and XLSX apply atomically', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const { app, close } = await createTestApp({}, clock, { recorder: createMemoryRecorder() });
  t.after(close);
  const db = app.khien.database.db;
  const officer = await createStaffWithSession(app, { roles: [{ role: 'security_officer' }] });
  const a = await createStaffWithSession(app, { roles: [{ role: 'staff' }] });
  const b = await createStaffWithSession(app, { unitId: 'P01-L3', roles: [{ role: 'staff' }] });
  const c = await makeStaff(db, { unitId: 'P01-L2' });
  const outsider = await makeStaff(db, { unitId: 'P04' });
  const bad = [
    'ma_can_bo,su_kien,ngay_hieu_luc,don_vi_moi,ly_do',
    `${a.username},nghỉ hưu,02/03/2026,,`,
    `${b.username},transfer,2026-03-02,P01-L1,`,
    `CBUNKNOWN1,resignation,2026-03-02,,`,
    `${c.staffNo},promotion,2026-03-02,,`,
    `${c.staffNo},transfer,2026-03-02,NOWHERE,`,
    `${c.staffNo},suspension,2026-02-30x,,`,
    `${outsider.staffNo},resignation,2026-03-02,,`,
    `${a.username},resignation,2026-03-02,,`,
  ].join('\n');
  const post = (content: Buffer, format: 'csv' | 'xlsx', dryRun: boolean) =>
    app.inject({ method: 'POST', url: '/api/admin/hr/import', headers: officer.headers, payload: { format, contentBase64: content.toString('base64'), dryRun } });
  let res = await post(Buffer.from(bad), 'csv', false);
  assert.equal(res.statusCode, 422, res.body);
  assert.equal(code(res), 'KHIEN_AUTH_HR_IMPORT_INVALID');
  const report = res.json<{ details: { errors: Array<{ row: number; field: string; code: string }>; valid: number; applied: boolean } }>().details;
  assert.deepEqual(
    report.errors.map((e) => `${e.row}:${e.field}:${e.code}`),
    ['3:staff_no:staff_unknown', '4:event:event_unknown', '5:new_unit_id:new_unit_unknown', '6:effective_on:effective_on_invalid', '7:staff_no:not_in_scope', '8:event:staff_retired'],
  );
  assert.equal(report.applied, false);
  assert.equal((await findStaff(db, a.staffId))?.status, 'active', 'nothing applied');
  assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers })).statusCode, 200);

  const clean = ['staff_no,event,effective_on,new_unit_id,reason', `${a.username},retirement,2026-03-02,,`, `${b.username},transfer,2026-03-02,P01-L1,luân chuyển`, `${c.staffNo},suspension,2026-03-02,,`, `${c.staffNo},return,2026-03-03,,`].join('\n');
  res = await post(Buffer.from(clean), 'csv', true);
  assert.equal(res.statusCode, 200, res.body);
  const dry = res.json<{ dryRun: boolean; valid: number; applied: boolean; byKind: Record<string, number> }>();
  assert.deepEqual([dry.dryRun, dry.valid, dry.applied], [true, 4, false]);
  assert.deepEqual(dry.byKind, { retirement: 1, transfer: 1, suspension: 1, return: 1 });
  assert.equal((await findStaff(db, a.staffId))?.status, 'active', 'dry run applies nothing');

  // The same rows as XLSX, applied.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('HR');
  for (const line of clean.split('\n')) sheet.addRow(line.split(','));
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  assert.equal((await readHrFile(xlsx, 'xlsx')).length, 4);
  res = await post(xlsx, 'xlsx', false);
  assert.equal(res.statusCode, 200, res.body);
  const done = res.json<{ applied: boolean; sessionsRevoked: number; grantsEnded: number }>();
  assert.equal(done.applied, true);
  assert.equal(done.sessionsRevoked, 2);
  assert.equal(done.grantsEnded, 2);
  assert.equal((await findStaff(db, a.staffId))?.status, 'retired');
  assert.equal((await findStaff(db, b.staffId))?.unitId, 'P01-L1');
  assert.equal((await findStaff(db, c.id))?.status, 'active');
  assert.equal((await findAccount(db, a.accountId))?.status, 'disabled');
  assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: b.headers })).statusCode, 401);
});

test('VPN accounts: review list and automatic expiry', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const { app, close } = await createTestApp({}, clock, { recorder: createMemoryRecorder() });
  t.after(close);
  const head = await createStaffWithSession(app, { roles: [{ role: 'unit_head' }] });
  const owner = await createStaffWithSession(app, { roles: [{ role: 'staff' }] });
  const db = app.khien.database.db;
  const { updateAccount } = await import('../auth.repo.ts');
  let res = await app.inject({ method: 'POST', url: '/api/admin/vpn', headers: head.headers, payload: { ownerAccountId: owner.accountId, vpnUsername: 'owner.vpn', purpose: 'remote', justification: 'làm việc từ xa quý I', validUntil: '2026-04-01T00:00:00Z' } });
  assert.equal(code(res), 'KHIEN_AUTH_MFA_ENROLMENT_REQUIRED', 'OTP is mandatory for VPN accounts');
  await updateAccount(db, owner.accountId, { totpSecret: 'JBSWY3DPEHPK3PXP', totpConfirmedAt: clock.now() }, clock.now());
  res = await app.inject({ method: 'POST', url: '/api/admin/vpn', headers: head.headers, payload: { ownerAccountId: owner.accountId, vpnUsername: 'owner.vpn', purpose: 'remote', justification: 'làm việc từ xa quý I', validUntil: '2027-04-01T00:00:00Z' } });
  assert.equal(code(res), 'KHIEN_AUTH_VPN_PERIOD_INVALID');
  res = await app.inject({ method: 'POST', url: '/api/admin/vpn', headers: head.headers, payload: { ownerAccountId: owner.accountId, vpnUsername: 'owner.vpn', purpose: 'remote', justification: 'làm việc từ xa quý I', validUntil: '2026-04-01T00:00:00Z' } });
  assert.equal(res.statusCode, 201, res.body);
  const vpn = res.json<{ id: string }>();
  res = await app.inject({ method: 'GET', url: '/api/admin/vpn/due-for-review', headers: head.headers });
  assert.deepEqual(res.json<unknown[]>(), []);
  clock.advance(31 * 86_400_000);
  res = await app.inject({ method: 'GET', url: '/api/admin/vpn/due-for-review', headers: head.headers });
  assert.equal(res.statusCode, 401, 'the head\'s own session has expired meanwhile');
  const head2 = await createStaffWithSession(app, { roles: [{ role: 'unit_head' }] });
  res = await app.inject({ method: 'GET', url: '/api/admin/vpn/due-for-review', headers: head2.headers });
  const due = res.json<Array<{ id: string; reasons: string[] }>>();
  assert.deepEqual(due.map((d) => [d.id, d.reasons.sort()]), [[vpn.id, ['expiring', 'unused_30_days']]]);
  const swept = await runAuthSweep(app.khien.auth.ctx);
  assert.equal(swept.vpnExpired, 1);
  assert.equal((await findVpnAccount(db, vpn.id))?.status, 'expired');
});
