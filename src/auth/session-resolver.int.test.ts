/**
 * The session resolver reads session, device, account, staff record, unit and grants in one statement on every
 * request, with no cache: a change made directly to any of those rows (not only through the revocation paths)
 * is seen by the very next request.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock, type ManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { staff } from '../org/org.schema.ts';
import { accounts, devices, roleGrants, sessions } from './auth.schema.ts';
import { findSession, findSessionForRequest } from './session.repo.ts';
import { sha256Hex } from '../platform/ids.ts';
import { createStaffWithSession, type StaffWithSession } from './test-support.ts';
import { SESSION_COOKIE } from './settings.ts';

interface Me {
  accountId: string;
  unitId: string;
  provinceCode: string | null;
  roles: Array<{ role: string; unitId: string; validUntil: string }>;
  deviceRegistered: boolean;
  mfa: boolean;
}

async function setup(t: { after: (fn: () => Promise<void>) => void }): Promise<{ app: TestApp['app']; clock: ManualClock }> {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const ta = await createTestApp({}, clock, { recorder: createMemoryRecorder() });
  t.after(ta.close);
  return { app: ta.app, clock };
}

function me(app: TestApp['app'], s: StaffWithSession): Promise<{ statusCode: number; json: <T>() => T }> {
  return app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
}

function tokenOf(s: StaffWithSession): string {
  const m = new RegExp(`(?:^|; )${SESSION_COOKIE}=([^;]+)`).exec(s.headers.cookie ?? '');
  assert.ok(m, 'session cookie in the test headers');
  return m[1]!;
}

test('the one-statement lookup returns session, device, account with unit and grants ordered by role', async (t) => {
  const { app, clock } = await setup(t);
  const validUntil = new Date(clock.now().getTime() + 86_400_000);
  const s = await createStaffWithSession(app, { roles: [{ role: 'staff', validUntil }, { role: 'auditor', unitId: 'VSS' }] });
  const lookup = await findSessionForRequest(app.khien.database.db, sha256Hex(tokenOf(s)), clock.now());
  assert.ok(lookup);
  assert.equal(lookup.session.id, s.sessionId);
  assert.equal(lookup.device?.status, 'approved');
  assert.equal(lookup.account?.id, s.accountId);
  assert.equal(lookup.account?.status, 'active');
  assert.deepEqual(lookup.grants.map((g) => g.role), ['auditor', 'staff']);
  assert.equal(lookup.grants.find((g) => g.role === 'staff')?.validUntilMs, validUntil.getTime());
  assert.equal(await findSessionForRequest(app.khien.database.db, sha256Hex('no-such-token-000000000'), clock.now()), undefined);
  // The raw named statement (PostgreSQL, root handle) and Drizzle's (PGlite, transactions) read the same.
  const db = app.khien.database.db;
  const viaDrizzle = await db.transaction((tx) => findSessionForRequest(tx as unknown as typeof db, sha256Hex(tokenOf(s)), clock.now()));
  assert.deepEqual(viaDrizzle, lookup);

  const res = await me(app, s);
  assert.equal(res.statusCode, 200);
  const body = res.json<Me>();
  assert.equal(body.accountId, s.accountId);
  assert.equal(body.provinceCode, '01');
  assert.equal(body.deviceRegistered, true);
  assert.deepEqual(body.roles.map((r) => `${r.role}@${r.unitId}`), ['auditor@VSS', 'staff@P01']);
  assert.equal(body.roles.find((r) => r.role === 'staff')?.validUntil, validUntil.toISOString());
});

test('a grant revoked or expired in the database is gone on the very next request', async (t) => {
  const { app, clock } = await setup(t);
  const s = await createStaffWithSession(app, { roles: [{ role: 'staff' }, { role: 'auditor', validUntil: new Date(clock.now().getTime() + 60_000) }] });
  assert.deepEqual((await me(app, s)).json<Me>().roles.map((r) => r.role), ['auditor', 'staff']);
  const db = app.khien.database.db;
  await db.update(roleGrants).set({ revokedAt: clock.now() }).where(eq(roleGrants.role, 'staff'));
  assert.deepEqual((await me(app, s)).json<Me>().roles.map((r) => r.role), ['auditor']);
  clock.advance(60_000);
  assert.deepEqual((await me(app, s)).json<Me>().roles, []);
});

test('a device no longer approved ends the session at once, even when changed outside the revocation path', async (t) => {
  const { app, clock } = await setup(t);
  const s = await createStaffWithSession(app);
  assert.equal((await me(app, s)).statusCode, 200);
  await app.khien.database.db.update(devices).set({ status: 'revoked', revokedAt: clock.now() }).where(eq(devices.id, s.deviceId!));
  const res = await me(app, s);
  assert.equal(res.statusCode, 401);
  assert.equal(res.json<{ code: string }>().code, 'KHIEN_AUTH_SESSION_EXPIRED');
  const session = await findSession(app.khien.database.db, s.sessionId);
  assert.equal(session?.revokeReason, 'device_revoked');
});

test('a session whose device row is gone, or presented without its device cookie, is refused', async (t) => {
  const { app } = await setup(t);
  const s = await createStaffWithSession(app);
  const sessionOnly = (s.headers.cookie ?? '').split('; ').filter((c) => c.startsWith(`${SESSION_COOKIE}=`)).join('; ');
  const copied = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...s.headers, cookie: sessionOnly } });
  assert.equal(copied.statusCode, 401);
  await app.khien.database.db.delete(devices).where(eq(devices.id, s.deviceId!));
  assert.equal((await me(app, s)).statusCode, 401);
});

test('an account disabled or a staff record no longer active in the database ends the session at once', async (t) => {
  const { app } = await setup(t);
  const db = app.khien.database.db;
  const a = await createStaffWithSession(app);
  const b = await createStaffWithSession(app);
  assert.equal((await me(app, a)).statusCode, 200);
  assert.equal((await me(app, b)).statusCode, 200);
  await db.update(accounts).set({ status: 'disabled' }).where(eq(accounts.id, a.accountId));
  await db.update(staff).set({ status: 'resigned' }).where(eq(staff.id, b.staffId));
  for (const s of [a, b]) {
    assert.equal((await me(app, s)).statusCode, 401);
    assert.equal((await findSession(db, s.sessionId))?.revokeReason, 'account_inactive');
  }
});

test('a session revoked or timed out in the database is refused on the next request', async (t) => {
  const { app, clock } = await setup(t);
  const db = app.khien.database.db;
  const a = await createStaffWithSession(app);
  await db.update(sessions).set({ revokedAt: clock.now(), revokeReason: 'signout' }).where(eq(sessions.id, a.sessionId));
  assert.equal((await me(app, a)).statusCode, 401);
  const b = await createStaffWithSession(app);
  await db.update(sessions).set({ idleExpiresAt: clock.now() }).where(eq(sessions.id, b.sessionId));
  assert.equal((await me(app, b)).statusCode, 401);
});

test('concurrent requests of a session due a touch all pass; the idle expiry moves forward; a revocation right after still counts', async (t) => {
  const { app, clock } = await setup(t);
  const db = app.khien.database.db;
  const s = await createStaffWithSession(app);
  const idleMs = app.khien.auth.ctx.settings.idleMinutes * 60_000;
  clock.advance(31_000);
  const touchedAt = clock.now();
  const answers = await Promise.all(Array.from({ length: 8 }, () => me(app, s)));
  assert.deepEqual(answers.map((r) => r.statusCode), Array.from({ length: 8 }, () => 200));
  const touched = await findSession(db, s.sessionId);
  assert.equal(touched?.lastSeenAt.getTime(), touchedAt.getTime());
  assert.equal(touched?.idleExpiresAt.getTime(), touchedAt.getTime() + idleMs);
  // The gate remembers the touch; nothing it remembers lets a revoked session through.
  await db.update(sessions).set({ revokedAt: clock.now(), revokeReason: 'signout' }).where(eq(sessions.id, s.sessionId));
  assert.equal((await me(app, s)).statusCode, 401);
});

test('a session idle past its expiry is refused even though the gate touched it recently', async (t) => {
  const { app, clock } = await setup(t);
  const db = app.khien.database.db;
  const s = await createStaffWithSession(app);
  clock.advance(31_000);
  assert.equal((await me(app, s)).statusCode, 200);
  await db.update(sessions).set({ idleExpiresAt: clock.now() }).where(eq(sessions.id, s.sessionId));
  assert.equal((await me(app, s)).statusCode, 401);
});
