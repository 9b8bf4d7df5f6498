import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryAuditLog, type MemoryAuditLog } from './memory-audit-log.ts';
import { CookieJar, freePort, makeInsuredPerson, send, signInThroughProvider, staffAccessEvent, type TestPerson } from './citizen-test-helpers.ts';
import { verifyAccessPage } from './verify-proof.js';

interface Server {
  readonly t: TestApp;
  readonly base: string;
  readonly log: MemoryAuditLog;
  close(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const clock = createManualClock(new Date());
  const log = createMemoryAuditLog(clock);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-citizen-'));
  const t = await createTestApp({ publicUrl: base, port, host: '127.0.0.1', dataDir, secureCookies: true }, clock, { recorder: log });
  await t.app.listen({ port, host: '127.0.0.1' });
  return {
    t,
    base,
    log,
    close: async () => {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test('a citizen signs in through the OpenID provider and sees the accesses staff reads produced', async () => {
  const s = await startServer();
  try {
    const db = s.t.app.khien.database.db;
    const me: TestPerson = await makeInsuredPerson(db, 'Nguyễn Thị Công Dân');
    const other = await makeInsuredPerson(db, 'Lê Văn Khác');

    // Not signed in: every own-view route answers 401 with the catalogued code.
    for (const p of ['/api/citizen/me', '/api/citizen/me/participation', '/api/citizen/me/card', '/api/citizen/me/accesses']) {
      const r = await fetch(`${s.base}${p}`);
      assert.equal(r.status, 401, p);
      assert.equal(((await r.json()) as { code: string }).code, 'KHIEN_AUTH_UNAUTHENTICATED');
    }

    // Staff reads of both persons (recorded through the app's recorder, as the registry API does).
    await s.t.app.khien.recorder.record(staffAccessEvent(me.id, { purpose: 'card_issuance', categories: ['health_insurance'] }));
    await s.t.app.khien.recorder.record(staffAccessEvent(other.id));
    await s.t.app.khien.recorder.record(
      staffAccessEvent(me.id, { actor: { type: 'staff', accountId: 'acc-bg', unitId: 'P01', roles: ['staff'] }, grant: { type: 'break_glass', id: 'bg-1' }, purpose: 'benefit_settlement' }),
    );
    s.log.checkpoint();

    // A wrong password is refused on the provider's page.
    const badJar = new CookieJar();
    const bad = await signInThroughProvider(s.base, badJar, me.personalId, 'wrong-password');
    assert.equal(bad.last.status, 401);
    assert.equal(badJar.get('khien_citizen'), undefined);

    // The real flow: login → provider → sign-in page → consent → callback → session cookie.
    const jar = new CookieJar();
    const ok = await signInThroughProvider(s.base, jar, me.personalId);
    assert.equal(ok.last.status, 303, ok.visited.join('\n'));
    assert.equal(ok.last.headers.get('location'), '/portal/');
    const setCookie = ok.last.headers.getSetCookie().find((c) => c.startsWith('khien_citizen='));
    assert.ok(setCookie, 'session cookie set');
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /Secure/i);
    assert.match(setCookie, /SameSite=Lax/i);
    assert.match(setCookie, /Path=\/api\/citizen/i);
    assert.ok(ok.visited.some((u) => u.includes('/oidc/auth')), 'went through the provider');
    assert.ok(ok.visited.some((u) => u.includes('/api/citizen/auth/callback?code=')), 'came back with a code');

    // Own summary, lightly masked, and its read recorded as a citizen_self access.
    const before = s.log.events.length;
    const summary = await send(jar, `${s.base}/api/citizen/me`);
    assert.equal(summary.status, 200);
    const sb = (await summary.json()) as { fullName: string; personalIdMasked: string };
    assert.equal(sb.fullName, 'Nguyễn Thị Công Dân');
    assert.equal(sb.personalIdMasked, `********${me.personalId.slice(-4)}`);
    const recorded = s.log.events.slice(before);
    assert.equal(recorded.length, 1);
    const ev = recorded[0]!;
    assert.ok(ev.kind === 'access' && ev.actor.type === 'citizen' && ev.grant?.type === 'citizen_self' && ev.subjects[0] === me.id);

    const card = await send(jar, `${s.base}/api/citizen/me/card`);
    assert.equal(card.status, 200);
    assert.equal(((await card.json()) as { items: Array<{ currentBenefitLevel: number }> }).items[0]!.currentBenefitLevel, 4);
    const part = await send(jar, `${s.base}/api/citizen/me/participation`);
    assert.equal(part.status, 200);
    assert.equal(((await part.json()) as { items: unknown[] }).items.length, 1);

    // The accesses: only this person's, newest first, unit named, no staff account, proofs that verify.
    const acc = await send(jar, `${s.base}/api/citizen/me/accesses`);
    assert.equal(acc.status, 200);
    const page = (await acc.json()) as {
      items: Array<{ seq: number; breakGlass: boolean; unit: { id: string; name: string | null }; purpose: { code: string; vi: string; en: string }; proof: unknown }>;
      checkpoint: { treeSize: number } | null;
    };
    assert.equal(page.items.length, 2);
    assert.ok(page.items[0]!.seq > page.items[1]!.seq);
    assert.equal(page.items[0]!.breakGlass, true);
    assert.equal(page.items[1]!.purpose.code, 'card_issuance');
    assert.equal(page.items[1]!.purpose.vi, 'Cấp sổ BHXH, thẻ BHYT');
    assert.equal(page.items[1]!.unit.id, 'P01');
    assert.ok(page.items[1]!.unit.name, 'unit name shown');
    const text = JSON.stringify(page);
    assert.doesNotMatch(text, /acc-bg/, 'never the staff account');
    assert.doesNotMatch(text, new RegExp(other.id), 'never another person');
    const verified = await verifyAccessPage(page as Parameters<typeof verifyAccessPage>[0]);
    assert.equal(verified.checkpoint, true);
    for (const item of page.items) assert.equal(verified.entries[item.seq], true);

    // The old addresses lead to the portal; the verifier is served to browsers.
    for (const old of ['/citizen/', '/citizen/login']) {
      const landing = await fetch(`${s.base}${old}`, { redirect: 'manual' });
      assert.equal(landing.status, 302);
      assert.equal(landing.headers.get('location'), '/portal/');
    }
    const js = await fetch(`${s.base}/citizen/verify-proof.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);

    // Sign-out ends the session server-side.
    const out = await send(jar, `${s.base}/api/citizen/auth/logout`, { method: 'POST' });
    assert.equal(out.status, 204);
    const after = await fetch(`${s.base}/api/citizen/me`, { headers: { cookie: `khien_citizen=${/khien_citizen=([^;]+)/.exec(setCookie)![1]}` } });
    assert.equal(after.status, 401);
  } finally {
    await s.close();
  }
});

test('a callback without the flow cookie, or after denied consent, opens no session', async () => {
  const s = await startServer();
  try {
    const me = await makeInsuredPerson(s.t.app.khien.database.db);
    const jar = new CookieJar();
    const denied = await signInThroughProvider(s.base, jar, me.personalId, undefined, 'deny');
    assert.equal(denied.last.status, 400);
    assert.equal(((await denied.last.json()) as { code: string }).code, 'KHIEN_CITIZEN_SIGNIN_FAILED');
    assert.equal(jar.get('khien_citizen'), undefined);

    const forged = await fetch(`${s.base}/api/citizen/auth/callback?code=abc&state=xyz`, { redirect: 'manual' });
    assert.equal(forged.status, 400);
    assert.equal(((await forged.json()) as { code: string }).code, 'KHIEN_CITIZEN_SIGNIN_FAILED');

    const unknown = await signInThroughProvider(s.base, new CookieJar(), '001999999999');
    assert.equal(unknown.last.status, 401);
  } finally {
    await s.close();
  }
});
