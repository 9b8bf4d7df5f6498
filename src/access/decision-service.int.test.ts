import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { auditEntries } from '../audit/audit.schema.ts';
import { businessSystems } from './business-systems.schema.ts';
import { seedPerson, type SeededPerson } from './access-test-support.ts';
import { createDecisionClient, DecisionServiceError } from '../../clients/node/decision-client.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
let t: TestApp;
let baseUrl: string;
let admin: StaffWithSession;
let head: StaffWithSession;
let clerk: StaffWithSession; // Hà Nội, assignment for province 01
let idle: StaffWithSession; // no assignment
let a: SeededPerson; // Hà Nội
let b: SeededPerson; // HCMC
let credential: string;
let systemId: string;

const hours = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
const tokenOf = (s: StaffWithSession): string => /khien_session=([^;]+)/.exec(s.headers.cookie!)![1]!;
const entryCount = async (): Promise<number> => (await t.app.khien.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries))[0]!.n;
const entryOf = async (eventId: string) => (await t.app.khien.database.db.select().from(auditEntries).where(eq(auditEntries.eventId, eventId)))[0];
const post = (url: string, payload: unknown, bearer: string | null = credential) =>
  t.app.inject({ method: 'POST', url, headers: bearer ? { authorization: `Bearer ${bearer}` } : {}, payload: payload as Record<string, unknown> });

describe('decision service for business applications', () => {
  before(async () => {
    t = await createTestApp({}, clock);
    admin = await createStaffWithSession(t.app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
    head = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
    clerk = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
    idle = await createStaffWithSession(t.app, { unitId: 'P01-L2' });
    a = await seedPerson(t.app.khien.database.db, { provinceCode: '01', communeCode: '01001' });
    b = await seedPerson(t.app.khien.database.db, { provinceCode: '79', communeCode: '79001' });
    const res = await t.app.inject({
      method: 'POST', url: '/api/access/assignments', headers: head.headers,
      payload: {
        documentNo: '15/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: clerk.accountId, purpose: 'contribution_collection',
        categories: ['identity', 'contact', 'address', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view'],
        validFrom: hours(-1), validUntil: hours(24 * 30),
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await t.close();
  });

  test('only the central security team registers systems; the credential is shown once, stored hashed; every act is an admin event', async () => {
    const refused = await t.app.inject({ method: 'POST', url: '/api/access/systems', headers: clerk.headers, payload: { name: 'thu-bhxh', displayName: 'Phần mềm thu BHXH' } });
    assert.equal(refused.statusCode, 403);
    const res = await t.app.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name: 'thu-bhxh', displayName: 'Phần mềm thu BHXH' } });
    assert.equal(res.statusCode, 201, res.body);
    const issued = res.json<{ systemId: string; credential: string; prefix: string }>();
    credential = issued.credential;
    systemId = issued.systemId;
    assert.match(credential, /^khs_[0-9a-f]{8}_/);
    const again = await t.app.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name: 'thu-bhxh', displayName: 'Trùng tên' } });
    assert.equal(again.json<{ code: string }>().code, 'KHIEN_ACCESS_SYSTEM_EXISTS');
    const list = await t.app.inject({ method: 'GET', url: '/api/access/systems', headers: admin.headers });
    assert.equal(list.statusCode, 200);
    assert.ok(!list.body.includes(credential.split('_').slice(2).join('_')), 'the secret is never listed');
    const [row] = await t.app.khien.database.db.select().from(businessSystems).where(eq(businessSystems.id, systemId));
    assert.ok(row && !row.credentialHash.includes(credential.slice(13)));
    const events = await t.app.khien.database.db.select().from(auditEntries).where(and(eq(auditEntries.kind, 'admin'), eq(auditEntries.action, 'business_system.register')));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.accountId, admin.accountId);
  });

  test('refusals change nothing: bad credential, unknown session, batch over 500', async () => {
    const before = await entryCount();
    const body = { staffSession: tokenOf(clerk), action: 'view', purpose: 'contribution_collection', subject: a.id };
    for (const bearer of [null, 'khs_00000000_' + 'x'.repeat(43), credential.slice(0, -1) + (credential.endsWith('A') ? 'B' : 'A'), 'garbage']) {
      const res = await post('/api/decisions', body, bearer);
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.json<{ code: string }>().code, 'KHIEN_ACCESS_SYSTEM_CREDENTIAL_INVALID');
      assert.ok(!res.body.includes(a.personalId));
    }
    const session = await post('/api/decisions', { ...body, staffSession: crypto.randomBytes(32).toString('base64url') });
    assert.equal(session.statusCode, 401);
    assert.equal(session.json<{ code: string; message: { vi: string; en: string } }>().code, 'KHIEN_ACCESS_STAFF_SESSION_INVALID');
    assert.match(session.json<{ message: { vi: string } }>().message.vi, /Phiên đăng nhập/);
    const big = await post('/api/decisions/batch', { ...body, subject: undefined, subjects: Array.from({ length: 501 }, () => a.id) });
    assert.equal(big.statusCode, 400, big.body);
    assert.equal(big.json<{ code: string }>().code, 'KHIEN_ACCESS_DECISION_BATCH_TOO_LARGE');
    assert.match(big.json<{ message: { en: string } }>().message.en, /500/);
    assert.equal(await entryCount(), before, 'no audit entry for a refused request');
  });

  test('the Node client: allow inside the assignment with masks per category and field, recorded before the answer with the application named', async () => {
    const client = createDecisionClient({ baseUrl, credential });
    const d = await client.decide({ staffSession: tokenOf(clerk), action: 'view', purpose: 'contribution_collection', subject: a.socialInsuranceNo, clientIp: '10.1.2.3' });
    assert.equal(d.outcome, 'allow');
    assert.equal(d.reason, 'ALLOW_ASSIGNMENT');
    assert.equal(d.personId, a.id);
    assert.equal(d.grant?.type, 'assignment');
    assert.equal(d.mask.identity, 'partial');
    assert.equal(d.mask.employment, 'clear');
    assert.equal(d.mask.health_insurance, 'hidden');
    assert.equal(d.fields.personalId, 'partial');
    assert.equal(d.fields.salary, 'clear');
    const entry = await entryOf(d.auditEntryId);
    assert.ok(entry, 'the audit entry exists once the answer is received');
    assert.equal(entry.seq, d.auditSeq);
    assert.equal(entry.kind, 'access');
    assert.equal(entry.outcome, 'allow');
    assert.equal(entry.accountId, clerk.accountId);
    assert.deepEqual(entry.subjectIds, [a.id]);
    const body = JSON.parse(entry.body) as { source: { system: string; ip: string }; actor: { sessionId: string } };
    assert.equal(body.source.system, 'thu-bhxh');
    assert.equal(body.source.ip, '10.1.2.3');
    assert.equal(body.actor.sessionId, clerk.sessionId);
  });

  test('outside the assignment: deny with the reason code, everything hidden, recorded too', async () => {
    const client = createDecisionClient({ baseUrl, credential });
    const d = await client.decide({ staffSession: tokenOf(clerk), action: 'view', purpose: 'contribution_collection', subject: b.id });
    assert.equal(d.outcome, 'deny');
    assert.equal(d.reason, 'DENY_OUT_OF_SCOPE');
    assert.equal(d.fields.personalId, 'hidden');
    assert.equal((await entryOf(d.auditEntryId))?.outcome, 'deny');
    const none = await client.decide({ staffSession: tokenOf(idle), action: 'view', purpose: 'contribution_collection', subject: a.id });
    assert.equal(none.reason, 'DENY_NO_ASSIGNMENT');
    const purpose = await client.decide({ staffSession: tokenOf(clerk), action: 'view', purpose: 'no_such_purpose', subject: a.id });
    assert.equal(purpose.reason, 'DENY_UNKNOWN_PURPOSE');
    const update = await client.decide({ staffSession: tokenOf(clerk), action: 'update', purpose: 'contribution_collection', subject: a.id });
    assert.equal(update.reason, 'DENY_ACTION_NOT_ASSIGNED');
    await assert.rejects(client.decide({ staffSession: 'x'.repeat(40), action: 'view', purpose: 'contribution_collection', subject: a.id }),
      (err: unknown) => err instanceof DecisionServiceError && err.code === 'KHIEN_ACCESS_STAFF_SESSION_INVALID' && err.status === 401);
  });

  test('a batch answers per subject in order; subjects with the same decision share one audit entry', async () => {
    const client = createDecisionClient({ baseUrl, credential });
    const unknown = crypto.randomUUID();
    const subjects = [a.id, b.socialInsuranceNo, unknown, ...Array.from({ length: 97 }, () => a.id)];
    const before = await entryCount();
    const ds = await client.decideBatch({ staffSession: tokenOf(clerk), action: 'search', purpose: 'contribution_collection', subjects });
    assert.equal(ds.length, 100);
    assert.deepEqual(ds.slice(0, 3).map((d) => [d.subject, d.outcome, d.reason]), [
      [a.id, 'allow', 'ALLOW_ASSIGNMENT'], [b.socialInsuranceNo, 'deny', 'DENY_OUT_OF_SCOPE'], [unknown, 'deny', 'DENY_NOT_FOUND'],
    ]);
    assert.equal(ds[1]!.personId, b.id);
    assert.equal(ds[2]!.personId, null);
    assert.equal(new Set(ds.map((d) => d.auditEntryId)).size, 3);
    assert.equal(ds[99]!.auditEntryId, ds[0]!.auditEntryId);
    assert.equal(await entryCount(), before + 3);
    assert.deepEqual((await entryOf(ds[1]!.auditEntryId))?.subjectIds, [b.id]);
  });

  test('rotation stops the old credential at once; revocation stops the system', async () => {
    const rotated = await t.app.inject({ method: 'POST', url: `/api/access/systems/${systemId}/rotate`, headers: admin.headers });
    assert.equal(rotated.statusCode, 201, rotated.body);
    const fresh = rotated.json<{ credential: string }>().credential;
    const body = { staffSession: tokenOf(clerk), action: 'view', purpose: 'contribution_collection', subject: a.id };
    assert.equal((await post('/api/decisions', body, credential)).statusCode, 401);
    assert.equal((await post('/api/decisions', body, fresh)).statusCode, 200);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/access/systems/${systemId}/revoke`, headers: admin.headers, payload: { reason: 'Hệ thống ngừng sử dụng' } });
    assert.equal(revoked.statusCode, 204, revoked.body);
    assert.equal((await post('/api/decisions', body, fresh)).statusCode, 401);
    const again = await t.app.inject({ method: 'POST', url: `/api/access/systems/${systemId}/rotate`, headers: admin.headers });
    assert.equal(again.json<{ code: string }>().code, 'KHIEN_ACCESS_SYSTEM_NOT_FOUND');
    const acts = await t.app.khien.database.db.select({ action: auditEntries.action }).from(auditEntries).where(eq(auditEntries.kind, 'admin'));
    assert.ok(acts.some((x) => x.action === 'business_system.rotate') && acts.some((x) => x.action === 'business_system.revoke'));
  });
});
