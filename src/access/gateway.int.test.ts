import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { auditEntries } from '../audit/audit.schema.ts';
import { businessSystems } from './business-systems.schema.ts';
import { seedPerson, type SeededPerson } from './access-test-support.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
let t: TestApp;
let admin: StaffWithSession;
let head: StaffWithSession;
let clerk: StaffWithSession; // one assignment (contribution collection, province 01)
let busy: StaffWithSession; // two assignments with different purposes
let a: SeededPerson; // Hà Nội
let b: SeededPerson; // HCMC
let credential: string;
let systemId: string;

const MAP = {
  routes: [
    { pattern: '/', action: 'none' },
    { pattern: '/tim-kiem', action: 'search', subject: { in: 'query', name: 'maSo', optional: true } },
    { pattern: '/nguoi-tham-gia/:maSo', action: 'view', record: 'participation', subject: { in: 'path', name: 'maSo' } },
  ],
};
const hours = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
const tokenOf = (s: StaffWithSession): string => /khien_session=([^;]+)/.exec(s.headers.cookie!)![1]!;
const entryCount = async (): Promise<number> => (await t.app.khien.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries))[0]!.n;
const check = (uri: string, over: Record<string, string | undefined> = {}) => t.app.inject({
  method: 'GET', url: '/api/gateway/check',
  headers: Object.fromEntries(Object.entries({
    authorization: `Bearer ${credential}`, 'x-original-method': 'GET', 'x-original-uri': uri, 'x-khien-staff-session': tokenOf(clerk), 'x-real-ip': '10.9.8.7', ...over,
  }).filter(([, v]) => v !== undefined)) as Record<string, string>,
});
const putMap = (routeMap: unknown, headers = admin.headers) =>
  t.app.inject({ method: 'PUT', url: `/api/access/systems/${systemId}/gateway-routes`, headers, payload: { reason: 'Khai báo bản đồ tuyến', routeMap } as Record<string, unknown> });
const assign = async (who: StaffWithSession, purpose: string, no: string) => {
  const res = await t.app.inject({
    method: 'POST', url: '/api/access/assignments', headers: head.headers,
    payload: {
      documentNo: no, documentDate: '2026-06-01', assigneeAccountId: who.accountId, purpose,
      categories: ['identity', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view'], validFrom: hours(-1), validUntil: hours(24 * 30),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
};

describe('gateway check for nginx auth_request', () => {
  before(async () => {
    t = await createTestApp({}, clock);
    admin = await createStaffWithSession(t.app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
    head = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
    clerk = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
    busy = await createStaffWithSession(t.app, { unitId: 'P01-L2' });
    a = await seedPerson(t.app.khien.database.db, { provinceCode: '01', communeCode: '01001' });
    b = await seedPerson(t.app.khien.database.db, { provinceCode: '79', communeCode: '79001' });
    await assign(clerk, 'contribution_collection', '21/QĐ-BHXH');
    await assign(busy, 'contribution_collection', '22/QĐ-BHXH');
    await assign(busy, 'card_issuance', '23/QĐ-BHXH');
    const res = await t.app.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name: 'thu-cu', displayName: 'Phần mềm thu (cũ)' } });
    assert.equal(res.statusCode, 201, res.body);
    ({ credential, systemId } = res.json<{ credential: string; systemId: string }>());
  });
  after(async () => {
    await t.close();
  });

  test('no map yet: refused; malformed maps: one stable code, every problem, nothing stored or recorded', async () => {
    const none = await check('/');
    assert.equal(none.statusCode, 403);
    assert.equal(none.headers['x-khien-code'], 'KHIEN_ACCESS_GATEWAY_NO_ROUTE_MAP');
    assert.equal((await putMap(MAP, clerk.headers)).statusCode, 403, 'only the central security team declares maps');
    const before = await entryCount();
    for (const bad of [
      { routes: [{ pattern: '/x', methods: ['POST'], action: 'update', subject: { in: 'body', name: 'maSo' } }] },
      { routes: [{ pattern: 'x', action: 'none' }] },
      { routes: 'all' },
      null,
    ]) {
      const res = await putMap(bad);
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json<{ code: string; message: { vi: string; en: string }; details: Array<{ path: string; vi: string; en: string }> }>();
      assert.equal(body.code, 'KHIEN_ACCESS_GATEWAY_ROUTE_MAP_INVALID');
      assert.match(body.message.vi, /Bản đồ tuyến/);
      assert.match(body.message.en, /the map in force is kept/);
      assert.ok(body.details.length > 0 && body.details.every((p) => p.path && p.vi && p.en));
    }
    const [row] = await t.app.khien.database.db.select().from(businessSystems).where(eq(businessSystems.id, systemId));
    assert.equal(row!.gatewayRoutes, null);
    assert.equal(await entryCount(), before, 'nothing recorded for a refused map');
    const ok = await putMap(MAP);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json(), { routes: 3 });
    const badAgain = await putMap({ routes: [{ pattern: '/y', action: 'view' }] });
    assert.equal(badAgain.statusCode, 400);
    const got = await t.app.inject({ method: 'GET', url: `/api/access/systems/${systemId}/gateway-routes`, headers: admin.headers });
    assert.deepEqual(got.json<{ routeMap: unknown }>().routeMap, MAP, 'the map in force stays');
  });

  test('bad system credential, missing or ended staff session, unmapped path: refused, nothing recorded', async () => {
    const before = await entryCount();
    for (const bearer of ['khs_00000000_' + 'x'.repeat(43), 'garbage']) {
      const res = await check(`/nguoi-tham-gia/${a.socialInsuranceNo}`, { authorization: `Bearer ${bearer}` });
      assert.equal(res.statusCode, 401);
      assert.equal(res.headers['x-khien-code'], 'KHIEN_ACCESS_SYSTEM_CREDENTIAL_INVALID');
    }
    const noAuth = await check('/', { authorization: undefined });
    assert.equal(noAuth.statusCode, 401);
    const noSession = await check(`/nguoi-tham-gia/${a.socialInsuranceNo}`, { 'x-khien-staff-session': undefined });
    assert.equal(noSession.statusCode, 401);
    assert.equal(noSession.headers['x-khien-code'], 'KHIEN_ACCESS_STAFF_SESSION_INVALID');
    const forged = await check('/', { 'x-khien-staff-session': crypto.randomBytes(32).toString('base64url') });
    assert.equal(forged.statusCode, 401);
    const unmapped = await check('/quan-tri');
    assert.equal(unmapped.statusCode, 403);
    assert.equal(unmapped.headers['x-khien-code'], 'KHIEN_ACCESS_GATEWAY_ROUTE_UNMAPPED');
    const post = await check(`/nguoi-tham-gia/${a.socialInsuranceNo}`, { 'x-original-method': 'POST' });
    assert.equal(post.headers['x-khien-code'], 'KHIEN_ACCESS_GATEWAY_ROUTE_UNMAPPED');
    const noUri = await check('', { 'x-original-uri': undefined });
    assert.equal(noUri.headers['x-khien-code'], 'KHIEN_ACCESS_GATEWAY_REQUEST_INVALID');
    assert.equal(await entryCount(), before);
  });

  test('pages without a person pass with a live session; a read is decided and recorded with the application named', async () => {
    const home = await check('/');
    assert.equal(home.statusCode, 204, home.body);
    assert.equal(home.headers['x-khien-reason'], 'NO_PERSONAL_DATA');
    assert.equal((await check('/tim-kiem')).statusCode, 204);
    const res = await check(`/nguoi-tham-gia/${a.socialInsuranceNo}`);
    assert.equal(res.statusCode, 204, res.body);
    assert.equal(res.headers['x-khien-reason'], 'ALLOW_ASSIGNMENT');
    assert.match(String(res.headers['x-khien-mask']), /employment=clear/);
    const [entry] = await t.app.khien.database.db.select().from(auditEntries).where(eq(auditEntries.eventId, String(res.headers['x-khien-audit-entry'])));
    assert.ok(entry);
    assert.equal(entry.outcome, 'allow');
    assert.deepEqual(entry.subjectIds, [a.id]);
    const body = JSON.parse(entry.body) as { source: { system: string; systemName: string; ip: string }; purpose: string; action: string };
    assert.equal(body.source.system, 'thu-cu');
    assert.equal(body.source.systemName, 'Phần mềm thu (cũ)');
    assert.equal(body.source.ip, '10.9.8.7');
    assert.equal(body.purpose, 'contribution_collection', 'the one purpose of the assignment');
  });

  test('outside the assignment: refused with the reason, the refusal recorded; several purposes need the header', async () => {
    const res = await check(`/tim-kiem?maSo=${b.socialInsuranceNo}`);
    assert.equal(res.statusCode, 403);
    assert.equal(res.headers['x-khien-code'], 'KHIEN_ACCESS_GATEWAY_DENIED');
    assert.equal(res.headers['x-khien-reason'], 'DENY_OUT_OF_SCOPE');
    const body = res.json<{ details: { auditEntryId: string } }>();
    const [entry] = await t.app.khien.database.db.select().from(auditEntries).where(eq(auditEntries.eventId, body.details.auditEntryId));
    assert.equal(entry?.outcome, 'deny');
    const ambiguous = await check(`/nguoi-tham-gia/${a.socialInsuranceNo}`, { 'x-khien-staff-session': tokenOf(busy) });
    assert.equal(ambiguous.headers['x-khien-code'], 'KHIEN_ACCESS_GATEWAY_PURPOSE_NEEDED');
    const named = await check(`/nguoi-tham-gia/${a.socialInsuranceNo}`, { 'x-khien-staff-session': tokenOf(busy), 'x-khien-purpose': 'card_issuance' });
    assert.equal(named.statusCode, 204, named.body);
  });
});
