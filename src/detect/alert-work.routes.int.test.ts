import { test } from 'node:test';
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

function staffActor(role: Role | null, unitId: string): StaffActor {
  return {
    type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'CBTEST01', unitId, provinceCode: unitId.slice(1, 3),
    roles: role ? [{ role, unitId, validUntil: '2030-01-01T00:00:00.000Z' }] : [], sessionId: crypto.randomUUID(), deviceId: 'd', deviceRegistered: true, mfa: true, mustChangePassword: false,
  };
}

const officer = staffActor('security_officer', 'P01');
const hcmOfficer = staffActor('security_officer', 'P79');
const central = staffActor('central_security_admin', 'VSS');
const clerk = staffActor('staff', 'P01-L1');
const actors = new Map<string, Actor>([['officer', officer], ['hcm', hcmOfficer], ['central', central], ['clerk', clerk]]);

test('alert work: context and verification reports — 401/403/400/404 first, then the report recorded and visible to the central team', async () => {
  const bus = createEventBus();
  const recorder = createMemoryRecorder(bus);
  const clock = createManualClock('2026-03-02T03:00:00.000Z');
  const { app, close } = await createTestApp({}, clock, { bus, recorder, extraResolvers: [headerActorResolver(actors)] });
  try {
    await ensureReferenceData(app.khien.database.db);
    const leak = (unitId: string, time: string): void => {
      const accountId = crypto.randomUUID();
      bus.publish(authEvent(accountId, time, { action: 'password_leaked', unitId }));
      bus.publish(authEvent(accountId, time, { unitId, source: { ip: '203.0.113.9', deviceId: `dev-${accountId}`, deviceRegistered: true } }));
    };
    leak('P01-L1', '2026-03-02T03:00:00.000Z');
    await app.khien.detect.alerts.flush();
    const req = (method: 'GET' | 'POST', url: string, who?: string, payload?: unknown) =>
      app.inject({ method, url, payload: payload as object | undefined, headers: who ? { 'x-test-actor': who } : {} });
    const [alert] = (await req('GET', '/api/alerts', 'central')).json().items;
    assert.ok(alert);
    const report = { findings: 'Đã xác minh với cán bộ: mật khẩu bị lộ qua thư giả mạo', conclusion: 'violation_confirmed', measures: 'Đổi mật khẩu, nhắc nhở' };

    assert.equal((await req('GET', `/api/alerts/${alert.id}/context`)).statusCode, 401);
    assert.equal((await req('GET', `/api/alerts/${alert.id}/context`, 'clerk')).statusCode, 403);
    assert.equal((await req('POST', `/api/alerts/${alert.id}/verification`, 'clerk', report)).statusCode, 403);
    const bad = await req('POST', `/api/alerts/${alert.id}/verification`, 'officer', { ...report, conclusion: 'maybe' });
    assert.equal(bad.statusCode, 400);
    const out = await req('POST', `/api/alerts/${alert.id}/verification`, 'hcm', report);
    assert.equal(out.statusCode, 404, 'another province: not found');
    assert.equal(out.json().code, 'KHIEN_DETECT_ALERT_NOT_FOUND');
    assert.equal((await req('GET', '/api/alert-verifications', 'central')).json().total, 0, 'nothing written by refusals');

    const made = await req('POST', `/api/alerts/${alert.id}/verification`, 'officer', report);
    assert.equal(made.statusCode, 201);
    assert.equal(made.json().conclusion, 'violation_confirmed');
    assert.equal(made.json().unitId, 'P01-L1');
    const ev = recorder.events.find((e) => e.kind === 'admin' && e.action === 'alert.verification');
    assert.ok(ev, 'the report is audited');
    assert.doesNotMatch(JSON.stringify(ev), /thư giả mạo/, 'the event carries no report text');

    const ctx = (await req('GET', `/api/alerts/${alert.id}/context`, 'central')).json();
    assert.equal(ctx.verifications.length, 1);
    assert.equal(ctx.caseId, null);
    assert.ok(Array.isArray(ctx.devices) && Array.isArray(ctx.assignments) && Array.isArray(ctx.recentActivity));
    const list = (await req('GET', '/api/alert-verifications?unitId=P01-L1', 'central')).json();
    assert.equal(list.total, 1);
    assert.equal((await req('GET', '/api/alert-verifications', 'hcm')).json().total, 0, 'scoped to the officer\u2019s subtree');
  } finally {
    await close();
  }
});
