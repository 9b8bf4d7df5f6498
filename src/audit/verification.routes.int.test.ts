/**
 * The audit console routes (issue 13, item 4): the full verification job (central security admin starts it;
 * readers follow its progress and read the kept report; its start and end are in the log) and the look-ups
 * the search form uses (accounts by staff number or name within scope, a person by identifier).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import { createManualClock } from '../platform/clock.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';
import { findEntries } from './audit.repo.ts';

const clock = createManualClock('2026-03-02T02:00:00.000Z');
const seed = crypto.randomBytes(32).toString('base64');

function staff(key: string, roles: Array<[Role, string]>): StaffActor {
  return {
    type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: key.toUpperCase(), unitId: roles[0]?.[1] ?? 'P01',
    provinceCode: null, sessionId: crypto.randomUUID(), deviceId: null, deviceRegistered: true, mfa: true, mustChangePassword: false,
    roles: roles.map(([role, unitId]) => ({ role, unitId, validUntil: '2027-01-01T00:00:00.000Z' })),
  };
}

const actors = new Map<string, Actor>([
  ['clerk', staff('clerk', [['staff', 'P01']])],
  ['officer01', staff('officer01', [['security_officer', 'P01']])],
  ['auditor', staff('auditor', [['auditor', 'VSS']])],
  ['central', staff('central', [['central_security_admin', 'VSS']])],
]);
let t: TestApp;

before(async () => {
  t = await createTestApp({ auditSigningKey: seed }, clock, { extraResolvers: [headerActorResolver(actors)] });
  await ensureReferenceData(t.app.khien.database.db);
  for (let i = 0; i < 7; i++) await t.app.khien.recorder.record(makeAccessEvent({ time: `2026-03-01T0${i}:00:00.000Z` }));
  await t.app.khien.audit.checkpointNow();
});
after(async () => {
  await t.close();
});

const call = (method: 'GET' | 'POST', url: string, actor?: string) => t.app.inject({ method, url, headers: actor ? { 'x-test-actor': actor } : {} });

test('verification: only the central security admin starts it; 401/403 first, refusals recorded', async () => {
  assert.equal((await call('POST', '/api/audit/verifications')).statusCode, 401);
  for (const who of ['clerk', 'auditor', 'officer01']) {
    const r = await call('POST', '/api/audit/verifications', who);
    assert.equal(r.statusCode, 403, who);
    assert.equal(r.json().code, 'KHIEN_AUTH_FORBIDDEN');
  }
  const refused = await findEntries(t.app.khien.database.db, { action: 'audit.verify', outcome: 'failure' }, 10);
  assert.equal(refused.length, 3);
  assert.equal((await call('GET', '/api/audit/verifications', 'clerk')).statusCode, 403);
  assert.equal((await call('GET', `/api/audit/verifications/${crypto.randomUUID()}`, 'auditor')).json().code, 'KHIEN_AUDIT_VERIFICATION_NOT_FOUND');
});

test('verification runs in the background, its progress and report are kept, start and end are recorded', async () => {
  const r = await call('POST', '/api/audit/verifications', 'central');
  assert.equal(r.statusCode, 202);
  const started = r.json();
  assert.equal(started.status, 'running');
  assert.ok(started.total >= 8);
  let v = started;
  for (let i = 0; i < 100 && v.status === 'running'; i++) {
    await new Promise((res) => setTimeout(res, 50));
    v = (await call('GET', `/api/audit/verifications/${started.id}`, 'auditor')).json();
  }
  assert.equal(v.status, 'done');
  assert.equal(v.ok, true);
  assert.ok(v.report.size >= started.total);
  assert.equal(v.report.faults.length, 0);
  assert.ok(v.report.storedCheckpointsChecked >= 1);
  assert.ok(v.finishedAt);
  const list = (await call('GET', '/api/audit/verifications', 'officer01')).json();
  assert.equal(list[0].id, started.id);
  const db = t.app.khien.database.db;
  assert.equal((await findEntries(db, { action: 'audit.verify', outcome: 'success' }, 10)).length, 1);
  const end = await findEntries(db, { action: 'audit.verify_finished' }, 10);
  assert.equal(end.length, 1);
  assert.ok(end[0]!.body.includes(started.id));
});

test('look-ups: accounts by staff number within scope, a person by identifier; both recorded', async () => {
  assert.equal((await call('GET', '/api/audit/accounts?q=x', 'auditor')).statusCode, 400);
  assert.equal((await call('GET', '/api/audit/accounts?q=DEMO', 'clerk')).statusCode, 403);
  const none = await call('GET', '/api/audit/accounts?q=NO-SUCH-STAFF', 'auditor');
  assert.equal(none.statusCode, 200);
  assert.deepEqual(none.json(), []);
  const p = await call('GET', '/api/audit/persons/lookup?identifier=001099000001', 'auditor');
  assert.equal(p.statusCode, 200);
  assert.equal(p.json().personId, null);
  assert.equal((await call('GET', '/api/audit/persons/lookup?identifier=a%20b', 'auditor')).statusCode, 400);
  const db = t.app.khien.database.db;
  assert.equal((await findEntries(db, { action: 'audit.account_lookup', outcome: 'success' }, 10)).length, 1);
  const lookups = await findEntries(db, { action: 'audit.person_lookup' }, 10);
  assert.equal(lookups.length, 1);
  assert.ok(!lookups[0]!.body.includes('001099000001'));
});

test('partitions: central security admin only, recorded; the listing names the DEFAULT rows and the head', async () => {
  assert.equal((await call('GET', '/api/audit/partitions')).statusCode, 401);
  for (const who of ['clerk', 'auditor']) assert.equal((await call('GET', '/api/audit/partitions', who)).statusCode, 403, who);
  const r = await call('GET', '/api/audit/partitions', 'central');
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.defaultRows, 0);
  assert.ok(body.head >= 8);
  assert.equal(body.partitions[0].name, 'audit_entries_from_1');
  assert.equal(body.partitions[0].state, 'head');
  const recorded = await findEntries(t.app.khien.database.db, { action: 'audit.partitions_read', outcome: 'success' }, 10);
  assert.equal(recorded.length, 1);
});
