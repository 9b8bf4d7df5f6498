import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { makeStaff } from '../seed/test-factories.ts';
import { breaches } from '../respond/respond.schema.ts';
import { drills } from './govern.schema.ts';
import { dedicatedOfficerCheck, quarterlyMeetingCheck } from './team.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';
import { eq } from 'drizzle-orm';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
before(async () => {
  t = await createGovernTestApp(clock);
});
after(async () => t.close());

const post = (who: Parameters<GovernTestApp['as']>[0], url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: t.as(who) });
const get = (who: Parameters<GovernTestApp['as']>[0], url: string) => t.app.inject({ method: 'GET', url, headers: t.as(who) });

test('quarterly check and dedicated-officer check by hand', () => {
  assert.deepEqual(quarterlyMeetingCheck(2026, [{ heldOn: '2026-02-10' }, { heldOn: '2026-08-01' }, { heldOn: '2025-11-01' }], '2026-05-01'), [
    { quarter: 1, meetings: 1, due: true, ok: true },
    { quarter: 2, meetings: 0, due: true, ok: false },
    { quarter: 3, meetings: 1, due: false, ok: true },
    { quarter: 4, meetings: 0, due: false, ok: true },
  ]);
  const out = dedicatedOfficerCheck(
    [{ id: 'P01', name: 'HN' }, { id: 'P79', name: 'HCM' }],
    [
      { unitId: 'P01-L1', dedicated: true, joinedOn: '2026-01-01', leftOn: null },
      { unitId: 'P79', dedicated: true, joinedOn: '2026-01-01', leftOn: '2026-06-01' },
      { unitId: 'P79', dedicated: false, joinedOn: '2026-01-01', leftOn: null },
    ],
    (u) => u.slice(0, 3),
    '2026-12-05',
  );
  assert.deepEqual(out.map((o) => [o.unitId, o.dedicatedOfficers, o.members, o.status]), [['P01', 1, 1, 'green'], ['P79', 0, 1, 'red']]);
});

test('members: refused outside the scope, for plain staff, and for staff of another unit; nothing written', async () => {
  const s = await makeStaff(t.app.khien.database.db, { unitId: 'P01' });
  const body = { staffId: s.id, unitId: 'P01', teamRole: 'member', dedicated: true, qualifications: ['CEH'], joinedOn: '2026-01-15' };
  assert.equal((await post('clerk', '/api/govern/team/members', body)).json().code, 'KHIEN_AUTH_FORBIDDEN');
  assert.equal((await post('officerHcm', '/api/govern/team/members', body)).json().code, 'KHIEN_GOVERN_FORBIDDEN_UNIT');
  const hcmStaff = await makeStaff(t.app.khien.database.db, { unitId: 'P79' });
  assert.equal((await post('officerHn', '/api/govern/team/members', { ...body, staffId: hcmStaff.id })).json().code, 'KHIEN_GOVERN_STAFF_NOT_FOUND');
  assert.equal((await get('central', '/api/govern/team/members')).json().length, 0);
  assert.equal(t.actions('govern.team.member.add'), 0);
});

test('dedicated officers per province: P01 green, P79 red with a non-dedicated member, every other province red', async () => {
  const hn = await makeStaff(t.app.khien.database.db, { unitId: 'P01-L1' });
  const hcm = await makeStaff(t.app.khien.database.db, { unitId: 'P79' });
  const a = await post('officerHn', '/api/govern/team/members', { staffId: hn.id, unitId: 'P01-L1', teamRole: 'member', dedicated: true, qualifications: ['Chứng chỉ ATTT'], joinedOn: '2026-01-15' });
  assert.equal(a.statusCode, 201, a.body);
  assert.deepEqual([a.json().staffNo, a.json().fullName], [hn.staffNo, hn.fullName], 'the member is named');
  assert.equal((await post('officerHcm', '/api/govern/team/members', { staffId: hcm.id, unitId: 'P79', teamRole: 'member', dedicated: false, qualifications: [], joinedOn: '2026-01-15' })).statusCode, 201);
  const all = (await get('central', '/api/govern/team/dedicated-officers')).json<Array<{ unitId: string; status: string; dedicatedOfficers: number }>>();
  assert.equal(all.length, 34);
  assert.deepEqual(all.filter((p) => p.status === 'green').map((p) => p.unitId), ['P01']);
  assert.equal(all.find((p) => p.unitId === 'P79')!.status, 'red');
  const mine = (await get('headHcm', '/api/govern/team/dedicated-officers')).json();
  assert.deepEqual(mine.map((p: { unitId: string }) => p.unitId), ['P79']);
  assert.equal(t.actions('govern.team.member.add'), 2);
});

test('meetings: Q1 and Q3 held, Q2 and Q4 flagged', async () => {
  const members = (await get('officerHn', '/api/govern/team/members')).json();
  assert.ok(members[0].fullName.length > 0 && members[0].staffNo.length > 0, 'the list names each member');
  for (const heldOn of ['2026-02-20', '2026-08-12']) {
    const r = await post('officerHn', '/api/govern/team/meetings', { unitId: 'P01', heldOn, attendeeMemberIds: [members[0].id], decisions: ['Rà soát tài khoản VPN'] });
    assert.equal(r.statusCode, 201, r.body);
  }
  const out = (await get('officerHn', '/api/govern/team/meetings?year=2026')).json();
  assert.equal(out.meetings.length, 2);
  assert.equal(out.total, 2);
  assert.deepEqual(out.quarters.map((q: { ok: boolean }) => q.ok), [true, false, true, false]);
  // Server paging in date order: one meeting a page, the total and the quarters still count the year.
  const second = (await get('officerHn', '/api/govern/team/meetings?year=2026&limit=1&offset=1')).json();
  assert.deepEqual(second.meetings.map((m: { heldOn: string }) => m.heldOn), ['2026-08-12']);
  assert.equal(second.total, 2);
  assert.deepEqual(second.quarters.map((q: { ok: boolean }) => q.ok), [true, false, true, false]);
  assert.equal((await get('officerHn', '/api/govern/team/meetings?year=2026&limit=0')).statusCode, 400);
});

test('a drill run as an exercise opens a respond case that never reaches the breach clock', async () => {
  // A unit head is no responder: respond refuses the exercise case and no drill is written.
  const denied = await post('headHn', '/api/govern/drills', { unitId: 'P01', title: 'Ransomware', scenario: 'Mã hóa máy chủ', heldOn: '2026-12-04', participantMemberIds: [], runAsExercise: true });
  assert.equal(denied.statusCode, 403);
  assert.equal((await t.app.khien.database.db.select().from(drills)).length, 0);
  const r = await post('officerHn', '/api/govern/drills', {
    unitId: 'P01',
    title: 'Lộ lọt dữ liệu người tham gia',
    scenario: 'Tài khoản nghiệp vụ bị chiếm dụng, tải xuống danh sách người tham gia',
    heldOn: '2026-12-04',
    participantMemberIds: [],
    timeline: [{ at: '09:00', what: 'Phát hiện cảnh báo' }],
    runAsExercise: true,
  });
  assert.equal(r.statusCode, 201, r.body);
  const caseId = r.json().caseId as string;
  assert.ok(caseId);
  const c = (await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: t.as('officerHn') })).json();
  assert.equal(c.exercise, true);
  const mark = await post('officerHn', `/api/cases/${caseId}/breach`, {});
  assert.equal(mark.json().code, 'KHIEN_RESPOND_EXERCISE');
  assert.equal((await t.app.khien.database.db.select().from(breaches).where(eq(breaches.caseId, caseId))).length, 0);
  const upd = await t.app.inject({ method: 'PATCH', url: `/api/govern/drills/${r.json().id}`, headers: t.as('officerHn'), payload: { findings: ['Cảnh báo đến chậm 20 phút'], lessons: ['Bổ sung trực 24/7'] } });
  assert.equal(upd.statusCode, 200, upd.body);
  assert.deepEqual(upd.json().lessons, ['Bổ sung trực 24/7']);
  assert.equal(t.actions('govern.drill.create'), 1);
});

test('members and drills page on the server in a stable order, within the scope', async () => {
  const all = (await get('central', '/api/govern/team/members')).json().map((m: { id: string }) => m.id);
  assert.ok(all.length >= 2);
  const pages: string[] = [];
  for (let offset = 0; offset < all.length; offset++) pages.push(...(await get('central', `/api/govern/team/members?limit=1&offset=${offset}`)).json().map((m: { id: string }) => m.id));
  assert.deepEqual(pages, all);
  assert.equal((await get('central', '/api/govern/team/members?limit=501')).statusCode, 400);
  assert.equal((await get('officerHcm', '/api/govern/team/members?limit=10')).json().every((m: { unitId: string }) => m.unitId.startsWith('P79')), true, 'paging keeps to the scope');
  for (const heldOn of ['2026-03-01', '2026-04-01']) assert.equal((await post('officerHn', '/api/govern/drills', { unitId: 'P01', title: `Diễn tập ${heldOn}`, scenario: 'Tấn công từ chối dịch vụ', heldOn, participantMemberIds: [] })).statusCode, 201);
  assert.deepEqual((await get('officerHn', '/api/govern/drills?limit=1&offset=1')).json().map((d: { heldOn: string }) => d.heldOn), ['2026-04-01']);
  assert.equal((await get('officerHcm', '/api/govern/drills?limit=5')).json().length, 0);
});
