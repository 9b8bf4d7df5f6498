/**
 * The server side of the RFC 6962/9162 Merkle tree over audit entries.
 *
 * Storage model: the hash of every *complete, aligned* subtree is stored once, when its last leaf arrives —
 * node (level L, index i) covers leaves [i·2^L, (i+1)·2^L); level 0 is the leaf hash kept on the entry. Any
 * range the RFC's recursive definitions need (the MTH of D[a:b] for proofs and roots) is then a fold of at most
 * ~log2(n) stored nodes, so proofs never read all leaves. The writer keeps the *frontier* (the roots of the
 * complete subtrees making up the current size, one per set bit) in memory and recovers it from the store.
 */
import crypto from 'node:crypto';

/** Address of a stored node. */
export interface NodeKey {
  readonly level: number;
  readonly index: number;
}

/** A stored node with its hash. */
export interface TreeNode extends NodeKey {
  readonly hash: Uint8Array;
}

/** A half-open leaf range [start, end). */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/** Reads stored node hashes; must return every key asked for (level 0 = leaf hashes). */
export type NodeReader = (keys: readonly NodeKey[]) => Promise<ReadonlyMap<string, Uint8Array>>;

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

/** SHA-256(0x00 ‖ entry). */
export function hashLeaf(entry: Uint8Array): Uint8Array {
  return crypto.createHash('sha256').update(LEAF_PREFIX).update(entry).digest();
}

/** Scratch for {@link hashChildren}: 0x01 ‖ left ‖ right (used synchronously, so one buffer serves all). */
const PAIR = Buffer.alloc(65, 1);

/** SHA-256(0x01 ‖ left ‖ right), one native call. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length !== 32 || right.length !== 32) {
    return crypto.createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
  }
  PAIR.set(left, 1);
  PAIR.set(right, 33);
  return crypto.hash('sha256', PAIR, 'buffer');
}

/** Root of the empty tree, SHA-256(""). */
export const EMPTY_ROOT: Uint8Array = crypto.createHash('sha256').digest();

/** Hex of bytes (native, server side; `bytes.ts` has the browser-safe version). */
export function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Bytes of hex (native, server side). */
export function bytesOfHex(hex: string): Uint8Array {
  return Buffer.from(hex, 'hex');
}

/** Map key of a node address. */
export function nodeKeyId(key: NodeKey): string {
  return `${key.level}:${key.index}`;
}

/** Largest power of two strictly below n (n ≥ 2): the RFC's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Decomposes a range into the stored aligned subtrees that cover it, left to right, greedily largest first.
 *
 * @param range - the range
 * @returns node addresses whose right fold is the RFC MTH of the range (for the ranges proofs use)
 */
export function decomposeRange(range: LeafRange): NodeKey[] {
  const out: NodeKey[] = [];
  let at = range.start;
  while (at < range.end) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= range.end) level++;
    out.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return out;
}

/** Ranges whose hashes form the inclusion proof of leaf m in a tree of size n (RFC 9162 §2.1.3.1 PATH). */
export function inclusionRanges(m: number, n: number): LeafRange[] {
  const out: LeafRange[] = [];
  const walk = (idx: number, start: number, end: number): void => {
    const size = end - start;
    if (size <= 1) return;
    const k = splitPoint(size);
    if (idx < k) {
      walk(idx, start, start + k);
      out.push({ start: start + k, end });
    } else {
      walk(idx - k, start + k, end);
      out.push({ start, end: start + k });
    }
  };
  walk(m, 0, n);
  return out;
}

/** Ranges whose hashes form the consistency proof from size m to size n (RFC 9162 §2.1.4.1 SUBPROOF). */
export function consistencyRanges(m: number, n: number): LeafRange[] {
  const out: LeafRange[] = [];
  const sub = (mm: number, start: number, end: number, whole: boolean): void => {
    const size = end - start;
    if (mm === size) {
      if (!whole) out.push({ start, end });
      return;
    }
    const k = splitPoint(size);
    if (mm <= k) {
      sub(mm, start, start + k, whole);
      out.push({ start: start + k, end });
    } else {
      sub(mm - k, start + k, end, false);
      out.push({ start, end: start + k });
    }
  };
  if (m > 0 && m < n) sub(m, 0, n, true);
  return out;
}

/**
 * Computes the RFC hash of each range from stored nodes.
 *
 * @param ranges - ranges as produced by the plans above
 * @param read - node reader
 * @returns one hash per range, in order
 */
export async function hashRanges(ranges: readonly LeafRange[], read: NodeReader): Promise<Uint8Array[]> {
  const plans = ranges.map(decomposeRange);
  const keys = new Map<string, NodeKey>();
  for (const plan of plans) for (const k of plan) keys.set(nodeKeyId(k), k);
  const got = keys.size > 0 ? await read([...keys.values()]) : new Map<string, Uint8Array>();
  return plans.map((plan) => {
    const hashes = plan.map((k) => {
      const h = got.get(nodeKeyId(k));
      if (!h) throw new Error(`missing tree node ${nodeKeyId(k)}`);
      return h;
    });
    let acc = hashes[hashes.length - 1]!;
    for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i]!, acc);
    return acc;
  });
}

/** The node addresses making up the frontier of a tree of `size` leaves, largest subtree first. */
export function frontierKeys(size: number): NodeKey[] {
  return size === 0 ? [] : decomposeRange({ start: 0, end: size });
}

/**
 * The in-memory right edge of the tree: appends leaves, reports the nodes each append completes, and gives
 * the root at the current size.
 */
export class Frontier {
  private readonly stack: TreeNode[];
  private count: number;

  /**
   * @param size - current number of leaves
   * @param nodes - the frontier nodes for that size (see {@link frontierKeys}), largest first
   */
  constructor(size = 0, nodes: readonly TreeNode[] = []) {
    this.count = size;
    this.stack = [...nodes];
  }

  /** Number of leaves. */
  get size(): number {
    return this.count;
  }

  /** A copy (so a failed batch can be rolled back). */
  clone(): Frontier {
    return new Frontier(this.count, this.stack);
  }

  /**
   * Appends a leaf.
   *
   * @param leaf - the leaf hash
   * @returns the interior nodes (level ≥ 1) this leaf completed, lowest first
   */
  append(leaf: Uint8Array): TreeNode[] {
    return this.appendSubtree(0, leaf);
  }

  /**
   * Appends the root of a complete subtree of 2^level leaves (range-parallel verification folds the blocks its
   * workers hashed). The subtree must start at the current size, which must be a multiple of 2^level and leave
   * no smaller subtree open on the right edge.
   *
   * @param level - the subtree's height (0: one leaf)
   * @param hash - its root hash
   * @returns the interior nodes above it that this completes, lowest first
   * @throws RangeError when the subtree is not aligned with the current size
   */
  appendSubtree(level: number, hash: Uint8Array): TreeNode[] {
    const width = 2 ** level;
    const top = this.stack[this.stack.length - 1];
    if (this.count % width !== 0 || (top !== undefined && top.level < level)) throw new RangeError(`subtree of level ${level} not aligned at size ${this.count}`);
    const completed: TreeNode[] = [];
    let node: TreeNode = { level, index: this.count / width, hash };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level === node.level) {
      const left = this.stack.pop()!;
      node = { level: node.level + 1, index: left.index / 2, hash: hashChildren(left.hash, node.hash) };
      completed.push(node);
    }
    this.stack.push(node);
    this.count += width;
    return completed;
  }

  /** The frontier nodes (largest subtree first). */
  nodes(): readonly TreeNode[] {
    return this.stack;
  }

  /** The root hash at the current size. */
  root(): Uint8Array {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let acc = this.stack[this.stack.length - 1]!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) acc = hashChildren(this.stack[i]!.hash, acc);
    return acc;
  }
}
