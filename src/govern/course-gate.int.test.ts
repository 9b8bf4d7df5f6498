/**
 * Course-gated role grants (off by default): with the setting on, auth refuses to grant a role to staff whose
 * mandatory course is not current (`KHIEN_GOVERN_COURSE_NOT_CURRENT`, nothing written); once the attendance
 * is imported the grant goes through. Also the console's supporting routes: the units a reader sees, the
 * attendance import's dry run (writes nothing), and closing a fully decided campaign before its deadline.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createManualClock } from '../platform/clock.ts';
import { makeStaff } from '../seed/test-factories.ts';
import { createAccount, grantRole } from '../auth/admin/accounts.ts';
import { SYSTEM_ORIGIN } from '../auth/auth-events.ts';
import { roleGrants } from '../auth/auth.schema.ts';
import { attendance } from './govern.schema.ts';
import { courseGateSettingsFromEnv } from './course-gate.ts';
import { createGovernTestApp, type GovernTestApp } from './govern-test-helpers.ts';

const clock = createManualClock('2026-12-05T03:00:00.000Z');
let t: GovernTestApp;
type Who = Parameters<GovernTestApp['as']>[0];
const req = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, payload, headers: t.as(who) });
const SYSTEM = { type: 'system', name: 'test' } as const;
let accountId = '';
let staffNo = '';

before(async () => {
  t = await createGovernTestApp(clock);
  const db = t.app.khien.database.db;
  const s = await makeStaff(db, { unitId: 'P01', fullName: 'Nguyễn Văn Sáu' });
  staffNo = s.staffNo;
  accountId = (await createAccount(t.app.khien.auth.ctx, SYSTEM, { staffId: s.id }, SYSTEM_ORIGIN)).account.id;
  const course = { code: 'ATTT-OFFICER', title: 'Bồi dưỡng chuyên trách ATTT', kind: 'course', mandatoryFor: ['security_officer'], validityMonths: 24 };
  assert.equal((await req('central', 'POST', '/api/govern/training/courses', course)).statusCode, 201);
});
after(async () => t.close());

const grant = () => grantRole(t.app.khien.auth.ctx, SYSTEM, accountId, { role: 'security_officer', unitId: 'P01', validUntil: new Date('2027-06-01T00:00:00Z'), reason: 'Bổ nhiệm chuyên trách' }, SYSTEM_ORIGIN);
const grantsOf = async () => t.app.khien.database.db.select().from(roleGrants).where(eq(roleGrants.accountId, accountId));
const csv = (rows: string[][]): string => Buffer.from(['ma_can_bo,ma_khoa,ngay', ...rows.map((r) => r.join(','))].join('\n'), 'utf8').toString('base64');

test('the setting is off by default and read from GOVERN_GRANT_REQUIRES_COURSE', () => {
  assert.equal(courseGateSettingsFromEnv({}).grantRequiresCourse, false);
  assert.equal(courseGateSettingsFromEnv({ GOVERN_GRANT_REQUIRES_COURSE: '1' }).grantRequiresCourse, true);
  assert.equal(t.govern.courseGate.grantRequiresCourse, false);
});

test('with the gate on, a grant to staff without the current mandatory course is refused and nothing is written', async () => {
  t.govern.courseGate.grantRequiresCourse = true;
  try {
    await assert.rejects(grant(), (err: { code?: string; details?: { courses?: string[] } }) => {
      assert.equal(err.code, 'KHIEN_GOVERN_COURSE_NOT_CURRENT');
      assert.deepEqual(err.details?.courses, ['ATTT-OFFICER']);
      return true;
    });
    assert.equal((await grantsOf()).length, 0);
    // An attendance older than the course's validity does not count either.
    const old = await req('officerHn', 'POST', '/api/govern/training/attendance/import', { format: 'csv', contentBase64: csv([[staffNo, 'ATTT-OFFICER', '01/10/2024']]) });
    assert.equal(old.statusCode, 200, old.body);
    await assert.rejects(grant(), { code: 'KHIEN_GOVERN_COURSE_NOT_CURRENT' });
    const fresh = await req('officerHn', 'POST', '/api/govern/training/attendance/import', { format: 'csv', contentBase64: csv([[staffNo, 'ATTT-OFFICER', '20/11/2026']]) });
    assert.equal(fresh.statusCode, 200, fresh.body);
    const g = await grant();
    assert.equal(g.role, 'security_officer');
    assert.equal((await grantsOf()).length, 1);
  } finally {
    t.govern.courseGate.grantRequiresCourse = false;
  }
});

test('with the gate off (default), the grant does not look at courses', async () => {
  const s = await makeStaff(t.app.khien.database.db, { unitId: 'P01', fullName: 'Đặng Thị Bảy' });
  const id = (await createAccount(t.app.khien.auth.ctx, SYSTEM, { staffId: s.id }, SYSTEM_ORIGIN)).account.id;
  const g = await grantRole(t.app.khien.auth.ctx, SYSTEM, id, { role: 'security_officer', unitId: 'P01', validUntil: new Date('2027-06-01T00:00:00Z'), reason: 'Tạm thời' }, SYSTEM_ORIGIN);
  assert.equal(g.role, 'security_officer');
});

test('the units route lists only the caller’s subtree; a plain staff member is refused', async () => {
  const hn = (await req('headHn', 'GET', '/api/govern/units')).json<Array<{ id: string }>>();
  assert.ok(hn.length > 0 && hn.every((u) => u.id.startsWith('P01')), JSON.stringify(hn.map((u) => u.id)));
  const all = (await req('central', 'GET', '/api/govern/units')).json<Array<{ id: string }>>();
  assert.ok(all.some((u) => u.id === 'P79') && all.some((u) => u.id === 'VSS'));
  assert.equal((await req('clerk', 'GET', '/api/govern/units')).json().code, 'KHIEN_AUTH_FORBIDDEN');
});

test('an attendance dry run checks and counts without writing; bad rows are reported the same way', async () => {
  const before_ = (await t.app.khien.database.db.select().from(attendance)).length;
  const dry = await req('officerHn', 'POST', '/api/govern/training/attendance/import', { format: 'csv', contentBase64: csv([[staffNo, 'ATTT-OFFICER', '01/12/2026']]), dryRun: true });
  assert.equal(dry.statusCode, 200, dry.body);
  assert.deepEqual(dry.json(), { rows: 1, added: 1, dryRun: true });
  assert.equal((await t.app.khien.database.db.select().from(attendance)).length, before_);
  const bad = await req('officerHn', 'POST', '/api/govern/training/attendance/import', { format: 'csv', contentBase64: csv([['KHONGCO', 'ATTT-OFFICER', '01/12/2026']]), dryRun: true });
  assert.equal(bad.json().code, 'KHIEN_GOVERN_IMPORT_BAD_ROWS');
  assert.equal(bad.json().details.rows[0].code, 'UNKNOWN_STAFF');
});

test('a campaign whose items are all decided can be closed before its deadline; with an undecided item it cannot', async () => {
  const open = await req('headHn', 'POST', '/api/govern/recertifications', { title: 'Rà soát phân quyền P01', kinds: ['role_grant'], unitId: 'P01', deadline: '2026-12-20T10:00:00.000Z' });
  assert.equal(open.statusCode, 201, open.body);
  const id = open.json().id as string;
  const items = (await req('headHn', 'GET', `/api/govern/recertifications/${id}`)).json().items as Array<{ id: string }>;
  assert.ok(items.length >= 2, `items: ${items.length}`);
  for (const [i, item] of items.entries()) {
    if (i === items.length - 1) assert.equal((await req('headHn', 'POST', `/api/govern/recertifications/${id}/close`)).json().code, 'KHIEN_GOVERN_BAD_DATE');
    const d = await req('headHn', 'POST', `/api/govern/recertifications/items/${item.id}/decision`, { decision: 'keep', reason: 'Còn đúng nhiệm vụ' });
    assert.equal(d.statusCode, 200, d.body);
  }
  const closed = await req('headHn', 'POST', `/api/govern/recertifications/${id}/close`);
  assert.equal(closed.statusCode, 200, closed.body);
  assert.equal(closed.json().status, 'closed');
  assert.equal(closed.json().counts.late, 0);
});
