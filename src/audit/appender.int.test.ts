import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { queryRows } from '../db/client.ts';
import { createAuditAppender } from './appender.ts';
import { createAuditRecorder } from './recorder.ts';
import { createEventBus } from '../events/bus.ts';
import { makeAccessEvent, makeAdminEvent, tamper } from './audit-test-helpers.ts';
import { verifyChain } from './verify-chain.ts';
import { readTreeHead } from './proofs.ts';
import type { KhienEvent } from '../events/types.ts';

test('N concurrent appends produce exactly N entries, distinct sequence numbers and a valid chain', async () => {
  const db = await createTestDatabase();
  try {
    const appender = createAuditAppender({ db: db.db });
    const N = 500;
    const events = Array.from({ length: N }, (_, i) => (i % 5 === 0 ? makeAdminEvent() : makeAccessEvent()));
    const receipts = await Promise.all(events.map((e) => appender.append(e)));
    assert.equal(new Set(receipts.map((r) => r.seq)).size, N);
    assert.deepEqual([...receipts.map((r) => r.seq)].sort((a, b) => a - b), Array.from({ length: N }, (_, i) => i + 1));
    const many = await appender.appendMany([makeAccessEvent(), makeAccessEvent(), makeAccessEvent()]);
    assert.deepEqual(many.map((r) => r.seq), [N + 1, N + 2, N + 3]);
    const [count] = await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from audit_entries`);
    assert.equal(Number(count?.n), N + 3);
    const report = await verifyChain(db.db);
    assert.equal(report.ok, true, JSON.stringify(report.faults));
    assert.equal(report.size, N + 3);
    assert.equal(appender.head()!.rootHash, report.rootHash);
    assert.equal((await readTreeHead(db.db)).rootHash, report.rootHash);
    // The body is stored exactly as hashed, with the extracted columns.
    const [row] = await queryRows<{ body: string; account_id: string; subject_ids: string[] }>(db.db, sql`select body, account_id, subject_ids from audit_entries where seq = 2`);
    const parsed = JSON.parse(row!.body) as KhienEvent;
    assert.equal(parsed.id, events[1]!.id);
    assert.equal(row!.account_id, (events[1] as { actor: { accountId: string } }).actor.accountId);
    assert.deepEqual(row!.subject_ids, (events[1] as unknown as { subjects: string[] }).subjects);
    await appender.stop();
    await assert.rejects(appender.append(makeAccessEvent()), { code: 'KHIEN_AUDIT_UNAVAILABLE' });
  } finally {
    await db.close();
  }
});

test('a restarted appender continues the chain and tree from the database', async () => {
  const db = await createTestDatabase();
  try {
    const a = createAuditAppender({ db: db.db });
    await Promise.all(Array.from({ length: 37 }, () => a.append(makeAccessEvent())));
    await a.stop();
    const b = createAuditAppender({ db: db.db });
    const head = await b.recover();
    assert.equal(head.size, 37);
    const r = await b.append(makeAccessEvent());
    assert.equal(r.seq, 38);
    await Promise.all(Array.from({ length: 30 }, () => b.append(makeAccessEvent())));
    const report = await verifyChain(db.db);
    assert.equal(report.ok, true, JSON.stringify(report.faults));
    assert.equal(report.size, 68);
    assert.equal(b.head()!.rootHash, report.rootHash);
  } finally {
    await db.close();
  }
});

test('an event that cannot be recorded is refused alone; others in flight still commit', async () => {
  const db = await createTestDatabase();
  try {
    const a = createAuditAppender({ db: db.db });
    const bad = makeAccessEvent({ time: 'not a time' });
    const results = await Promise.allSettled([
      a.append(makeAccessEvent()),
      a.append(bad),
      a.append(makeAccessEvent({ purpose: Number.NaN as unknown as string })),
      a.append(makeAccessEvent({ subjects: undefined as unknown as string[] })),
      a.append({ ...makeAccessEvent(), kind: 'bogus' } as unknown as KhienEvent),
    ]);
    assert.equal(results[0].status, 'fulfilled');
    for (const r of results.slice(1)) {
      assert.equal(r.status, 'rejected');
      assert.equal(r.reason.code, 'KHIEN_AUDIT_INVALID_EVENT');
    }
  } finally {
    await db.close();
  }
});

test('with the store unavailable every caller is rejected, nothing is published, and it recovers after', async () => {
  const db = await createTestDatabase();
  try {
    const bus = createEventBus();
    const published: KhienEvent[] = [];
    bus.subscribe((e) => published.push(e));
    const errors: unknown[] = [];
    const appender = createAuditAppender({ db: db.db, onError: (e) => errors.push(e) });
    const recorder = createAuditRecorder({ appender, bus });
    await recorder.record(makeAccessEvent());
    assert.equal(published.length, 1);
    await db.db.execute(sql`alter table audit_entries rename to audit_entries_away`);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => recorder.record(makeAccessEvent())));
    assert.ok(results.every((r) => r.status === 'rejected' && (r.reason as { code: string }).code === 'KHIEN_AUDIT_UNAVAILABLE'));
    assert.equal(published.length, 1, 'nothing reaches the detectors unrecorded');
    assert.ok(errors.length > 0);
    await db.db.execute(sql`alter table audit_entries_away rename to audit_entries`);
    const r = await recorder.record(makeAccessEvent());
    assert.equal(r.seq, 2);
    const [row] = await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from audit_entries`);
    assert.equal(Number(row?.n), 2);
    assert.equal((await verifyChain(db.db)).ok, true);
  } finally {
    await db.close();
  }
});

test('a closed database rejects appends (fail closed)', async () => {
  const db = await createTestDatabase();
  const appender = createAuditAppender({ db: db.db });
  await appender.append(makeAccessEvent());
  await db.close();
  await assert.rejects(appender.append(makeAccessEvent()), { code: 'KHIEN_AUDIT_UNAVAILABLE' });
});

// Groups of 5 are written as the named statement (the second inside its own transaction behind the first);
// groups of 40 (above SMALL_GROUP) through the COPY transaction.
for (const batch of [5, 40]) test(`groups in flight commit strictly in order: when a group fails, the one sealed on top of it is refused and not written (groups of ${batch})`, async () => {
  const db = await createTestDatabase();
  try {
    const a = createAuditAppender({ db: db.db, maxBatch: batch });
    await Promise.all(Array.from({ length: 4 }, () => a.append(makeAccessEvent())));
    // A stray row at seq 7 makes the next group (seq 5..4+batch) fail on the primary key; the group after it
    // (sealed on that group's head and written alongside it) would fit, but must not commit.
    await db.db.execute(sql`insert into audit_entries (seq, time, kind, body, leaf_hash, chain_hash, event_id)
      values (7, now(), 'access', '{}', repeat('0', 64), repeat('0', 64), 'stray')`);
    const results = await Promise.allSettled(Array.from({ length: 2 * batch }, () => a.append(makeAccessEvent())));
    assert.ok(results.every((r) => r.status === 'rejected' && (r.reason as { code: string }).code === 'KHIEN_AUDIT_UNAVAILABLE'));
    const [after] = await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from audit_entries where seq > 7`);
    assert.equal(Number(after?.n), 0, 'nothing of the later group is in the record');
    assert.equal(a.head()!.size, 4, 'the committed head is still the last committed group');
    // Once the stray row is gone the appender re-reads the head and continues the chain where it was.
    await tamper(db.db, sql`delete from audit_entries where seq = 7`);
    const r = await a.append(makeAccessEvent());
    assert.equal(r.seq, 5);
    await Promise.all(Array.from({ length: 12 }, () => a.append(makeAccessEvent())));
    const report = await verifyChain(db.db);
    assert.equal(report.ok, true, JSON.stringify(report.faults));
    assert.equal(report.size, 17);
    assert.equal(a.head()!.rootHash, report.rootHash);
    await a.stop();
  } finally {
    await db.close();
  }
});

test('bodies and columns with quotes, backslashes, tabs, newlines and non-ASCII text are stored exactly as hashed', async () => {
  const db = await createTestDatabase();
  try {
    const a = createAuditAppender({ db: db.db });
    const odd = 'Nguyễn "Văn" \\ A\tB\nC\r{x,y}\u0001 \\N';
    const oddId = 'p"1\\2\t3,{}';
    const events = [
      makeAccessEvent({ subjects: [oddId, 'plain', oddId], purpose: odd, requestId: 'r\\\t' }),
      makeAccessEvent({ actor: { type: 'staff', accountId: 'acc\\\n', unitId: 'U\t1', provinceCode: '01', roles: ['staff'] } }),
    ];
    const receipts = await a.appendMany(events);
    const rows = await queryRows<{ seq: number; body: string; subject_ids: string[]; purpose: string | null; account_id: string | null; unit_id: string | null }>(
      db.db,
      sql`select seq, body, subject_ids, purpose, account_id, unit_id from audit_entries order by seq`,
    );
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0]!.subject_ids, [oddId, 'plain', oddId]);
    assert.equal(rows[0]!.purpose, odd);
    assert.equal(rows[1]!.account_id, 'acc\\\n');
    assert.equal(rows[1]!.unit_id, 'U\t1');
    assert.equal((JSON.parse(rows[0]!.body) as { purpose: string }).purpose, odd);
    const subjects = await queryRows<{ person_id: string }>(db.db, sql`select person_id from audit_subjects where seq = ${receipts[0]!.seq} order by person_id`);
    assert.deepEqual(subjects.map((s) => s.person_id).sort(), [oddId, 'plain'].sort());
    const report = await verifyChain(db.db);
    assert.equal(report.ok, true, JSON.stringify(report.faults));
    await a.stop();
  } finally {
    await db.close();
  }
});
