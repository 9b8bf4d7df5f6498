/**
 * Several nodes, one record (issue 19, item 1): the sequencer lease on PostgreSQL. Failure cases first — a
 * hand-off claimed twice, the sequencer's session killed mid-load, a group nobody chains in time — then the
 * happy path under concurrent load from three nodes. Skipped on PGlite (one process owns the data there).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { openDatabase, queryRows, type DbHandle } from '../db/client.ts';
import { createAuditAppender } from './appender.ts';
import { startSequencer, SEQUENCER_LOCK_KEY, type ClusterAppender } from './sequencer.ts';
import { insertHandoff, listHandoffs } from './audit.repo.ts';
import { makeAccessEvent } from './audit-test-helpers.ts';
import { verifyChain } from './verify-chain.ts';
import { prepareEntry } from './appender.ts';

const PG = Boolean(process.env.DATABASE_URL);

async function node(url: string, name: string, extra: { waitMs?: number } = {}): Promise<{ handle: DbHandle; appender: ClusterAppender }> {
  const handle = await openDatabase({ databaseUrl: url, poolSize: 6 });
  const appender = await startSequencer({ database: handle, local: createAuditAppender({ db: handle.db }), node: name, retryMs: 200, pollMs: 50, ...extra });
  return { handle, appender };
}

async function entryCount(h: DbHandle): Promise<{ n: number; distinct: number }> {
  const [r] = await queryRows<{ n: number; distinct: number }>(h.db, sql`select count(*)::int as n, count(distinct event_id)::int as distinct from audit_entries`);
  return { n: Number(r!.n), distinct: Number(r!.distinct) };
}

test('a hand-off is chained once even when two appenders both believe they are the sequencer', { skip: !PG && 'PostgreSQL only' }, async () => {
  const db = await createTestDatabase();
  try {
    const bodies = [makeAccessEvent(), makeAccessEvent()].map((e) => prepareEntry(e).body);
    const id = await insertHandoff(db.db, bodies, 'n-test');
    const a = createAuditAppender({ db: db.db });
    const b = createAuditAppender({ db: db.db });
    const results = await Promise.allSettled([a.appendHandoff(id, bodies), b.appendHandoff(id, bodies)]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'exactly one claimant chains it');
    assert.deepEqual(await entryCount(db), { n: 2, distinct: 2 });
    assert.deepEqual(await listHandoffs(db.db, 10), []);
    // A body changed after canonicalisation is refused, not chained under another hash.
    const tampered = [bodies[0]!.replace('"kind":"access"', '"kind": "access"')];
    await assert.rejects(a.appendHandoff(await insertHandoff(db.db, tampered, 'n-test'), tampered), { code: 'KHIEN_AUDIT_INVALID_EVENT' });
    assert.equal((await verifyChain(db.db)).ok, true);
  } finally {
    await db.close();
  }
});

test('a group that no sequencer chains in time is refused, not acknowledged', { skip: !PG && 'PostgreSQL only' }, async () => {
  const db = await createTestDatabase();
  // Another session holds the lock and never chains: the node must refuse, not answer.
  const blocker = await openDatabase({ databaseUrl: db.url!, poolSize: 1 });
  const c = await blocker.pool!.connect();
  try {
    await c.query('select pg_advisory_lock($1::bigint)', [SEQUENCER_LOCK_KEY]);
    const n = await node(db.url!, 'follower', { waitMs: 600 });
    try {
      assert.equal(n.appender.isSequencer(), false);
      await assert.rejects(n.appender.append(makeAccessEvent()), { code: 'KHIEN_AUDIT_UNAVAILABLE' });
      assert.equal((await entryCount(db)).n, 0);
      // The lock is released: the waiting node takes the lease and chains what was handed off.
      c.release(true);
      const deadline = Date.now() + 5000;
      while (!n.appender.isSequencer() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(n.appender.isSequencer(), true);
      const r = await n.appender.append(makeAccessEvent());
      assert.ok(r.seq >= 1);
      while ((await listHandoffs(db.db, 10)).length > 0 && Date.now() < deadline + 5000) await new Promise((r2) => setTimeout(r2, 50));
      assert.deepEqual(await entryCount(db), { n: 2, distinct: 2 }, 'the refused group is chained later (a refused read recorded, never the reverse)');
    } finally {
      await n.appender.stop();
      await n.handle.close();
    }
  } finally {
    await blocker.close();
    await db.close();
  }
});

test('three nodes append concurrently into one chain with no refusal; the sequencer killed mid-load passes the lease on', { skip: !PG && 'PostgreSQL only' }, async () => {
  const db = await createTestDatabase();
  const nodes = [await node(db.url!, 'n1'), await node(db.url!, 'n2'), await node(db.url!, 'n3')];
  try {
    assert.deepEqual(nodes.map((n) => n.appender.isSequencer()), [true, false, false], 'the first node takes the lease');
    const acked: number[] = [];
    const refused: unknown[] = [];
    const load = async (n: (typeof nodes)[number], count: number): Promise<void> => {
      await Promise.all(
        Array.from({ length: count }, async (_, i) => {
          await new Promise((r) => setTimeout(r, i * 2));
          try {
            const many = await n.appender.appendMany([makeAccessEvent(), makeAccessEvent()]);
            assert.equal(many[1]!.seq, many[0]!.seq + 1, 'a group stays contiguous and in order');
            acked.push(...many.map((m) => m.seq));
          } catch (err) {
            refused.push(err);
          }
        }),
      );
    };
    await Promise.all(nodes.map((n) => load(n, 150)));
    assert.deepEqual(refused, []);
    assert.equal(acked.length, 900);
    assert.equal(new Set(acked).size, 900);

    // Kill the sequencer's session (as a crash would): another node takes the lease; appends continue.
    const [holder] = await queryRows<{ pid: number }>(db.db, sql`select pid from pg_locks where locktype = 'advisory' and granted and objid = ${SEQUENCER_LOCK_KEY % 2 ** 32}`);
    assert.ok(holder, 'the lease is a granted advisory lock');
    const during = Promise.all([load(nodes[1]!, 100), load(nodes[2]!, 100)]);
    await queryRows(db.db, sql`select pg_terminate_backend(${holder.pid})`);
    await during;
    const deadline = Date.now() + 5000;
    while (!nodes.some((n) => n.appender.isSequencer()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(nodes.filter((n) => n.appender.isSequencer()).length, 1, 'one sequencer again');
    await load(nodes[0]!, 50);
    // Acknowledged entries are all in the record, once; the chain and tree verify.
    const count = await entryCount(db);
    assert.equal(count.n, count.distinct, 'no event chained twice');
    for (const seq of acked) assert.ok(seq <= count.n);
    assert.equal(new Set(acked).size, acked.length);
    const report = await verifyChain(db.db);
    assert.equal(report.ok, true, JSON.stringify(report.faults));
    assert.ok(acked.length >= 900 + 100, `acknowledged ${acked.length}, refused ${refused.length} around the failover`);
  } finally {
    for (const n of nodes) {
      await n.appender.stop();
      await n.handle.close();
    }
    await db.close();
  }
});
