import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createTestApp } from '../app/test-app.ts';
import { createManualClock } from '../platform/clock.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import { seedPerson } from '../access/access-test-support.ts';
import { parseCheckpointNote, verifyCheckpointSignature } from '../audit/checkpoint.ts';
import { CookieJar, freePort, send, signInThroughProvider } from './citizen-test-helpers.ts';
import { verifyAccessPage } from './verify-proof.js';

interface Page {
  items: Array<{ seq: number; unit: { id: string; name: string | null } | null; purpose: { code: string; vi: string } | null; categories: Array<{ code: string }>; action: { code: string } }>;
  checkpoint: { treeSize: number; rootHash: string; text: string; note?: string; signature: string; publicKey: string } | null;
}

// The "done when" of the issue: a staff member's reads through the registry API, recorded in the real audit
// store, are seen by the demo citizen after signing in through OpenID Connect, with proofs that verify.
// Runs on both databases: events recorded inside a transaction (given its tx) go through the audit outbox (db/tx-context.ts).

test('end to end: staff reads through the registry API show up in the citizen view with verifiable proofs', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const clock = createManualClock(new Date());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-citizen-'));
  const t = await createTestApp({ publicUrl: base, port, host: '127.0.0.1', dataDir }, clock);
  try {
    await t.app.listen({ port, host: '127.0.0.1' });
    const app = t.app;
    const db = app.khien.database.db;
    const head = await createStaffWithSession(app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
    const clerk = await createStaffWithSession(app, { unitId: 'P01-L1', fullName: 'Cán Bộ Tên Riêng' });
    const person = await seedPerson(db, { provinceCode: '01', communeCode: '01001' });
    const at = (h: number): string => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
    const assigned = await app.inject({
      method: 'POST',
      url: '/api/access/assignments',
      headers: head.headers,
      payload: {
        documentNo: '45/QĐ-BHXH', documentDate: at(-24).slice(0, 10), assigneeAccountId: clerk.accountId, purpose: 'benefit_settlement',
        categories: ['identity', 'contact', 'address', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view'],
        validFrom: at(-1), validUntil: at(24 * 30),
      },
    });
    assert.equal(assigned.statusCode, 201, assigned.body);
    const read = await app.inject({ method: 'GET', url: `/api/registry/persons/${person.id}?purpose=benefit_settlement`, headers: clerk.headers });
    assert.equal(read.statusCode, 200, read.body);
    await app.khien.audit.checkpointNow();

    const jar = new CookieJar();
    const signedIn = await signInThroughProvider(base, jar, person.personalId);
    assert.equal(signedIn.last.status, 303, signedIn.visited.join('\n'));
    const res = await send(jar, `${base}/api/citizen/me/accesses`);
    assert.equal(res.status, 200);
    const page = (await res.json()) as Page;
    const staffRead = page.items.find((i) => i.action.code === 'view');
    assert.ok(staffRead, JSON.stringify(page));
    assert.equal(staffRead.unit?.id, 'P01-L1');
    assert.ok(staffRead.unit?.name);
    assert.equal(staffRead.purpose?.code, 'benefit_settlement');
    assert.doesNotMatch(JSON.stringify(page), new RegExp(`${clerk.accountId}|Cán Bộ Tên Riêng`), 'no staff account or name');

    // Independent check in "browser" code, then against the audit module's own note parser.
    const verified = await verifyAccessPage(page as unknown as Parameters<typeof verifyAccessPage>[0]);
    assert.equal(verified.checkpoint, true);
    assert.equal(verified.entries[staffRead.seq], true);
    const note = parseCheckpointNote(page.checkpoint!.note!);
    assert.equal(note.rootHash, page.checkpoint!.rootHash);
    assert.ok(verifyCheckpointSignature(note, Buffer.from(page.checkpoint!.publicKey, 'base64')));

    // The citizen's own summary read lands in the same log.
    const me = await send(jar, `${base}/api/citizen/me`);
    assert.equal(me.status, 200);
  } finally {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
