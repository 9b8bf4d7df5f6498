import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { createPostureTestApp, type PostureTestApp } from './posture-test-helpers.ts';

const clock = createManualClock('2026-11-10T02:00:00.000Z');
let t: PostureTestApp;
let owner: StaffWithSession;
let head: StaffWithSession;

/** An OpenVAS report as `get_reports` returns it. */
function openVasReport(results: Array<{ host: string; name: string; severity: string; cve?: string; threat: string; port?: string }>): string {
  const rs = results
    .map(
      (r, i) => `
      <result id="r-${i}">
        <name>${r.name}</name>
        <host>${r.host}<asset asset_id="a-${i}"/><hostname/></host>
        <port>${r.port ?? 'general/tcp'}</port>
        <nvt oid="1.3.6.1.4.1.25623.1.0.${1000 + i}">
          <type>nvt</type><name>${r.name}</name><family>General</family><cvss_base>${r.severity}</cvss_base>
          <refs>${r.cve ? `<ref type="cve" id="${r.cve}"/>` : ''}<ref type="url" id="https://example.org/advisory"/></refs>
        </nvt>
        <threat>${r.threat}</threat>
        <severity>${r.severity}</severity>
        <description>synthetic</description>
      </result>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<get_reports_response status="200" status_text="OK">
  <report id="rep-1" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
    <owner><name>admin</name></owner><name>2026-11-09T20:00:00Z</name>
    <report id="rep-1">
      <scan_run_status>Done</scan_run_status>
      <results start="1" max="100">${rs}
      </results>
    </report>
  </report>
</get_reports_response>`;
}

const scan = (content: string, dryRun: boolean, who: 'officerHn' | 'officerHcm' = 'officerHn') =>
  t.app.inject({ method: 'POST', url: '/api/posture/findings/scanner', headers: t.as(who), payload: { unitId: 'P01', format: 'openvas-xml', content, dryRun } });

before(async () => {
  t = await createPostureTestApp(clock);
  owner = await createStaffWithSession(t.app, { unitId: 'P01' });
  head = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head', unitId: 'P01' }] });
  const csv = [
    'ref,name,kind,address,os,os_version,software,exposure,device_id',
    'SRV-01,Máy chủ cổng dịch vụ công,server,10.1.0.10,Ubuntu,22.04,openssl:3.0.2; nginx:1.18.0,internet,',
    `WS-01,Máy trạm tiếp nhận hồ sơ,workstation,10.1.2.21,Windows,10 22H2,,agency_network,${owner.deviceId}`,
    'SRV-02,Máy chủ nội bộ,server,10.1.0.11,Ubuntu,22.04,openssl:1.1.1,agency_network,',
  ].join('\n');
  const res = await t.app.inject({ method: 'POST', url: '/api/posture/assets/import', headers: t.as('officerHn'), payload: { unitId: 'P01', format: 'csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: false } });
  assert.equal(res.statusCode, 200, res.body);
});
after(async () => {
  await t?.close();
});

const GOOD = [
  { host: '10.1.0.10', name: 'OpenSSL X.509 Email Address Buffer Overflow', severity: '9.8', cve: 'CVE-2022-3602', threat: 'High', port: '443/tcp' },
  { host: '10.1.2.21', name: 'SMB signing not required', severity: '5.0', threat: 'Medium', port: '445/tcp' },
  { host: '10.1.0.10', name: 'OS Detection Consolidation', severity: '0.0', threat: 'Log' },
];

test('a scanner report with a result for a host not in the inventory: reported, nothing written', async () => {
  const bad = openVasReport([...GOOD, { host: '10.9.9.9', name: 'Weak SSH ciphers', severity: '4.3', threat: 'Medium' }, { host: '10.1.0.10', name: 'Broken score', severity: 'high', threat: 'High' }]);
  const dry = await scan(bad, true);
  assert.equal(dry.statusCode, 200, dry.body);
  assert.deepEqual(dry.json().errors, [
    { row: 4, field: 'host', reason: 'UNKNOWN_ASSET' },
    { row: 5, field: 'severity', reason: 'NOT_0_TO_10' },
  ]);
  assert.equal(dry.json().created, 2);
  const real = await scan(bad, false);
  assert.equal(real.statusCode, 400);
  assert.equal(real.json().code, 'KHIEN_POSTURE_IMPORT_INVALID');
  assert.equal(await t.count('posture_findings'), 0);
  assert.equal(t.postureEvents().filter((e) => e.action === 'posture.finding.open').length, 0);
  const notXml = await scan('<results><result>', true);
  assert.equal(notXml.json().code, 'KHIEN_POSTURE_IMPORT_UNREADABLE');
});

test('a good scanner report opens findings matched by address with CVSS severity and deadline; importing again adds none', async () => {
  const res = await scan(openVasReport(GOOD), false);
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual({ created: res.json().created, matched: res.json().matched }, { created: 2, matched: 2 });
  const list = (await t.app.inject({ method: 'GET', url: '/api/posture/findings', headers: t.as('officerHn') })).json();
  const ssl = list.find((f: { cve: string }) => f.cve === 'CVE-2022-3602');
  assert.equal(ssl.severity, 'critical');
  assert.equal(ssl.dueAt, '2026-11-17T02:00:00.000Z');
  assert.equal(list.find((f: { severity: string }) => f.severity === 'medium').dueAt, '2026-12-10T02:00:00.000Z');
  const again = await scan(openVasReport(GOOD), false);
  assert.equal(again.json().created, 0);
});

test('a manual finding naming a product is matched to the assets running that version', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/posture/findings', headers: t.as('officerHn'), payload: { unitId: 'P01', kind: 'vulnerability', title: 'OpenSSL 3.0.2 cảnh báo của TT CNTT', product: 'OpenSSL', productVersion: '3.0.2', cvss: 7.5 } });
  assert.equal(res.statusCode, 201, res.body);
  assert.equal(res.json().length, 1);
  assert.equal(res.json()[0].severity, 'high');
  const servers = (await t.app.inject({ method: 'GET', url: '/api/posture/assets?kind=server', headers: t.as('officerHn') })).json();
  assert.equal(res.json()[0].assetId, servers.find((a: { ref: string }) => a.ref === 'SRV-01').id);
});

test('a findings CSV with a bad row writes nothing', async () => {
  const before = await t.count('posture_findings');
  const csv = ['title,cve,cvss,asset_ref', 'Log4Shell,CVE-2021-44228,10,SRV-01', 'Bad,CVE-XX,11,NOPE'].join('\n');
  const res = await t.app.inject({ method: 'POST', url: '/api/posture/findings/import', headers: t.as('officerHn'), payload: { unitId: 'P01', format: 'csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: false } });
  assert.equal(res.statusCode, 400);
  assert.deepEqual(res.json().details.map((e: { field: string }) => e.field), ['cve', 'cvss', 'asset_ref']);
  assert.equal(await t.count('posture_findings'), before);
});

test('another unit cannot see the findings', async () => {
  const mine = (await t.app.inject({ method: 'GET', url: '/api/posture/findings', headers: t.as('officerHn') })).json();
  assert.ok(mine.length >= 3);
  const theirs = await t.app.inject({ method: 'GET', url: '/api/posture/findings', headers: t.as('officerHcm') });
  assert.deepEqual(theirs.json(), []);
  const one = await t.app.inject({ method: 'GET', url: `/api/posture/findings/${mine[0].id}`, headers: t.as('officerHcm') });
  assert.equal(one.statusCode, 404);
  assert.equal(one.json().code, 'KHIEN_POSTURE_FINDING_NOT_FOUND');
  const work = await t.app.inject({ method: 'POST', url: `/api/posture/findings/${mine[0].id}/transition`, headers: t.as('officerHcm'), payload: { to: 'fixed' } });
  assert.equal(work.statusCode, 404);
  const overdue = await t.app.inject({ method: 'GET', url: '/api/posture/findings/overdue?unitId=P01', headers: t.as('officerHcm') });
  assert.equal(overdue.statusCode, 403);
});

test('working a finding: in progress, evidence, fixed; accepted risk only by the head, with expiry; false positive needs a reason', async () => {
  const list = (await t.app.inject({ method: 'GET', url: '/api/posture/findings?severity=medium', headers: t.as('officerHn') })).json();
  const id = list[0].id as string;
  const go = (who: 'officerHn' | 'headHn', payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/posture/findings/${id}/transition`, headers: t.as(who), payload });
  assert.equal((await go('officerHn', { to: 'in_progress' })).json().state, 'in_progress');
  const ev = await t.app.inject({ method: 'POST', url: `/api/posture/findings/${id}/evidence`, headers: t.as('officerHn'), payload: { note: 'Đã bật SMB signing qua GPO', sha256: 'a'.repeat(64) } });
  assert.equal(ev.statusCode, 201);
  assert.equal(ev.json().evidence.length, 1);
  assert.equal((await go('officerHn', { to: 'false_positive' })).json().code, 'KHIEN_POSTURE_REASON_REQUIRED');
  assert.equal((await go('officerHn', { to: 'accepted_risk', reason: 'x', acceptedUntil: '2027-01-01T00:00:00Z' })).json().code, 'KHIEN_POSTURE_HEAD_ONLY');
  assert.equal((await go('headHn', { to: 'accepted_risk', reason: 'Hệ thống cũ', acceptedUntil: '2026-01-01T00:00:00Z' })).json().code, 'KHIEN_POSTURE_EXPIRY_REQUIRED');
  const fixed = await go('officerHn', { to: 'fixed', reason: 'Quét lại không còn' });
  assert.equal(fixed.json().state, 'fixed');
  assert.equal((await go('officerHn', { to: 'in_progress' })).json().code, 'KHIEN_POSTURE_BAD_TRANSITION');
  const actions = t.postureEvents().filter((e) => e.target.id === id).map((e) => e.action);
  assert.deepEqual(actions, ['posture.finding.open', 'posture.finding.in_progress', 'posture.finding.evidence', 'posture.finding.fixed']);
  const detail = (await t.app.inject({ method: 'GET', url: `/api/posture/findings/${id}`, headers: t.as('headHn') })).json();
  assert.equal(detail.evidence.length, 2);
});

test('a finding past its deadline escalates to the unit head once and shows on the overdue list', async () => {
  const none = await t.app.inject({ method: 'GET', url: '/api/posture/findings/overdue', headers: t.as('headHn') });
  assert.deepEqual(none.json(), []);
  clock.advance(8 * 86_400_000);
  const first = await t.posture.findings.sweep();
  assert.ok(first.escalated >= 1);
  const esc = t.postureEvents().filter((e) => e.action === 'posture.finding.escalate');
  assert.equal(esc.length, first.escalated);
  assert.deepEqual((esc[0]!.after as { unitHeads: string[] }).unitHeads, [head.accountId]);
  const overdue = (await t.app.inject({ method: 'GET', url: '/api/posture/findings/overdue', headers: t.as('headHn') })).json();
  assert.equal(overdue.length, first.escalated);
  assert.ok(overdue.every((f: { overdue: boolean; escalatedAt: string }) => f.overdue && f.escalatedAt === clock.now().toISOString()));
  assert.equal((await t.posture.findings.sweep()).escalated, 0);
});

test('malware on a registered workstation opens a detection alert linked to the device and its account', async () => {
  const ws = (await t.app.inject({ method: 'GET', url: '/api/posture/assets?kind=workstation', headers: t.as('officerHn') })).json()[0];
  assert.equal(ws.deviceId, owner.deviceId);
  const res = await t.app.inject({ method: 'POST', url: '/api/posture/findings', headers: t.as('officerHn'), payload: { unitId: 'P01', assetId: ws.id, kind: 'malware', title: 'Trojan.Win32.Agent phát hiện bởi phần mềm diệt virus', severity: 'high' } });
  assert.equal(res.statusCode, 201, res.body);
  assert.ok(res.json()[0].alertRequestedAt);
  const alerts = await queryRows<{ rule_id: string; account_id: string; unit_id: string; group_key: string }>(t.app.khien.database.db, sql`select rule_id, account_id, unit_id, group_key from detect_alerts where rule_id = 'KHIEN-R024'`);
  assert.deepEqual(alerts, [{ rule_id: 'KHIEN-R024', account_id: owner.accountId, unit_id: 'P01', group_key: `device:${owner.deviceId}` }]);
});
