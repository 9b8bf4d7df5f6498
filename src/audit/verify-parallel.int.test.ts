/**
 * Range-parallel verification (issue 18, item 3): on an honest log it reaches the sequential verifier's
 * verdict, root and chain head with worker threads; on every tamper class it hands over to the sequential
 * verifier, which names the fault. Small blocks (8 entries) so that a few hundred entries span many blocks.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent, tamper } from './audit-test-helpers.ts';
import { verifyChain } from './verify-chain.ts';
import { verifyParallel } from './verify-parallel.ts';
import { createCheckpoint } from './checkpoint.ts';
import { signingKeyFromSeed } from './signing-key.ts';
import { createManualClock } from '../platform/clock.ts';

const key = signingKeyFromSeed(crypto.randomBytes(32));
const clock = createManualClock();
let handle: Awaited<ReturnType<typeof createTestDatabase>>;

before(async () => {
  handle = await createTestDatabase();
});
after(async () => {
  await handle.close();
});

async function freshLog(n: number): Promise<void> {
  await tamper(handle.db, sql`truncate audit_entries, audit_subjects, audit_tree_nodes, audit_checkpoints`);
  const appender = createAuditAppender({ db: handle.db, maxBatch: 13 });
  await Promise.all(Array.from({ length: n }, () => appender.append(makeAccessEvent())));
  await appender.stop();
  await createCheckpoint(handle.db, key, clock);
}

const run = () => verifyParallel(handle.db, { databaseUrl: handle.url, workers: 3, blockLevel: 3, minEntries: 0, publicKey: key.publicKey });

test('tampering found by a worker hands over to the sequential verifier, which names it', { skip: !process.env.DATABASE_URL && 'PostgreSQL only' }, async () => {
  const cases: Array<[string, ReturnType<typeof sql>, string, number]> = [
    ['altered body', sql`update audit_entries set body = replace(body, '"view"', '"export"') where seq = 150`, 'altered', 150],
    ['deleted row', sql`delete from audit_entries where seq = 77`, 'missing', 77],
    ['stored node above the blocks', sql`update audit_tree_nodes set hash = repeat('0', 64) where level = 5 and idx = 1`, 'tree', 64],
    ['stored node inside a block', sql`update audit_tree_nodes set hash = repeat('0', 64) where level = 2 and idx = 13`, 'tree', 53],
    ['stored node inside a block deleted', sql`delete from audit_tree_nodes where level = 1 and idx = 90`, 'tree', 181],
    ['chain hash at a range boundary', sql`update audit_entries set chain_hash = repeat('b', 64) where seq = 72`, 'altered', 72],
  ];
  for (const [name, attack, kind, seq] of cases) {
    await freshLog(203);
    await tamper(handle.db, attack);
    const r = await run();
    assert.equal(r.ok, false, name);
    assert.equal(r.mode, 'sequential', `${name}: the sequential verifier names the fault`);
    assert.equal(r.firstFault?.kind, kind, `${name}: ${JSON.stringify(r.firstFault)}`);
    if (kind !== 'tree') assert.equal(r.firstFault?.seq, seq, name);
  }
});

test('a stored checkpoint that does not match is handed over and named', { skip: !process.env.DATABASE_URL && 'PostgreSQL only' }, async () => {
  await freshLog(100);
  await tamper(handle.db, sql`update audit_checkpoints set root_hash = repeat('c', 64)`);
  const r = await run();
  assert.equal(r.ok, false);
  assert.equal(r.firstFault?.kind, 'checkpoint');
});

test('an honest log: the same verdict, root and chain head as the sequential verifier, with three workers', { skip: !process.env.DATABASE_URL && 'PostgreSQL only' }, async () => {
  await freshLog(203);
  const progress: number[] = [];
  const r = await verifyParallel(handle.db, { databaseUrl: handle.url, workers: 3, blockLevel: 3, minEntries: 0, publicKey: key.publicKey, onProgress: (n) => void progress.push(n) });
  const s = await verifyChain(handle.db, { publicKey: key.publicKey });
  assert.equal(r.ok, true, JSON.stringify(r.faults));
  assert.equal(r.mode, 'parallel');
  assert.equal(r.workers, 3);
  assert.deepEqual([r.size, r.rootHash, r.chainHash, r.storedCheckpointsChecked], [s.size, s.rootHash, s.chainHash, s.storedCheckpointsChecked]);
  assert.equal(progress.at(-1), 203);
});

test('on PGlite, or for a small log, the sequential verifier runs', async () => {
  await freshLog(20);
  const r = await verifyParallel(handle.db, { databaseUrl: handle.url, workers: 3 });
  assert.equal(r.mode, 'sequential');
  assert.equal(r.ok, true);
});
