import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createManualClock } from '../platform/clock.ts';
import { ensurePlanTasks, ANNEX_TASKS } from './action-plan-seed.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';

const clock = createManualClock('2026-11-10T03:00:00.000Z');
let t: GovernTestApp;
type Who = Parameters<GovernTestApp['as']>[0];
const keys = new Map<Who, { id: string; privateKey: crypto.KeyObject; publicKey: crypto.KeyObject }>();
let reportId = '';

const req = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: t.as(who) });
const rawKey = (k: crypto.KeyObject): string => Buffer.from(k.export({ format: 'jwk' }).x!, 'base64url').toString('base64');

before(async () => {
  t = await createGovernTestApp(clock);
  assert.equal(await ensurePlanTasks(t.app.khien.database.db), ANNEX_TASKS.length);
  assert.equal(await ensurePlanTasks(t.app.khien.database.db), 0, 'idempotent');
  for (const who of ['headHn', 'agencyHead'] as const) {
    const pair = crypto.generateKeyPairSync('ed25519');
    const r = await req(who, 'POST', '/api/auth/signing-keys', { publicKey: rawKey(pair.publicKey) });
    assert.equal(r.statusCode, 201, r.body);
    keys.set(who, { id: r.json().id, ...pair });
  }
});
after(async () => t.close());

test('register: the annex tasks, progress recorded only within the scope', async () => {
  const tasks = (await req('officerHn', 'GET', '/api/govern/plan/tasks')).json();
  assert.equal(tasks.length, 18);
  assert.equal(tasks.find((x: { code: string }) => x.code === '4.2').leadUnit, 'Trung tâm CNTT');
  const byCode = (c: string): string => tasks.find((x: { code: string }) => x.code === c).id;
  const other = await req('officerHcm', 'PUT', `/api/govern/plan/tasks/${byCode('2.3')}/progress`, { unitId: 'P01', status: 'done', evidence: 'x' });
  assert.equal(other.json().code, 'KHIEN_GOVERN_FORBIDDEN_UNIT');
  for (const [code, status, evidence] of [['2.3', 'done', 'Công văn 12/BHXH-VP quán triệt toàn bộ cán bộ'], ['4.2', 'done', 'Quyết định 45/QĐ-BHXH kiện toàn đội'], ['1.2', 'in_progress', 'Lớp thứ nhất đã tổ chức']] as const) {
    const r = await req('officerHn', 'PUT', `/api/govern/plan/tasks/${byCode(code)}/progress`, { unitId: 'P01', status, evidence });
    assert.equal(r.statusCode, 200, r.body);
  }
});

test('a report signed by the wrong person, with someone else’s key or a bad signature is refused and stays a draft', async () => {
  const a = await req('officerHn', 'POST', '/api/govern/reports', { unitId: 'P01', kind: 'six_monthly_h2', year: 2026 });
  assert.equal(a.statusCode, 201, a.body);
  reportId = a.json().id;
  assert.equal(a.json().dueOn, '2026-11-14');
  assert.equal(a.json().content.tasks.filter((x: { status: string }) => x.status === 'done').length, 2);
  const payload = (await req('headHn', 'GET', `/api/govern/reports/${reportId}/signing-payload`)).json();
  const bytes = Buffer.from(payload.canonical, 'utf8');
  assert.equal(crypto.createHash('sha256').update(bytes).digest('hex'), payload.sha256);
  const sigBy = (who: Who): string => crypto.sign(null, bytes, keys.get(who)!.privateKey).toString('base64');

  // The agency head covers P01 but is not the head of the reporting unit; an officer is no head at all.
  const agency = await req('agencyHead', 'POST', `/api/govern/reports/${reportId}/sign`, { keyId: keys.get('agencyHead')!.id, signature: sigBy('agencyHead') });
  assert.equal(agency.statusCode, 403);
  assert.equal(agency.json().code, 'KHIEN_GOVERN_NOT_UNIT_HEAD');
  assert.equal((await req('officerHn', 'POST', `/api/govern/reports/${reportId}/sign`, { keyId: keys.get('headHn')!.id, signature: sigBy('headHn') })).json().code, 'KHIEN_GOVERN_NOT_UNIT_HEAD');
  // Another province's head does not even see it.
  assert.equal((await req('headHcm', 'POST', `/api/govern/reports/${reportId}/sign`, { keyId: keys.get('headHn')!.id, signature: sigBy('headHn') })).json().code, 'KHIEN_GOVERN_REPORT_NOT_FOUND');
  // The right head with a key that is not theirs, or a signature that does not verify.
  assert.equal((await req('headHn', 'POST', `/api/govern/reports/${reportId}/sign`, { keyId: keys.get('agencyHead')!.id, signature: sigBy('agencyHead') })).json().code, 'KHIEN_GOVERN_KEY_NOT_FOUND');
  const forged = await req('headHn', 'POST', `/api/govern/reports/${reportId}/sign`, { keyId: keys.get('headHn')!.id, signature: sigBy('agencyHead') });
  assert.equal(forged.statusCode, 400);
  assert.equal(forged.json().code, 'KHIEN_GOVERN_BAD_SIGNATURE');
  const still = (await req('headHn', 'GET', `/api/govern/reports/${reportId}`)).json();
  assert.equal(still.status, 'draft');
  assert.equal(t.actions('govern.report.sign'), 0);
});

test('the head signs; the signature verifies; the PDF reads back in Vietnamese with the digest', async () => {
  const payload = (await req('headHn', 'GET', `/api/govern/reports/${reportId}/signing-payload`)).json();
  const signature = crypto.sign(null, Buffer.from(payload.canonical, 'utf8'), keys.get('headHn')!.privateKey).toString('base64');
  const ok = await req('headHn', 'POST', `/api/govern/reports/${reportId}/sign`, { keyId: keys.get('headHn')!.id, signature });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().status, 'signed');
  assert.equal(ok.json().signedBy, t.cast.headHn.accountId);
  assert.equal(t.actions('govern.report.sign'), 1);
  const v = (await req('central', 'GET', `/api/govern/reports/${reportId}/verify`)).json();
  assert.equal(v.valid, true);
  assert.equal(v.contentSha256, payload.sha256);
  // Independent check with the public key alone.
  assert.ok(crypto.verify(null, Buffer.from(payload.canonical, 'utf8'), keys.get('headHn')!.publicKey, Buffer.from(signature, 'base64')));
  assert.equal((await req('officerHn', 'POST', '/api/govern/reports', { unitId: 'P01', kind: 'six_monthly_h2', year: 2026 })).json().code, 'KHIEN_GOVERN_REPORT_SIGNED');

  const pdf = await req('headHn', 'GET', `/api/govern/reports/${reportId}/pdf`);
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govern-report-'));
  const file = path.join(dir, 'r.pdf');
  fs.writeFileSync(file, pdf.rawPayload);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  fs.rmSync(dir, { recursive: true, force: true });
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes('BÁO CÁO 6 THÁNG CUỐI NĂM VỀ CÔNG TÁC BẢO ĐẢM AN TOÀN THÔNG TIN'), flat.slice(0, 400));
  assert.ok(flat.includes('Kính gửi: Trung tâm Công nghệ thông tin'));
  assert.ok(flat.includes('Đã hoàn thành 2/18 nhiệm vụ'));
  assert.ok(flat.includes('hạn gửi 14/11/2026'));
  assert.ok(flat.includes('THỦ TRƯỞNG ĐƠN VỊ (đã ký số)'));
  assert.ok(flat.includes(payload.sha256), 'the digest of the signed content is printed');
});

test('national roll-up: one signed on time, the rest missing, late once the due date passes', async () => {
  const r = (await req('central', 'GET', '/api/govern/reports/rollup?kind=six_monthly_h2&year=2026')).json();
  assert.equal(r.totals.units, 39, '34 provincial offices and 5 central units');
  assert.deepEqual([r.totals.signed, r.totals.missing, r.totals.late], [1, 38, 0]);
  const p01 = r.units.find((u: { unitId: string }) => u.unitId === 'P01');
  assert.deepEqual([p01.status, p01.late, p01.tasksDone], ['signed', false, 2]);
  clock.set('2026-11-20T03:00:00.000Z');
  const later = (await req('central', 'GET', '/api/govern/reports/rollup?kind=six_monthly_h2&year=2026')).json();
  assert.equal(later.totals.late, 38);
  const mine = (await req('headHcm', 'GET', '/api/govern/reports/rollup?kind=six_monthly_h2&year=2026')).json();
  assert.deepEqual(mine.units.map((u: { unitId: string }) => u.unitId), ['P79']);
});
