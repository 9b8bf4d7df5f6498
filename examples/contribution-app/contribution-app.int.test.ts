/**
 * The example application connected to Khiên the three ways (issue 15, item 5), end to end on loopback: Khiên
 * (test app, PostgreSQL), the example application, and Debian's nginx with the gateway template. For each way,
 * an allowed read is in the audit log and in the insured person's own view with the application named; a read
 * outside the assignment is refused (decision service, gateway) or raises KHIEN-R026 within seconds (logs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createManualClock } from '../../src/platform/clock.ts';
import type { StaffWithSession } from '../../src/auth/test-support.ts';
import { freePort } from '../../src/access/sso-test-support.ts';
import { alerts } from '../../src/detect/detect.schema.ts';
import { createIngestToken } from '../../src/detect/ingest/ingest-tokens.ts';
import { nginxAvailable } from '../../scripts/nginx/start-nginx.ts';
import { startGatewayNginx, type GatewayNginx } from '../../scripts/gateway/gateway-nginx.ts';
import { buildContributionApp, type ContributionAppOptions } from './app.ts';
import { startExampleKhien, type ExampleKhien } from './contribution-app-test-support.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const json = (f: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(here, f), 'utf8')) as Record<string, unknown>;
const clock = createManualClock(new Date().toISOString());
let khien: ExampleKhien;
const apps: FastifyInstance[] = [];
let gateway: GatewayNginx | null = null;
let tmp: string;

const tokenOf = (s: StaffWithSession): string => /khien_session=([^;]+)/.exec(s.headers.cookie ?? '')?.[1] ?? '';
const startApp = async (opts: Omit<ContributionAppOptions, 'people'>): Promise<string> => {
  const app = buildContributionApp({ ...opts, people: khien.people, khienUrl: khien.url });
  apps.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
};

describe('the example contribution application, three ways', { skip: nginxAvailable() ? false : 'Debian nginx is not installed' }, () => {
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-example-'));
    khien = await startExampleKhien({ documentNo: '31/QĐ-BHXH', clock });
  });
  after(async () => {
    await gateway?.stop();
    for (const app of apps) await app.close();
    await khien.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('(a) decision service: allowed read recorded with the application named; outside the assignment answered as not found; a bad credential refuses and records nothing', async () => {
    const { credential } = await khien.register('thu-vi-du', 'Phần mềm thu BHXH (ví dụ, dịch vụ quyết định)');
    const url = await startApp({ mode: 'decision', systemCredential: credential });
    const cookie = `khien_session=${tokenOf(khien.clerk)}`;
    const ok = await fetch(`${url}/nguoi-tham-gia/${khien.a.socialInsuranceNo}`, { headers: { cookie } });
    assert.equal(ok.status, 200);
    const shown = await ok.text();
    assert.match(shown, /Quá trình tham gia/);
    assert.match(shown, /7\.500\.000/, 'the salary is clear under an assignment with the employment category');
    const refused = await fetch(`${url}/nguoi-tham-gia/${khien.b.socialInsuranceNo}`, { headers: { authorization: `Bearer ${tokenOf(khien.clerk)}` } });
    assert.equal(refused.status, 404);
    assert.doesNotMatch(await refused.text(), /Người tham gia 2/);
    const entries = await khien.accessEntries('thu-vi-du');
    assert.deepEqual(entries.map((e) => [e.subjectIds[0], e.outcome, e.event.reason]), [[khien.a.id, 'allow', 'ALLOW_ASSIGNMENT'], [khien.b.id, 'deny', 'DENY_OUT_OF_SCOPE']]);
    assert.equal(entries[0]?.accountId, khien.clerk.accountId);
    const noSession = await fetch(`${url}/nguoi-tham-gia/${khien.a.socialInsuranceNo}`);
    assert.equal(noSession.status, 401);

    const badUrl = await startApp({ mode: 'decision', systemCredential: `khs_00000000_${'x'.repeat(43)}` });
    const bad = await fetch(`${badUrl}/nguoi-tham-gia/${khien.a.socialInsuranceNo}`, { headers: { cookie } });
    assert.equal(bad.status, 503, 'a refused credential shows nothing');
    assert.equal((await khien.accessEntries('thu-vi-du')).length, 2, 'nothing recorded');
  });

  test('(b) unchanged behind nginx with the gateway: allowed read passes and is recorded; outside the assignment a Vietnamese 403 page; no session 401; malformed map refused', async () => {
    const { systemId, credential } = await khien.register('thu-cu-vi-du', 'Phần mềm thu BHXH cũ (ví dụ, qua cổng)');
    const bad = await khien.app.inject({ method: 'PUT', url: `/api/access/systems/${systemId}/gateway-routes`, headers: khien.admin.headers, payload: { reason: 'Khai báo tuyến', routeMap: { routes: [{ pattern: '/nop', methods: ['POST'], action: 'update', subject: { in: 'body', name: 'maSo' } }] } } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ code: string }>().code, 'KHIEN_ACCESS_GATEWAY_ROUTE_MAP_INVALID');
    const put = await khien.app.inject({ method: 'PUT', url: `/api/access/systems/${systemId}/gateway-routes`, headers: khien.admin.headers, payload: { reason: 'Khai báo tuyến', routeMap: json('gateway-routes.json') } });
    assert.equal(put.statusCode, 200, put.body);
    const appUrl = await startApp({ mode: 'gateway' });
    gateway = await startGatewayNginx(path.join(tmp, 'nginx'), {
      listen: `127.0.0.1:${await freePort()}`, appUpstream: new URL(appUrl).host, khienUpstream: new URL(khien.url).host, systemCredential: credential,
    });
    const cookie = `khien_session=${tokenOf(khien.clerk)}`;
    const home = await fetch(`${gateway.url}/`, { headers: { cookie } });
    assert.equal(home.status, 200);
    const ok = await fetch(`${gateway.url}/nguoi-tham-gia/${khien.a.socialInsuranceNo}`, { headers: { cookie } });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /Quá trình tham gia/);
    const refused = await fetch(`${gateway.url}/tim-kiem?maSo=${khien.b.socialInsuranceNo}`, { headers: { cookie } });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('x-khien-code'), 'KHIEN_ACCESS_GATEWAY_DENIED');
    const text = await refused.text();
    assert.match(text, /Truy cập bị từ chối/);
    assert.match(text, /DENY_OUT_OF_SCOPE/);
    assert.doesNotMatch(text, /Người tham gia 2/);
    const anonymous = await fetch(`${gateway.url}/nguoi-tham-gia/${khien.a.socialInsuranceNo}`);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers.get('x-khien-code'), 'KHIEN_ACCESS_STAFF_SESSION_INVALID');
    const entries = await khien.accessEntries('thu-cu-vi-du');
    assert.deepEqual(entries.map((e) => [e.subjectIds[0], e.outcome]), [[khien.a.id, 'allow'], [khien.b.id, 'deny']]);
  });

  test('(c) access logs only: the read is recorded from the mapped line; a read outside the assignment raises KHIEN-R026 within seconds', async () => {
    const put = await khien.app.inject({ method: 'PUT', url: '/api/detect/source-mappings/thu-log-vi-du', headers: khien.admin.headers, payload: { mapping: json('source-mapping.json'), reason: 'Kết nối phần mềm thu (ví dụ)' } });
    assert.equal(put.statusCode, 200, put.body);
    const { token } = await createIngestToken(khien.app.khien.database.db, clock, 'thu-log-vi-du');
    const url = await startApp({ mode: 'logs', ingestToken: token });
    const cookie = `ca_user=${khien.clerk.username}`;
    assert.equal((await fetch(`${url}/nguoi-tham-gia/${khien.a.socialInsuranceNo}`, { headers: { cookie } })).status, 200);
    assert.equal((await fetch(`${url}/nguoi-tham-gia/${khien.b.socialInsuranceNo}`, { headers: { cookie } })).status, 200, 'the legacy screen shows it; Khiên raises the alert');
    const entries = await khien.accessEntries('thu-log-vi-du');
    assert.deepEqual(entries.map((e) => [e.subjectIds[0], e.event.reason]), [[khien.a.id, 'ALLOW_ASSIGNMENT'], [khien.b.id, 'UNCOVERED_DENY_OUT_OF_SCOPE']]);
    const started = Date.now();
    let raised: Array<{ accountId: string | null }> = [];
    while (raised.length === 0 && Date.now() - started < 10_000) {
      raised = await khien.app.khien.database.db.select({ accountId: alerts.accountId }).from(alerts).where(eq(alerts.ruleId, 'KHIEN-R026'));
      if (raised.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(raised.length, 1, 'KHIEN-R026 raised');
    assert.equal(raised[0]?.accountId, khien.clerk.accountId);
  });

  test('the insured person sees each application by name', async () => {
    const names = new Set(await khien.namesSeenByA());
    for (const n of ['Phần mềm thu BHXH (ví dụ, dịch vụ quyết định)', 'Phần mềm thu BHXH cũ (ví dụ, qua cổng)', 'Phần mềm thu BHXH (ví dụ)']) assert.ok(names.has(n), `${n} in ${[...names].join(', ')}`);
  });
});
