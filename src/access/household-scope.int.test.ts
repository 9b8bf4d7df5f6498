/**
 * Issue 21, defect 2: the household view describes only the members the caller's assignment covers. Members
 * outside it are not described at all — no initials, no relation, no id; only the number of them, and only
 * when the purpose needs it (household health-insurance contributions fall with each further member). The
 * search rows of the same caller show nothing of them either.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AccessEvent } from '../events/types.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { initials } from './mask-fields.ts';
import { seedPerson, type SeededPerson } from './access-test-support.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const recorder = createMemoryRecorder();
let t: TestApp;
let head: StaffWithSession;
let named: StaffWithSession; // an assignment naming the head of the household only, for benefit settlement
let carder: StaffWithSession; // the same person only, for card issuance (needs the number of members)
let wide: StaffWithSession; // the whole province
let h: SeededPerson;
let spouse: SeededPerson;
let child: SeededPerson;
const hours = (n: number): string => new Date(clock.now().getTime() + n * 3_600_000).toISOString();

async function assign(assignee: string, purpose: string, scope: Record<string, unknown>): Promise<void> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/access/assignments',
    headers: head.headers,
    payload: {
      documentNo: '77/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: assignee, purpose,
      categories: ['identity', 'contact', 'address'], scope, actions: ['search', 'view'], validFrom: hours(-1), validUntil: hours(24 * 30),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
}

const household = (who: StaffWithSession, purpose: string) =>
  t.app.inject({ method: 'GET', url: `/api/registry/persons/${h.id}/household?purpose=${purpose}`, headers: who.headers });

function assertNothingOf(body: string, p: SeededPerson): void {
  for (const v of [p.id, p.fullName, initials(p.fullName), p.personalId.slice(-4), p.socialInsuranceNo.slice(-4), p.phone.slice(-3), 'child', 'spouse']) {
    assert.ok(!body.includes(v), `nothing of a member outside the assignment: ${v} in ${body}`);
  }
}

before(async () => {
  t = await createTestApp({}, clock, { recorder });
  const db = t.app.khien.database.db;
  head = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
  named = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
  carder = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
  wide = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
  h = await seedPerson(db, { fullName: 'Nguyễn Văn An' });
  spouse = await seedPerson(db, { fullName: 'Lê Thị Bình', householdId: h.householdId });
  child = await seedPerson(db, { fullName: 'Nguyễn Văn Cường', householdId: h.householdId });
  await assign(named.accountId, 'benefit_settlement', { persons: [h.id] });
  await assign(carder.accountId, 'card_issuance', { persons: [h.id] });
  await assign(wide.accountId, 'benefit_settlement', { provinces: ['01'] });
});
after(async () => {
  await t.close();
});

test('an assignment naming one person shows that member only: nothing of the others, not even initials', async () => {
  const res = await household(named, 'benefit_settlement');
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json<{ household: { members: Array<{ relation: string; person: { id: string } }>; othersOutsideScope?: unknown } }>().household;
  assert.deepEqual(body.members.map((m) => [m.relation, m.person.id]), [['head', h.id]]);
  assert.equal(body.othersOutsideScope, undefined, 'benefit settlement does not need the number of the others');
  assertNothingOf(res.body, spouse);
  assertNothingOf(res.body, child);
  const e = recorder.events.filter((x): x is AccessEvent => x.kind === 'access').at(-1)!;
  assert.deepEqual(e.subjects, [h.id], 'only the member shown is recorded as read');
});

test('card issuance needs the size of the household: a count, and nothing else, of the members outside', async () => {
  const res = await household(carder, 'card_issuance');
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json<{ household: { members: Array<{ person: { id: string } }>; othersOutsideScope?: unknown } }>().household;
  assert.deepEqual(body.members.map((m) => m.person.id), [h.id]);
  assert.equal(body.othersOutsideScope, 2);
  assertNothingOf(res.body, spouse);
  assertNothingOf(res.body, child);
});

test('a province-wide assignment sees every member, masked by its own decision', async () => {
  const res = await household(wide, 'benefit_settlement');
  assert.equal(res.statusCode, 200, res.body);
  const members = res.json<{ household: { members: Array<{ relation: string; person: { id: string; fullName: string } }> } }>().household.members;
  assert.deepEqual(members.map((m) => m.person.id).sort(), [h.id, spouse.id, child.id].sort());
  assert.deepEqual(members.map((m) => m.relation).sort(), ['child', 'child', 'head']);
});

test("search rows of the person-scoped caller never describe another member", async () => {
  const res = await t.app.inject({
    method: 'POST', url: '/api/registry/search', headers: named.headers,
    payload: { purpose: 'benefit_settlement', fullName: spouse.fullName, dateOfBirth: spouse.dateOfBirth },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(res.json<{ rows: unknown[]; truncated: boolean }>(), { rows: [], truncated: false });
  assertNothingOf(res.body, spouse);
});
