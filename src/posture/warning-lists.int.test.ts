import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { createPostureTestApp, type PostureTestApp } from './posture-test-helpers.ts';

const clock = createManualClock('2026-11-10T02:00:00.000Z');
let t: PostureTestApp;
let listed: StaffWithSession;
let listId: string;

before(async () => {
  t = await createPostureTestApp(clock);
  listed = await createStaffWithSession(t.app, { unitId: 'P01' });
});
after(async () => {
  await t?.close();
});

const alertsOf = (rule: string) =>
  queryRows<{ unit_id: string | null; group_key: string; details: Record<string, unknown> }>(t.app.khien.database.db, sql`select unit_id, group_key, details from detect_alerts where rule_id = ${rule}`);

const LIST = {
  title: 'Danh sách cảnh báo tháng 11/2026',
  source: 'TT CNTT BHXH VN',
  confirmBy: '2026-11-20T10:00:00Z',
  validUntil: '2027-02-01T00:00:00Z',
  unitIds: ['P01'],
  indicators: [
    { kind: 'ip', value: '203.0.113.66', reason: 'Máy chủ điều khiển mã độc (C2)' },
    { kind: 'domain', value: 'cap-nhat-bhxh.example.com', reason: 'Tên miền giả mạo' },
    { kind: 'hash', value: 'D41D8CD98F00B204E9800998ECF8427E', reason: 'Mẫu mã độc' },
  ],
};

test('only the central team issues lists; a bad indicator refuses the whole list', async () => {
  const officer = await t.app.inject({ method: 'POST', url: '/api/posture/warning-lists', headers: t.as('officerHn'), payload: LIST });
  assert.equal(officer.json().code, 'KHIEN_POSTURE_CENTRAL_ONLY');
  const bad = await t.app.inject({ method: 'POST', url: '/api/posture/warning-lists', headers: t.as('central'), payload: { ...LIST, indicators: [...LIST.indicators, { kind: 'ip', value: '203.0.113.300', reason: 'x' }] } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().code, 'KHIEN_POSTURE_BAD_INDICATOR');
  assert.deepEqual(bad.json().details, [{ index: 3, kind: 'ip' }]);
  assert.equal(await t.count('posture_warning_lists'), 0);
  assert.equal(await t.count('posture_indicators'), 0);
});

test('a list is issued for a unit, which sees it as pending; another unit does not see it', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/posture/warning-lists',
    headers: t.as('central'),
    payload: { ...LIST, indicators: [...LIST.indicators, { kind: 'account', value: listed.username, reason: 'Lộ mật khẩu (danh sách rò rỉ)' }] },
  });
  assert.equal(res.statusCode, 201, res.body);
  listId = res.json().id;
  assert.deepEqual(res.json().pendingUnits, ['P01']);
  assert.equal(t.postureEvents().filter((e) => e.action === 'posture.warning_list.issue').length, 1);
  const hn = (await t.app.inject({ method: 'GET', url: '/api/posture/warning-lists', headers: t.as('officerHn') })).json();
  assert.equal(hn.length, 1);
  assert.equal(hn[0].indicatorCount, 4);
  const hcm = (await t.app.inject({ method: 'GET', url: '/api/posture/warning-lists', headers: t.as('officerHcm') })).json();
  assert.deepEqual(hcm, []);
  const direct = await t.app.inject({ method: 'GET', url: `/api/posture/warning-lists/${listId}`, headers: t.as('officerHcm') });
  assert.equal(direct.statusCode, 404);
});

test('a listed address in a syslog line raises an alert for the unit; an unlisted one does not', async () => {
  const detect = t.app.khien.detect;
  const quiet = '<134>1 2026-11-10T02:05:00Z fw-hn-01 fortigate - - - src=198.51.100.7 dst=10.1.0.10 action=accept';
  const hit = '<134>1 2026-11-10T02:06:00Z fw-hn-01 fortigate - - - src=10.1.2.21 dst=203.0.113.66 dport=443 action=accept';
  const r = await detect.ingest.ingest('syslog_udp', 'fw-hn-01', [quiet, hit]);
  assert.equal(r.accepted, 2);
  await detect.alerts.flush();
  const alerts = await alertsOf('KHIEN-R023');
  assert.equal(alerts.length, 1);
  assert.equal(alerts[0]!.unit_id, 'P01');
  assert.equal(alerts[0]!.group_key, 'ip:203.0.113.66');
  assert.equal(alerts[0]!.details.listId, listId);
});

test('listed accounts are checked against Khiên accounts of units in scope', async () => {
  const hn = (await t.app.inject({ method: 'GET', url: `/api/posture/warning-lists/${listId}/account-matches`, headers: t.as('officerHn') })).json();
  assert.deepEqual(hn.map((m: { accountId: string; unitId: string }) => [m.accountId, m.unitId]), [[listed.accountId, 'P01']]);
});

test('the unit confirms its check; another unit cannot confirm for it', async () => {
  const other = await t.app.inject({ method: 'POST', url: `/api/posture/warning-lists/${listId}/confirmations`, headers: t.as('officerHcm'), payload: { unitId: 'P01', found: false } });
  assert.equal(other.statusCode, 404);
  const wrongUnit = await t.app.inject({ method: 'POST', url: `/api/posture/warning-lists/${listId}/confirmations`, headers: t.as('central'), payload: { unitId: 'P79', found: false } });
  assert.equal(wrongUnit.json().code, 'KHIEN_POSTURE_LIST_NOT_FOR_UNIT');
  clock.advance(11 * 86_400_000);
  const late = (await t.app.inject({ method: 'GET', url: '/api/posture/warning-lists', headers: t.as('central') })).json();
  assert.equal(late[0].overdue, true);
  const ok = await t.app.inject({ method: 'POST', url: `/api/posture/warning-lists/${listId}/confirmations`, headers: t.as('officerHn'), payload: { unitId: 'P01', found: true, note: 'Máy trạm 10.1.2.21 kết nối tới 203.0.113.66, đã cách ly' } });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.deepEqual(ok.json().pendingUnits, []);
  assert.equal(ok.json().confirmations[0].found, true);
  const ev = t.postureEvents().find((e) => e.action === 'posture.warning_list.confirm');
  assert.equal((ev?.after as { late: boolean }).late, true);
});
