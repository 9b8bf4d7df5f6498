/**
 * One range of a range-parallel verification (issue 18, item 3; `verify-parallel.ts` splits the log), run in a
 * worker thread on its own PostgreSQL pool: one binary `COPY` streams the entries (afterSeq, untilSeq] into
 * the scanner (`range-scan.ts`: leaf hashes, chain links from the stored chain hash of entry `afterSeq`, the
 * Merkle nodes inside each block of 2^blockLevel leaves), while a second connection reads each block's stored
 * nodes in one query and compares them with the computed ones. It stops at the first fault: the caller then
 * runs the sequential verifier, which names it. Plain `pg` only (no ORM), so that the worker starts fast.
 */
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { RangeScanner, type ScanFault, type ScannedBlock } from './range-scan.ts';

/** What a worker is asked to check. */
export interface RangeTask {
  readonly afterSeq: number;
  readonly untilSeq: number;
  /** Stored chain hash of entry `afterSeq` (hex; 64 zeros before entry 1). */
  readonly prevChainHash: string;
  /** Blocks of 2^blockLevel leaves; `afterSeq` is a multiple of that. */
  readonly blockLevel: number;
}

/** What it found. */
export interface RangeResult {
  /** Entries checked. */
  readonly count: number;
  /** Chain hash of the last entry checked. */
  readonly lastChainHash: string;
  /** The first fault, if any (the sequential verifier names it precisely). */
  readonly fault: ScanFault | null;
  /** Roots of the complete blocks, in order (hex). */
  readonly blocks: readonly string[];
  /** Frontier of the trailing incomplete block, largest subtree first (hex). */
  readonly tail: readonly { readonly level: number; readonly hash: string }[];
}

/** The entries of the range, only what the verifier needs (integers we format: no injection). */
const copySql = (t: RangeTask): string =>
  `COPY (SELECT seq, body, leaf_hash, chain_hash FROM audit_entries WHERE seq > ${Math.trunc(t.afterSeq)} AND seq <= ${Math.trunc(t.untilSeq)} ORDER BY seq) TO STDOUT (FORMAT binary)`;

/**
 * The stored nodes of levels 1..L completed inside leaves [start, end), by level then index, as one hex string:
 * one primary-key range scan per level. `offset 0` keeps the lateral subquery from being flattened into a join:
 * flattened, over a 10,000,000-entry log the planner joined the twelve ranges to the whole node table by hash
 * (a parallel sequential scan of ~10 M rows, ~1 s per 4,096-entry block; full runs of 2026-12-06, before and
 * after the bounds were passed as values); kept apart, each level is a nested-loop index scan (~11 ms a block
 * cold on the same log). `verify-range.int.test.ts` checks the plan on an analysed table.
 */
export const NODES_SQL = `select count(*)::int as n, coalesce(string_agg(t.hash, '' order by t.level, t.idx), '') as hashes
  from unnest($1::int[], $2::bigint[], $3::bigint[]) as b(level, lo, hi)
  cross join lateral (select level, idx, hash from audit_tree_nodes
    where level = b.level and idx >= b.lo and idx < b.hi offset 0) t`;

async function checkBlock(pool: pg.Pool, level: number, b: ScannedBlock): Promise<ScanFault | null> {
  const levels: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  for (let l = 1; l <= level; l++) {
    // Division, not `>>`: leaf numbers pass 2^31.
    levels.push(l);
    lo.push(Math.floor(b.start / 2 ** l));
    hi.push(Math.floor((b.start + b.leaves) / 2 ** l));
  }
  const { rows } = await pool.query<{ n: number; hashes: string }>(NODES_SQL, [levels, lo, hi]);
  if (rows[0]?.hashes === b.nodes.toString('hex')) return null;
  return { seq: b.start + 1, detail: `a stored Merkle node in the block of leaves ${b.start}..${b.start + b.leaves - 1} is missing or wrong` };
}

/**
 * Checks one range.
 *
 * @param pool - PostgreSQL pool of at least two connections (read-only use)
 * @param task - the range
 * @param onProgress - called with the entries checked so far, about every 20,000
 * @returns the result
 */
export async function verifyRange(pool: pg.Pool, task: RangeTask, onProgress?: (checked: number) => void): Promise<RangeResult> {
  const scanner = new RangeScanner(task.afterSeq, Buffer.from(task.prevChainHash, 'hex'), task.blockLevel);
  // Block checks run one after the other on the second connection while the COPY streams on the first.
  let blockFault: ScanFault | null = null;
  let checks: Promise<void> = Promise.resolve();
  const queue = (blocks: ScannedBlock[]): void => {
    for (const b of blocks) {
      checks = checks.then(async () => {
        if (!blockFault) blockFault = await checkBlock(pool, task.blockLevel, b);
      });
    }
    // Marked handled now (a failure may come while the COPY still streams); `await checks` still sees it.
    checks.catch(() => undefined);
  };
  const client = await pool.connect();
  const stream = client.query(copyTo(copySql(task)));
  let ended = false;
  let reported = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      scanner.push(chunk);
      if (scanner.fault || blockFault) break;
      queue(scanner.takeBlocks());
      if (scanner.count - reported >= 20_000) {
        reported = scanner.count;
        onProgress?.(scanner.count);
      }
    }
    ended = scanner.done;
  } finally {
    if (ended) client.release();
    else {
      // Stopped early: the connection is mid-COPY, so it is discarded rather than reused.
      stream.destroy();
      client.release(new Error('audit range stream closed early'));
    }
  }
  const tail = scanner.fault ? [] : scanner.finish();
  queue(scanner.takeBlocks());
  await checks;
  const fault = scanner.fault ?? blockFault ?? (scanner.count < task.untilSeq - task.afterSeq ? { seq: task.afterSeq + scanner.count + 1, detail: `entries ${task.afterSeq + scanner.count + 1}..${task.untilSeq} are missing` } : null);
  return { count: scanner.count, lastChainHash: scanner.lastChainHash, fault, blocks: scanner.blockRoots.map((r) => r.toString('hex')), tail };
}
