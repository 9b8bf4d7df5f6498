import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createManualClock } from '../platform/clock.ts';
import { queryRows } from '../db/client.ts';
import type { AdminEvent } from '../events/types.ts';
import { isAddressBlocked } from './breach.repo.ts';
import { createRespondTestApp, type RespondTestApp } from './respond-test-helpers.ts';
import type { ContainmentRequest } from './respond.types.ts';

const clock = createManualClock('2026-03-02T02:00:00.000Z');
let t: RespondTestApp;

before(async () => {
  t = await createRespondTestApp(clock);
});
after(async () => {
  await t?.close();
});

const countCases = async (): Promise<number> =>
  Number((await queryRows<{ n: number }>(t.app.khien.database.db, sql`select count(*)::int as n from respond_cases`))[0]!.n);
const adminEvents = (): AdminEvent[] => t.recorder.events.filter((e): e is AdminEvent => e.kind === 'admin');

test('401 without an actor, for every kind of route', async () => {
  for (const [method, url] of [['GET', '/api/cases'], ['POST', '/api/cases'], ['GET', '/api/respond/on-duty?unitId=P01'], ['GET', '/api/respond/stix?since=2026-01-01T00:00:00Z']] as const) {
    const res = await t.app.inject({ method, url, payload: method === 'POST' ? { title: 'x', severity: 'low', unitId: 'P01' } : undefined });
    assert.equal(res.statusCode, 401, url);
    assert.equal(res.json().code, 'KHIEN_AUTH_UNAUTHENTICATED');
    assert.ok(res.json().message.vi && res.json().message.en);
  }
  assert.equal(adminEvents().filter((e) => e.action === 'respond.access_denied' && e.reason === 'KHIEN_AUTH_UNAUTHENTICATED').length, 4);
  assert.equal(await countCases(), 0);
});

test('400 per bad field, nothing written', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ title: 'x', severity: 'urgent', unitId: 'P01' }, 'body.severity'],
    [{ title: '', severity: 'low', unitId: 'P01' }, 'body.title'],
    [{ title: 'x', severity: 'low', unitId: 'P01', detectedAt: 'yesterday' }, 'body.detectedAt'],
    [{ title: 'x', severity: 'low', unitId: 'P01', extra: 1 }, 'body'],
  ];
  for (const [payload, field] of cases) {
    const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: t.as('officerHn'), payload });
    assert.equal(res.statusCode, 400, JSON.stringify(payload));
    assert.equal(res.json().code, 'KHIEN_COMMON_VALIDATION');
    assert.ok(JSON.stringify(res.json().details).includes(field), `${field} in ${JSON.stringify(res.json().details)}`);
  }
  const unknownUnit = await t.app.inject({ method: 'POST', url: '/api/cases', headers: t.as('central'), payload: { title: 'x', severity: 'low', unitId: 'NOPE' } });
  assert.equal(unknownUnit.statusCode, 400);
  assert.equal(unknownUnit.json().code, 'KHIEN_RESPOND_UNKNOWN_UNIT');
  const future = await t.app.inject({ method: 'POST', url: '/api/cases', headers: t.as('officerHn'), payload: { title: 'x', severity: 'low', unitId: 'P01', detectedAt: '2027-01-01T00:00:00Z' } });
  assert.equal(future.json().code, 'KHIEN_RESPOND_DETECTED_IN_FUTURE');
  const bad = await t.app.inject({ method: 'GET', url: '/api/cases/not-a-uuid', headers: t.as('officerHn') });
  assert.equal(bad.statusCode, 400);
  assert.equal(await countCases(), 0);
});

test('403 for staff without a responder role, citizens, and units outside the scope', async () => {
  for (const who of ['clerk', 'citizen'] as const) {
    const res = await t.app.inject({ method: 'GET', url: '/api/cases', headers: t.as(who) });
    assert.equal(res.statusCode, 403, who);
    assert.equal(res.json().code, 'KHIEN_AUTH_FORBIDDEN');
  }
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: t.as('officerHcm'), payload: { title: 'x', severity: 'low', unitId: 'P01-L1' } });
  assert.equal(res.statusCode, 403);
  assert.equal(res.json().code, 'KHIEN_RESPOND_FORBIDDEN_UNIT');
  const roster = await t.app.inject({ method: 'POST', url: '/api/respond/roster', headers: t.as('officerHcm'), payload: { unitId: 'P01', accountId: t.cast.officerHn.accountId, startsAt: '2026-03-02T00:00:00Z', endsAt: '2026-03-02T12:00:00Z' } });
  assert.equal(roster.json().code, 'KHIEN_RESPOND_FORBIDDEN_UNIT');
  assert.equal(await countCases(), 0);
  const denied = adminEvents().filter((e) => e.action === 'respond.access_denied');
  assert.deepEqual(
    denied.slice(-4).map((e) => `${e.actor.type}:${e.reason}:${e.target.id}`),
    [
      'staff:KHIEN_AUTH_FORBIDDEN:GET /api/cases',
      'citizen:KHIEN_AUTH_FORBIDDEN:GET /api/cases',
      'staff:KHIEN_RESPOND_FORBIDDEN_UNIT:POST /api/cases',
      'staff:KHIEN_RESPOND_FORBIDDEN_UNIT:POST /api/respond/roster',
    ],
    'every denial is audited',
  );
  assert.ok(denied.every((e) => e.outcome === 'failure'));
});

test('roster: who is on duty for a unit now — nearest unit first, then the central team', async () => {
  const none = await t.app.inject({ method: 'GET', url: '/api/respond/on-duty?unitId=P01-L2', headers: t.as('officerHn') });
  assert.equal(none.statusCode, 404);
  assert.equal(none.json().code, 'KHIEN_RESPOND_NOBODY_ON_DUTY');
  const bad = await t.app.inject({ method: 'POST', url: '/api/respond/roster', headers: t.as('officerHn'), payload: { unitId: 'P01', accountId: t.cast.officerHn.accountId, startsAt: '2026-03-02T12:00:00Z', endsAt: '2026-03-02T00:00:00Z' } });
  assert.equal(bad.json().code, 'KHIEN_RESPOND_BAD_ROSTER_WINDOW');
  const add = async (who: 'officerHn' | 'central', unitId: string, accountId: string, startsAt: string, endsAt: string): Promise<void> => {
    const res = await t.app.inject({ method: 'POST', url: '/api/respond/roster', headers: t.as(who), payload: { unitId, accountId, startsAt, endsAt } });
    assert.equal(res.statusCode, 201, res.body);
  };
  await add('officerHn', 'P01', t.cast.officerHn.accountId, '2026-03-01T18:00:00Z', '2026-03-02T06:00:00Z');
  await add('central', 'VSS-CNTT', t.cast.central.accountId, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z');
  const hn = await t.app.inject({ method: 'GET', url: '/api/respond/on-duty?unitId=P01-L2', headers: t.as('officerHn') });
  assert.equal(hn.statusCode, 200);
  assert.equal(hn.json()[0].accountId, t.cast.officerHn.accountId);
  assert.equal(hn.json()[0].rosterUnitId, 'P01');
  const hcm = await t.app.inject({ method: 'GET', url: '/api/respond/on-duty?unitId=P79', headers: t.as('central') });
  assert.equal(hcm.json()[0].accountId, t.cast.central.accountId, 'falls back to the central team');
  const list = await t.app.inject({ method: 'GET', url: '/api/respond/roster?from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z', headers: t.as('officerHn') });
  assert.equal(list.json().length, 1, 'an officer sees only windows in their scope');
  assert.ok(adminEvents().some((e) => e.action === 'respond.roster.add'));
});

test('a case by hand: assigned to the officer on duty; tasks, notes, observables and containment all on the timeline and in the audit', async () => {
  const suspended: ContainmentRequest[] = [];
  t.respond.connectPorts({ suspendAccount: async (req) => { suspended.push(req); } });
  const open = await t.app.inject({ method: 'POST', url: '/api/cases', headers: t.as('officerHn'), payload: { title: 'Truy cập bất thường', severity: 'medium', unitId: 'P01-L2' } });
  assert.equal(open.statusCode, 201, open.body);
  const c = open.json();
  assert.match(c.reference, /^VV-2026-\d{6}$/);
  assert.equal(c.assigneeAccountId, t.cast.officerHn.accountId);
  const id = c.id as string;
  const h = t.as('officerHn');

  const task = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/tasks`, headers: h, payload: { title: 'Thu thập nhật ký VPN' } });
  assert.equal(task.statusCode, 201);
  assert.equal((await t.app.inject({ method: 'PATCH', url: `/api/cases/${id}/tasks/${task.json().id}`, headers: h, payload: { status: 'done' } })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'PATCH', url: `/api/cases/${id}/tasks/00000000-0000-4000-8000-000000000000`, headers: h, payload: { status: 'done' } })).json().code, 'KHIEN_RESPOND_TASK_NOT_FOUND');
  assert.equal((await t.app.inject({ method: 'POST', url: `/api/cases/${id}/notes`, headers: h, payload: { text: 'Đã liên hệ trưởng phòng' } })).statusCode, 201);
  const obs = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/observables`, headers: h, payload: { type: 'ip', value: '203.0.113.7' } });
  assert.equal(obs.json().added, true);
  assert.equal((await t.app.inject({ method: 'POST', url: `/api/cases/${id}/observables`, headers: h, payload: { type: 'ip', value: '203.0.113.7' } })).json().added, false);

  const account = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const ok = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/containment`, headers: h, payload: { action: 'suspend_account', targetId: account, reason: 'Nghi cho mượn tài khoản' } });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(suspended.length, 1);
  assert.equal(suspended[0]!.targetId, account);
  assert.equal(suspended[0]!.caseId, id);
  assert.equal(suspended[0]!.actor.accountId, t.cast.officerHn.accountId);

  const missing = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/containment`, headers: h, payload: { action: 'revoke_device', targetId: 'dev-9', reason: 'Thiết bị lạ' } });
  // The device port is wired to the identity module, which does not know this device: a recorded failure.
  assert.equal(missing.statusCode, 502);
  assert.equal(missing.json().code, 'KHIEN_RESPOND_CONTAINMENT_FAILED');

  const block = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/containment`, headers: h, payload: { action: 'block_address', targetId: '203.0.113.7', reason: 'Nguồn truy cập lạ' } });
  assert.equal(block.statusCode, 200);
  assert.equal(await isAddressBlocked(t.app.khien.database.db, '203.0.113.7', clock.now()), true);

  const detail = (await t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: h })).json();
  assert.equal(detail.status, 'in_progress', 'containment moves an open case to in progress');
  assert.deepEqual(
    detail.timeline.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`),
    [
      'opened:success',
      'task.added:success',
      'task.done:success',
      'note.added:success',
      'observable.added:success',
      'containment.suspend_account:success',
      'containment.revoke_device:failure',
      'containment.block_address:success',
    ],
  );
  assert.deepEqual(detail.observables.map((o: { type: string }) => o.type).sort(), ['account', 'ip']);
  const actions = adminEvents().filter((e) => e.target.id === id || (e.after as { caseId?: string } | undefined)?.caseId === id).map((e) => `${e.action}:${e.outcome}`);
  for (const a of ['respond.case.opened:success', 'respond.task.added:success', 'respond.note.added:success', 'respond.containment.suspend_account:success', 'respond.containment.revoke_device:failure', 'respond.containment.block_address:success']) {
    assert.ok(actions.includes(a), `${a} in ${actions.join(', ')}`);
  }
  const note = adminEvents().find((e) => e.action === 'respond.note.added')!;
  assert.ok(!JSON.stringify(note).includes('trưởng phòng'), 'note text stays out of the audit event');
});

test('scope: another province sees not-found; the central team sees everything', async () => {
  const [mine] = (await t.app.inject({ method: 'GET', url: '/api/cases', headers: t.as('officerHn') })).json();
  const other = await t.app.inject({ method: 'GET', url: `/api/cases/${mine.id}`, headers: t.as('officerHcm') });
  assert.equal(other.statusCode, 404);
  assert.equal(other.json().code, 'KHIEN_RESPOND_CASE_NOT_FOUND');
  assert.ok(adminEvents().some((e) => e.action === 'respond.access_denied' && e.actor.accountId === t.cast.officerHcm.accountId && e.reason === 'KHIEN_RESPOND_CASE_NOT_FOUND'));
  const contain = await t.app.inject({ method: 'POST', url: `/api/cases/${mine.id}/containment`, headers: t.as('officerHcm'), payload: { action: 'block_address', targetId: '198.51.100.1', reason: 'x' } });
  assert.equal(contain.statusCode, 404);
  assert.equal(await isAddressBlocked(t.app.khien.database.db, '198.51.100.1', clock.now()), false);
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/cases', headers: t.as('officerHcm') })).json().length, 0);
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/cases/${mine.id}`, headers: t.as('central') })).statusCode, 200);
});

test('openCaseFromAlert: idempotent per alert, observables from the evidence, unknown units go to the central team', async () => {
  const alert = {
    id: 'alert-lend-1',
    ruleId: 'KH-LEND-01',
    ruleName: { vi: 'Tài khoản dùng trên hai thiết bị', en: 'Account used on two devices' },
    severity: 'high' as const,
    accountId: '11111111-2222-4333-8444-555555555555',
    unitId: 'P01-L1',
    evidenceEventIds: ['e1', 'e2'],
    time: '2026-03-02T01:59:00.000Z',
    ip: '10.1.2.3',
    deviceId: 'dev-42',
  };
  const first = await t.respond.openCaseFromAlert(alert);
  const again = await t.respond.openCaseFromAlert(alert);
  assert.equal(first.created, true);
  assert.equal(again.created, false);
  assert.equal(again.case.id, first.case.id);
  assert.equal(first.case.assigneeAccountId, t.cast.officerHn.accountId);
  assert.equal(first.case.detectedAt, alert.time);
  const detail = (await t.app.inject({ method: 'GET', url: `/api/cases/${first.case.id}`, headers: t.as('officerHn') })).json();
  assert.deepEqual(detail.observables.map((o: { type: string }) => o.type).sort(), ['account', 'device', 'ip']);
  assert.deepEqual(detail.alerts[0].evidenceEventIds, ['e1', 'e2']);
  const orphan = await t.respond.openCaseFromAlert({ ...alert, id: 'alert-2', unitId: 'GONE' });
  assert.equal(orphan.case.unitId, 'VSS-CNTT');
});

test('openCaseFromCitizenReport: opens for the officer on duty, or notifies the central team when nobody is', async () => {
  const person = '99999999-8888-4777-8666-555555555555';
  const hn = await t.respond.openCaseFromCitizenReport({ personId: person, auditSeq: 1234, unitId: 'P01-L3', note: 'Tôi không nhận ra truy cập này' });
  assert.equal(hn.origin, 'citizen_report');
  assert.equal(hn.assigneeAccountId, t.cast.officerHn.accountId);
  clock.advance(5 * 3_600_000); // 07:00 UTC: the Hà Nội window ended; only the central roster remains
  const later = await t.respond.openCaseFromCitizenReport({ personId: person, auditSeq: 1235, unitId: 'P01-L3', note: null });
  assert.equal(later.assigneeAccountId, t.cast.central.accountId);
  const ev = adminEvents().filter((e) => e.action === 'respond.case.opened' && (e.after as { origin?: string }).origin === 'citizen_report');
  assert.equal(ev.length, 2);
  assert.equal(ev[0]!.actor.type, 'system');
  assert.ok(!JSON.stringify(t.recorder.events).includes(person), 'the person id stays out of the events');
  assert.ok(!JSON.stringify(t.recorder.events).includes('không nhận ra truy cập này'), 'the citizen note stays out of the events');
  const inbox = await t.app.inject({ method: 'GET', url: '/api/respond/notifications', headers: t.as('officerHn') });
  assert.ok(inbox.json().some((n: { caseId: string }) => n.caseId === hn.id));
});

test('case count: 401, 403 for a clerk, 400 for a bad filter, then the scoped total of the list with its filters', async () => {
  const count = (query: string, who?: 'officerHn' | 'officerHcm' | 'central' | 'clerk') => t.app.inject({ method: 'GET', url: `/api/cases/count${query}`, headers: who ? t.as(who) : {} });
  assert.equal((await count('')).statusCode, 401);
  const clerk = await count('', 'clerk');
  assert.equal(clerk.statusCode, 403);
  assert.equal(clerk.json().code, 'KHIEN_AUTH_FORBIDDEN');
  assert.equal((await count('?status=lost', 'officerHn')).statusCode, 400);
  assert.equal((await count('?limit=5', 'officerHn')).statusCode, 400, 'no paging on a count');
  for (const who of ['officerHn', 'officerHcm', 'central'] as const) {
    for (const query of ['', '?breach=true', '?breach=false', '?status=open']) {
      const list = (await t.app.inject({ method: 'GET', url: `/api/cases${query}${query ? '&' : '?'}limit=200`, headers: t.as(who) })).json<unknown[]>();
      assert.equal((await count(query, who)).json().total, list.length, `${who} ${query}`);
    }
  }
  assert.ok((await count('', 'officerHn')).json().total > 0);
  assert.equal((await count('', 'officerHcm')).json().total, 0, 'the other province sees none of Hà Nội’s cases');
  assert.equal((await count('', 'central')).json().total, await countCases());
});
