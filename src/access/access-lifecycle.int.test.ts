import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AccessEvent, AdminEvent } from '../events/types.ts';
import type { Role } from '../actors/roles.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { applyHrEvent } from '../auth/hr/hr-events.ts';
import { SYSTEM_ORIGIN } from '../auth/auth-events.ts';
import { accessNotifications, assignments } from './access.schema.ts';
import { makeStaffActor, seedPerson, type SeededPerson } from './access-test-support.ts';
import { sweepOverdueBreakGlass } from './break-glass.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const recorder = createMemoryRecorder();
const actors = new Map<string, Actor>();
let t: TestApp;
let p1: SeededPerson;
let p2: SeededPerson;

/** A staff member with a DB account, acting through the test resolver (so that time can move past sessions). */
async function staff(key: string, unitId: string, roles: Role[]): Promise<StaffWithSession> {
  const s = await createStaffWithSession(t.app, { unitId, roles: roles.map((role) => ({ role, validUntil: new Date('2027-01-01T00:00:00Z') })) });
  actors.set(key, makeStaffActor({ accountId: s.accountId, staffId: s.staffId, unitId, provinceCode: unitId.slice(1, 3), roles: roles.map((role) => ({ role, unitId, validUntil: '2027-01-01T00:00:00.000Z' })) }));
  return s;
}
const as = (key: string) => ({ 'x-test-actor': key });
const at = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
const lastAccess = (): AccessEvent => recorder.events.filter((e): e is AccessEvent => e.kind === 'access').at(-1)!;

async function assign(head: string, assignee: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/access/assignments', headers: as(head),
    payload: {
      documentNo: '77/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: assignee, purpose: 'benefit_settlement',
      categories: ['identity', 'contact', 'address'], scope: { provinces: ['01'] }, actions: ['search', 'view'],
      validFrom: at(-1), validUntil: at(24 * 30), ...body,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ assignmentId: string }>().assignmentId;
}
const view = (key: string, p: SeededPerson, purpose = 'benefit_settlement') =>
  t.app.inject({ method: 'GET', url: `/api/registry/persons/${p.id}?purpose=${purpose}`, headers: as(key) });

describe('assignment validity, HR exit and break-glass over time', () => {
  before(async () => {
    t = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
    await staff('head', 'P01', ['unit_head']);
    await staff('officer', 'P01', ['security_officer']);
    p1 = await seedPerson(t.app.khien.database.db, { provinceCode: '01' });
    p2 = await seedPerson(t.app.khien.database.db, { provinceCode: '01' });
  });
  after(async () => {
    await t.close();
  });

  test('an assignment works only between valid-from and valid-until', async () => {
    const s = await staff('timed', 'P01-L1', ['staff']);
    await assign('head', s.accountId, { validFrom: at(1), validUntil: at(3) });
    assert.equal((await view('timed', p1)).statusCode, 404);
    assert.equal(lastAccess().reason, 'DENY_NOT_YET_VALID');
    clock.advance(2 * 3_600_000);
    assert.equal((await view('timed', p1)).statusCode, 200);
    clock.advance(2 * 3_600_000);
    const expired = await view('timed', p1);
    assert.equal(expired.statusCode, 404);
    assert.ok(!expired.body.includes(p1.fullName));
    assert.equal(lastAccess().reason, 'DENY_EXPIRED');
    assert.equal(lastAccess().outcome, 'deny');
  });

  test('a transferred staff member loses access mid-session, in the HR transaction', async () => {
    const s = await staff('mover', 'P01-L1', ['staff']);
    await assign('head', s.accountId);
    assert.equal((await view('mover', p1)).statusCode, 200);
    const session = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${p1.id}?purpose=benefit_settlement`, headers: s.headers });
    assert.equal(session.statusCode, 200, 'the real session works before the transfer');
    await applyHrEvent(t.app.khien.auth.ctx, { type: 'system', name: 'test' }, { staffId: s.staffId, kind: 'transfer', effectiveOn: '2026-06-15', newUnitId: 'P79' }, SYSTEM_ORIGIN);
    const gone = await view('mover', p1);
    assert.equal(gone.statusCode, 404);
    assert.ok(!gone.body.includes(p1.fullName));
    assert.equal(lastAccess().reason, 'DENY_NO_ASSIGNMENT');
    const rows = await t.app.khien.database.db.select().from(assignments).where(eq(assignments.assigneeAccountId, s.accountId));
    assert.deepEqual(rows.map((r) => `${r.status}:${r.endReason}`), ['ended:hr.transfer']);
    const sessionAfter = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${p1.id}?purpose=benefit_settlement`, headers: s.headers });
    assert.ok([401, 404].includes(sessionAfter.statusCode));
    assert.ok(!sessionAfter.body.includes(p1.fullName));
  });

  test('break-glass: one record, flagged, notified, short-lived, reviewed; overdue reviews are reported once', async () => {
    await staff('nurse', 'P01-L2', ['staff']);
    const denied = await view('nurse', p1);
    assert.equal(denied.statusCode, 404);
    const open = (person: SeededPerson, justification = 'Người tham gia đang chờ tại quầy, phân công chưa ký') =>
      t.app.inject({ method: 'POST', url: '/api/access/break-glass', headers: as('nurse'), payload: { personId: person.id, purpose: 'benefit_settlement', reason: 'citizen_at_counter', justification } });
    assert.equal((await open(p1, 'ngắn')).statusCode, 400, 'a written justification is required');
    const res = await open(p1);
    assert.equal(res.statusCode, 201, res.body);
    const grant = res.json<{ id: string; expiresAt: string; reviewDueAt: string }>();
    assert.equal(Date.parse(grant.expiresAt) - clock.now().getTime(), 30 * 60_000);
    assert.equal(Date.parse(grant.reviewDueAt) - clock.now().getTime(), 24 * 3_600_000);
    const notes = await t.app.khien.database.db.select().from(accessNotifications).where(eq(accessNotifications.refId, grant.id));
    assert.deepEqual(notes.map((n) => `${n.recipientRole}@${n.recipientUnitId}`).sort(), ['security_officer@P01', 'unit_head@P01-L2']);

    const ok = await view('nurse', p1);
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(lastAccess().grant, { type: 'break_glass', id: grant.id });
    assert.equal((await view('nurse', p2)).statusCode, 404, 'one record only');
    const upd = await t.app.inject({ method: 'PATCH', url: `/api/registry/persons/${p1.id}/contact`, headers: as('nurse'), payload: { purpose: 'benefit_settlement', reason: 'Thử cập nhật', phone: '0900000000' } });
    assert.equal(upd.statusCode, 404, 'viewing only');

    const officerInbox = await t.app.inject({ method: 'GET', url: '/api/access/break-glass/pending', headers: as('officer') });
    assert.deepEqual(officerInbox.json<{ grants: Array<{ id: string }> }>().grants.map((g) => g.id), [grant.id]);
    const selfReview = await t.app.inject({ method: 'POST', url: `/api/access/break-glass/${grant.id}/review`, headers: as('nurse'), payload: { outcome: 'justified', note: 'Tự duyệt' } });
    assert.equal(selfReview.statusCode, 403);
    const review = await t.app.inject({ method: 'POST', url: `/api/access/break-glass/${grant.id}/review`, headers: as('officer'), payload: { outcome: 'justified', note: 'Đã xác minh tại quầy' } });
    assert.equal(review.statusCode, 200, review.body);
    assert.equal((await view('nurse', p1)).statusCode, 404, 'the review ends the grant');
    const twice = await t.app.inject({ method: 'POST', url: `/api/access/break-glass/${grant.id}/review`, headers: as('officer'), payload: { outcome: 'justified', note: 'Lần hai' } });
    assert.equal(twice.json<{ code: string }>().code, 'KHIEN_ACCESS_BREAK_GLASS_REVIEWED');

    const second = (await open(p2)).json<{ id: string }>();
    clock.advance(31 * 60_000);
    assert.equal((await view('nurse', p2)).statusCode, 404, 'expired after 30 minutes');
    assert.equal(await sweepOverdueBreakGlass(t.app.khien.access.ctx), 0);
    clock.advance(24 * 3_600_000);
    assert.equal(await sweepOverdueBreakGlass(t.app.khien.access.ctx), 1);
    assert.equal(await sweepOverdueBreakGlass(t.app.khien.access.ctx), 0, 'reported once');
    const overdue = recorder.events.filter((e): e is AdminEvent => e.kind === 'admin' && e.action === 'break_glass.overdue');
    assert.deepEqual(overdue.map((e) => e.target.id), [second.id]);
  });

  test('break-glass is refused when an assignment already covers the record', async () => {
    const s = await staff('covered', 'P01-L1', ['staff']);
    await assign('head', s.accountId, { validFrom: at(-1), validUntil: at(24) });
    const res = await t.app.inject({ method: 'POST', url: '/api/access/break-glass', headers: as('covered'), payload: { personId: p1.id, purpose: 'benefit_settlement', reason: 'other', justification: 'Đã có phân công nhưng vẫn thử mở khẩn cấp' } });
    assert.equal(res.json<{ code: string }>().code, 'KHIEN_ACCESS_BREAK_GLASS_NOT_NEEDED');
  });
});
