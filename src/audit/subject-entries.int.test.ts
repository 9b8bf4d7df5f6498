import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createTestDatabase } from '../db/test-db.ts';
import { createManualClock } from '../platform/clock.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';
import { listSubjectEntries, proveEntryAgainstLatest } from './subject-entries.ts';
import { createCheckpoint, verifyCheckpointSignature } from './checkpoint.ts';
import { signingKeyFromSeed } from './signing-key.ts';
import { verifyEntryInclusion } from './merkle-verify.ts';

test('a person sees only their entries, newest first; withheld ones appear after their date; proofs verify', async () => {
  const db = await createTestDatabase();
  try {
    const clock = createManualClock('2026-03-02T02:00:00.000Z');
    const me = crypto.randomUUID();
    const other = crypto.randomUUID();
    const a = createAuditAppender({ db: db.db });
    await a.append(makeAccessEvent({ subjects: [me] }));
    await a.append(makeAccessEvent({ subjects: [other] }));
    await a.append(makeAccessEvent({ subjects: [me, other], purpose: 'inspection', withheldUntil: '2026-06-01T00:00:00.000Z' }));
    await a.append(makeAccessEvent({ subjects: [me] }));

    assert.deepEqual((await listSubjectEntries(db.db, clock, me)).map((e) => e.seq), [4, 1]);
    assert.deepEqual((await listSubjectEntries(db.db, clock, other)).map((e) => e.seq), [2]);
    assert.deepEqual((await listSubjectEntries(db.db, clock, me, { before: 4 })).map((e) => e.seq), [1]);
    clock.set('2026-06-01T00:00:00.000Z');
    assert.deepEqual((await listSubjectEntries(db.db, clock, me)).map((e) => e.seq), [4, 3, 1]);
    assert.deepEqual((await listSubjectEntries(db.db, clock, me, { limit: 1 })).map((e) => e.seq), [4]);

    assert.equal(await proveEntryAgainstLatest(db.db, 3), null, 'no checkpoint yet');
    const key = signingKeyFromSeed(crypto.randomBytes(32));
    await createCheckpoint(db.db, key, clock);
    await a.append(makeAccessEvent({ subjects: [me] }));
    const proved = await proveEntryAgainstLatest(db.db, 3);
    assert.ok(proved);
    assert.ok(verifyCheckpointSignature(proved.checkpoint, key.publicKey));
    assert.ok(verifyEntryInclusion(proved.entry.body, proved.proof));
    assert.equal(proved.proof.rootHash, proved.checkpoint.rootHash);
    assert.equal(await proveEntryAgainstLatest(db.db, 5), null, 'not covered by the latest checkpoint yet');
    assert.equal(await proveEntryAgainstLatest(db.db, 99), null);
  } finally {
    await db.close();
  }
});
