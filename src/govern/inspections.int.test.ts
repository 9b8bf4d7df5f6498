import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { makeStaff } from '../seed/test-factories.ts';
import { inspectionFindings, violations } from './govern.schema.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
type Who = Parameters<GovernTestApp['as']>[0];
const req = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: t.as(who) });
before(async () => {
  t = await createGovernTestApp(clock);
});
after(async () => t.close());

test('inspections: planned by the central team only; findings need an owner of the inspected unit; follow-up until closed', async () => {
  const db = t.app.khien.database.db;
  const owner = await makeStaff(db, { unitId: 'P01-L2', fullName: 'Ngô Văn Khắc Phục' });
  const outsider = await makeStaff(db, { unitId: 'P79' });
  const plan = { year: 2026, unitId: 'P01', plannedOn: '2026-10-01', leadInspector: 'Đoàn kiểm tra Trung tâm CNTT' };
  assert.equal((await req('headHn', 'POST', '/api/govern/inspections', plan)).json().code, 'KHIEN_GOVERN_CENTRAL_ONLY');
  const i = await req('central', 'POST', '/api/govern/inspections', plan);
  assert.equal(i.statusCode, 201, i.body);
  const id = i.json().id;
  const later = (await req('central', 'POST', '/api/govern/inspections', { ...plan, unitId: 'P79', plannedOn: '2026-11-05' })).json();
  assert.deepEqual((await req('central', 'GET', '/api/govern/inspections?year=2026&limit=1&offset=1')).json().map((x: { id: string }) => x.id), [later.id], 'the plan pages in date order');
  assert.deepEqual((await req('headHn', 'GET', '/api/govern/inspections?year=2026&limit=5')).json().map((x: { id: string }) => x.id), [id], 'paging keeps to the scope');
  assert.equal((await req('central', 'GET', '/api/govern/inspections?year=2026&offset=-1')).statusCode, 400);
  assert.equal((await req('central', 'POST', `/api/govern/inspections/${id}/visit`, { doneOn: '2026-10-02', summary: 'Kiểm tra trực tiếp' })).statusCode, 200);
  const bad = await req('central', 'POST', `/api/govern/inspections/${id}/findings`, { description: 'x', technical: false, ownerStaffId: outsider.id, deadline: '2026-11-30' });
  assert.equal(bad.json().code, 'KHIEN_GOVERN_STAFF_NOT_FOUND');
  assert.equal((await db.select().from(inspectionFindings)).length, 0);
  const f1 = (await req('central', 'POST', `/api/govern/inspections/${id}/findings`, { description: 'Máy trạm chưa cài phần mềm phòng chống mã độc', technical: true, ownerStaffId: owner.id, deadline: '2026-11-30' })).json();
  const f2 = (await req('central', 'POST', `/api/govern/inspections/${id}/findings`, { description: 'Chưa phổ biến quy chế ATTT', technical: false, ownerStaffId: owner.id, deadline: '2026-12-31' })).json();
  assert.equal(f1.overdue, true);
  assert.equal(f2.overdue, false);
  assert.equal((await req('officerHcm', 'POST', `/api/govern/findings/${f1.id}/follow-up`, { note: 'x', status: 'closed' })).json().code, 'KHIEN_GOVERN_FINDING_NOT_FOUND');
  const closed = await req('officerHn', 'POST', `/api/govern/findings/${f1.id}/follow-up`, { note: 'Đã cài đặt, có biên bản', status: 'closed' });
  assert.equal(closed.json().status, 'closed');
  assert.equal((await req('officerHn', 'POST', `/api/govern/findings/${f1.id}/follow-up`, { note: 'lại', status: 'closed' })).json().code, 'KHIEN_GOVERN_FINDING_CLOSED');
  const open = (await req('headHn', 'GET', '/api/govern/findings?openOnly=true')).json();
  assert.deepEqual(open.map((f: { id: string }) => f.id), [f2.id]);
  const technical = (await req('central', 'GET', '/api/govern/findings?technical=true')).json();
  assert.deepEqual(technical.map((f: { id: string }) => f.id), [f1.id]);
  // Server paging, in deadline order: bad limits refused, pages of one.
  assert.equal((await req('central', 'GET', '/api/govern/findings?limit=0')).statusCode, 400);
  assert.equal((await req('central', 'GET', '/api/govern/findings?limit=501')).statusCode, 400);
  assert.equal((await req('central', 'GET', '/api/govern/findings?offset=-1')).statusCode, 400);
  const page = async (offset: number): Promise<string[]> => (await req('central', 'GET', `/api/govern/findings?limit=1&offset=${offset}`)).json().map((f: { id: string }) => f.id);
  assert.deepEqual([...(await page(0)), ...(await page(1)), ...(await page(2))], [f1.id, f2.id]);
  assert.deepEqual((await req('central', 'GET', '/api/govern/findings?technical=false&limit=5')).json().map((f: { id: string }) => f.id), [f2.id], 'the technical filter applies before the page');
});

test('violations: recorded within the scope only; the accountability page counts them with findings, dossiers and training', async () => {
  const db = t.app.khien.database.db;
  const s = await makeStaff(db, { unitId: 'P01' });
  const body = { staffId: s.id, source: 'case', sourceRef: 'VV-2026-12', description: 'Cho mượn tài khoản nghiệp vụ', occurredOn: '2026-11-02', measures: 'Khiển trách, đổi mật khẩu' };
  assert.equal((await req('officerHcm', 'POST', '/api/govern/violations', body)).json().code, 'KHIEN_GOVERN_STAFF_NOT_FOUND');
  assert.equal((await db.select().from(violations)).length, 0);
  assert.equal((await req('officerHn', 'POST', '/api/govern/violations', body)).statusCode, 201);
  const list = (await req('headHn', 'GET', '/api/govern/violations?from=2026-01-01&to=2026-12-31')).json();
  assert.equal(list.length, 1);
  assert.deepEqual([list[0].staffNo, list[0].fullName], [s.staffNo, s.fullName], 'the register names the staff member');
  // Server paging: a second violation, earlier; pages of one in date order.
  assert.equal((await req('officerHn', 'POST', '/api/govern/violations', { ...body, sourceRef: 'VV-2026-03', occurredOn: '2026-03-10' })).statusCode, 201);
  assert.equal((await req('headHn', 'GET', '/api/govern/violations?from=2026-01-01&to=2026-12-31&limit=0')).statusCode, 400);
  const refs = async (offset: number): Promise<string[]> => (await req('headHn', 'GET', `/api/govern/violations?from=2026-01-01&to=2026-12-31&limit=1&offset=${offset}`)).json().map((v: { sourceRef: string }) => v.sourceRef);
  assert.deepEqual([...(await refs(0)), ...(await refs(1)), ...(await refs(2))], ['VV-2026-03', 'VV-2026-12']);
  assert.equal((await req('headHcm', 'GET', '/api/govern/violations?from=2026-01-01&to=2026-12-31&limit=10')).json().length, 0, 'paging keeps to the scope');
  assert.equal((await req('headHcm', 'GET', '/api/govern/accountability?unitId=P01')).json().code, 'KHIEN_GOVERN_FORBIDDEN_UNIT');
  const a = (await req('headHn', 'GET', '/api/govern/accountability?unitId=P01')).json();
  // By hand: 1 open finding (not overdue), 0 systems, 2 active staff (P01, P01-L2) with no mandatory course → 0 overdue, 2 violations.
  assert.deepEqual(a.findings, { open: 1, overdue: 0 });
  assert.equal(a.violations, 2);
  assert.deepEqual(a.dossiers, { systems: 0, missing: 0, overdueReassessment: 0, percent: 100 });
  assert.equal(a.training.staff, 2);
  assert.deepEqual(a.incidents, { thisYear: 0, open: 0, breaches: 0 });
  const central = (await req('central', 'GET', '/api/govern/accountability?unitId=P01')).json();
  assert.deepEqual(central, a, 'the central team sees the same figures for the unit');
});
