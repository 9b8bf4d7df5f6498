import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryRecorder } from '../events/memory-recorder.ts';
import type { AccessEvent, AdminEvent } from '../events/types.ts';
import { createStaffWithSession, type StaffWithSession } from '../auth/test-support.ts';
import { persons } from '../registry/registry.schema.ts';
import { seedPerson, type SeededPerson } from './access-test-support.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const recorder = createMemoryRecorder();
let t: TestApp;
let headH1: StaffWithSession; // unit head, Hà Nội (P01)
let headH2: StaffWithSession; // unit head, Hồ Chí Minh City (P79)
let s1: StaffWithSession; // staff, Hà Nội local office
let s2: StaffWithSession; // staff, HCMC
let s3: StaffWithSession; // staff, Hà Nội, no assignment
let a: SeededPerson; // Hà Nội
let b: SeededPerson; // HCMC
let s1Assignment: string;

const accessEvents = (): AccessEvent[] => recorder.events.filter((e): e is AccessEvent => e.kind === 'access');
const lastAccess = (): AccessEvent => accessEvents().at(-1)!;
const hours = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();

async function assign(head: StaffWithSession, assignee: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/access/assignments',
    headers: head.headers,
    payload: {
      documentNo: '123/QĐ-BHXH',
      documentDate: '2026-06-01',
      assigneeAccountId: assignee,
      purpose: 'benefit_settlement',
      categories: ['identity', 'contact', 'address', 'employment'],
      scope: { provinces: ['01'] },
      actions: ['search', 'view', 'update'],
      validFrom: hours(-1),
      validUntil: hours(24 * 90),
      ...body,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ assignmentId: string }>().assignmentId;
}

function assertNoPersonalData(body: string, p: SeededPerson): void {
  for (const v of [p.personalId, p.socialInsuranceNo, p.phone, p.street, p.fullName, p.cardCode, String(p.salary)]) {
    assert.ok(!body.includes(v), 'no unmasked field in a denial');
  }
}

describe('registry API through the scoped accessor', () => {
  before(async () => {
    t = await createTestApp({}, clock, { recorder });
    headH1 = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
    headH2 = await createStaffWithSession(t.app, { unitId: 'P79', roles: [{ role: 'unit_head' }] });
    s1 = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
    s2 = await createStaffWithSession(t.app, { unitId: 'P79-L1' });
    s3 = await createStaffWithSession(t.app, { unitId: 'P01-L2' });
    a = await seedPerson(t.app.khien.database.db, { provinceCode: '01', communeCode: '01001' });
    b = await seedPerson(t.app.khien.database.db, { provinceCode: '79', communeCode: '79001' });
    s1Assignment = await assign(headH1, s1.accountId, {});
    await assign(headH2, s2.accountId, { categories: ['identity'], scope: { communes: ['79001'] }, actions: ['search', 'view'] });
  });
  after(async () => {
    await t.close();
  });

  test('signing: only a unit head over the assignee, within their provinces, never for themselves', async () => {
    const post = (head: StaffWithSession, body: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/access/assignments', headers: head.headers, payload: {
        documentNo: '9/QĐ', documentDate: '2026-06-01', assigneeAccountId: s1.accountId, purpose: 'benefit_settlement', categories: ['identity'],
        scope: { provinces: ['01'] }, actions: ['view'], validFrom: hours(0), validUntil: hours(24), ...body,
      } });
    assert.equal((await post(headH2, {})).json<{ code: string }>().code, 'KHIEN_ACCESS_SIGNER_NOT_AUTHORISED');
    assert.equal((await post(headH1, { scope: { provinces: ['79'] } })).json<{ code: string }>().code, 'KHIEN_ACCESS_SCOPE_OUTSIDE_AUTHORITY');
    assert.equal((await post(headH1, { scope: { communes: ['79001'] } })).json<{ code: string }>().code, 'KHIEN_ACCESS_SCOPE_OUTSIDE_AUTHORITY');
    assert.equal((await post(headH1, { scope: {} })).json<{ code: string }>().code, 'KHIEN_ACCESS_SCOPE_EMPTY');
    assert.equal((await post(headH1, { validUntil: hours(24 * 400) })).json<{ code: string }>().code, 'KHIEN_ACCESS_VALIDITY_INVALID');
    assert.equal((await post(headH1, { purpose: 'curiosity' })).json<{ code: string }>().code, 'KHIEN_ACCESS_UNKNOWN_PURPOSE');
    assert.equal((await post(headH1, { assigneeAccountId: headH1.accountId })).json<{ code: string }>().code, 'KHIEN_ACCESS_SELF_SIGNED');
    const byStaff = await post(s3, {});
    assert.equal(byStaff.statusCode, 403);
    const bad = await post(headH1, { categories: ['gossip'] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ code: string }>().code, 'KHIEN_COMMON_VALIDATION');
  });

  test('search: 401, 400 per bad field, 403 without assignment, then masked summary rows', async () => {
    const search = (h: StaffWithSession | null, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/registry/search', headers: h?.headers ?? {}, payload });
    assert.equal((await search(null, { purpose: 'benefit_settlement', personalId: a.personalId })).statusCode, 401);
    const badId = await search(s1, { purpose: 'benefit_settlement', personalId: '12' });
    assert.equal(badId.statusCode, 400);
    assert.equal(badId.json<{ code: string }>().code, 'KHIEN_COMMON_VALIDATION');
    assert.equal((await search(s1, { purpose: 'benefit_settlement' })).json<{ code: string }>().code, 'KHIEN_ACCESS_SEARCH_CRITERIA');
    assert.equal((await search(s1, { purpose: 'benefit_settlement', personalId: a.personalId, fullName: 'Xy' })).json<{ code: string }>().code, 'KHIEN_ACCESS_SEARCH_CRITERIA');

    const before = accessEvents().length;
    const none = await search(s3, { purpose: 'benefit_settlement', personalId: a.personalId });
    assert.equal(none.statusCode, 403);
    assert.equal(none.json<{ code: string }>().code, 'KHIEN_ACCESS_SEARCH_DENIED');
    assertNoPersonalData(none.body, a);
    assert.equal(accessEvents().length, before + 1);
    assert.equal(lastAccess().outcome, 'deny');
    assert.equal(lastAccess().reason, 'DENY_NO_ASSIGNMENT');
    assert.deepEqual(lastAccess().lookup, { by: 'personal_id', tail: a.personalId.slice(-4) });

    const ok = await search(s1, { purpose: 'benefit_settlement', personalId: a.personalId });
    assert.equal(ok.statusCode, 200, ok.body);
    const rows = ok.json<{ rows: Array<Record<string, unknown>>; truncated: boolean }>().rows;
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.personalId, `••••••••${a.personalId.slice(-4)}`);
    assert.equal(rows[0]!.fullName, a.fullName);
    assert.ok(!('phone' in rows[0]!) && !('street' in rows[0]!));
    assert.ok(!ok.body.includes(a.personalId) && !ok.body.includes(a.phone));
    assert.equal(lastAccess().outcome, 'allow');
    assert.deepEqual(lastAccess().subjects, [a.id]);
    assert.equal(lastAccess().grant?.type, 'assignment');

    // Another province's person is simply not found by a search (no scope, no row).
    const cross = await search(s1, { purpose: 'benefit_settlement', personalId: b.personalId });
    assert.deepEqual(cross.json<{ rows: unknown[] }>().rows, []);
    assert.deepEqual(lastAccess().subjects, []);

    const byName = await search(s1, { purpose: 'benefit_settlement', fullName: a.fullName, dateOfBirth: a.dateOfBirth });
    assert.equal(byName.json<{ rows: Array<{ id: string }> }>().rows[0]?.id, a.id);
  });

  test('IDOR: reading another province by id answers exactly like a missing record, and is recorded', async () => {
    const cross = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${b.id}?purpose=benefit_settlement`, headers: s1.headers });
    const missing = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${crypto.randomUUID()}?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(cross.statusCode, 404);
    assert.equal(missing.statusCode, 404);
    assert.equal(cross.json<{ code: string }>().code, missing.json<{ code: string }>().code);
    assert.deepEqual(Object.keys(cross.json()), Object.keys(missing.json()));
    assertNoPersonalData(cross.body, b);
    const denial = accessEvents().at(-2)!;
    assert.equal(denial.outcome, 'deny');
    assert.equal(denial.reason, 'DENY_OUT_OF_SCOPE');
    assert.deepEqual(denial.subjects, [b.id]);
    assert.deepEqual(denial.fields, []);
    assert.equal(lastAccess().reason, 'DENY_NOT_FOUND');
    for (const sub of ['participation', 'household', 'cards']) {
      const r = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${b.id}/${sub}?purpose=benefit_settlement`, headers: s1.headers });
      assert.equal(r.statusCode, 404, sub);
      assertNoPersonalData(r.body, b);
      assert.equal(lastAccess().outcome, 'deny');
    }
  });

  test('view: identifiers show last 4, phone last 3, address to the commune; salary only with employment', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json<Record<string, unknown>>();
    assert.equal(p.personalId, `••••••••${a.personalId.slice(-4)}`);
    assert.equal(p.socialInsuranceNo, `••••••${a.socialInsuranceNo.slice(-4)}`);
    assert.equal(p.phone, `•••••••${a.phone.slice(-3)}`);
    assert.equal(p.street, null);
    assert.equal(p.communeCode, a.communeCode);
    assert.deepEqual(lastAccess().categories, []);
    assert.equal(lastAccess().action, 'view');

    const part = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}/participation?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(part.json<{ periods: Array<{ salaryBasis: number }> }>().periods[0]!.salaryBasis, a.salary);
    assert.deepEqual(lastAccess().categories, ['employment']);

    // S2 (identity only) cannot read participation of a person in scope: the category is not assigned.
    const s2part = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${b.id}/participation?purpose=benefit_settlement`, headers: s2.headers });
    assert.equal(s2part.statusCode, 404);
    assert.ok(!s2part.body.includes(String(b.salary)));
    assert.equal(lastAccess().reason, 'DENY_CATEGORY_NOT_ASSIGNED');
    const s2view = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${b.id}?purpose=benefit_settlement`, headers: s2.headers });
    assert.equal(s2view.statusCode, 200);
    assert.equal(s2view.json<{ phone: string | null }>().phone, null, 'contact not assigned: hidden');
    assert.equal(s2view.json<{ communeCode: string | null }>().communeCode, null, 'address not assigned: hidden');

    const cards = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}/cards?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(cards.statusCode, 404, 'health insurance not assigned to S1');
    const hh = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}/household?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(hh.statusCode, 200);
    assert.equal(hh.json<{ household: { members: unknown[] } }>().household.members.length, 1);

    const wrongPurpose = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}?purpose=card_issuance`, headers: s1.headers });
    assert.equal(wrongPurpose.statusCode, 404);
    assert.equal(lastAccess().reason, 'DENY_PURPOSE_MISMATCH');
  });

  test('unmask: one field of one record, its own decision and record', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/registry/persons/${a.id}/unmask`, headers: s1.headers, payload: { purpose: 'benefit_settlement', field: 'phone', justification: 'Gọi lại cho người tham gia' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { personId: a.id, field: 'phone', value: a.phone });
    const e = lastAccess();
    assert.equal(e.action, 'unmask');
    assert.deepEqual(e.fields, ['phone']);
    assert.deepEqual(e.categories, ['contact']);
    assert.equal(e.justification, 'Gọi lại cho người tham gia');
    const denied = await t.app.inject({ method: 'POST', url: `/api/registry/persons/${b.id}/unmask`, headers: s2.headers, payload: { purpose: 'benefit_settlement', field: 'phone', justification: 'Tò mò xem thử' } });
    assert.equal(denied.statusCode, 404);
    assert.ok(!denied.body.includes(b.phone));
    assert.equal(lastAccess().reason, 'DENY_CATEGORY_NOT_ASSIGNED');
  });

  test('update contact: with a reason, change and record together, before/after kept; denial writes nothing', async () => {
    const denied = await t.app.inject({ method: 'PATCH', url: `/api/registry/persons/${b.id}/contact`, headers: s2.headers, payload: { purpose: 'benefit_settlement', reason: 'Cập nhật theo đơn', phone: '0911111111' } });
    assert.equal(denied.statusCode, 404);
    assert.equal(lastAccess().reason, 'DENY_ACTION_NOT_ASSIGNED');
    const [still] = await t.app.khien.database.db.select({ phone: persons.phone }).from(persons).where(eq(persons.id, b.id));
    assert.equal(still!.phone, b.phone, 'no row written');

    recorder.fail(true);
    const failing = await t.app.inject({ method: 'PATCH', url: `/api/registry/persons/${a.id}/contact`, headers: s1.headers, payload: { purpose: 'benefit_settlement', reason: 'Cập nhật theo đơn', phone: '0922222222' } });
    recorder.fail(false);
    assert.equal(failing.statusCode, 503);
    const [unchanged] = await t.app.khien.database.db.select({ phone: persons.phone }).from(persons).where(eq(persons.id, a.id));
    assert.equal(unchanged!.phone, a.phone, 'rolled back when the record cannot be written');

    const ok = await t.app.inject({ method: 'PATCH', url: `/api/registry/persons/${a.id}/contact`, headers: s1.headers, payload: { purpose: 'benefit_settlement', reason: 'Cập nhật theo đơn', phone: '0933333333', communeCode: '01002', street: '5 Phố Mới' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json<{ phone: string }>().phone, '•••••••333');
    const admin = recorder.events.filter((e): e is AdminEvent => e.kind === 'admin' && e.action === 'registry.person.contact_update').at(-1)!;
    assert.deepEqual(admin.before, { phone: a.phone, street: a.street, communeCode: '01001', provinceCode: '01' });
    assert.equal((admin.after as { phone: string }).phone, '0933333333');
    assert.equal(admin.reason, 'Cập nhật theo đơn');
    assert.equal(accessEvents().at(-1)!.action, 'update');
  });

  test('fail closed: when the access log cannot take the event, nothing is sent', async () => {
    recorder.fail(true);
    const res = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}?purpose=benefit_settlement`, headers: s1.headers });
    recorder.fail(false);
    assert.equal(res.statusCode, 503);
    assert.equal(res.json<{ code: string }>().code, 'KHIEN_ACCESS_AUDIT_UNAVAILABLE');
    assert.ok(!res.body.includes(a.fullName));
  });

  test('amend keeps the old version and narrows at once; revoke is immediate', async () => {
    const amend = await t.app.inject({
      method: 'POST', url: `/api/access/assignments/${s1Assignment}/amend`, headers: headH1.headers,
      payload: { documentNo: '124/QĐ-BHXH', documentDate: '2026-06-10', purpose: 'benefit_settlement', categories: ['identity', 'address'], scope: { provinces: ['01'] }, actions: ['search', 'view'], validFrom: hours(-1), validUntil: hours(24 * 30) },
    });
    assert.equal(amend.statusCode, 200, amend.body);
    assert.equal(amend.json<{ version: number }>().version, 2);
    const versions = await t.app.inject({ method: 'GET', url: `/api/access/assignments/${s1Assignment}`, headers: s1.headers });
    assert.deepEqual(versions.json<{ versions: Array<{ version: number; status: string }> }>().versions.map((v) => `${v.version}:${v.status}`), ['2:active', '1:superseded']);
    const outsider = await t.app.inject({ method: 'GET', url: `/api/access/assignments/${s1Assignment}`, headers: s2.headers });
    assert.equal(outsider.statusCode, 404);

    const unmask = await t.app.inject({ method: 'POST', url: `/api/registry/persons/${a.id}/unmask`, headers: s1.headers, payload: { purpose: 'benefit_settlement', field: 'phone', justification: 'Gọi lại cho người tham gia' } });
    assert.equal(unmask.statusCode, 404);
    assert.equal(lastAccess().reason, 'DENY_CATEGORY_NOT_ASSIGNED');
    const view = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(view.statusCode, 200);
    assert.equal(view.json<{ phone: string | null }>().phone, null);
    assert.equal(lastAccess().grant?.version, 2);

    const revoke = await t.app.inject({ method: 'POST', url: `/api/access/assignments/${s1Assignment}/revoke`, headers: headH1.headers, payload: { reason: 'Chuyển nhiệm vụ khác' } });
    assert.equal(revoke.statusCode, 204, revoke.body);
    const after = await t.app.inject({ method: 'GET', url: `/api/registry/persons/${a.id}?purpose=benefit_settlement`, headers: s1.headers });
    assert.equal(after.statusCode, 404);
    assert.equal(lastAccess().reason, 'DENY_NO_ASSIGNMENT');
    const again = await t.app.inject({ method: 'POST', url: `/api/access/assignments/${s1Assignment}/revoke`, headers: headH1.headers, payload: { reason: 'Chuyển nhiệm vụ khác' } });
    assert.equal(again.statusCode, 404);
  });
});
