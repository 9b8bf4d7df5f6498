import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createManualClock } from '../platform/clock.ts';
import { createPostureTestApp, type PostureTestApp } from './posture-test-helpers.ts';

const clock = createManualClock('2026-11-10T02:00:00.000Z');
let t: PostureTestApp;

before(async () => {
  t = await createPostureTestApp(clock);
});
after(async () => {
  await t?.close();
});

const HEADER = 'ref,name,kind,address,os,os_version,software,exposure,info_system,security_level,status';
const GOOD = [
  'SRV-01,Máy chủ cổng dịch vụ công,server,10.1.0.10,Ubuntu,22.04,openssl:3.0.2; nginx:1.18.0,internet,Cổng dịch vụ công BHXH,3,active',
  'WS-01,Máy trạm tiếp nhận hồ sơ 01,máy trạm,10.1.2.21,Windows,10 22H2,,agency_network,,,',
  'FW-01,Tường lửa biên,security_device,10.1.0.1,FortiOS,7.2.4,fortios:7.2.4,internet,Hạ tầng mạng tỉnh,3,active',
];
const csv = (rows: string[]): string => Buffer.from([HEADER, ...rows].join('\n'), 'utf8').toString('base64');
const importAssets = (who: 'officerHn' | 'officerHcm', content: string, dryRun: boolean, format = 'csv') =>
  t.app.inject({ method: 'POST', url: '/api/posture/assets/import', headers: t.as(who), payload: { unitId: 'P01', format, contentBase64: content, dryRun } });

test('401 without an actor, 403 for staff without a posture role and for citizens', async () => {
  const anon = await t.app.inject({ method: 'GET', url: '/api/posture/assets' });
  assert.equal(anon.statusCode, 401);
  assert.equal(anon.json().code, 'KHIEN_AUTH_UNAUTHENTICATED');
  for (const who of ['clerk', 'citizen'] as const) {
    const res = await t.app.inject({ method: 'GET', url: '/api/posture/assets', headers: t.as(who) });
    assert.equal(res.statusCode, 403, who);
    assert.equal(res.json().code, 'KHIEN_AUTH_FORBIDDEN');
  }
  const other = await importAssets('officerHcm', csv(GOOD), false);
  assert.equal(other.statusCode, 403);
  assert.equal(other.json().code, 'KHIEN_POSTURE_FORBIDDEN_UNIT');
  assert.equal(await t.count('posture_assets'), 0);
});

test('a CSV with a bad row: the dry run lists it, the import refuses it and writes nothing', async () => {
  const bad = [...GOOD.slice(0, 2), 'SRV-02,Máy chủ CSDL,mainframe,10.1.0.300,Oracle Linux,8,openssl,cloud,,7,active', GOOD[2]!];
  const dry = await importAssets('officerHn', csv(bad), true);
  assert.equal(dry.statusCode, 200, dry.body);
  const report = dry.json();
  assert.equal(report.rows, 4);
  const fields = report.errors.filter((e: { row: number }) => e.row === 4).map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['address', 'exposure', 'kind', 'security_level', 'software']);
  assert.ok(report.errors.every((e: { row: number }) => e.row === 4));
  const real = await importAssets('officerHn', csv(bad), false);
  assert.equal(real.statusCode, 400);
  assert.equal(real.json().code, 'KHIEN_POSTURE_IMPORT_INVALID');
  assert.match(real.json().message.vi, /1 dòng lỗi/);
  assert.equal(real.json().details.length, 5);
  assert.equal(await t.count('posture_assets'), 0);
  assert.equal(t.postureEvents().length, 0);
});

test('a good CSV is written in one transaction, each asset recorded; a second import updates by reference', async () => {
  const res = await importAssets('officerHn', csv(GOOD), false);
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual({ created: res.json().created, updated: res.json().updated }, { created: 3, updated: 0 });
  assert.equal(await t.count('posture_assets'), 3);
  assert.equal(t.postureEvents().filter((e) => e.action === 'posture.asset.create').length, 3);
  const again = await importAssets('officerHn', csv([GOOD[0]!.replace('22.04', '24.04')]), false);
  assert.deepEqual({ created: again.json().created, updated: again.json().updated }, { created: 0, updated: 1 });
  const list = await t.app.inject({ method: 'GET', url: '/api/posture/assets?unitId=P01', headers: t.as('officerHn') });
  const srv = list.json().find((a: { ref: string }) => a.ref === 'SRV-01');
  assert.equal(srv.osVersion, '24.04');
  assert.deepEqual(srv.software, [{ product: 'openssl', version: '3.0.2' }, { product: 'nginx', version: '1.18.0' }]);
  assert.equal(list.json().find((a: { ref: string }) => a.ref === 'WS-01').kind, 'workstation');
  const update = t.postureEvents().find((e) => e.action === 'posture.asset.update');
  assert.equal((update?.before as { osVersion: string }).osVersion, '22.04');
});

test('an XLSX import with an unknown device and staff number is refused row by row', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tài sản');
  ws.addRow(['ref', 'name', 'kind', 'exposure', 'device_id', 'responsible_staff']);
  ws.addRow(['WS-09', 'Máy trạm kế toán', 'workstation', 'agency_network', '00000000-0000-4000-8000-000000000001', '']);
  ws.addRow(['WS-10', 'Máy trạm văn thư', 'workstation', 'agency_network', '', 'ZZ999999']);
  ws.addRow(['WS-11', 'Máy trạm một cửa', 'workstation', 'agency_network', '', '']);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const res = await importAssets('officerHn', buf.toString('base64'), false, 'xlsx');
  assert.equal(res.statusCode, 400);
  assert.deepEqual(res.json().details, [
    { row: 2, field: 'device_id', reason: 'UNKNOWN_DEVICE' },
    { row: 3, field: 'responsible_staff', reason: 'UNKNOWN_STAFF' },
  ]);
  assert.equal(await t.count('posture_assets'), 3);
  const garbage = await importAssets('officerHn', Buffer.from('not a zip').toString('base64'), true, 'xlsx');
  assert.equal(garbage.json().code, 'KHIEN_POSTURE_IMPORT_UNREADABLE');
});

test('another unit cannot see the assets; a denial looks like not-found', async () => {
  const mine = await t.app.inject({ method: 'GET', url: '/api/posture/assets', headers: t.as('officerHn') });
  assert.equal(mine.json().length, 3);
  const theirs = await t.app.inject({ method: 'GET', url: '/api/posture/assets', headers: t.as('officerHcm') });
  assert.deepEqual(theirs.json(), []);
  const one = await t.app.inject({ method: 'GET', url: `/api/posture/assets/${mine.json()[0].id}`, headers: t.as('officerHcm') });
  assert.equal(one.statusCode, 404);
  const asked = await t.app.inject({ method: 'GET', url: '/api/posture/assets?unitId=P01', headers: t.as('officerHcm') });
  assert.equal(asked.json().code, 'KHIEN_POSTURE_FORBIDDEN_UNIT');
  const central = await t.app.inject({ method: 'GET', url: '/api/posture/assets', headers: t.as('central') });
  assert.equal(central.json().length, 3);
});

test('manual create and change are recorded; the head reads but cannot change', async () => {
  const created = await t.app.inject({ method: 'POST', url: '/api/posture/assets', headers: t.as('officerHn'), payload: { unitId: 'P01', name: 'Ứng dụng tiếp nhận', kind: 'application', exposure: 'internet', ref: 'APP-01' } });
  assert.equal(created.statusCode, 201, created.body);
  const dup = await t.app.inject({ method: 'POST', url: '/api/posture/assets', headers: t.as('officerHn'), payload: { unitId: 'P01', name: 'x', kind: 'application', exposure: 'internet', ref: 'APP-01' } });
  assert.equal(dup.json().code, 'KHIEN_POSTURE_DUPLICATE_ASSET');
  const head = await t.app.inject({ method: 'PATCH', url: `/api/posture/assets/${created.json().id}`, headers: t.as('headHn'), payload: { status: 'maintenance' } });
  assert.equal(head.statusCode, 403);
  const patched = await t.app.inject({ method: 'PATCH', url: `/api/posture/assets/${created.json().id}`, headers: t.as('officerHn'), payload: { status: 'maintenance', securityLevel: 2 } });
  assert.equal(patched.statusCode, 200, patched.body);
  assert.equal(patched.json().status, 'maintenance');
  assert.equal(patched.json().ref, 'APP-01');
  const ev = t.postureEvents().filter((e) => e.target.id === created.json().id).map((e) => e.action);
  assert.deepEqual(ev, ['posture.asset.create', 'posture.asset.update']);
});

test('an inventory feed refreshes assets by reference with a token; a bad token learns nothing', async () => {
  const tok = await t.app.inject({ method: 'POST', url: '/api/posture/feed-tokens', headers: t.as('officerHn'), payload: { unitId: 'P01', system: 'glpi-hn' } });
  assert.equal(tok.statusCode, 201);
  const token = tok.json().token as string;
  const noAuth = await t.app.inject({ method: 'POST', url: '/api/posture/ingest/assets', payload: { assets: 'x' } });
  assert.equal(noAuth.statusCode, 401);
  assert.equal(noAuth.json().code, 'KHIEN_POSTURE_FEED_UNAUTHENTICATED');
  clock.advance(60_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/posture/ingest/assets',
    headers: { authorization: `Bearer ${token}` },
    payload: { assets: [{ ref: 'WS-01', name: 'Máy trạm tiếp nhận hồ sơ 01', kind: 'workstation', exposure: 'agency_network', os: 'Windows', os_version: '11 23H2' }, { ref: 'NEW-1', name: 'Switch tầng 2', kind: 'network_device', exposure: 'agency_network' }, { name: 'no ref', kind: 'server', exposure: 'internet' }] },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual({ created: res.json().created, updated: res.json().updated }, { created: 1, updated: 1 });
  assert.deepEqual(res.json().rejected, [{ row: 2, field: 'ref', reason: 'REQUIRED' }]);
  const list = await t.app.inject({ method: 'GET', url: '/api/posture/assets?q=WS-01', headers: t.as('officerHn') });
  const ws = (await t.app.inject({ method: 'GET', url: '/api/posture/assets?kind=workstation', headers: t.as('officerHn') })).json().find((a: { ref: string }) => a.ref === 'WS-01');
  assert.equal(ws.osVersion, '11 23H2');
  assert.equal(ws.lastCheckInAt, clock.now().toISOString());
  assert.ok(list.statusCode === 200);
  const feedEvents = t.postureEvents().filter((e) => e.source.system === 'khien/posture/feed:glpi-hn');
  assert.equal(feedEvents.length, 2);
});
