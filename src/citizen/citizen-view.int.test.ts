import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryAuditLog } from './memory-audit-log.ts';
import { makeInsuredPerson, staffAccessEvent } from './citizen-test-helpers.ts';
import { verifyAccessPage } from './verify-proof.js';
import { runDemoAccounts } from './citizen.cli.ts';

interface Page {
  items: Array<{
    seq: number;
    purpose: { code: string } | null;
    disputed: boolean;
    dispute: { reference: string; caseStatus: string | null } | null;
    withheldUntil: string | null;
    organisation: { agreementId: string } | null;
    actorKind: string;
  }>;
  nextBefore: number | null;
  checkpoint: { treeSize: number } | null;
}

function staff(roles: Array<'staff' | 'auditor' | 'central_security_admin'>): StaffActor {
  return {
    type: 'staff',
    accountId: crypto.randomUUID(),
    staffId: crypto.randomUUID(),
    username: 'CBTEST01',
    unitId: 'VSS-TTKT',
    provinceCode: null,
    roles: roles.map((role) => ({ role, unitId: 'VSS', validUntil: '2099-01-01T00:00:00.000Z' })),
    sessionId: crypto.randomUUID(),
    deviceId: null,
    deviceRegistered: true,
    mfa: true,
    mustChangePassword: false,
  };
}

test('the citizen view: own data only, withholding, disputes, fail-closed reads', async (t) => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const log = createMemoryAuditLog(clock);
  const actors = new Map<string, Actor>();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-citizen-'));
  const { app, close } = await createTestApp({ dataDir }, clock, { recorder: log, extraResolvers: [headerActorResolver(actors)] });
  try {
    const db = app.khien.database.db;
    const me = await makeInsuredPerson(db, 'Phạm Thị Chủ Thể');
    const other = await makeInsuredPerson(db, 'Đỗ Văn Người Khác');
    actors.set('me', { type: 'citizen', personId: me.id, subject: 'sub-me', sessionId: crypto.randomUUID() });
    actors.set('other', { type: 'citizen', personId: other.id, subject: 'sub-other', sessionId: crypto.randomUUID() });
    actors.set('auditor', staff(['auditor']));
    actors.set('plain-staff', staff(['staff']));
    const as = (who: string) => ({ 'x-test-actor': who });

    // Accesses made an hour before the manual clock's "now" (withholdings are judged against their time).
    const made = '2026-03-02T01:00:00.000Z';
    const r1 = await log.record(staffAccessEvent(me.id, { purpose: 'benefit_settlement', time: made }));
    const rOther = await log.record(staffAccessEvent(other.id));
    const rDenied = await log.record(staffAccessEvent(me.id, { outcome: 'deny', reason: 'DENY_NO_ASSIGNMENT', grant: null }));
    const rInspect = await log.record(
      staffAccessEvent(me.id, { purpose: 'inspection_audit', withheldUntil: '2026-06-01T00:00:00.000Z', time: made }),
    );
    const rExternal = await log.record(
      staffAccessEvent(me.id, {
        actor: { type: 'external', accountId: 'key-1', agreementId: '3f1d7a56-1d2e-4c1b-9a57-6c1f0c1e2a10' },
        grant: { type: 'agreement', id: '3f1d7a56-1d2e-4c1b-9a57-6c1f0c1e2a10' },
        purpose: 'contribution_collection',
        time: made,
      }),
    );
    log.checkpoint();

    await t.test('another person\u2019s entries never show, whatever the parameters', async () => {
      const res = await app.inject({ method: 'GET', url: `/api/citizen/me/accesses?personId=${other.id}&subject=${other.id}`, headers: as('me') });
      assert.equal(res.statusCode, 200);
      const page = res.json<Page>();
      const seqs = page.items.map((i) => i.seq);
      assert.deepEqual(seqs, [rExternal.seq, r1.seq], 'external and the assignment read; not denied, withheld or other');
      assert.ok(!seqs.includes(rOther.seq) && !seqs.includes(rDenied.seq) && !seqs.includes(rInspect.seq));
      assert.equal(page.items[0]!.actorKind, 'external');
      assert.equal(page.items[0]!.organisation?.agreementId, '3f1d7a56-1d2e-4c1b-9a57-6c1f0c1e2a10');
      const verified = await verifyAccessPage(page as unknown as Parameters<typeof verifyAccessPage>[0]);
      assert.equal(verified.checkpoint, true);
      assert.ok(seqs.every((s) => verified.entries[s] === true));

      const theirs = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('other') })).json<Page>();
      assert.deepEqual(theirs.items.map((i) => i.seq), [rOther.seq]);
    });

    await t.test('pagination walks newest to oldest', async () => {
      const first = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses?limit=1', headers: as('me') })).json<Page>();
      assert.equal(first.items.length, 1);
      assert.equal(first.items[0]!.seq, rExternal.seq);
      assert.ok(first.nextBefore);
      const second = (await app.inject({ method: 'GET', url: `/api/citizen/me/accesses?limit=1&before=${first.nextBefore}`, headers: as('me') })).json<Page>();
      assert.deepEqual(second.items.map((i) => i.seq), [r1.seq]);
      const bad = await app.inject({ method: 'GET', url: '/api/citizen/me/accesses?limit=1000', headers: as('me') });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().code, 'KHIEN_COMMON_VALIDATION');
    });

    await t.test('withholding: only the central security admin or an auditor may set it', async () => {
      const body = { subjectPersonId: me.id, purpose: 'benefit_settlement', withheldUntil: '2026-04-01T00:00:00.000Z', reason: 'Thanh tra theo quyết định số 12/QĐ-TTKT' };
      for (const who of ['me', 'plain-staff']) {
        const res = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', headers: as(who), payload: body });
        assert.equal(res.statusCode, 403, who);
        assert.equal(res.json().code, 'KHIEN_CITIZEN_STAFF_ONLY');
      }
      const anon = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', payload: body });
      assert.equal(anon.statusCode, 401);
      const noScope = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', headers: as('auditor'), payload: { withheldUntil: '2026-04-01T00:00:00.000Z', reason: 'x y z' } });
      assert.equal(noScope.statusCode, 400);
      assert.equal(noScope.json().code, 'KHIEN_CITIZEN_WITHHOLDING_SCOPE');
      const past = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', headers: as('auditor'), payload: { ...body, withheldUntil: '2020-01-01T00:00:00.000Z' } });
      assert.equal(past.json().code, 'KHIEN_CITIZEN_WITHHOLDING_DATE');
      const ok = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', headers: as('auditor'), payload: body });
      assert.equal(ok.statusCode, 201);
      assert.equal(ok.json().subjectPersonId, me.id);
      assert.ok(log.events.some((e) => e.kind === 'admin' && e.action === 'citizen.withholding.create'));
      const list = await app.inject({ method: 'GET', url: `/api/citizen/withholdings?subjectPersonId=${me.id}`, headers: as('auditor') });
      assert.equal(list.json().items.length, 1);
    });

    await t.test('a decision whose record fails is undone; a lifted decision stops hiding', async () => {
      log.fail(true);
      const failed = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', headers: as('auditor'), payload: { purpose: 'complaint_handling', withheldUntil: '2026-12-01T00:00:00.000Z', reason: 'Xác minh tố cáo' } });
      log.fail(false);
      assert.equal(failed.statusCode, 503);
      const all = (await app.inject({ method: 'GET', url: '/api/citizen/withholdings', headers: as('auditor') })).json<{ items: Array<{ purpose: string | null }> }>();
      assert.ok(all.items.every((w) => w.purpose !== 'complaint_handling'), 'no row left behind');

      const tmp = await app.inject({ method: 'POST', url: '/api/citizen/withholdings', headers: as('auditor'), payload: { subjectPersonId: me.id, withheldUntil: '2026-12-01T00:00:00.000Z', reason: 'Điều tra tạm thời' } });
      assert.equal(tmp.statusCode, 201);
      const hidden = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('me') })).json<Page>();
      assert.equal(hidden.items.length, 0);
      const lifted = await app.inject({ method: 'POST', url: `/api/citizen/withholdings/${tmp.json().id}/lift`, headers: as('auditor') });
      assert.equal(lifted.statusCode, 200);
      assert.ok(lifted.json().liftedAt);
      const again = await app.inject({ method: 'POST', url: `/api/citizen/withholdings/${tmp.json().id}/lift`, headers: as('auditor') });
      assert.equal(again.json().code, 'KHIEN_CITIZEN_WITHHOLDING_NOT_FOUND');
    });

    await t.test('withheld accesses appear after their date', async () => {
      const during = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('me') })).json<Page>();
      assert.deepEqual(during.items.map((i) => i.seq), [rExternal.seq], 'the benefit_settlement read is withheld by the rule');
      clock.set('2026-04-02T00:00:00.000Z');
      const afterRule = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('me') })).json<Page>();
      assert.deepEqual(afterRule.items.map((i) => i.seq), [rExternal.seq, r1.seq]);
      clock.set('2026-06-01T00:00:01.000Z');
      const afterEvent = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('me') })).json<Page>();
      assert.deepEqual(afterEvent.items.map((i) => i.seq), [rExternal.seq, rInspect.seq, r1.seq], 'the inspection read now shows');
      // Each says it had been withheld, and until when; an access never withheld says nothing.
      const by = new Map(afterEvent.items.map((i) => [i.seq, i]));
      assert.equal(by.get(rInspect.seq)?.withheldUntil, '2026-06-01T00:00:00.000Z');
      assert.ok(by.get(r1.seq)?.withheldUntil, 'withheld by the ended decision');
      assert.equal(by.get(rExternal.seq)?.withheldUntil, null);
    });

    await t.test('disputes: own visible entries only, idempotent, a case for the unit', async () => {
      const notMine = await app.inject({ method: 'POST', url: `/api/citizen/me/accesses/${rOther.seq}/dispute`, headers: as('me'), payload: {} });
      assert.equal(notMine.statusCode, 404);
      assert.equal(notMine.json().code, 'KHIEN_CITIZEN_ACCESS_NOT_FOUND');
      const denied = await app.inject({ method: 'POST', url: `/api/citizen/me/accesses/${rDenied.seq}/dispute`, headers: as('me'), payload: {} });
      assert.equal(denied.statusCode, 404);
      const missing = await app.inject({ method: 'POST', url: '/api/citizen/me/accesses/999999/dispute', headers: as('me'), payload: {} });
      assert.equal(missing.statusCode, 404);
      const badSeq = await app.inject({ method: 'POST', url: '/api/citizen/me/accesses/abc/dispute', headers: as('me'), payload: {} });
      assert.equal(badSeq.statusCode, 400);
      const anon = await app.inject({ method: 'POST', url: `/api/citizen/me/accesses/${r1.seq}/dispute`, payload: {} });
      assert.equal(anon.statusCode, 401);

      const first = await app.inject({ method: 'POST', url: `/api/citizen/me/accesses/${r1.seq}/dispute`, headers: as('me'), payload: { note: 'Tôi không đến cơ quan BHXH ngày này' } });
      assert.equal(first.statusCode, 201);
      const a = first.json<{ reference: string; caseId: string | null; created: boolean }>();
      assert.match(a.reference, /^PA-[A-Z0-9]{8}$/);
      assert.equal(a.created, true);
      if (app.khien.respond) assert.ok(a.caseId, 'a case is opened when the incident module is wired');
      const again = await app.inject({ method: 'POST', url: `/api/citizen/me/accesses/${r1.seq}/dispute`, headers: as('me') });
      assert.equal(again.statusCode, 200);
      assert.equal(again.json().reference, a.reference);
      assert.equal(again.json().created, false);
      const page = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('me') })).json<Page>();
      const reported = page.items.find((i) => i.seq === r1.seq);
      assert.equal(reported?.disputed, true);
      assert.equal(reported?.dispute?.reference, a.reference);
      if (a.caseId) assert.equal(reported?.dispute?.caseStatus, 'open', 'the state of the case it opened');
      assert.equal(page.items.find((i) => i.seq !== r1.seq)?.dispute, null);
    });

    await t.test('own reads are recorded first, and refused when the audit store fails', async () => {
      const before = log.events.length;
      const ok = await app.inject({ method: 'GET', url: '/api/citizen/me/participation', headers: as('me') });
      assert.equal(ok.statusCode, 200);
      assert.equal(log.events.length, before + 1);
      log.fail(true);
      try {
        for (const url of ['/api/citizen/me', '/api/citizen/me/participation', '/api/citizen/me/card']) {
          const res = await app.inject({ method: 'GET', url, headers: as('me') });
          assert.equal(res.statusCode, 503, url);
          assert.equal(res.json().code, 'KHIEN_CITIZEN_AUDIT_UNAVAILABLE');
          assert.doesNotMatch(res.body, /Phạm Thị Chủ Thể|Kế toán|DN401/);
        }
      } finally {
        log.fail(false);
      }
      // The citizen's own reads never appear in their list of accesses by others.
      const page = (await app.inject({ method: 'GET', url: '/api/citizen/me/accesses', headers: as('me') })).json<Page>();
      assert.ok(page.items.every((i) => i.purpose?.code !== 'citizen_self_service'));
    });

    await t.test('khien citizen demo-accounts lists persons to sign in as, in demo mode only', async () => {
      let out = '';
      const code = await runDemoAccounts({ limit: '50' }, { config: app.khien.config, database: app.khien.database, write: (x) => (out += x) });
      assert.equal(code, 0);
      assert.match(out, new RegExp(me.personalId));
      assert.match(out, /vneid-demo/);
      const prod = { ...app.khien.config, mode: 'production' as const };
      assert.equal(await runDemoAccounts({}, { config: prod, database: app.khien.database, write: () => {} }), 1);
    });

    await t.test('staff actors cannot use the citizen view', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/citizen/me', headers: as('auditor') });
      assert.equal(res.statusCode, 401);
    });
  } finally {
    await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
