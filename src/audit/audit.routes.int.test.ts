/**
 * The audit query API over the production app: failures first (401, 400, 403 with the refusal recorded), then
 * scope by unit subtree, filters, pagination, CSV, checkpoints and proofs; every query is itself recorded, and
 * an unrecordable query returns nothing (503).
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
import { verifyEntryInclusion } from './merkle-verify.ts';
import { parseCheckpointNote, verifyCheckpointSignature } from './checkpoint.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';

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
  ['citizen', { type: 'citizen', personId: 'p', subject: 's', sessionId: 'x' }],
]);
const person = crypto.randomUUID();
const reader = crypto.randomUUID();
let t: TestApp;

before(async () => {
  t = await createTestApp({ auditSigningKey: seed }, clock, { extraResolvers: [headerActorResolver(actors)] });
  await ensureReferenceData(t.app.khien.database.db);
  const rec = t.app.khien.recorder;
  for (let i = 0; i < 6; i++) {
    await rec.record(makeAccessEvent({ time: `2026-03-01T0${i}:00:00.000Z`, actor: { type: 'staff', accountId: reader, unitId: 'P01-L1' }, subjects: [person] }));
  }
  await rec.record(makeAccessEvent({ actor: { type: 'staff', accountId: crypto.randomUUID(), unitId: 'P04-L2' }, outcome: 'deny', purpose: 'inspection' }));
  await rec.record(makeAccessEvent({ actor: { type: 'staff', accountId: crypto.randomUUID(), unitId: 'P01' }, action: '=cmd|calc' as 'view' }));
});
after(async () => {
  await t.close();
});

const get = (url: string, actor?: string) => t.app.inject({ method: 'GET', url, headers: actor ? { 'x-test-actor': actor } : {} });

test('unauthenticated → 401; bad query → 400 per field; wrong role → 403, and the refusal is recorded', async () => {
  const r401 = await get('/api/audit/entries');
  assert.equal(r401.statusCode, 401);
  assert.equal(r401.json().code, 'KHIEN_AUTH_UNAUTHENTICATED');
  assert.ok(r401.json().message.vi && r401.json().message.en);
  for (const bad of ['limit=0', 'limit=501', 'from=yesterday', 'kind=secret', 'nope=1', 'before=-3', 'accountId=a%20b']) {
    const r = await get(`/api/audit/entries?${bad}`, 'auditor');
    assert.equal(r.statusCode, 400, bad);
    assert.equal(r.json().code, 'KHIEN_COMMON_VALIDATION', bad);
  }
  const clerkId = (actors.get('clerk') as StaffActor).accountId;
  for (const who of ['clerk', 'citizen']) {
    const r = await get('/api/audit/entries', who);
    assert.equal(r.statusCode, 403, who);
    assert.equal(r.json().code, 'KHIEN_AUTH_FORBIDDEN');
  }
  const refused = await findEntries(t.app.khien.database.db, { accountId: clerkId, kind: 'admin' }, 10);
  assert.equal(refused.length, 1);
  assert.equal(refused[0]!.action, 'audit.query');
  assert.equal(refused[0]!.outcome, 'failure');
  const post = await t.app.inject({ method: 'POST', url: '/api/audit/checkpoints', headers: { 'x-test-actor': 'auditor' } });
  assert.equal(post.statusCode, 403);
});

test('a provincial officer sees only their subtree; a unit outside it is refused', async () => {
  const r = await get('/api/audit/entries?kind=access', 'officer01');
  assert.equal(r.statusCode, 200);
  const units = new Set(r.json().items.map((i: { unitId: string }) => i.unitId));
  assert.deepEqual([...units].sort(), ['P01', 'P01-L1']);
  assert.equal((await get('/api/audit/entries?unitId=P04', 'officer01')).statusCode, 403);
  const narrowed = await get('/api/audit/entries?unitId=P01-L1&kind=access', 'officer01');
  assert.equal(narrowed.json().items.length, 6);
});

test('filters and cursor pagination for the central auditor; each query is recorded', async () => {
  const auditorId = (actors.get('auditor') as StaffActor).accountId;
  const all = await get('/api/audit/entries?kind=access', 'auditor');
  assert.equal(all.json().items.length, 8);
  const bySubject = await get(`/api/audit/entries?subjectId=${person}`, 'auditor');
  assert.equal(bySubject.json().items.length, 6);
  assert.equal((await get(`/api/audit/entries?accountId=${reader}&from=2026-03-01T02:00:00Z&to=2026-03-01T04:00:00Z`, 'auditor')).json().items.length, 2);
  assert.equal((await get('/api/audit/entries?outcome=deny&purpose=inspection', 'auditor')).json().items.length, 1);
  const p1 = (await get(`/api/audit/entries?subjectId=${person}&limit=4`, 'auditor')).json();
  assert.equal(p1.items.length, 4);
  assert.ok(p1.items[0].seq > p1.items[3].seq, 'newest first');
  const p2 = (await get(`/api/audit/entries?subjectId=${person}&limit=4&before=${p1.nextBefore}`, 'auditor')).json();
  assert.equal(p2.items.length, 2);
  assert.equal(p2.nextBefore, null);
  const recorded = await findEntries(t.app.khien.database.db, { accountId: auditorId, kind: 'admin', action: 'audit.query' }, 100);
  assert.ok(recorded.length >= 6);
  assert.ok(recorded.some((e) => JSON.parse(e.body).after.subjectId === person));
});

test('CSV export carries a header, the rows, and neutralised formulas', async () => {
  const r = await get('/api/audit/entries.csv?kind=access', 'auditor');
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /text\/csv/);
  const lines = r.body.replace(/^\ufeff/, '').trim().split('\n');
  assert.equal(lines[0], 'seq,time,kind,accountId,subjectIds,unitId,purpose,action,outcome,requestId,withheldUntil,leafHash,chainHash');
  assert.equal(lines.length, 9);
  assert.ok(lines.some((l) => l.includes("'=cmd|calc")));
  assert.ok(!lines.some((l) => /,=cmd/.test(l)));
});

test('checkpoints on demand, latest as JSON and text, and a verifiable inclusion proof', async () => {
  assert.equal((await get('/api/audit/checkpoints/latest', 'auditor')).statusCode, 404);
  assert.equal((await get('/api/audit/entries/1/proof', 'auditor')).statusCode, 409);
  const created = await t.app.inject({ method: 'POST', url: '/api/audit/checkpoints', headers: { 'x-test-actor': 'central' } });
  assert.equal(created.statusCode, 201);
  const c = created.json();
  assert.ok(c.treeSize >= 8);
  const latest = (await get('/api/audit/checkpoints/latest', 'auditor')).json();
  assert.equal(latest.rootHash, c.rootHash);
  const text = await get('/api/audit/checkpoints/latest.txt', 'auditor');
  assert.match(String(text.headers['content-type']), /text\/plain/);
  const key = (await get('/api/audit/public-key', 'auditor')).json();
  assert.ok(verifyCheckpointSignature(parseCheckpointNote(text.body), Buffer.from(key.publicKey, 'base64')));
  const proof = (await get('/api/audit/entries/3/proof', 'auditor')).json();
  assert.ok(verifyEntryInclusion(proof.entry.body, proof.proof));
  assert.equal(proof.proof.rootHash, c.rootHash);
  assert.equal((await get('/api/audit/entries/99999/proof', 'auditor')).statusCode, 404);
  // Entry 7 belongs to P04: invisible to the P01 officer, shown as not found.
  assert.equal((await get('/api/audit/entries/7/proof', 'officer01')).statusCode, 404);
});

test('when the query cannot be recorded, nothing is returned (503)', async () => {
  // An app whose recorder fails: the query is refused before anything is read.
  const failing = createMemoryRecorder();
  failing.fail(true);
  const broken = await createTestApp({ auditSigningKey: seed }, clock, { extraResolvers: [headerActorResolver(actors)], recorder: failing });
  try {
    const r = await broken.app.inject({ method: 'GET', url: '/api/audit/entries', headers: { 'x-test-actor': 'auditor' } });
    assert.equal(r.statusCode, 503);
    assert.equal(r.json().code, 'KHIEN_AUDIT_UNAVAILABLE');
    assert.equal(r.json().items, undefined);
  } finally {
    await broken.close();
  }
});
