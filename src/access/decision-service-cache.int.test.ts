/**
 * The decision service's one-second trust in a verified system credential and a resolved staff session
 * (`business-systems.ts` VERIFIED_SYSTEM_TTL_MS, `app/staff-session-lookup.ts` STAFF_SESSION_CACHE_MS): a change
 * made on this node (credential rotation or revocation, sign-out, suspension) stops the next decision at once;
 * a change this node did not make (another node sharing the database, written here straight into the rows)
 * takes effect once the second has passed. Time is the app's manual clock: nothing here waits.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { sessions } from '../auth/auth.schema.ts';
import { businessSystems } from './business-systems.schema.ts';
import { seedPerson, type SeededPerson } from './access-test-support.ts';
import { VERIFIED_SYSTEM_TTL_MS } from './business-systems.ts';
import { STAFF_SESSION_CACHE_MS } from '../app/staff-session-lookup.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
let t: TestApp;
let admin: StaffWithSession;
let head: StaffWithSession;
let officer: StaffWithSession;
let a: SeededPerson;

const hours = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
const tokenOf = (s: StaffWithSession): string => /khien_session=([^;]+)/.exec(s.headers.cookie!)![1]!;

async function register(name: string): Promise<{ id: string; credential: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name, displayName: name } });
  assert.equal(res.statusCode, 201, res.body);
  const issued = res.json<{ systemId: string; credential: string }>();
  return { id: issued.systemId, credential: issued.credential };
}

/** A clerk of Hà Nội with an assignment over province 01. */
async function clerk(): Promise<StaffWithSession> {
  const s = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
  const res = await t.app.inject({
    method: 'POST', url: '/api/access/assignments', headers: head.headers,
    payload: {
      documentNo: '16/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: s.accountId, purpose: 'contribution_collection',
      categories: ['identity'], scope: { provinces: ['01'] }, actions: ['view'], validFrom: hours(-1), validUntil: hours(24 * 30),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return s;
}

async function decide(credential: string, staff: StaffWithSession): Promise<{ status: number; code?: string; outcome?: string }> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/decisions', headers: { authorization: `Bearer ${credential}` },
    payload: { staffSession: tokenOf(staff), action: 'view', purpose: 'contribution_collection', subject: a.id },
  });
  const body = res.json<{ code?: string; outcome?: string }>();
  return { status: res.statusCode, code: body.code, outcome: body.outcome };
}

describe('decision service: verified credentials and sessions are trusted one second, and forgotten on a change here', () => {
  before(async () => {
    t = await createTestApp({}, clock);
    admin = await createStaffWithSession(t.app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
    head = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
    officer = await createStaffWithSession(t.app, { roles: [{ role: 'security_officer' }] });
    a = await seedPerson(t.app.khien.database.db, { provinceCode: '01', communeCode: '01001' });
  });
  after(async () => {
    await t.close();
  });

  test('the windows are at most one second', () => {
    assert.ok(VERIFIED_SYSTEM_TTL_MS <= 1_000);
    assert.ok(STAFF_SESSION_CACHE_MS <= 1_000);
  });

  test('a system revoked by another node is refused once the second has passed; one revoked here, at once', async () => {
    const staff = await clerk();
    const elsewhere = await register('cache-elsewhere');
    assert.equal((await decide(elsewhere.credential, staff)).outcome, 'allow');
    await t.app.khien.database.db.update(businessSystems).set({ revokedAt: clock.now() }).where(eq(businessSystems.id, elsewhere.id));
    assert.equal((await decide(elsewhere.credential, staff)).status, 200, 'trusted within the second');
    clock.advance(VERIFIED_SYSTEM_TTL_MS);
    assert.equal((await decide(elsewhere.credential, staff)).code, 'KHIEN_ACCESS_SYSTEM_CREDENTIAL_INVALID');

    const here = await register('cache-here');
    assert.equal((await decide(here.credential, staff)).status, 200);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/access/systems/${here.id}/revoke`, headers: admin.headers, payload: { reason: 'ngừng sử dụng' } });
    assert.equal(revoked.statusCode, 204, revoked.body);
    assert.equal((await decide(here.credential, staff)).code, 'KHIEN_ACCESS_SYSTEM_CREDENTIAL_INVALID', 'no second of grace on this node');
  });

  test('a wrong secret under a trusted prefix is refused', async () => {
    const staff = await clerk();
    const system = await register('cache-prefix');
    assert.equal((await decide(system.credential, staff)).status, 200);
    const wrong = system.credential.slice(0, -1) + (system.credential.endsWith('A') ? 'B' : 'A');
    assert.equal((await decide(wrong, staff)).code, 'KHIEN_ACCESS_SYSTEM_CREDENTIAL_INVALID');
    assert.equal((await decide(system.credential, staff)).status, 200);
  });

  test('a session ended by another node is refused once the second has passed; sign-out and suspension here, at once', async () => {
    const system = await register('cache-sessions');
    const elsewhere = await clerk();
    assert.equal((await decide(system.credential, elsewhere)).outcome, 'allow');
    await t.app.khien.database.db.update(sessions).set({ revokedAt: clock.now(), revokeReason: 'test' }).where(eq(sessions.id, elsewhere.sessionId));
    assert.equal((await decide(system.credential, elsewhere)).status, 200, 'trusted within the second');
    clock.advance(STAFF_SESSION_CACHE_MS);
    assert.equal((await decide(system.credential, elsewhere)).code, 'KHIEN_ACCESS_STAFF_SESSION_INVALID');

    const signedOut = await clerk();
    assert.equal((await decide(system.credential, signedOut)).status, 200);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/signout', headers: signedOut.headers });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await decide(system.credential, signedOut)).code, 'KHIEN_ACCESS_STAFF_SESSION_INVALID', 'sign-out: at once');

    const suspended = await clerk();
    assert.equal((await decide(system.credential, suspended)).status, 200);
    const suspend = await t.app.inject({ method: 'POST', url: `/api/admin/accounts/${suspended.accountId}/suspend`, headers: officer.headers, payload: { reason: 'nghi mượn tài khoản' } });
    assert.equal(suspend.statusCode, 200, suspend.body);
    assert.equal((await decide(system.credential, suspended)).code, 'KHIEN_ACCESS_STAFF_SESSION_INVALID', 'suspension: at once');
  });

  test('a session is never trusted past its own expiry', async () => {
    const system = await register('cache-expiry');
    const staff = await clerk();
    const [row] = await t.app.khien.database.db.select().from(sessions).where(eq(sessions.id, staff.sessionId));
    assert.ok(row);
    // The absolute expiry a few milliseconds ahead: the session may be kept only until then.
    await t.app.khien.database.db.update(sessions).set({ absoluteExpiresAt: new Date(clock.now().getTime() + 10) }).where(eq(sessions.id, staff.sessionId));
    assert.equal((await decide(system.credential, staff)).status, 200);
    clock.advance(10);
    assert.equal((await decide(system.credential, staff)).code, 'KHIEN_ACCESS_STAFF_SESSION_INVALID');
  });
});
