/**
 * Tree heads and proofs read from the store: the root at any size, inclusion proofs of an entry and
 * consistency proofs between two sizes, each from O(log n) stored nodes (never all leaves).
 */
import type { Database } from '../db/client.ts';
import { readHead, readNodes } from './audit.repo.ts';
import { Frontier, consistencyRanges, frontierKeys, hashRanges, hexOf, inclusionRanges, nodeKeyId, type NodeReader } from './merkle-tree.ts';
import type { InclusionProofJson } from './merkle-verify.ts';

/** A tree head: size and root. */
export interface TreeHead {
  readonly size: number;
  /** Hex root hash. */
  readonly rootHash: string;
}

/** A consistency proof between two sizes (hex hashes). */
export interface ConsistencyProofJson {
  readonly firstSize: number;
  readonly secondSize: number;
  readonly path: readonly string[];
}

function reader(db: Database): NodeReader {
  return (keys) => readNodes(db, keys);
}

/**
 * Root hash of the tree at a given size (default: the current size).
 *
 * @param db - database
 * @param size - tree size; must not exceed the log
 * @returns the tree head
 * @throws Error when a needed node is missing (a damaged store)
 */
export async function readTreeHead(db: Database, size?: number): Promise<TreeHead> {
  const n = size ?? (await readHead(db))?.seq ?? 0;
  const keys = frontierKeys(n);
  const got = await readNodes(db, keys);
  const nodes = keys.map((k) => {
    const hash = got.get(nodeKeyId(k));
    if (!hash) throw new Error(`audit tree node ${nodeKeyId(k)} missing`);
    return { ...k, hash };
  });
  return { size: n, rootHash: hexOf(new Frontier(n, nodes).root()) };
}

/**
 * Inclusion proof of entry `seq` in the tree of `treeSize` leaves.
 *
 * @param db - database
 * @param seq - sequence number (leaf index = seq − 1)
 * @param treeSize - size of the tree (e.g. the latest checkpoint's)
 * @param leafHash - the entry's stored leaf hash (hex)
 * @param rootHash - root of that tree (hex), returned with the proof
 * @returns the proof
 */
export async function buildInclusionProof(db: Database, seq: number, treeSize: number, leafHash: string, rootHash: string): Promise<InclusionProofJson> {
  if (seq < 1 || seq > treeSize) throw new RangeError('entry outside the tree');
  const path = await hashRanges(inclusionRanges(seq - 1, treeSize), reader(db));
  return { leafIndex: seq - 1, treeSize, leafHash, path: path.map(hexOf), rootHash };
}

/**
 * Consistency proof from `firstSize` to `secondSize`.
 *
 * @param db - database
 * @param firstSize - earlier size
 * @param secondSize - later size
 * @returns the proof
 */
export async function buildConsistencyProof(db: Database, firstSize: number, secondSize: number): Promise<ConsistencyProofJson> {
  if (firstSize < 0 || firstSize > secondSize) throw new RangeError('sizes out of order');
  const path = await hashRanges(consistencyRanges(firstSize, secondSize), reader(db));
  return { firstSize, secondSize, path: path.map(hexOf) };
}
