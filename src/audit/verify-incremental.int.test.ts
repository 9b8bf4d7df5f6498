/**
 * Incremental verification from a signed checkpoint (issue 18, item 3). Failure cases first: a forged starting
 * checkpoint, an earlier entry rewritten behind the checkpoint, a new entry altered, removed or inserted, a log
 * truncated below the checkpoint — then the honest log, checked over only the entries added since.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import type { DbHandle } from '../db/client.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent, tamper } from './audit-test-helpers.ts';
import { verifyChain } from './verify-chain.ts';
import { verifyIncremental } from './verify-incremental.ts';
import { createCheckpoint, type Checkpoint } from './checkpoint.ts';
import { signingKeyFromSeed } from './signing-key.ts';
import { createManualClock } from '../platform/clock.ts';

const key = signingKeyFromSeed(crypto.randomBytes(32));
const otherKey = signingKeyFromSeed(crypto.randomBytes(32));
const clock = createManualClock();
let handle: DbHandle;

before(async () => {
  handle = await createTestDatabase();
});
after(async () => {
  await handle.close();
});

async function append(n: number): Promise<void> {
  const appender = createAuditAppender({ db: handle.db, maxBatch: 5 });
  await appender.recover();
  await Promise.all(Array.from({ length: n }, () => appender.append(makeAccessEvent())));
  await appender.stop();
}

/** 30 entries, a signed checkpoint at 30 (stored), then 25 more: returns the checkpoint. */
async function logWithCheckpoint(): Promise<Checkpoint> {
  await tamper(handle.db, sql`truncate audit_entries, audit_subjects, audit_tree_nodes, audit_checkpoints`);
  await append(30);
  const c = await createCheckpoint(handle.db, key, clock);
  await append(25);
  return c;
}

const run = (opts: { checkpoint?: Checkpoint; publicKey?: Uint8Array } = {}) => verifyIncremental(handle.db, { publicKey: key.publicKey, pageSize: 8, ...opts });

test('a starting checkpoint signed by another key is refused', async () => {
  const c = await logWithCheckpoint();
  const r = await run({ checkpoint: c, publicKey: otherKey.publicKey });
  assert.equal(r.ok, false);
  assert.equal(r.firstFault?.kind, 'checkpoint');
});

test('a stored tree rewritten behind the checkpoint no longer hashes to the signed root: forked', async () => {
  const c = await logWithCheckpoint();
  // Size 30 = 16 + 8 + 4 + 2: the frontier is the nodes (4,0), (3,2), (2,6), (1,14).
  await tamper(handle.db, sql`update audit_tree_nodes set hash = repeat('0', 64) where level = 4 and idx = 0`);
  const r = await run({ checkpoint: c });
  assert.equal(r.ok, false);
  assert.equal(r.firstFault?.kind, 'forked');
});

test('an old body rewritten with its leaf is left to the full run (the frontier is intact), which names it', async () => {
  const c = await logWithCheckpoint();
  await tamper(handle.db, sql`update audit_entries set body = replace(body, '"view"', '"export"') where seq = 12`);
  assert.equal((await run({ checkpoint: c })).ok, true, 'incremental: only the entries after the checkpoint are re-read');
  const full = await verifyChain(handle.db, { publicKey: key.publicKey });
  assert.deepEqual([full.firstFault?.kind, full.firstFault?.seq], ['altered', 12]);
});

test('a new entry altered, deleted or inserted after the checkpoint is named', async () => {
  await logWithCheckpoint();
  await tamper(handle.db, sql`update audit_entries set body = replace(body, '"view"', '"export"') where seq = 40`);
  let r = await run();
  assert.equal(r.ok, false);
  assert.deepEqual([r.firstFault?.kind, r.firstFault?.seq], ['altered', 40]);

  await logWithCheckpoint();
  await tamper(handle.db, sql`delete from audit_entries where seq = 44`);
  r = await run();
  assert.deepEqual([r.firstFault?.kind, r.firstFault?.seq], ['missing', 44]);

  await logWithCheckpoint();
  await tamper(handle.db, sql`update audit_entries set chain_hash = repeat('a', 64) where seq = 31`);
  r = await run();
  assert.equal(r.ok, false, 'the first new entry must link from the checkpoint entry');
});

test('a log truncated below the checkpoint is named', async () => {
  const c = await logWithCheckpoint();
  await tamper(handle.db, sql`delete from audit_entries where seq > 20`);
  const r = await run({ checkpoint: c });
  assert.equal(r.ok, false);
  assert.equal(r.firstFault?.kind, 'truncated');
});

test('an honest log verifies from the latest stored checkpoint over the new entries only, with the same root as a full run', async () => {
  await logWithCheckpoint();
  const r = await run();
  assert.equal(r.ok, true, JSON.stringify(r.faults));
  assert.equal(r.fromSize, 30);
  assert.equal(r.entriesChecked, 25);
  assert.equal(r.size, 55);
  const full = await verifyChain(handle.db, { publicKey: key.publicKey });
  assert.equal(r.rootHash, full.rootHash);
  assert.equal(r.chainHash, full.chainHash);
  // A newer stored checkpoint is checked too, and then becomes the next run's starting point.
  await createCheckpoint(handle.db, key, clock);
  await append(3);
  const next = await run();
  assert.equal(next.ok, true);
  assert.deepEqual([next.fromSize, next.entriesChecked], [55, 3]);
});

test('with no checkpoint yet, it is a full verification', async () => {
  await tamper(handle.db, sql`truncate audit_entries, audit_subjects, audit_tree_nodes, audit_checkpoints`);
  await append(9);
  const r = await run();
  assert.equal(r.ok, true);
  assert.deepEqual([r.fromSize, r.entriesChecked], [0, 9]);
});
