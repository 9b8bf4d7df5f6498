import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AccessEvent } from '../events/types.ts';
import type { Role } from '../actors/roles.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { makeStaffActor, seedPerson, type SeededPerson } from './access-test-support.ts';
import type { AccessSettings } from './access-context.ts';
import { identifyExport } from './identify-export.ts';
import { runIdentifyExport } from './access.cli.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const recorder = createMemoryRecorder();
const actors = new Map<string, Actor>();
let t: TestApp;
const people: SeededPerson[] = [];
let outsider: SeededPerson;

async function staff(key: string, unitId: string, roles: Role[]): Promise<StaffWithSession> {
  const s = await createStaffWithSession(t.app, { unitId, roles: roles.map((role) => ({ role, validUntil: new Date('2027-01-01T00:00:00Z') })) });
  actors.set(key, makeStaffActor({ accountId: s.accountId, staffId: s.staffId, unitId, provinceCode: unitId.slice(1, 3), roles: roles.map((role) => ({ role, unitId, validUntil: '2027-01-01T00:00:00.000Z' })) }));
  return s;
}
const as = (key: string) => ({ 'x-test-actor': key });
const accessEvents = (): AccessEvent[] => recorder.events.filter((e): e is AccessEvent => e.kind === 'access');

async function assignExport(head: string, assignee: string): Promise<void> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/access/assignments', headers: as(head),
    payload: {
      documentNo: '55/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: assignee, purpose: 'contribution_collection',
      categories: ['identity', 'contact', 'address', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view', 'export'],
      validFrom: '2026-06-15T00:00:00.000Z', validUntil: '2026-09-01T00:00:00.000Z',
    },
  });
  assert.equal(res.statusCode, 201, res.body);
}
const request = (key: string, ids: string[], format: 'csv' | 'xlsx' = 'csv') =>
  t.app.inject({
    method: 'POST', url: '/api/access/exports', headers: as(key),
    payload: { personIds: ids, purpose: 'contribution_collection', categories: ['identity', 'employment', 'sensitive'], format, recipientName: 'Phòng Quản lý thu BHXH Hà Nội', reason: 'Đối chiếu danh sách nợ đóng quý II' },
  });

describe('bulk export: four eyes, canary, one download', () => {
  before(async () => {
    t = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
    (t.app.khien.access.ctx.settings as { -readonly [K in keyof AccessSettings]: AccessSettings[K] }).exportApprovalThreshold = 2;
    await staff('head', 'P01', ['unit_head']);
    await staff('head79', 'P79', ['unit_head']);
    const clerk = await staff('clerk', 'P01-L1', ['staff']);
    const deputy = await staff('deputy', 'P01-L1', ['unit_head']);
    await assignExport('head', clerk.accountId);
    await assignExport('head', deputy.accountId);
    for (let i = 0; i < 3; i++) people.push(await seedPerson(t.app.khien.database.db, { provinceCode: '01' }));
    outsider = await seedPerson(t.app.khien.database.db, { provinceCode: '79' });
  });
  after(async () => {
    await t.close();
  });

  test('a selection with a record outside the assignment is refused like not-found, and recorded', async () => {
    const res = await request('clerk', [people[0]!.id, outsider.id]);
    assert.equal(res.statusCode, 404);
    assert.equal(accessEvents().at(-1)!.outcome, 'deny');
    assert.equal(accessEvents().at(-1)!.reason, 'DENY_OUT_OF_SCOPE');
  });

  test('above the threshold: approval by a second person with authority, self-approval refused, one download', async () => {
    const res = await request('clerk', people.map((p) => p.id));
    assert.equal(res.statusCode, 201, res.body);
    const req = res.json<{ id: string; requestNo: string; status: string; categories: string[] }>();
    assert.equal(req.status, 'pending');
    assert.deepEqual(req.categories, ['identity', 'employment'], 'only categories the assignment covers');
    const early = await t.app.inject({ method: 'GET', url: `/api/access/exports/${req.id}/download`, headers: as('clerk') });
    assert.equal(early.json<{ code: string }>().code, 'KHIEN_ACCESS_EXPORT_UNAVAILABLE');

    const byClerk = await t.app.inject({ method: 'POST', url: `/api/access/exports/${req.id}/approve`, headers: as('clerk'), payload: { note: 'tự duyệt' } });
    assert.equal(byClerk.statusCode, 403);
    const byOtherProvince = await t.app.inject({ method: 'POST', url: `/api/access/exports/${req.id}/approve`, headers: as('head79'), payload: { note: 'duyệt' } });
    assert.equal(byOtherProvince.statusCode, 404);
    const ok = await t.app.inject({ method: 'POST', url: `/api/access/exports/${req.id}/approve`, headers: as('head'), payload: { note: 'Đồng ý' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json<{ status: string }>().status, 'approved');

    const stranger = await t.app.inject({ method: 'GET', url: `/api/access/exports/${req.id}/download`, headers: as('head') });
    assert.equal(stranger.statusCode, 404, 'only the requester downloads');
    const before = accessEvents().length;
    const file = await t.app.inject({ method: 'GET', url: `/api/access/exports/${req.id}/download`, headers: as('clerk') });
    assert.equal(file.statusCode, 200, file.body);
    assert.match(String(file.headers['content-type']), /text\/csv/);
    const text = file.body;
    assert.ok(text.includes('Phòng Quản lý thu BHXH Hà Nội') && text.includes(req.requestNo), 'visible header');
    for (const p of people) {
      assert.ok(text.includes(p.personalId) && text.includes(String(p.salary)));
      assert.ok(!text.includes(p.phone), 'contact was not requested');
    }
    const events = accessEvents().slice(before);
    assert.equal(events.length, 3, 'every record recorded as read');
    for (const e of events) {
      assert.equal(e.action, 'export');
      assert.deepEqual(e.grant, { type: 'export_request', id: req.id });
    }
    const found = await identifyExport(t.app.khien.database.db, Buffer.from(text));
    assert.deepEqual(found.map((f) => [f.requestNo, f.evidence]), [[req.requestNo, 'decoy_row']]);
    // A fragment holding one decoy row is enough.
    const decoyLine = text.split('\n').find((l) => !people.some((p) => l.includes(p.personalId)) && /^\d{12},/.test(l));
    assert.ok(decoyLine, 'decoy rows are woven in');
    assert.equal((await identifyExport(t.app.khien.database.db, Buffer.from(decoyLine)))[0]?.requestNo, req.requestNo);

    const again = await t.app.inject({ method: 'GET', url: `/api/access/exports/${req.id}/download`, headers: as('clerk') });
    assert.equal(again.statusCode, 410);
  });

  test('a unit head cannot approve their own request', async () => {
    const res = await request('deputy', people.map((p) => p.id));
    const id = res.json<{ id: string }>().id;
    const self = await t.app.inject({ method: 'POST', url: `/api/access/exports/${id}/approve`, headers: as('deputy'), payload: { note: 'tự duyệt' } });
    assert.equal(self.json<{ code: string }>().code, 'KHIEN_ACCESS_EXPORT_SELF_APPROVAL');
    const reject = await t.app.inject({ method: 'POST', url: `/api/access/exports/${id}/reject`, headers: as('head'), payload: { note: 'Không cần thiết' } });
    assert.equal(reject.json<{ status: string }>().status, 'rejected');
    const dl = await t.app.inject({ method: 'GET', url: `/api/access/exports/${id}/download`, headers: as('deputy') });
    assert.equal(dl.statusCode, 410);
  });

  test('small XLSX exports need no second person, expire after the window, and carry a hidden canary', async () => {
    const stale = (await request('clerk', [people[0]!.id], 'xlsx')).json<{ id: string; status: string }>();
    assert.equal(stale.status, 'approved');
    const res = (await request('clerk', [people[1]!.id, people[2]!.id], 'xlsx')).json<{ id: string; requestNo: string }>();
    const file = await t.app.inject({ method: 'GET', url: `/api/access/exports/${res.id}/download`, headers: as('clerk') });
    assert.equal(file.statusCode, 200);
    const bytes = file.rawPayload;
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    const found = await identifyExport(t.app.khien.database.db, bytes);
    assert.deepEqual(found.map((f) => [f.requestNo, f.evidence]), [[res.requestNo, 'workbook_property']]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-export-'));
    const out: string[] = [];
    fs.writeFileSync(path.join(dir, 'leak.xlsx'), bytes);
    assert.equal(await runIdentifyExport(path.join(dir, 'leak.xlsx'), { database: t.app.khien.database, config: t.app.khien.config, write: (s) => out.push(s) }), 0);
    assert.match(out.join(''), new RegExp(res.requestNo));
    fs.rmSync(dir, { recursive: true, force: true });

    clock.advance(25 * 3_600_000);
    const late = await t.app.inject({ method: 'GET', url: `/api/access/exports/${stale.id}/download`, headers: as('clerk') });
    assert.equal(late.statusCode, 410);
  });
});
