import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AccessEvent } from '../events/types.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import { makeStaffActor, seedPerson, type SeededPerson } from './access-test-support.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const recorder = createMemoryRecorder();
const actors = new Map<string, Actor>();
let t: TestApp;
let p1: SeededPerson;
let p2: SeededPerson;
let p3: SeededPerson;

const as = (key: string) => ({ 'x-test-actor': key });
const lastAccess = (): AccessEvent => recorder.events.filter((e): e is AccessEvent => e.kind === 'access').at(-1)!;

async function agreement(body: Record<string, unknown> = {}): Promise<{ id: string; key: string; keyId: string }> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/access/agreements', headers: as('admin'),
    payload: {
      organisation: 'Cục Thuế', legalBasis: 'Thỏa thuận số 12/TT-BHXH-CT, Luật Quản lý thuế', purpose: 'contribution_collection',
      categories: ['identity'], dailyRecordLimit: 2, ratePerMinute: 5, validFrom: '2026-06-01T00:00:00.000Z', validUntil: '2026-06-20T00:00:00.000Z', ...body,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const id = res.json<{ id: string }>().id;
  const key = await t.app.inject({ method: 'POST', url: `/api/access/agreements/${id}/keys`, headers: as('admin') });
  assert.equal(key.statusCode, 201, key.body);
  return { id, key: key.json<{ key: string }>().key, keyId: key.json<{ id: string }>().id };
}
const lookup = (key: string | null, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/external/persons/lookup', headers: key ? { 'x-api-key': key } : {}, payload: { purpose: 'contribution_collection', ...payload } });

describe('external organisations read through agreements and API keys', () => {
  before(async () => {
    t = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
    const admin = await createStaffWithSession(t.app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
    actors.set('admin', makeStaffActor({ accountId: admin.accountId, unitId: 'VSS-CNTT', roleNames: ['central_security_admin'] }));
    p1 = await seedPerson(t.app.khien.database.db, { provinceCode: '01' });
    p2 = await seedPerson(t.app.khien.database.db, { provinceCode: '79' });
    p3 = await seedPerson(t.app.khien.database.db, { provinceCode: '48' });
  });
  after(async () => {
    await t.close();
  });

  test('only the central security team manages agreements; the secret is shown once, stored hashed', async () => {
    const staff = await createStaffWithSession(t.app, { unitId: 'P01' });
    const res = await t.app.inject({ method: 'GET', url: '/api/access/agreements', headers: staff.headers });
    assert.equal(res.statusCode, 403);
    const ag = await agreement();
    const keys = await t.app.inject({ method: 'GET', url: `/api/access/agreements/${ag.id}/keys`, headers: as('admin') });
    // The secret is base64url and may itself contain '_': take everything after `khk_<prefix>_`.
    assert.ok(!keys.body.includes(ag.key.split('_').slice(2).join('_')), 'the secret is never listed');
  });

  test('a key reads the agreement categories only, by full identifier, recorded like a staff read', async () => {
    const ag = await agreement();
    const res = await lookup(ag.key, { personalId: p1.personalId });
    assert.equal(res.statusCode, 200, res.body);
    const [person] = res.json<{ persons: Array<Record<string, unknown>> }>().persons;
    assert.equal(person!.personalId, p1.personalId);
    assert.equal(person!.phone, null, 'contact is not in the agreement');
    assert.equal(person!.street, null);
    const e = lastAccess();
    assert.equal(e.actor.type, 'external');
    assert.equal(e.actor.agreementId, ag.id);
    assert.deepEqual(e.grant, { type: 'agreement', id: ag.id });
    assert.deepEqual(e.subjects, [p1.id]);
    const byName = await lookup(ag.key, { fullName: p1.fullName, dateOfBirth: p1.dateOfBirth });
    assert.equal(byName.statusCode, 400, 'no name search for organisations');
    const wrongPurpose = await lookup(ag.key, { personalId: p1.personalId, purpose: 'benefit_settlement' });
    assert.equal(wrongPurpose.statusCode, 403);
    assert.ok(!wrongPurpose.body.includes(p1.fullName));
    assert.equal(lastAccess().reason, 'DENY_PURPOSE_MISMATCH');
    const staffRoute = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${p1.id}?purpose=contribution_collection`, headers: { 'x-api-key': ag.key } });
    assert.equal(staffRoute.statusCode, 403, 'staff routes are not for keys');
  });

  test('invalid, revoked, rotated and expired keys all get the same answer', async () => {
    const ag = await agreement();
    const bad = await lookup('khk_00000000_' + 'A'.repeat(43), { personalId: p1.personalId });
    const garbage = await lookup('nope', { personalId: p1.personalId });
    assert.equal(bad.statusCode, 401);
    assert.equal(garbage.statusCode, 401);
    assert.equal(bad.json<{ code: string }>().code, 'KHIEN_ACCESS_API_KEY_INVALID');
    const wrongSecret = ag.key.slice(0, -1) + (ag.key.endsWith('A') ? 'B' : 'A');
    assert.equal((await lookup(wrongSecret, { personalId: p1.personalId })).json<{ code: string }>().code, 'KHIEN_ACCESS_API_KEY_INVALID');

    const rotated = await t.app.inject({ method: 'POST', url: `/api/access/agreements/keys/${ag.keyId}/rotate`, headers: as('admin') });
    assert.equal(rotated.statusCode, 201);
    const newKey = rotated.json<{ key: string; id: string }>();
    assert.equal((await lookup(ag.key, { personalId: p1.personalId })).statusCode, 401, 'old key revoked by rotation');
    assert.equal((await lookup(newKey.key, { personalId: p1.personalId })).statusCode, 200);
    const revoke = await t.app.inject({ method: 'POST', url: `/api/access/agreements/keys/${newKey.id}/revoke`, headers: as('admin'), payload: { reason: 'Nghi lộ khóa' } });
    assert.equal(revoke.statusCode, 204);
    assert.equal((await lookup(newKey.key, { personalId: p1.personalId })).statusCode, 401);

    const short = await agreement({ validUntil: '2026-06-16T00:00:00.000Z' });
    assert.equal((await lookup(short.key, { socialInsuranceNo: p2.socialInsuranceNo })).statusCode, 200);
    clock.advance(24 * 3_600_000);
    const expired = await lookup(short.key, { socialInsuranceNo: p2.socialInsuranceNo });
    assert.equal(expired.statusCode, 401, 'past validity');
    assert.equal(expired.json<{ code: string }>().code, 'KHIEN_ACCESS_API_KEY_INVALID');
  });

  test('rate limit per minute and daily volume cap', async () => {
    const ag = await agreement({ ratePerMinute: 3, dailyRecordLimit: 2 });
    assert.equal((await lookup(ag.key, { personalId: p1.personalId })).statusCode, 200);
    assert.equal((await lookup(ag.key, { cardCode: p2.cardCode })).statusCode, 200);
    const over = await lookup(ag.key, { personalId: p3.personalId });
    assert.equal(over.statusCode, 429);
    assert.equal(over.json<{ code: string }>().code, 'KHIEN_ACCESS_API_VOLUME_EXCEEDED');
    assert.ok(!over.body.includes(p3.fullName));
    assert.equal(lastAccess().outcome, 'deny');
    assert.equal(lastAccess().reason, 'DENY_VOLUME_CAP');
    const rate = await lookup(ag.key, { personalId: p3.personalId });
    assert.equal(rate.statusCode, 429);
    assert.equal(rate.json<{ code: string }>().code, 'KHIEN_ACCESS_API_RATE_LIMITED');
    const retryAfter = Number(rate.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After: ${String(rate.headers['retry-after'])}`);
    assert.equal(rate.headers['x-ratelimit-limit'], '3');
    assert.equal(rate.headers['x-ratelimit-remaining'], '0');
    clock.advance(24 * 3_600_000);
    assert.equal((await lookup(ag.key, { personalId: p3.personalId })).statusCode, 200, 'a new day, a new minute');
  });
});
