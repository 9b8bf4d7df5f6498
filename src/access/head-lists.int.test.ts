/**
 * The unit head's lists (issue 12): the unit's assignments filtered by staff, status and expiry; export
 * requests (mine / my units) with names; break-glass by identifier and the review list with the grantee named;
 * four eyes on export approval. Scoped to the caller's unit subtree.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createManualClock } from '../platform/clock.ts';
import type { Role } from '../actors/roles.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { makeStaffActor, seedPerson, type SeededPerson } from './access-test-support.ts';
import type { AccessSettings } from './access-context.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const actors = new Map<string, Actor>();
let t: TestApp;
let clerk: StaffWithSession;
let deputy: StaffWithSession;
const people: SeededPerson[] = [];
let outsider: SeededPerson;

async function staff(key: string, unitId: string, roles: Role[]): Promise<StaffWithSession> {
  const s = await createStaffWithSession(t.app, { unitId, roles: roles.map((role) => ({ role, validUntil: new Date('2027-01-01T00:00:00Z') })) });
  actors.set(key, makeStaffActor({ accountId: s.accountId, staffId: s.staffId, unitId, provinceCode: unitId.slice(1, 3), roles: roles.map((role) => ({ role, unitId, validUntil: '2027-01-01T00:00:00.000Z' })) }));
  return s;
}
const as = (key: string) => ({ 'x-test-actor': key });
const get = (key: string, url: string) => t.app.inject({ method: 'GET', url, headers: as(key) });

async function assign(head: string, assignee: string, validUntil: string): Promise<void> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/access/assignments', headers: as(head),
    payload: {
      documentNo: '56/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: assignee, purpose: 'contribution_collection',
      categories: ['identity', 'contact'], scope: { provinces: ['01'] }, actions: ['search', 'view', 'export'],
      validFrom: '2026-06-15T00:00:00.000Z', validUntil,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
}
const requestExport = (key: string) =>
  t.app.inject({
    method: 'POST', url: '/api/access/exports', headers: as(key),
    payload: { personIds: people.map((p) => p.id), purpose: 'contribution_collection', categories: ['identity'], format: 'csv', recipientName: 'Phòng Quản lý thu', reason: 'Đối chiếu danh sách nợ đóng quý II' },
  });

interface Page<T> { items: T[]; total: number }
interface AssignmentItem { assignmentId: string; assignee: { username: string }; signer: { username: string }; validUntil: string }
interface ExportItem { id: string; status: string; requester: { username: string; fullName: string }; reason: string }

describe('unit head lists', () => {
  before(async () => {
    t = await createTestApp({}, clock, { extraResolvers: [headerActorResolver(actors)] });
    (t.app.khien.access.ctx.settings as { -readonly [K in keyof AccessSettings]: AccessSettings[K] }).exportApprovalThreshold = 1;
    await staff('head', 'P01', ['unit_head']);
    await staff('head79', 'P79', ['unit_head']);
    clerk = await staff('clerk', 'P01-L1', ['staff']);
    deputy = await staff('deputy', 'P01-L1', ['unit_head']);
    await staff('lone', 'P01-L1', ['staff']);
    await assign('head', clerk.accountId, '2026-09-01T00:00:00.000Z');
    await assign('head', deputy.accountId, '2026-06-25T00:00:00.000Z');
    for (let i = 0; i < 2; i++) people.push(await seedPerson(t.app.khien.database.db, { provinceCode: '01' }));
    outsider = await seedPerson(t.app.khien.database.db, { provinceCode: '79' });
  });
  after(async () => {
    await t.close();
  });

  test('assignments: a staff member is refused; the head sees the unit subtree, filtered by staff and expiry; another province sees none', async () => {
    assert.equal((await get('clerk', '/api/access/assignments')).statusCode, 403);
    const all = (await get('head', '/api/access/assignments')).json<Page<AssignmentItem>>();
    assert.equal(all.total, 2);
    assert.equal(all.items[0]!.assignee.username, deputy.username, 'soonest ending first');
    const soon = (await get('head', '/api/access/assignments?endingWithinDays=30')).json<Page<AssignmentItem>>();
    assert.deepEqual(soon.items.map((a) => a.assignee.username), [deputy.username]);
    const byStaff = (await get('head', `/api/access/assignments?assignee=${clerk.accountId}&status=active`)).json<Page<AssignmentItem>>();
    assert.deepEqual(byStaff.items.map((a) => a.assignee.username), [clerk.username]);
    assert.equal((await get('head', '/api/access/assignments?status=ended')).json<Page<AssignmentItem>>().total, 0);
    assert.equal((await get('head79', '/api/access/assignments')).json<Page<AssignmentItem>>().total, 0);
    assert.equal((await get('head', '/api/access/assignments?limit=1')).json<Page<AssignmentItem>>().items.length, 1);
  });

  test('exports: mine for the requester, unit for the head (named), another province none; four eyes on one\'s own', async () => {
    const filed = await requestExport('clerk');
    assert.equal(filed.statusCode, 201, filed.body);
    const mine = (await get('clerk', '/api/access/exports?scope=mine')).json<Page<ExportItem>>();
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0]!.status, 'pending');
    assert.equal((await get('clerk', '/api/access/exports?scope=unit')).statusCode, 403);
    const unit = (await get('head', '/api/access/exports?scope=unit&status=pending')).json<Page<ExportItem>>();
    assert.equal(unit.items[0]!.requester.username, clerk.username);
    assert.equal(unit.items[0]!.reason, 'Đối chiếu danh sách nợ đóng quý II');
    assert.equal((await get('head79', '/api/access/exports?scope=unit')).json<Page<ExportItem>>().total, 0);
    assert.equal((await get('head', '/api/access/exports?scope=unit&status=approved')).json<Page<ExportItem>>().total, 0);

    const own = await requestExport('deputy');
    assert.equal(own.statusCode, 201, own.body);
    const self = await t.app.inject({ method: 'POST', url: `/api/access/exports/${own.json<{ id: string }>().id}/approve`, headers: as('deputy'), payload: { note: 'Tự duyệt' } });
    assert.equal(self.statusCode, 403);
    assert.equal(self.json<{ code: string }>().code, 'KHIEN_ACCESS_EXPORT_SELF_APPROVAL');
    assert.equal((await get('head', '/api/access/exports?scope=unit&status=pending')).json<Page<ExportItem>>().total, 2);
  });

  test('break-glass by an identifier, exactly one key; the review list names the grantee', async () => {
    const body = { purpose: 'contribution_collection', reason: 'citizen_at_counter', justification: 'Người tham gia đang chờ tại quầy, cần đối chiếu' };
    const both = await t.app.inject({ method: 'POST', url: '/api/access/break-glass', headers: as('lone'), payload: { ...body, personalId: outsider.personalId, socialInsuranceNo: outsider.socialInsuranceNo } });
    assert.equal(both.statusCode, 400);
    const nobody = await t.app.inject({ method: 'POST', url: '/api/access/break-glass', headers: as('lone'), payload: { ...body, personalId: '001999999999' } });
    assert.equal(nobody.statusCode, 404);
    const opened = await t.app.inject({ method: 'POST', url: '/api/access/break-glass', headers: as('lone'), payload: { ...body, personalId: outsider.personalId } });
    assert.equal(opened.statusCode, 201, opened.body);
    assert.equal(opened.json<{ personId: string }>().personId, outsider.id);
    const pending = (await get('head', '/api/access/break-glass/pending')).json<{ grants: Array<{ grantee: { username: string } }> }>();
    assert.ok(pending.grants.some((g) => g.grantee.username !== ''));
  });
});
