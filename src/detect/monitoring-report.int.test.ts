import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

function staffActor(role: Role, unitId: string): StaffActor {
  return {
    type: 'staff', accountId: crypto.randomUUID(), staffId: crypto.randomUUID(), username: 'CBTEST01', unitId, provinceCode: unitId.slice(1, 3),
    roles: [{ role, unitId, validUntil: '2030-01-01T00:00:00.000Z' }], sessionId: crypto.randomUUID(), deviceId: 'd', deviceRegistered: true, mfa: true, mustChangePassword: false,
  };
}

const actors = new Map<string, Actor>([
  ['head', staffActor('unit_head', 'P01')],
  ['officer', staffActor('security_officer', 'P01')],
  ['hcm', staffActor('security_officer', 'P79')],
  ['central', staffActor('central_security_admin', 'VSS')],
  ['clerk', staffActor('staff', 'P01-L1')],
]);

test('monitoring report: refusals first, then the figures of a unit and period, and the PDF in Vietnamese (pdftotext)', async () => {
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
    leak('P01-L1', '2026-03-02T02:00:00.000Z');
    leak('P79-L1', '2026-03-02T02:10:00.000Z');
    await app.khien.detect.alerts.flush();
    const req = (method: 'GET' | 'POST', url: string, who?: string, payload?: unknown) =>
      app.inject({ method, url, payload: payload as object | undefined, headers: who ? { 'x-test-actor': who } : {} });
    const q = '?unitId=P01&from=2026-02-28T17:00:00.000Z&to=2026-03-02T17:00:00.000Z'; // 01–02/03 in Vietnam

    assert.equal((await req('GET', `/api/security/monitoring-report${q}`)).statusCode, 401);
    assert.equal((await req('GET', `/api/security/monitoring-report${q}`, 'clerk')).statusCode, 403);
    assert.equal((await req('GET', '/api/security/monitoring-report?unitId=p01', 'head')).statusCode, 400);
    const other = await req('GET', `/api/security/monitoring-report${q}`, 'hcm');
    assert.equal(other.statusCode, 404, 'another province\u2019s unit is not found');
    assert.equal(other.json().code, 'KHIEN_DETECT_UNIT_NOT_FOUND');
    assert.equal((await req('GET', `/api/security/monitoring-report${q.replace('from=2026-02-28', 'from=2026-03-05')}`, 'head')).statusCode, 400);

    const [alert] = (await req('GET', '/api/alerts?unitId=P01-L1', 'officer')).json().items;
    const v = await req('POST', `/api/alerts/${alert.id}/verification`, 'officer', { findings: 'Đã xác minh', conclusion: 'no_violation', measures: 'Nhắc nhở cán bộ' });
    assert.equal(v.statusCode, 201);

    clock.advance(2 * 3_600_000);
    const report = (await req('GET', `/api/security/monitoring-report${q}`, 'head')).json();
    assert.equal(report.unit.id, 'P01');
    assert.equal(report.alerts.total, 1, 'only the P01 subtree');
    assert.equal(report.alerts.bySeverity.high, 1);
    assert.equal(report.verified.total, 1);
    assert.equal(report.verified.byConclusion.no_violation, 1);
    assert.equal(report.abnormalAccounts.total, 1);
    assert.equal(report.overdueReviews.stillOpen, 1, 'the high alert was due within the hour');
    assert.equal((await req('GET', `/api/security/monitoring-report${q.replace('P01', 'P79')}`, 'central')).json().alerts.total, 1);

    const pdf = await req('GET', `/api/security/monitoring-report.pdf${q}`, 'head');
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'khien-report-')), 'report.pdf');
    writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(text, /BÁO CÁO GIÁM SÁT AN NINH, AN TOÀN DỮ LIỆU/);
    assert.match(text, /Từ ngày 01\/03\/2026 đến ngày 02\/03\/2026/);
    assert.match(text, /Cảnh báo đã được đơn vị xác minh/);
    assert.match(text, /Không có vi phạm: 1/);
    assert.match(text, /Tài khoản có dấu hiệu bất thường/);
    assert.ok(recorder.events.some((e) => e.kind === 'admin' && e.action === 'monitoring_report.export'), 'the export is recorded');
  } finally {
    await close();
  }
});
