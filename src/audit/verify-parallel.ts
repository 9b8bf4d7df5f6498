/**
 * Range-parallel full verification (issue 18, item 3): the log is cut into as many ranges as worker threads,
 * each starting on a block boundary of 2^blockLevel entries; each worker (`verify-range.ts`, its own
 * connection and COPY) checks leaves, chain links from the stored chain hash before its range, and the stored
 * Merkle nodes inside its blocks; the main thread folds the block roots in order into the tree's frontier
 * (checking the stored nodes above the blocks), checks that each range ends on the chain hash the next one
 * started from, then checks the stored checkpoints against roots rebuilt from the (now verified) stored nodes.
 *
 * The result is the same verdict as `verifyChain`: on any fault, or on PGlite (one process owns the data), or
 * for a small log, or when a checkpoint kept outside is given, it runs the sequential verifier, which names the
 * fault precisely.
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { listCheckpoints, readHead, readNodesExtent } from './audit.repo.ts';
import { GENESIS_CHAIN_HASH } from './appender.ts';
import { verifyCheckpointSignature } from './checkpoint.ts';
import { Frontier, bytesOfHex, hexOf } from './merkle-tree.ts';
import { readTreeHead } from './proofs.ts';
import { verifyChain, type VerifyOptions, type VerifyReport } from './verify-chain.ts';
import type { RangeResult, RangeTask } from './verify-range.ts';
import { startWorker } from './worker-bundle.ts';

/** Options of {@link verifyParallel}. */
export interface ParallelOptions extends VerifyOptions {
  /** The PostgreSQL URL the workers connect to (null: PGlite, sequential). */
  readonly databaseUrl: string | null;
  /** Worker threads (default: the machine's available parallelism). */
  readonly workers?: number;
  /** Blocks of 2^blockLevel entries (default 12: 4,096). */
  readonly blockLevel?: number;
  /**
   * Below this many entries the sequential verifier runs (default 200,000). The workers run as a bundled
   * JavaScript file (`worker-bundle.ts`), not through tsx (which cost 1–2 s each and made the parallel run
   * slower than the sequential one at 100,000 entries); a worker now reaches its first row in ~0.3–0.7 s on
   * this loaded two-core machine (thread, `pg`, two connections), about what the sequential verifier does in
   * 50–80 k entries, so two workers win from a few hundred thousand entries.
   */
  readonly minEntries?: number;
}

/** The report, and how it was made. */
export interface ParallelReport extends VerifyReport {
  /** `parallel` with that many workers, or `sequential`. */
  readonly mode: 'parallel' | 'sequential';
  readonly workers: number;
}

const GENESIS = hexOf(GENESIS_CHAIN_HASH);

async function runWorker(databaseUrl: string, task: RangeTask, onProgress: (checked: number) => void): Promise<RangeResult> {
  const worker = await startWorker(new URL('./verify-range-worker.ts', import.meta.url), { workerData: { databaseUrl, task } });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: { type: 'progress'; checked: number } | { type: 'result'; result: RangeResult } | { type: 'error'; message: string }) => {
      if (m.type === 'progress') onProgress(m.checked);
      else if (m.type === 'result') {
        settled = true;
        resolve(m.result);
      } else {
        settled = true;
        reject(new Error(`verification worker failed: ${m.message}`));
      }
    });
    worker.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`verification worker exited with code ${code}`));
    });
  });
}

/**
 * Verifies the whole log with worker threads.
 *
 * @param db - database (read-only use)
 * @param opts - URL for the workers, worker count, block size, and the sequential verifier's options
 * @returns the report (`mode` says which verifier produced it)
 */
export async function verifyParallel(db: Database, opts: ParallelOptions): Promise<ParallelReport> {
  const workers = opts.workers !== undefined && Number.isSafeInteger(opts.workers) && opts.workers > 0 ? Math.min(opts.workers, 64) : os.availableParallelism();
  const blockLevel = opts.blockLevel ?? 12;
  const width = 2 ** blockLevel;
  const size = (await readHead(db))?.seq ?? 0;
  const sequential = async (): Promise<ParallelReport> => ({ ...(await verifyChain(db, opts)), mode: 'sequential', workers: 1 });
  // After archived partitions (`from`, archive-anchor.ts) the ranges start at the archives' end, which must
  // lie on a block boundary (a partition's span is a power of two, far larger than a block).
  const base = opts.from?.size ?? 0;
  if (!opts.databaseUrl || workers < 2 || opts.checkpoint || size - base < (opts.minEntries ?? 200_000) || base % width !== 0) return sequential();

  // Ranges on block boundaries, as even as the blocks allow.
  const blockCount = Math.ceil((size - base) / width);
  const per = Math.ceil(blockCount / workers);
  const bounds: number[] = [];
  for (let b = 0; b < blockCount; b += per) bounds.push(base + b * width);
  bounds.push(size);
  const starts = bounds.slice(0, -1);
  const rows = await queryRows<{ seq: number; chain_hash: string }>(db, sql`select seq, chain_hash from audit_entries where seq = any(${sql.param(starts.filter((s) => s > base))}::bigint[])`);
  const chainAt = new Map(rows.map((r) => [Number(r.seq), r.chain_hash]));
  const startChain = opts.from?.chainHash ?? GENESIS;
  const tasks: RangeTask[] = starts.map((afterSeq, i) => ({ afterSeq, untilSeq: bounds[i + 1]!, prevChainHash: afterSeq === base ? startChain : (chainAt.get(afterSeq) ?? GENESIS), blockLevel }));
  if (tasks.some((t) => t.afterSeq > base && !chainAt.has(t.afterSeq))) return sequential();

  const progress = new Array<number>(tasks.length).fill(0);
  let reported = 0;
  const every = opts.progressEvery ?? 5000;
  const results = await Promise.all(
    tasks.map((task, i) =>
      runWorker(opts.databaseUrl!, task, (checked) => {
        progress[i] = checked;
        const total = progress.reduce((a, b) => a + b, 0);
        if (opts.onProgress && total - reported >= every) {
          reported = total;
          void opts.onProgress(total);
        }
      }),
    ),
  );
  if (results.some((r, i) => r.fault !== null || r.count !== tasks[i]!.untilSeq - tasks[i]!.afterSeq)) return sequential();
  // Each range ends on the chain hash the next one started from.
  for (let i = 0; i + 1 < tasks.length; i++) if (results[i]!.lastChainHash !== tasks[i + 1]!.prevChainHash) return sequential();

  // Fold the blocks into the frontier; the nodes above the blocks are checked against the stored ones.
  const above = await queryRows<{ level: number; idx: number; hash: string }>(db, sql`select level, idx, hash from audit_tree_nodes where level > ${blockLevel}`);
  const storedAbove = new Map(above.map((n) => [`${n.level}/${Number(n.idx)}`, n.hash]));
  const frontier = opts.from ? opts.from.frontier.clone() : new Frontier();
  for (const r of results) {
    for (const b of r.blocks) {
      for (const node of frontier.appendSubtree(blockLevel, bytesOfHex(b))) {
        if (storedAbove.get(`${node.level}/${node.index}`) !== hexOf(node.hash)) return sequential();
      }
    }
    for (const t of r.tail) frontier.appendSubtree(t.level, bytesOfHex(t.hash));
  }
  if (frontier.size !== size) return sequential();
  if ((await readNodesExtent(db)) > size) return sequential();

  // Stored checkpoints: roots at their sizes from the stored nodes, which the workers have just verified.
  const stored = (await listCheckpoints(db, 10_000)).filter((c) => c.treeSize >= base);
  for (const c of stored) {
    if (c.treeSize > size) return sequential();
    const head = await readTreeHead(db, c.treeSize).catch(() => null);
    if (!head || head.rootHash !== c.rootHash) return sequential();
    if (opts.publicKey && !verifyCheckpointSignature(c, opts.publicKey)) return sequential();
  }
  await opts.onProgress?.(size);
  return {
    ok: true,
    size,
    rootHash: hexOf(frontier.root()),
    chainHash: results[results.length - 1]?.lastChainHash ?? startChain,
    faults: [],
    firstFault: null,
    storedCheckpointsChecked: stored.length,
    checkpoint: null,
    mode: 'parallel',
    workers: tasks.length,
  };
}
