/**
 * Tamper tests: each attack edits the audit tables directly, behind the guard, and the verifier must name the
 * entry and the kind of fault; the re-chained forgery is caught only with a checkpoint kept outside.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { queryRows, type DbHandle } from '../db/client.ts';
import { createAuditAppender, chainHashOf } from './appender.ts';
import { makeAccessEvent, tamper } from './audit-test-helpers.ts';
import { verifyChain, formatVerifyReport } from './verify-chain.ts';
import { createCheckpoint, formatCheckpointNote, parseCheckpointNote } from './checkpoint.ts';
import { signingKeyFromSeed } from './signing-key.ts';
import { createManualClock } from '../platform/clock.ts';
import { hashLeaf } from './merkle-tree.ts';
import { fromHex, toHex } from './bytes.ts';
import type { KhienEvent } from '../events/types.ts';

const key = signingKeyFromSeed(crypto.randomBytes(32));
const clock = createManualClock();
let handle: DbHandle;

before(async () => {
  handle = await createTestDatabase();
});
after(async () => {
  await handle.close();
});

/** Empties the log and writes `n` honest entries; returns the checkpoint note taken at the end. */
async function freshLog(n = 40): Promise<string> {
  await tamper(handle.db, sql`truncate audit_entries, audit_subjects, audit_tree_nodes, audit_checkpoints`);
  const appender = createAuditAppender({ db: handle.db, maxBatch: 7 });
  await Promise.all(Array.from({ length: n }, (_, i) => appender.append(makeAccessEvent({ time: new Date(Date.UTC(2026, 2, 2, 2, 0, i)).toISOString() }))));
  await appender.stop();
  const c = await createCheckpoint(handle.db, key, clock);
  const ok = await verifyChain(handle.db, { publicKey: key.publicKey });
  assert.equal(ok.ok, true, formatVerifyReport(ok));
  return formatCheckpointNote(c);
}

async function first(opts: Parameters<typeof verifyChain>[1] = {}): Promise<{ kind: string; seq: number; text: string }> {
  const r = await verifyChain(handle.db, { publicKey: key.publicKey, window: 50, pageSize: 16, ...opts });
  assert.equal(r.ok, false, 'the verifier must find the fault');
  return { kind: r.firstFault!.kind, seq: r.firstFault!.seq, text: formatVerifyReport(r) };
}

test('an honest log verifies, with and without the checkpoint file', async () => {
  const note = await freshLog();
  const r = await verifyChain(handle.db, { checkpoint: parseCheckpointNote(note), publicKey: key.publicKey, pageSize: 16 });
  assert.equal(r.ok, true, formatVerifyReport(r));
  assert.deepEqual(r.checkpoint, { treeSize: 40, signatureValid: true, consistent: true, proofValid: true });
  assert.match(formatVerifyReport(r), /HỢP LỆ \/ VALID: 40/);
});

test('an updated body is named as altered', async () => {
  await freshLog();
  await tamper(handle.db, sql`update audit_entries set body = replace(body, '"view"', '"export"') where seq = 7`);
  const f = await first();
  assert.deepEqual([f.kind, f.seq], ['altered', 7]);
  assert.match(f.text, /mục #7 bị sửa \/ entry #7 altered/);
});

test('an updated body with recomputed leaf hash is still named as altered (chain)', async () => {
  await freshLog();
  const [row] = await queryRows<{ body: string }>(handle.db, sql`select body from audit_entries where seq = 9`);
  const body = row!.body.replace('"allow"', '"deny"');
  await tamper(handle.db, sql`update audit_entries set body = ${body}, leaf_hash = ${toHex(hashLeaf(Buffer.from(body)))} where seq = 9`);
  const f = await first();
  assert.deepEqual([f.kind, f.seq], ['altered', 9]);
});

test('a deleted row is named as missing', async () => {
  await freshLog();
  await tamper(handle.db, sql`delete from audit_entries where seq = 12`);
  const f = await first();
  assert.deepEqual([f.kind, f.seq], ['missing', 12]);
  assert.match(f.text, /bị xóa\/thiếu/);
});

test('a row inserted in the middle (later rows renumbered, hashes computed) is named as inserted', async () => {
  await freshLog();
  const [prev] = await queryRows<{ chain_hash: string }>(handle.db, sql`select chain_hash from audit_entries where seq = 19`);
  const body = JSON.stringify(makeAccessEvent());
  const chain = toHex(chainHashOf(fromHex(prev!.chain_hash), body));
  await tamper(
    handle.db,
    sql`update audit_entries set seq = -seq - 1 where seq >= 20`,
    sql`update audit_entries set seq = -seq where seq < 0`,
    sql`insert into audit_entries (seq, time, kind, body, leaf_hash, chain_hash, event_id)
        values (20, now(), 'access', ${body}, ${toHex(hashLeaf(Buffer.from(body)))}, ${chain}, 'forged')`,
  );
  const f = await first();
  assert.deepEqual([f.kind, f.seq], ['inserted', 20]);
});

test('two swapped rows are named as reordered', async () => {
  await freshLog();
  await tamper(
    handle.db,
    sql`update audit_entries set seq = -5 where seq = 5`,
    sql`update audit_entries set seq = 5 where seq = 8`,
    sql`update audit_entries set seq = 8 where seq = -5`,
  );
  const f = await first();
  assert.deepEqual([f.kind, f.seq], ['reordered', 5]);
  assert.match(f.text, /bị đổi thứ tự/);
});

test('a truncated tail is named (stored checkpoint and tree nodes outlive it)', async () => {
  await freshLog();
  await tamper(handle.db, sql`delete from audit_entries where seq > 30`);
  const f = await first();
  assert.deepEqual([f.kind, f.seq], ['truncated', 31]);
});

test('a re-chained forgery passes alone and is caught only with the earlier checkpoint file', async () => {
  const note = await freshLog();
  const rows = await queryRows<{ body: string }>(handle.db, sql`select body from audit_entries order by seq`);
  const events = rows.map((r) => JSON.parse(r.body) as KhienEvent);
  (events[2] as { purpose: string | null }).purpose = 'forged_purpose';
  await tamper(handle.db, sql`truncate audit_entries, audit_subjects, audit_tree_nodes, audit_checkpoints`);
  const forger = createAuditAppender({ db: handle.db });
  await forger.appendMany(events);
  await forger.stop();
  const alone = await verifyChain(handle.db, { publicKey: key.publicKey });
  assert.equal(alone.ok, true, 'a complete re-chaining is self-consistent');
  const withFile = await verifyChain(handle.db, { checkpoint: parseCheckpointNote(note), publicKey: key.publicKey });
  assert.equal(withFile.ok, false);
  assert.equal(withFile.firstFault!.kind, 'forked');
  assert.equal(withFile.firstFault!.seq, 40);
  assert.equal(withFile.checkpoint!.signatureValid, true);
  assert.equal(withFile.checkpoint!.proofValid, false);
  assert.match(formatVerifyReport(withFile), /nhật ký bị viết lại/);
});

test('a forged checkpoint file (bad signature) is reported', async () => {
  const note = await freshLog(10);
  const other = signingKeyFromSeed(crypto.randomBytes(32));
  const r = await verifyChain(handle.db, { checkpoint: parseCheckpointNote(note), publicKey: other.publicKey });
  assert.equal(r.ok, false);
  assert.equal(r.checkpoint!.signatureValid, false);
  assert.equal(r.firstFault!.kind, 'checkpoint');
});
