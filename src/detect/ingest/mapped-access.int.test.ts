import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../app/test-app.ts';
import { headerActorResolver } from '../../app/test-actor.ts';
import type { Actor } from '../../actors/context.ts';
import { createManualClock } from '../../platform/clock.ts';
import { createStaffWithSession, type StaffWithSession } from '../../auth/test-support.ts';
import { seedPerson, type SeededPerson } from '../../access/access-test-support.ts';
import { auditEntries } from '../../audit/audit.schema.ts';
import { alerts, rejectedLines } from '../detect.schema.ts';
import { createIngestToken } from './ingest-tokens.ts';

const clock = createManualClock('2026-06-15T03:00:00.000Z');
const actors = new Map<string, Actor>();
let t: TestApp;
let admin: StaffWithSession;
let clerk: StaffWithSession;
let a: SeededPerson; // Hà Nội: inside the clerk's assignment
let b: SeededPerson; // HCMC: outside it
let token: string;

const hours = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
const MAPPING = {
  displayName: 'Phần mềm tiếp nhận hồ sơ',
  fields: { account: 'user', person: 'subject.bhxh', action: 'act', purpose: 'purpose', outcome: 'result', ip: 'ip' },
  personKind: 'social_insurance_no',
  actions: { xem_ho_so: 'view', in_ho_so: 'export' },
};
const line = (over: Record<string, unknown>) => ({
  time: hours(-0.1), user: clerk.username, subject: { bhxh: a.socialInsuranceNo }, act: 'xem_ho_so', purpose: 'contribution_collection', result: 'success', ip: '10.1.2.3', ...over,
});
const ingest = (events: unknown[]) => t.app.inject({ method: 'POST', url: '/api/ingest/events', headers: { authorization: `Bearer ${token}` }, payload: { events } as Record<string, unknown> });
const accessEntries = async () => (await t.app.khien.database.db.select().from(auditEntries).where(eq(auditEntries.kind, 'access')))
  .map((e) => ({ ...e, event: JSON.parse(e.body) as { source: { system: string; systemName?: string }; grant: unknown; reason: string; outcome: string; subjects: string[] } }))
  .filter((e) => e.event.source.system === 'tiep-nhan');

describe('access logs of applications that can do neither: declared mapping → access events', () => {
  before(async () => {
    t = await createTestApp({}, clock, { extraResolvers: [headerActorResolver(actors)] });
    admin = await createStaffWithSession(t.app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
    const head = await createStaffWithSession(t.app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
    clerk = await createStaffWithSession(t.app, { unitId: 'P01-L1' });
    a = await seedPerson(t.app.khien.database.db, { provinceCode: '01', communeCode: '01001' });
    b = await seedPerson(t.app.khien.database.db, { provinceCode: '79', communeCode: '79001' });
    const res = await t.app.inject({
      method: 'POST', url: '/api/access/assignments', headers: head.headers,
      payload: {
        documentNo: '16/QĐ-BHXH', documentDate: '2026-06-01', assigneeAccountId: clerk.accountId, purpose: 'contribution_collection',
        categories: ['identity', 'contact', 'address'], scope: { provinces: ['01'] }, actions: ['search', 'view'], validFrom: hours(-2), validUntil: hours(24 * 30),
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    await t.app.khien.detect.context.refresh?.();
    token = (await createIngestToken(t.app.khien.database.db, clock, 'tiep-nhan')).token;
  });
  after(async () => {
    await t.close();
  });

  test('a mapping is declared by the central security team (validated, recorded as an admin event)', async () => {
    const refused = await t.app.inject({ method: 'PUT', url: '/api/detect/source-mappings/tiep-nhan', headers: clerk.headers, payload: { mapping: MAPPING, reason: 'Khai báo' } });
    assert.equal(refused.statusCode, 403);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/detect/source-mappings/tiep-nhan', headers: admin.headers, payload: { mapping: { ...MAPPING, personKind: 'name' }, reason: 'Khai báo' } });
    assert.equal(bad.statusCode, 400);
    const res = await t.app.inject({ method: 'PUT', url: '/api/detect/source-mappings/tiep-nhan', headers: admin.headers, payload: { mapping: MAPPING, reason: 'Kết nối phần mềm tiếp nhận hồ sơ' } });
    assert.equal(res.statusCode, 200, res.body);
    const list = await t.app.inject({ method: 'GET', url: '/api/detect/source-mappings', headers: admin.headers });
    assert.equal(list.json<Array<{ system: string }>>()[0]!.system, 'tiep-nhan');
    const acts = await t.app.khien.database.db.select().from(auditEntries).where(and(eq(auditEntries.kind, 'admin'), eq(auditEntries.action, 'ingest.mapping_set')));
    assert.equal(acts.length, 1);
  });

  test('mapped lines become access events chained with the source named; an uncovered read is an alert; bad lines are kept with their reason', async () => {
    const res = await ingest([
      line({}),
      line({ subject: { bhxh: b.socialInsuranceNo } }),
      line({ user: undefined }),
      line({ act: 'xoa_ho_so' }),
      line({ subject: { bhxh: '0000000000' } }),
      JSON.stringify(line({ purpose: undefined })),
      { time: hours(-0.1), type: 'signin', user: clerk.username, outcome: 'success' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json<{ accepted: number; rejected: number; rejections: Array<{ index: number; reason: string }> }>();
    assert.equal(body.accepted, 3, res.body);
    assert.deepEqual(body.rejections, [
      { index: 2, reason: 'MAPPED_NO_ACCOUNT' }, { index: 3, reason: 'MAPPED_UNKNOWN_ACTION' }, { index: 4, reason: 'MAPPED_UNKNOWN_PERSON' }, { index: 5, reason: 'MAPPED_NO_PURPOSE' },
    ]);
    const kept = await t.app.khien.database.db.select().from(rejectedLines).where(eq(rejectedLines.source, 'tiep-nhan'));
    assert.equal(kept.length, 4);

    const entries = await accessEntries();
    assert.equal(entries.length, 2);
    const covered = entries.find((e) => e.subjectIds.includes(a.id))!;
    assert.equal(covered.accountId, clerk.accountId);
    assert.equal(covered.outcome, 'allow');
    assert.equal(covered.event.reason, 'ALLOW_ASSIGNMENT');
    assert.equal((covered.event.grant as { type: string }).type, 'assignment');
    assert.equal(covered.event.source.systemName, 'Phần mềm tiếp nhận hồ sơ');
    const uncovered = entries.find((e) => e.subjectIds.includes(b.id))!;
    assert.equal(uncovered.event.grant, null);
    assert.equal(uncovered.event.reason, 'UNCOVERED_DENY_OUT_OF_SCOPE');

    let raised: Array<{ ruleId: string; accountId: string | null }> = [];
    for (let i = 0; i < 50 && raised.length === 0; i++) {
      raised = await t.app.khien.database.db.select({ ruleId: alerts.ruleId, accountId: alerts.accountId }).from(alerts).where(eq(alerts.ruleId, 'KHIEN-R026'));
      if (raised.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(raised.length, 1, 'the uncovered read raised KHIEN-R026');
    assert.equal(raised[0]!.accountId, clerk.accountId);
  });

  test('the insured person sees the read with the application named', async () => {
    actors.set('person-a', { type: 'citizen', personId: a.id, subject: 'vneid-a', sessionId: crypto.randomUUID() });
    const res = await t.app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: { 'x-test-actor': 'person-a' } });
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json<{ items: Array<{ application: { system: string; name: string | null } | null; unit: { id: string } | null }> }>().items;
    const item = items.find((i) => i.application?.system === 'tiep-nhan');
    assert.ok(item, res.body);
    assert.equal(item.application!.name, 'Phần mềm tiếp nhận hồ sơ');
    assert.equal(item.unit?.id, 'P01-L1');
  });
});
