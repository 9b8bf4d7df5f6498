/**
 * One range of a range-parallel verification (issue 18, item 3; `verify-parallel.ts` splits the log): streams
 * the entries (afterSeq, untilSeq], checks each leaf hash against its body and each chain link starting from
 * the stored chain hash of entry `afterSeq`, hashes the Merkle tree in complete blocks of 2^blockLevel leaves
 * (the range starts on a block boundary), and compares every interior node it completes inside a block with
 * the stored one. It stops at the first fault: the caller then runs the sequential verifier, which names it.
 */
import type { Database } from '../db/client.ts';
import { readNodesEndingIn } from './audit.repo.ts';
import { EntryScratch, chainOfEntry, leafOfEntry } from './entry-hash.ts';
import { openEntryStream } from './entry-stream.ts';
import { Frontier, bytesOfHex, hexOf } from './merkle-tree.ts';

/** What a worker is asked to check. */
export interface RangeTask {
  readonly afterSeq: number;
  readonly untilSeq: number;
  /** Stored chain hash of entry `afterSeq` (hex; 64 zeros before entry 1). */
  readonly prevChainHash: string;
  /** Blocks of 2^blockLevel leaves; `afterSeq` is a multiple of that. */
  readonly blockLevel: number;
  readonly pageSize?: number;
}

/** What it found. */
export interface RangeResult {
  /** Entries checked. */
  readonly count: number;
  /** Chain hash of the last entry checked. */
  readonly lastChainHash: string;
  /** The first fault, if any (the sequential verifier names it precisely). */
  readonly fault: { readonly seq: number; readonly detail: string } | null;
  /** Roots of the complete blocks, in order (hex). */
  readonly blocks: readonly string[];
  /** Frontier of the trailing incomplete block, largest subtree first (hex). */
  readonly tail: readonly { readonly level: number; readonly hash: string }[];
}

/**
 * Checks one range.
 *
 * @param db - database (read-only use)
 * @param task - the range
 * @param onProgress - called with the entries checked so far, every 20,000
 * @returns the result
 */
export async function verifyRange(db: Database, task: RangeTask, onProgress?: (checked: number) => void): Promise<RangeResult> {
  const width = 2 ** task.blockLevel;
  if (task.afterSeq % width !== 0) throw new RangeError(`range start ${task.afterSeq} is not on a block boundary`);
  const pageSize = task.pageSize ?? 20_000;
  const scratch = new EntryScratch();
  const blocks: string[] = [];
  let block = new Frontier();
  let blockStart = task.afterSeq;
  let prev = bytesOfHex(task.prevChainHash);
  let prevHex = task.prevChainHash;
  let expected = task.afterSeq + 1;
  let count = 0;
  let stored = new Map<string, string>();
  let storedTo = task.afterSeq;
  const fault = (seq: number, detail: string): RangeResult => ({ count, lastChainHash: prevHex, fault: { seq, detail }, blocks, tail: [] });

  const stream = await openEntryStream(db, pageSize, task.afterSeq, task.untilSeq);
  try {
    for (;;) {
      const page = await stream.next();
      if (page.length === 0) break;
      for (const row of page) {
        if (row.seq !== expected) return fault(expected, `entry ${expected} is missing or out of order`);
        const bytes = scratch.load(row.body);
        const leaf = leafOfEntry(bytes);
        if (hexOf(leaf) !== row.leafHash) return fault(row.seq, 'the body does not match its leaf hash');
        const chain = chainOfEntry(bytes, prev);
        const chainHex = hexOf(chain);
        if (chainHex !== row.chainHash) return fault(row.seq, 'the chain hash does not follow');
        if (row.seq > storedTo) {
          const upTo = Math.min(task.untilSeq, row.seq - 1 + pageSize);
          stored = new Map((await readNodesEndingIn(db, row.seq - 1, upTo)).map((n) => [`${n.level}/${n.index}`, n.hash]));
          storedTo = upTo;
        }
        for (const node of block.append(leaf)) {
          // Block-local index → the tree's index at that level.
          const index = blockStart / 2 ** node.level + node.index;
          if (stored.get(`${node.level}/${index}`) !== hexOf(node.hash)) return fault(row.seq, `stored Merkle node ${node.level}/${index} is missing or wrong`);
        }
        if (block.size === width) {
          blocks.push(hexOf(block.root()));
          block = new Frontier();
          blockStart += width;
        }
        prev = chain;
        prevHex = chainHex;
        expected++;
        if (++count % 20_000 === 0) onProgress?.(count);
      }
    }
  } finally {
    await stream.close();
  }
  if (expected <= task.untilSeq) return fault(expected, `entries ${expected}..${task.untilSeq} are missing`);
  return { count, lastChainHash: prevHex, fault: null, blocks, tail: block.nodes().map((n) => ({ level: n.level, hash: hexOf(n.hash) })) };
}
