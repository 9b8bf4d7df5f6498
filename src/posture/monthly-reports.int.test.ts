import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { createManualClock } from '../platform/clock.ts';
import { createPostureTestApp, type PostureTestApp } from './posture-test-helpers.ts';

const clock = createManualClock('2026-11-10T02:00:00.000Z');
let t: PostureTestApp;
let reportId: string;
const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
const rawPublic = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
const sign = (text: string, key = privateKey): string => crypto.sign(null, Buffer.from(text, 'utf8'), key).toString('base64');

before(async () => {
  t = await createPostureTestApp(clock, { auditLog: true });
  const csv = ['ref,name,kind,address,exposure,software', 'SRV-01,Máy chủ cổng dịch vụ công,server,10.1.0.10,internet,openssl:3.0.2', 'WS-01,Máy trạm một cửa,workstation,10.1.2.21,agency_network,'].join('\n');
  const imp = await t.app.inject({ method: 'POST', url: '/api/posture/assets/import', headers: t.as('officerHn'), payload: { unitId: 'P01', format: 'csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: false } });
  assert.equal(imp.statusCode, 200, imp.body);
  const f = await t.app.inject({ method: 'POST', url: '/api/posture/findings', headers: t.as('officerHn'), payload: { unitId: 'P01', kind: 'vulnerability', title: 'OpenSSL lỗ hổng nghiêm trọng', product: 'openssl', productVersion: '3.0.2', cvss: 9.8 } });
  assert.equal(f.statusCode, 201, f.body);
  clock.set(new Date('2026-12-02T02:00:00.000Z'));
});
after(async () => {
  await t?.close();
});

test('a month that is not over cannot be reported; another unit cannot report for this one', async () => {
  const early = await t.app.inject({ method: 'POST', url: '/api/posture/reports', headers: t.as('officerHn'), payload: { unitId: 'P01', month: '2026-12' } });
  assert.equal(early.json().code, 'KHIEN_POSTURE_BAD_MONTH');
  const other = await t.app.inject({ method: 'POST', url: '/api/posture/reports', headers: t.as('officerHcm'), payload: { unitId: 'P01', month: '2026-11' } });
  assert.equal(other.json().code, 'KHIEN_POSTURE_FORBIDDEN_UNIT');
});

test('the report is assembled from the month records', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/posture/reports', headers: t.as('officerHn'), payload: { unitId: 'P01', month: '2026-11' } });
  assert.equal(res.statusCode, 201, res.body);
  reportId = res.json().id;
  const c = res.json().content;
  assert.equal(c.assets.total, 2);
  assert.equal(c.assets.created, 2);
  assert.equal(c.findings.opened, 1);
  assert.equal(c.findings.openAtEnd.critical, 1);
  assert.equal(c.findings.overdueAtEnd, 1);
  assert.deepEqual(c.activity.alerts.total, 0);
  assert.equal(res.json().status, 'draft');
});

test('the head signs with a key bound to the account; others and wrong signatures are refused', async () => {
  const detail = (await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}`, headers: t.as('headHn') })).json();
  const noKey = await t.app.inject({ method: 'POST', url: `/api/posture/reports/${reportId}/sign`, headers: t.as('headHn'), payload: { signature: sign(detail.canonical) } });
  assert.equal(noKey.json().code, 'KHIEN_POSTURE_NO_SIGNING_KEY');
  const badKey = await t.app.inject({ method: 'POST', url: '/api/posture/signing-keys', headers: t.as('headHn'), payload: { publicKey: 'not-a-key' } });
  assert.equal(badKey.statusCode, 400);
  const reg = await t.app.inject({ method: 'POST', url: '/api/posture/signing-keys', headers: t.as('headHn'), payload: { publicKey: rawPublic } });
  assert.equal(reg.statusCode, 201, reg.body);
  const officer = await t.app.inject({ method: 'POST', url: `/api/posture/reports/${reportId}/sign`, headers: t.as('officerHn'), payload: { signature: sign(detail.canonical) } });
  assert.equal(officer.json().code, 'KHIEN_POSTURE_HEAD_ONLY');
  const other = crypto.generateKeyPairSync('ed25519').privateKey;
  const wrong = await t.app.inject({ method: 'POST', url: `/api/posture/reports/${reportId}/sign`, headers: t.as('headHn'), payload: { signature: sign(detail.canonical, other) } });
  assert.equal(wrong.json().code, 'KHIEN_POSTURE_BAD_SIGNATURE');
  const ok = await t.app.inject({ method: 'POST', url: `/api/posture/reports/${reportId}/sign`, headers: t.as('headHn'), payload: { signature: sign(detail.canonical) } });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().status, 'signed');
  assert.equal(ok.json().contentHash, crypto.createHash('sha256').update(detail.canonical, 'utf8').digest('hex'));
  const again = await t.app.inject({ method: 'POST', url: `/api/posture/reports/${reportId}/sign`, headers: t.as('headHn'), payload: { signature: sign(detail.canonical) } });
  assert.equal(again.json().code, 'KHIEN_POSTURE_REPORT_SIGNED');
  const regen = await t.app.inject({ method: 'POST', url: '/api/posture/reports', headers: t.as('officerHn'), payload: { unitId: 'P01', month: '2026-11' } });
  assert.equal(regen.json().code, 'KHIEN_POSTURE_REPORT_SIGNED');
});

test('the signed report verifies, its hash is in the audit log, and the PDF reads back in Vietnamese', async () => {
  const v = await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}/verify`, headers: t.as('central') });
  assert.deepEqual(v.json(), { valid: true, signatureValid: true, contentUnchanged: true, auditRecorded: true, contentHash: v.json().contentHash });
  const audit = await queryRows<{ body: string }>(t.app.khien.database.db, sql`select body from audit_entries where body like '%posture.report.sign%'`);
  assert.equal(audit.length, 1);
  assert.equal(JSON.parse(audit[0]!.body).after.contentHash, v.json().contentHash);
  const pdf = await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}/pdf`, headers: t.as('headHn') });
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-pdf-'));
  const file = path.join(dir, 'r.pdf');
  fs.writeFileSync(file, pdf.rawPayload);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  fs.rmSync(dir, { recursive: true, force: true });
  assert.match(text, /BÁO CÁO KỸ THUẬT TÌNH HÌNH AN TOÀN THÔNG TIN/);
  assert.match(text, /Tháng 11 năm 2026/);
  assert.match(text, /Quá hạn khắc phục cuối tháng: 1/);
  assert.match(text, /Chữ ký hợp lệ, nội dung không thay đổi sau khi ký/);
  assert.match(text, new RegExp(v.json().contentHash.slice(0, 32)));
});

test('an edit after signing is detected', async () => {
  await t.app.khien.database.db.execute(sql`update posture_reports set content = jsonb_set(content, '{findings,overdueAtEnd}', '0'::jsonb) where id = ${reportId}`);
  const v = (await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}/verify`, headers: t.as('headHn') })).json();
  assert.equal(v.valid, false);
  assert.equal(v.contentUnchanged, false);
  assert.equal(v.signatureValid, false);
  const pdf = await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}/pdf`, headers: t.as('headHn') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-pdf-'));
  fs.writeFileSync(path.join(dir, 'r.pdf'), pdf.rawPayload);
  const text = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
  fs.rmSync(dir, { recursive: true, force: true });
  assert.match(text, /CẢNH BÁO: nội dung đã bị thay đổi sau khi ký/);
  // Even a forger who rewrites content, hash and signature with a key of their own is caught by the audit log.
  const forger = crypto.generateKeyPairSync('ed25519');
  const forgedPub = forger.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
  const row = (await queryRows<{ content: unknown; signing_key_id: string }>(t.app.khien.database.db, sql`select content, signing_key_id from posture_reports where id = ${reportId}`))[0]!;
  const canonical = (await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}`, headers: t.as('headHn') })).json().canonical as string;
  const hash = crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
  await t.app.khien.database.db.execute(sql`update posture_signing_keys set public_key = ${forgedPub} where id = ${row.signing_key_id}`);
  await t.app.khien.database.db.execute(sql`update posture_reports set content_hash = ${hash}, signature = ${sign(canonical, forger.privateKey)} where id = ${reportId}`);
  const forged = (await t.app.inject({ method: 'GET', url: `/api/posture/reports/${reportId}/verify`, headers: t.as('headHn') })).json();
  assert.equal(forged.signatureValid, true);
  assert.equal(forged.contentUnchanged, true);
  assert.equal(forged.auditRecorded, false);
  assert.equal(forged.valid, false);
});

test('the national roll-up shows who has not reported (central team only)', async () => {
  const officer = await t.app.inject({ method: 'GET', url: '/api/posture/reports/rollup?month=2026-11', headers: t.as('officerHn') });
  assert.equal(officer.json().code, 'KHIEN_POSTURE_CENTRAL_ONLY');
  const res = await t.app.inject({ method: 'GET', url: '/api/posture/reports/rollup?month=2026-11', headers: t.as('central') });
  assert.equal(res.statusCode, 200);
  const rows = res.json<Array<{ unitId: string; status: string }>>();
  assert.equal(rows.find((r) => r.unitId === 'P01')?.status, 'signed');
  assert.equal(rows.find((r) => r.unitId === 'P79')?.status, 'missing');
  assert.ok(rows.filter((r) => r.status === 'missing').length >= 34);
  assert.equal(rows[0]!.status, 'missing');
});
