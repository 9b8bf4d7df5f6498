import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createManualClock } from '../platform/clock.ts';
import { makeStaff } from '../seed/test-factories.ts';
import type { Staff } from '../org/org.repo.ts';
import { attendance } from './govern.schema.ts';
import { parseDay } from './training.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
type Who = Parameters<GovernTestApp['as']>[0];
const req = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: t.as(who) });
let hn: Staff[] = [];
let hcm: Staff[] = [];

before(async () => {
  t = await createGovernTestApp(clock);
  const db = t.app.khien.database.db;
  hn = [await makeStaff(db, { unitId: 'P01', fullName: 'Trần Thị Một' }), await makeStaff(db, { unitId: 'P01-L1', fullName: 'Lê Văn Hai' }), await makeStaff(db, { unitId: 'P01', fullName: 'Phạm Thị Ba' })];
  hcm = [await makeStaff(db, { unitId: 'P79', fullName: 'Võ Văn Bốn' }), await makeStaff(db, { unitId: 'P79', fullName: 'Đỗ Thị Năm' })];
});
after(async () => t.close());

const csv = (rows: string[][]): string => Buffer.from(['ma_can_bo,ma_khoa,ngay', ...rows.map((r) => r.join(','))].join('\n'), 'utf8').toString('base64');

test('parseDay accepts ISO and Vietnamese dates and refuses impossible ones', () => {
  assert.equal(parseDay('2026-03-01'), '2026-03-01');
  assert.equal(parseDay('1/3/2026'), '2026-03-01');
  assert.equal(parseDay('31/02/2026'), null);
  assert.equal(parseDay('hôm qua'), null);
});

test('courses: only the central team adds them', async () => {
  const body = { code: 'ATTT-ALL', title: 'Phổ biến, quán triệt bảo đảm ATTT và bảo vệ tài khoản nghiệp vụ', kind: 'briefing', mandatoryFor: ['*'], validityMonths: 12 };
  assert.equal((await req('headHn', 'POST', '/api/govern/training/courses', body)).json().code, 'KHIEN_GOVERN_CENTRAL_ONLY');
  assert.equal((await req('central', 'POST', '/api/govern/training/courses', body)).statusCode, 201);
  assert.equal((await req('central', 'POST', '/api/govern/training/courses', body)).json().code, 'KHIEN_GOVERN_COURSE_EXISTS');
});

test('an import with bad rows is refused with each row error and writes nothing', async () => {
  const r = await req('officerHn', 'POST', '/api/govern/training/attendance/import', {
    format: 'csv',
    contentBase64: csv([
      [hn[0]!.staffNo, 'ATTT-ALL', '2026-03-01'], // good
      ['CBKHONGCO', 'ATTT-ALL', '2026-03-01'], // unknown staff
      [hn[1]!.staffNo, 'ATTT-XYZ', '31/02/2026'], // unknown course, impossible date
      [hcm[0]!.staffNo, 'ATTT-ALL', '2026-03-01'], // another province
      [hn[2]!.staffNo, 'ATTT-ALL', '2027-01-01'], // in the future
    ]),
  });
  assert.equal(r.statusCode, 400, r.body);
  assert.equal(r.json().code, 'KHIEN_GOVERN_IMPORT_BAD_ROWS');
  assert.match(r.json().message.vi, /4 dòng lỗi/);
  assert.deepEqual(r.json().details.rows, [
    { row: 3, field: 'staff_no', code: 'UNKNOWN_STAFF' },
    { row: 4, field: 'course_code', code: 'UNKNOWN_COURSE' },
    { row: 4, field: 'attended_on', code: 'BAD_DATE' },
    { row: 5, field: 'staff_no', code: 'OUT_OF_SCOPE' },
    { row: 6, field: 'attended_on', code: 'FUTURE_DATE' },
  ]);
  assert.equal((await t.app.khien.database.db.select().from(attendance)).length, 0, 'nothing half-written');
  assert.equal(t.actions('govern.attendance.import'), 0);
  const junk = await req('officerHn', 'POST', '/api/govern/training/attendance/import', { format: 'xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') });
  assert.equal(junk.statusCode, 400);
});

test('CSV and XLSX imports; coverage per unit matches the hand count; overdue staff listed for their head', async () => {
  const a = await req('officerHn', 'POST', '/api/govern/training/attendance/import', { format: 'csv', contentBase64: csv([[hn[0]!.staffNo, 'ATTT-ALL', '2026-03-01'], [hn[1]!.staffNo, 'ATTT-ALL', '15/06/2026'], [hn[0]!.staffNo, 'ATTT-ALL', '2026-03-01']]) });
  assert.equal(a.statusCode, 200, a.body);
  assert.deepEqual(a.json(), { rows: 3, added: 2, dryRun: false });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Điểm danh');
  ws.addRow(['Mã cán bộ', 'Mã khóa', 'Ngày']);
  ws.addRow([hcm[0]!.staffNo, 'ATTT-ALL', '2025-10-01']); // expired on 2026-10-01
  ws.addRow([hcm[1]!.staffNo, 'ATTT-ALL', '2026-09-09']);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  const b = await req('officerHcm', 'POST', '/api/govern/training/attendance/import', { format: 'xlsx', contentBase64: xlsx.toString('base64') });
  assert.equal(b.statusCode, 200, b.body);
  assert.deepEqual(b.json(), { rows: 2, added: 2, dryRun: false });
  // By hand: P01 2 of 3 (Phạm Thị Ba missing), P01-L1 1 of 1, P79 1 of 2 (Võ Văn Bốn expired). Total 3 of 5.
  const cov = (await req('central', 'GET', '/api/govern/coverage/training')).json();
  assert.deepEqual(cov.units.map((u: { unitId: string; covered: number; total: number; percent: number }) => [u.unitId, u.covered, u.total, u.percent]), [['P01', 1, 2, 50], ['P01-L1', 1, 1, 100], ['P79', 1, 2, 50]]);
  assert.deepEqual(cov.total, { unitId: '*', total: 5, covered: 3, percent: 60 });
  const mine = (await req('headHn', 'GET', '/api/govern/coverage/training')).json();
  assert.deepEqual(mine.overdue.map((o: { fullName: string; courses: string[] }) => [o.fullName, o.courses]), [['Phạm Thị Ba', ['ATTT-ALL']]]);
  assert.equal(mine.overdueTotal, 1);
  assert.equal(mine.total.percent, 66.7);
  // The overdue list pages on the server (unit, then staff number); the total and the figures count everyone.
  assert.equal(cov.overdueTotal, 2);
  const paged = (await req('central', 'GET', '/api/govern/coverage/training?limit=1&offset=1')).json();
  assert.deepEqual(paged.overdue.map((o: { staffId: string }) => o.staffId), [cov.overdue[1].staffId]);
  assert.equal(paged.overdueTotal, 2);
  assert.deepEqual(paged.total, cov.total);
  assert.equal((await req('central', 'GET', '/api/govern/coverage/training?limit=0')).statusCode, 400);
});
