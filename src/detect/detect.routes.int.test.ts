import { test } from 'node:test';
import { ALL_RULES } from './rules/index.ts';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import { createEventBus } from '../events/bus.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import { createManualClock } from '../platform/clock.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import { authEvent } from './test-events.ts';
import { createIngestToken } from './ingest/ingest-tokens.ts';

function staffActor(role: Role | null, unitId: string): StaffActor {
  return {
    type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'CBTEST01', unitId, provinceCode: unitId.slice(1, 3),
    roles: role ? [{ role, unitId, validUntil: '2030-01-01T00:00:00.000Z' }] : [], sessionId: crypto.randomUUID(), deviceId: 'd', deviceRegistered: true, mfa: true, mustChangePassword: false,
  };
}

const officer = staffActor('security_officer', 'P01');
const central = staffActor('central_security_admin', 'VSS');
const clerk = staffActor('staff', 'P01-L1');
const actors = new Map<string, Actor>([['officer', officer], ['central', central], ['clerk', clerk]]);

async function setup() {
  const bus = createEventBus();
  const recorder = createMemoryRecorder(bus);
  const clock = createManualClock('2026-03-02T03:00:00.000Z');
  const t = await createTestApp({}, clock, { bus, recorder, extraResolvers: [headerActorResolver(actors)] });
  await ensureReferenceData(t.app.khien.database.db);
  // A leaked password used from outside the agency's networks (the leak alone is a weak signal, KHIEN-R025).
  const leak = (unitId: string, minute: number) => {
    const accountId = crypto.randomUUID();
    const time = new Date(Date.parse('2026-03-02T03:00:00Z') + minute * 60_000).toISOString();
    bus.publish(authEvent(accountId, time, { action: 'password_leaked', unitId }));
    bus.publish(authEvent(accountId, time, { unitId, source: { ip: '203.0.113.9', deviceId: `dev-${accountId}`, deviceRegistered: true } }));
  };
  leak('P01-L1', 0);
  leak('P79-L1', 1);
  bus.publish(authEvent(null, '2026-03-02T03:02:00.000Z', { action: 'vpn_connect', username: 'ghost', source: { system: 'vpn-hn-01' }, unitId: null }));
  await t.app.khien.detect.alerts.flush();
  return { ...t, bus, recorder, clock };
}

test('alert routes: 401 without an actor, 403 without a security role, scoped lists, evidence, triage', async () => {
  const { app, close, recorder, clock } = await setup();
  try {
    const get = (url: string, who?: string) => app.inject({ method: 'GET', url, headers: who ? { 'x-test-actor': who } : {} });
    assert.equal((await get('/api/alerts')).json().code, 'KHIEN_AUTH_UNAUTHENTICATED');
    assert.equal((await get('/api/alerts')).statusCode, 401);
    const forbidden = await get('/api/alerts', 'clerk');
    assert.equal(forbidden.statusCode, 403);
    assert.equal(forbidden.json().code, 'KHIEN_AUTH_FORBIDDEN');
    assert.equal((await get('/api/alerts?limit=5000', 'officer')).statusCode, 400);
    assert.equal((await get('/api/alerts?severity=extreme', 'officer')).statusCode, 400);

    const mine = (await get('/api/alerts', 'officer')).json();
    assert.equal(mine.total, 1, 'the P01 officer sees only the P01 subtree');
    assert.equal(mine.items[0].unitId, 'P01-L1');
    const all = (await get('/api/alerts', 'central')).json();
    assert.equal(all.total, 3, 'the central admin sees every unit and unit-less alerts');
    assert.equal((await get('/api/alerts?ruleId=KHIEN-R005', 'central')).json().total, 1);

    const hcm = all.items.find((a: { unitId: string | null }) => a.unitId === 'P79-L1');
    assert.equal((await get(`/api/alerts/${hcm.id}`, 'officer')).statusCode, 404, 'out of scope looks like not found');
    const detail = (await get(`/api/alerts/${mine.items[0].id}`, 'officer')).json();
    assert.equal(detail.alert.ruleId, 'KHIEN-R007');
    assert.equal(detail.alert.ruleName.en, 'Leaked credential');
    assert.equal(detail.evidence.length, 1);
    assert.equal(detail.evidence[0].summary.action, 'signin');
    assert.equal(detail.alert.dueAt, '2026-03-02T04:00:00.000Z', 'high severity: one hour to acknowledge');

    const triage = (id: string, body: unknown, who = 'officer') => app.inject({ method: 'POST', url: `/api/alerts/${id}/triage`, headers: { 'x-test-actor': who }, payload: body as object });
    const id = mine.items[0].id as string;
    assert.equal((await triage(id, { status: 'closed' })).statusCode, 400);
    assert.equal((await triage(id, { status: 'false_positive' })).json().code, 'KHIEN_DETECT_REASON_REQUIRED');
    assert.equal((await triage(id, { status: 'acknowledged' }, 'clerk')).statusCode, 403);
    assert.equal((await triage(hcm.id, { status: 'acknowledged' })).statusCode, 404);
    assert.equal(recorder.events.filter((e) => e.kind === 'admin' && e.action !== 'detect.access_denied').length, 0, 'no admin event for refused triage');

    const ack = await triage(id, { status: 'acknowledged' });
    assert.equal(ack.statusCode, 200);
    assert.equal(ack.json().alert.status, 'acknowledged');
    const fp = await triage(id, { status: 'false_positive', reason: 'Mật khẩu đã đổi trước khi có danh sách lộ' });
    assert.equal(fp.json().alert.triage.reason, 'Mật khẩu đã đổi trước khi có danh sách lộ');
    const again = await triage(id, { status: 'escalated' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'KHIEN_DETECT_BAD_TRANSITION');
    const admin = recorder.events.filter((e) => e.kind === 'admin' && e.action === 'alert.triage');
    assert.equal(admin.length, 2);

    // Monitoring: counts, riskiest accounts, overdue after the target time.
    clock.advance(3 * 3_600_000);
    const sum = await get('/api/monitoring/summary?bucket=hour', 'central');
    assert.equal(sum.statusCode, 200);
    const s = sum.json();
    assert.equal(s.totals.alerts, 3);
    assert.equal(s.totals.bySeverity.high, 3);
    assert.equal(s.buckets[0].byRule['KHIEN-R007'], 2);
    assert.equal(s.riskiestAccounts.length, 1, 'the false positive and the unit-less VPN alert do not count');
    assert.equal(s.overdue.length, 2);
    assert.equal((await get('/api/monitoring/summary?from=2026-03-03T00:00:00Z&to=2026-03-02T00:00:00Z', 'central')).json().code, 'KHIEN_DETECT_BAD_RANGE');
    assert.equal((await get('/api/monitoring/summary', 'clerk')).statusCode, 403);
    const overdue = (await get('/api/alerts?overdue=true', 'central')).json();
    assert.equal(overdue.total, 2);

    const rules = await get('/api/detect/rules', 'officer');
    assert.deepEqual(rules.json().map((r: { id: string }) => r.id), ALL_RULES.map((r) => r.id), 'every rule of the catalogue, in order');
    assert.equal(rules.json().find((r: { id: string }) => r.id === 'KHIEN-R019').suspends, true);
  } finally {
    await close();
  }
});

test('JSON ingestion: token required, batches capped at 1,000, lines accepted or rejected and kept', async () => {
  const { app, close, clock, recorder } = await setup();
  try {
    const { token } = await createIngestToken(app.khien.database.db, clock, 'tiep-nhan-ho-so');
    const post = (payload: unknown, auth?: string) =>
      app.inject({ method: 'POST', url: '/api/ingest/events', headers: auth ? { authorization: `Bearer ${auth}` } : {}, payload: payload as object });
    const noToken = await post({ events: [{}] });
    assert.equal(noToken.statusCode, 401);
    assert.equal(noToken.json().code, 'KHIEN_DETECT_INGEST_UNAUTHENTICATED');
    assert.equal((await post({ events: [{}] }, 'khien_ing_wrong')).statusCode, 401);
    assert.equal((await post({ events: [] }, token)).statusCode, 400);
    assert.equal((await post({ events: Array.from({ length: 1001 }, () => ({})) }, token)).statusCode, 400);
    const badJson = await app.inject({ method: 'POST', url: '/api/ingest/events', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: '{bad' });
    assert.equal(badJson.json().code, 'KHIEN_COMMON_BAD_JSON');

    const before = recorder.events.length;
    const res = await post({
      events: [
        { time: '2026-03-02T02:59:00Z', type: 'vpn_connect', user: 'vpn.nobody', host: 'vpn-hn-01', ip: '203.0.113.5', mfa: false },
        { time: '2026-03-02T02:59:30Z', type: 'report.export', user: 'CB0001', attributes: { rows: 1200 } },
        '<134>1 2026-03-02T09:59:40+07:00 app-02 hs - - - event=login user=CB0002 result=ok',
        { type: 'signin', user: 'CB0003' },
        'this is not anything',
      ],
    }, token);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { accepted: 3, rejected: 2, rejections: [{ index: 3, reason: 'BAD_TIMESTAMP' }, { index: 4, reason: 'BAD_JSON' }] });
    const ingested = recorder.events.slice(before);
    const [first, second] = ingested;
    assert.equal(first?.kind === 'auth' && first.source.system, 'vpn-hn-01');
    assert.equal(second?.kind === 'external' && second.system, 'tiep-nhan-ho-so');
    await app.khien.detect.alerts.flush();
    const alerts = (await app.inject({ method: 'GET', url: '/api/alerts?ruleId=KHIEN-R005', headers: { 'x-test-actor': 'central' } })).json();
    assert.equal(alerts.total, 2, 'the ingested VPN login of an unknown VPN account raised R005');

    const rej = await app.inject({ method: 'GET', url: '/api/ingest/rejected', headers: { 'x-test-actor': 'central' } });
    assert.equal(rej.statusCode, 200);
    assert.equal(rej.json().total, 2);
    assert.equal(rej.json().counters['http.rejected'], 2);
    assert.ok(rej.json().items.some((r: { line: string; source: string }) => r.line === 'this is not anything' && r.source === 'tiep-nhan-ho-so'));
    assert.equal((await app.inject({ method: 'GET', url: '/api/ingest/rejected', headers: { 'x-test-actor': 'officer' } })).statusCode, 403);
  } finally {
    await close();
  }
});
