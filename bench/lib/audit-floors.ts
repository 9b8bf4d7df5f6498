/**
 * What this machine allows the audit record, measured in the audit benchmark's own run (issue 18: "the floor
 * measurements beside each target"):
 *
 * - **COPY floor** ({@link copyFloor}): durable appends with nothing but the essentials — groups of 1,000
 *   entries canonicalised, leaf- and chain-hashed and sealed in Node by the appender's own functions
 *   (`prepareEntry`, `sealEntries`, `encodeGroup`), then one `COPY … FROM STDIN` per group into a copy of
 *   `audit_entries` with its indexes, each COPY its own durable commit; on one connection, and on two with two
 *   groups in flight. No callers, no tree nodes or `audit_subjects` written, no ordering between groups: the
 *   ceiling an appender on this machine cannot pass.
 * - **Lean verifier** ({@link leanScan}): one thread reading the log's binary COPY through the range
 *   verifier's scanner (`range-scan.ts`: leaf and chain hashes, the Merkle nodes of each block computed)
 *   without comparing stored nodes: what one core checks per second when nothing else is asked of it.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { GENESIS_CHAIN_HASH, prepareEntry, sealEntries, type ChainState } from '../../src/audit/appender.ts';
import { encodeGroup, entryCopyStatement } from '../../src/audit/entry-copy.ts';
import { Frontier } from '../../src/audit/merkle-tree.ts';
import { RangeScanner } from '../../src/audit/range-scan.ts';
import type { KhienEvent } from '../../src/events/types.ts';

/** Entries per COPY group (the figure the issue measured the machine with). */
export const FLOOR_GROUP = 1_000;

const FLOOR_TABLE = 'bench_copy_floor';
const FLOOR_COPY = entryCopyStatement(FLOOR_TABLE);

/** One level of the COPY floor. */
export interface CopyFloorLevel {
  readonly connections: number;
  readonly rowsPerSec: number;
  readonly groups: number;
}

/**
 * Durable COPY appends in groups of {@link FLOOR_GROUP}, hashing in Node, on 1 and 2 connections.
 *
 * @param url - the benchmark's scratch database (a table `bench_copy_floor` is created in it)
 * @param next - the event source
 * @param seconds - seconds per level
 * @returns rows per second at each level
 */
export async function copyFloor(url: string, next: () => KhienEvent, seconds: number): Promise<CopyFloorLevel[]> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await pool.query(`create table if not exists ${FLOOR_TABLE} (like audit_entries including defaults including indexes)`);
    let state: ChainState = { seq: 0, chain: GENESIS_CHAIN_HASH, frontier: new Frontier() };
    const out: CopyFloorLevel[] = [];
    for (const connections of [1, 2]) {
      const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
      try {
        let rows = 0;
        let groups = 0;
        const started = performance.now();
        const end = started + seconds * 1000;
        // Each connection loops: seal the next group on the current head (in Node, between its COPYs), send it.
        await Promise.all(clients.map(async (client) => {
          while (performance.now() < end) {
            const sealed = sealEntries(state, Array.from({ length: FLOOR_GROUP }, () => prepareEntry(next())));
            state = sealed.next;
            const data = encodeGroup(sealed.entries, []);
            await pipeline(Readable.from([data.entries]), client.query(copyFrom(FLOOR_COPY)));
            rows += sealed.entries.length;
            groups++;
          }
        }));
        const elapsed = (performance.now() - started) / 1000;
        out.push({ connections, rowsPerSec: Math.round(rows / elapsed), groups });
      } finally {
        for (const c of clients) c.release();
      }
    }
    return out;
  } finally {
    await pool.query(`drop table if exists ${FLOOR_TABLE}`).catch(() => undefined);
    await pool.end();
  }
}

/** What the lean scan checked. */
export interface LeanScan {
  readonly entries: number;
  readonly seconds: number;
  readonly entriesPerSec: number;
  /** False when the scanner met a fault (it should not on an honest log). */
  readonly ok: boolean;
}

/**
 * One thread scanning the whole log: binary COPY of (seq, body, leaf_hash, chain_hash), leaf and chain hashes
 * checked, Merkle nodes computed per 4,096-entry block (not compared with the stored ones).
 *
 * @param url - the database holding the log
 * @returns entries checked and the rate
 */
export async function leanScan(url: string): Promise<LeanScan> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const scanner = new RangeScanner(0, GENESIS_CHAIN_HASH, 12);
    const started = performance.now();
    const stream = client.query(copyTo('COPY (SELECT seq, body, leaf_hash, chain_hash FROM audit_entries ORDER BY seq) TO STDOUT (FORMAT binary)'));
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      scanner.push(chunk);
      scanner.takeBlocks();
      if (scanner.fault) break;
    }
    scanner.finish();
    const seconds = (performance.now() - started) / 1000;
    return { entries: scanner.count, seconds, entriesPerSec: Math.round(scanner.count / seconds), ok: scanner.fault === null && scanner.done };
  } finally {
    await client.end();
  }
}
