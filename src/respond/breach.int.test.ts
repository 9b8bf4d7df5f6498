import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createManualClock } from '../platform/clock.ts';
import type { AdminEvent } from '../events/types.ts';
import { createRespondTestApp, type RespondTestApp } from './respond-test-helpers.ts';
import { Form08Schema } from './form-08.ts';
import { createAjv } from './ajv-test-helper.ts';
import { STIX_BUNDLE_SCHEMA, STIX_OBJECT_SCHEMAS } from './stix-schemas.ts';
import { completeDetails } from './form-08.fixture.ts';
import type { CaseDetail } from './case-presenter.ts';

const clock = createManualClock('2026-03-02T02:00:00.000Z');
let t: RespondTestApp;
let caseId = '';

before(async () => {
  t = await createRespondTestApp(clock);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: t.as('officerHn'),
    payload: { title: 'Lộ dữ liệu người tham gia', severity: 'medium', unitId: 'P01-L1', detectedAt: '2026-03-02T00:00:00.000Z' },
  });
  caseId = res.json().id;
});
after(async () => {
  await t?.close();
});

const url = (suffix = ''): string => `/api/cases/${caseId}${suffix}`;
const detail = async (): Promise<CaseDetail> => (await t.app.inject({ method: 'GET', url: url(), headers: t.as('officerHn') })).json();
const escalationEvents = (): AdminEvent[] => t.recorder.events.filter((e): e is AdminEvent => e.kind === 'admin' && e.action === 'respond.breach.escalated');

test('breach routes refuse non-breach cases, outsiders and bad input', async () => {
  assert.equal((await t.app.inject({ method: 'GET', url: url('/breach/form-08.json') })).statusCode, 401);
  const notBreach = await t.app.inject({ method: 'GET', url: url('/breach/form-08.json'), headers: t.as('officerHn') });
  assert.equal(notBreach.statusCode, 409);
  assert.equal(notBreach.json().code, 'KHIEN_RESPOND_NOT_A_BREACH');
  const other = await t.app.inject({ method: 'POST', url: url('/breach'), headers: t.as('officerHcm'), payload: {} });
  assert.equal(other.json().code, 'KHIEN_RESPOND_CASE_NOT_FOUND');
  const future = await t.app.inject({ method: 'POST', url: url('/breach'), headers: t.as('officerHn'), payload: { detectedAt: '2026-03-03T00:00:00Z' } });
  assert.equal(future.json().code, 'KHIEN_RESPOND_DETECTED_IN_FUTURE');
  assert.equal((await detail()).personalDataBreach, false);
});

test('marking a breach starts the 72-hour clock from detection and shows the time left', async () => {
  const res = await t.app.inject({ method: 'POST', url: url('/breach'), headers: t.as('officerHn'), payload: {} });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().deadlineAt, '2026-03-05T00:00:00.000Z');
  assert.equal(res.json().remaining, '70:00');
  const again = await t.app.inject({ method: 'POST', url: url('/breach'), headers: t.as('officerHn'), payload: {} });
  assert.equal(again.json().code, 'KHIEN_RESPOND_ALREADY_BREACH');
  const d = await detail();
  assert.equal(d.personalDataBreach, true);
  assert.equal(d.severity, 'high', 'a breach is at least high severity');
  assert.equal(d.retainUntil, '2031-03-02T00:00:00.000Z');
  assert.equal(d.breach!.clock.nextEscalationAt, '2026-03-03T00:00:00.000Z');
});

test('the sweep escalates at 24, 48 and 66 hours, once each, and notifies the central team', async () => {
  assert.deepEqual(await t.respond.breach.sweep(), []);
  clock.set('2026-03-03T00:00:00.000Z'); // 24 h
  assert.deepEqual((await t.respond.breach.sweep()).map((e) => e.thresholdHours), [24]);
  assert.deepEqual(await t.respond.breach.sweep(), [], 'idempotent');
  clock.set('2026-03-04T18:30:00.000Z'); // 66.5 h: 48 and 66 together
  const [a, b] = await Promise.all([t.respond.breach.sweep(), t.respond.breach.sweep()]);
  assert.deepEqual([...a, ...b].map((e) => e.thresholdHours).sort(), [48, 66], 'concurrent sweeps record each threshold once');
  const d = await detail();
  assert.deepEqual(d.breach!.escalations.map((e: { thresholdHours: number }) => e.thresholdHours), [24, 48, 66]);
  assert.equal(d.timeline.filter((e: { action: string }) => e.action === 'breach.escalated').length, 3);
  assert.equal(d.breach!.clock.remaining, '05:30');
  assert.deepEqual(escalationEvents().map((e) => (e.after as { thresholdHours: number }).thresholdHours).sort(), [24, 48, 66]);
  assert.equal(escalationEvents()[0]!.actor.type, 'system');
  const inbox = (await t.app.inject({ method: 'GET', url: '/api/respond/notifications', headers: t.as('central') })).json();
  for (const kind of ['breach.marked', 'breach.escalated.24h', 'breach.escalated.48h', 'breach.escalated.66h']) {
    assert.ok(inbox.some((n: { kind: string; caseId: string }) => n.kind === kind && n.caseId === caseId), kind);
  }
});

test('Form 08: incomplete content lists the missing fields; complete content gives schema-valid JSON and a Vietnamese PDF', async () => {
  const h = t.as('officerHn');
  const bad = await t.app.inject({ method: 'PUT', url: url('/breach/details'), headers: h, payload: { dataSubjects: { total: -1 } } });
  assert.equal(bad.statusCode, 400);
  const partial = await t.app.inject({ method: 'PUT', url: url('/breach/details'), headers: h, payload: { place: 'BHXH tỉnh Hà Nội' } });
  assert.equal(partial.statusCode, 200);
  const incomplete = await t.app.inject({ method: 'GET', url: url('/breach/form-08.json'), headers: h });
  assert.equal(incomplete.statusCode, 409);
  assert.equal(incomplete.json().code, 'KHIEN_RESPOND_FORM08_INCOMPLETE');
  assert.ok(incomplete.json().details.missing.includes('responsiblePerson.name'));
  assert.ok(!incomplete.json().details.missing.includes('violation.place'));

  const { occurredAt: _o, ...rest } = completeDetails;
  const full = await t.app.inject({ method: 'PUT', url: url('/breach/details'), headers: h, payload: { ...rest, occurredAt: '2026-03-01T20:00:00.000Z' } });
  assert.equal(full.statusCode, 200, full.body);
  const json = await t.app.inject({ method: 'GET', url: url('/breach/form-08.json'), headers: h });
  assert.equal(json.statusCode, 200, json.body);
  const validate = createAjv().compile(Form08Schema);
  assert.ok(validate(json.json()), JSON.stringify(validate.errors));
  assert.equal(json.json().violation.detectedAt, '2026-03-02T00:00:00.000Z');
  assert.equal(json.json().violation.dataSubjects.total, 12345);
  assert.match(json.json().caseReference, /^VV-2026-\d{6}$/);

  const pdf = await t.app.inject({ method: 'GET', url: url('/breach/form-08.pdf'), headers: h });
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  if (!spawnSync('pdftotext', ['-v']).error) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-form08-'));
    try {
      fs.writeFileSync(path.join(dir, 'f.pdf'), pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const s of ['THÔNG BÁO VI PHẠM QUY ĐỊNH VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN', 'Thời gian phát hiện: 07:00 ngày 02/03/2026', '12.345', '1.234.567', 'Trần Thị Hương']) {
        assert.ok(text.includes(s), `PDF contains «${s}»`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const timeline = (await detail()).timeline.map((e: { action: string }) => e.action);
  assert.ok(timeline.includes('breach.details_updated') && timeline.includes('breach.form08_generated'));
  const detailsEvent = t.recorder.events.find((e) => e.kind === 'admin' && e.action === 'respond.breach.details_updated')!;
  assert.ok(!JSON.stringify(detailsEvent).includes('Trần Thị Hương'), 'the event names fields, not values');
});

test('closing before submission is refused; only the central team records the submission, which stops the clock', async () => {
  const close = await t.app.inject({ method: 'PATCH', url: url(), headers: t.as('officerHn'), payload: { status: 'closed' } });
  assert.equal(close.statusCode, 409);
  assert.equal(close.json().code, 'KHIEN_RESPOND_BAD_TRANSITION');
  const officer = await t.app.inject({ method: 'POST', url: url('/breach/submission'), headers: t.as('officerHn'), payload: { channel: 'portal', reference: 'A05-2026-0001' } });
  assert.equal(officer.statusCode, 403);
  assert.equal(officer.json().code, 'KHIEN_RESPOND_CENTRAL_ONLY');
  const badChannel = await t.app.inject({ method: 'POST', url: url('/breach/submission'), headers: t.as('central'), payload: { channel: 'fax', reference: 'x' } });
  assert.equal(badChannel.statusCode, 400);

  const ok = await t.app.inject({ method: 'POST', url: url('/breach/submission'), headers: t.as('central'), payload: { channel: 'portal', reference: 'A05-2026-0001' } });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().stopped, true);
  assert.equal(ok.json().remaining, '05:30');
  const twice = await t.app.inject({ method: 'POST', url: url('/breach/submission'), headers: t.as('central'), payload: { channel: 'portal', reference: 'again' } });
  assert.equal(twice.json().code, 'KHIEN_RESPOND_ALREADY_SUBMITTED');
  const locked = await t.app.inject({ method: 'PUT', url: url('/breach/details'), headers: t.as('officerHn'), payload: { place: 'x' } });
  assert.equal(locked.json().code, 'KHIEN_RESPOND_ALREADY_SUBMITTED');

  clock.set('2026-03-06T00:00:00.000Z'); // past 72 h: a stopped clock never escalates
  assert.deepEqual(await t.respond.breach.sweep(), []);
  const d = await detail();
  assert.equal(d.breach!.submission!.channel, 'portal');
  assert.equal(d.breach!.submission!.reference, 'A05-2026-0001');
  assert.equal(d.breach!.submission!.by, t.cast.central.accountId);
  assert.match(d.breach!.submission!.digest ?? '', /^[0-9a-f]{64}$/);
  assert.equal(d.breach!.clock.remaining, '05:30', 'frozen');
  const ev = t.recorder.events.find((e) => e.kind === 'admin' && e.action === 'respond.breach.submitted') as AdminEvent;
  assert.equal((ev.after as { late: boolean }).late, false);
});

test('notices to affected persons are tracked with a status', async () => {
  const h = t.as('officerHn');
  const persons = ['0a0a0a0a-1111-4111-8111-000000000001', '0a0a0a0a-1111-4111-8111-000000000002'];
  const add = await t.app.inject({ method: 'POST', url: url('/breach/notices'), headers: h, payload: { personIds: [...persons, persons[0]], channel: 'vssid' } });
  assert.equal(add.statusCode, 201);
  assert.equal(add.json().added, 2);
  assert.equal((await t.app.inject({ method: 'POST', url: url('/breach/notices'), headers: h, payload: { personIds: persons, channel: 'sms' } })).json().added, 0);
  const [n1] = (await detail()).breach!.notices;
  assert.equal(n1!.status, 'pending');
  const upd = await t.app.inject({ method: 'PATCH', url: url(`/breach/notices/${n1!.id}`), headers: h, payload: { status: 'sent', reference: 'VSSID-MSG-1' } });
  assert.equal(upd.statusCode, 200);
  const notices = (await detail()).breach!.notices;
  assert.equal(notices.find((n) => n.id === n1!.id)!.status, 'sent');
  assert.ok(!JSON.stringify(t.recorder.events).includes(persons[1]!), 'person ids stay out of the events');
});

test('a closed breach is kept five years after remediation; deletion is refused until then', async () => {
  const close = await t.app.inject({ method: 'PATCH', url: url(), headers: t.as('officerHn'), payload: { status: 'closed' } });
  assert.equal(close.statusCode, 200, close.body);
  assert.equal(close.json().retainUntil, '2031-03-06T00:00:00.000Z');
  const del = await t.app.inject({ method: 'DELETE', url: url(), headers: t.as('central') });
  assert.equal(del.statusCode, 409);
  assert.equal(del.json().code, 'KHIEN_RESPOND_RETENTION');
  assert.match(del.json().message.vi, /2031-03-06/);
  assert.ok(t.recorder.events.some((e) => e.kind === 'admin' && e.action === 'respond.case.deleted' && e.outcome === 'failure'));
  assert.equal((await t.app.inject({ method: 'GET', url: url(), headers: t.as('central') })).statusCode, 200);
});

test('STIX export of the period: central team only, valid bundle', async () => {
  const officer = await t.app.inject({ method: 'GET', url: '/api/respond/stix?since=2026-03-01T00:00:00Z', headers: t.as('officerHn') });
  assert.equal(officer.json().code, 'KHIEN_RESPOND_CENTRAL_ONLY');
  await t.respond.openCaseFromAlert({ id: 'al-x', ruleId: 'KH-SCRAPE-01', severity: 'high', accountId: 'acc-1', unitId: 'P01', evidenceEventIds: ['e'], time: '2026-03-05T23:00:00Z', ip: '10.9.8.7' });
  const res = await t.app.inject({ method: 'GET', url: '/api/respond/stix?since=2026-03-01T00:00:00Z', headers: t.as('central') });
  assert.equal(res.statusCode, 200, res.body);
  const bundle = res.json<{ objects: Array<{ type: string; labels?: string[] }> }>();
  const ajv = createAjv();
  assert.ok(ajv.validate(STIX_BUNDLE_SCHEMA, bundle), JSON.stringify(ajv.errors));
  for (const o of bundle.objects) assert.ok(ajv.validate(STIX_OBJECT_SCHEMAS[o.type]!, o), `${o.type}: ${JSON.stringify(ajv.errors)}`);
  const incidents = bundle.objects.filter((o) => o.type === 'incident');
  assert.equal(incidents.length, 2);
  assert.ok(incidents.some((i) => i.labels?.includes('personal-data-breach')));
  assert.ok(bundle.objects.some((o) => o.type === 'sighting'));
});

test('after five years the record may be deleted', async () => {
  clock.set('2031-03-06T00:00:01.000Z');
  const del = await t.app.inject({ method: 'DELETE', url: url(), headers: t.as('central') });
  assert.equal(del.statusCode, 200, del.body);
  assert.equal((await t.app.inject({ method: 'GET', url: url(), headers: t.as('central') })).statusCode, 404);
});
