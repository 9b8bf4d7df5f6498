import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createTestApp } from '../app/test-app.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import type { Actor } from '../actors/context.ts';
import { createManualClock } from '../platform/clock.ts';
import { signingKeyFromSeed } from '../audit/signing-key.ts';
import { createMemoryAuditLog } from './memory-audit-log.ts';
import { makeInsuredPerson } from './citizen-test-helpers.ts';
import { signDocumentCode, verifyDocumentCode, type DocumentFacts } from './document-code.ts';

const FACTS: DocumentFacts = { v: 1, k: 'participation', d: 'QT-TEST', i: '2026-03-02T02:00:00.000Z', n: 'Nguyễn Thị Ánh', p: '1234', m: [['health', 12]], c: 1, h: '0123456789abcdef' };

test('verification codes: altered, foreign and malformed codes are refused; a genuine one gives its facts', () => {
  const key = signingKeyFromSeed(new Uint8Array(32).fill(7));
  const stranger = signingKeyFromSeed(new Uint8Array(32).fill(9));
  const code = signDocumentCode(key, FACTS);
  const [payload, sig] = code.split('.') as [string, string];
  // Tampered: one more month claimed, old signature kept.
  const forged = Buffer.from(JSON.stringify({ ...FACTS, m: [['health', 120]] })).toString('base64url');
  assert.throws(() => verifyDocumentCode(key, `${forged}.${sig}`), { code: 'KHIEN_CITIZEN_DOCUMENT_NOT_ISSUED' });
  // A character of the signature changed.
  const flipped = sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11);
  assert.throws(() => verifyDocumentCode(key, `${payload}.${flipped}`), { code: 'KHIEN_CITIZEN_DOCUMENT_NOT_ISSUED' });
  // Unknown: well formed, signed by another key.
  assert.throws(() => verifyDocumentCode(key, signDocumentCode(stranger, FACTS)), { code: 'KHIEN_CITIZEN_DOCUMENT_NOT_ISSUED' });
  // Not a code at all.
  for (const junk of ['', 'abc', 'a.b.c', `${payload}.${sig.slice(0, 20)}`, `${payload}!.${sig}`, 'x'.repeat(2001)]) {
    assert.throws(() => verifyDocumentCode(key, junk), { code: 'KHIEN_CITIZEN_DOCUMENT_CODE_MALFORMED' }, junk.slice(0, 30));
  }
  assert.deepEqual(verifyDocumentCode(key, ` ${code.slice(0, 50)}\n${code.slice(50)} `), FACTS);
});

test('the participation PDF is signed, reads back in Vietnamese, and its code checks on the public route', async () => {
  const clock = createManualClock('2026-03-02T02:00:00.000Z');
  const log = createMemoryAuditLog(clock);
  const actors = new Map<string, Actor>();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-citizen-doc-'));
  const { app, close } = await createTestApp({ dataDir }, clock, { recorder: log, extraResolvers: [headerActorResolver(actors)] });
  try {
    const db = app.khien.database.db;
    const me = await makeInsuredPerson(db, 'Lê Thị Quỳnh Hương');
    actors.set('me', { type: 'citizen', personId: me.id, subject: 'sub-me', sessionId: crypto.randomUUID() });

    // Failure cases first: the public check refuses junk, an unknown code and an altered one.
    const check = (code: string) => app.inject({ method: 'GET', url: `/api/citizen/documents/verify?code=${encodeURIComponent(code)}` });
    const junk = await check('not-a-code');
    assert.equal(junk.statusCode, 400);
    assert.equal(junk.json().code, 'KHIEN_CITIZEN_DOCUMENT_CODE_MALFORMED');
    const unknown = await check(signDocumentCode(signingKeyFromSeed(new Uint8Array(32).fill(1)), FACTS));
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'KHIEN_CITIZEN_DOCUMENT_NOT_ISSUED');
    assert.ok(unknown.json().message.vi.length > 0 && unknown.json().message.en.length > 0);

    // Signed out: no document.
    const anon = await app.inject({ method: 'GET', url: '/api/citizen/me/participation/pdf' });
    assert.equal(anon.statusCode, 401);

    // The screen's summary: months per type of the open period from 2019-01 to 2026-03.
    const part = await app.inject({ method: 'GET', url: '/api/citizen/me/participation', headers: { 'x-test-actor': 'me' } });
    assert.equal(part.statusCode, 200);
    const summary = part.json().summary;
    assert.equal(summary.asOfMonth, '2026-03');
    assert.deepEqual(summary.totals.find((x: { type: string }) => x.type === 'health'), { type: 'health', months: 87 });
    assert.deepEqual(summary.gaps, []);

    const before = log.events.length;
    const res = await app.inject({ method: 'GET', url: '/api/citizen/me/participation/pdf?lang=vi', headers: { 'x-test-actor': 'me' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /attachment; filename="qua-trinh-tham-gia-QT-[0-9A-F]{10}\.pdf"/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(log.events.length > before, 'the reads behind the document are recorded');
    const file = path.join(dataDir, 'qt.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    assert.match(text, /QUÁ TRÌNH THAM GIA BẢO HIỂM XÃ HỘI/);
    assert.match(text, /Lê Thị Quỳnh Hương/);
    assert.match(text, /Công ty TNHH Dữ liệu Tổng hợp/);
    assert.match(text, /Bảo hiểm y tế/);
    assert.match(text, /9\.500\.000 đ/);
    // -layout: plain pdftotext would join a line ending in '-' with the next as a hyphenated word.
    const code = /(?:Mã kiểm tra|Verification code):\s*([A-Za-z0-9_\-.\s]+)/.exec(text)?.[1]?.replace(/\s+/g, '');
    assert.ok(code, 'code printed');

    const ok = await check(code);
    assert.equal(ok.statusCode, 200, ok.body);
    const facts = ok.json();
    assert.equal(facts.valid, true);
    assert.equal(facts.holderName, 'Lê Thị Quỳnh Hương');
    assert.equal(facts.personalIdLast4, me.personalId.slice(-4));
    assert.equal(facts.number, String(res.headers['x-khien-document']));
    assert.deepEqual(facts.totals.find((x: { type: string }) => x.type === 'health'), { type: 'health', months: 87 });
    assert.match(text, new RegExp(facts.digest));

    // Altered after issue: refused.
    const [payload, sig] = code.split('.') as [string, string];
    const altered = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DocumentFacts;
    const tampered = await check(`${Buffer.from(JSON.stringify({ ...altered, n: 'Người Khác' })).toString('base64url')}.${sig}`);
    assert.equal(tampered.statusCode, 404);
    assert.equal(tampered.json().code, 'KHIEN_CITIZEN_DOCUMENT_NOT_ISSUED');

    // English document.
    const en = await app.inject({ method: 'GET', url: '/api/citizen/me/participation/pdf?lang=en', headers: { 'x-test-actor': 'me' } });
    assert.equal(en.statusCode, 200);
    fs.writeFileSync(file, en.rawPayload);
    assert.match(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), /Verification code:/);
  } finally {
    await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
