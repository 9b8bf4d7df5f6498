/**
 * Verification of Merkle inclusion and consistency proofs, RFC 9162 §2.1.3.2 and §2.1.4.2 (the tree of
 * RFC 6962: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right), empty tree = SHA-256("")).
 *
 * Pure and browser-safe: no node-only APIs, synchronous, sizes as JavaScript numbers (exact to 2^53, far
 * beyond any audit log), arithmetic instead of 32-bit bitwise operators. The citizen's browser runs this file
 * to check that an access shown to them is in the log the signed checkpoint commits to.
 */
import { sha256 } from './sha256.ts';
import { concatBytes, equalBytes, fromHex, utf8 } from './bytes.ts';

const LEAF = new Uint8Array([0]);
const NODE = new Uint8Array([1]);

/** Hash of a leaf: SHA-256(0x00 ‖ entry bytes). */
export function leafHashOf(entry: Uint8Array): Uint8Array {
  return sha256(concatBytes(LEAF, entry));
}

/** Hash of an interior node: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHashOf(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(NODE, left, right));
}

/** Root of the empty tree: SHA-256 of the empty string. */
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array(0));
}

const odd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

function isPowerOfTwo(n: number): boolean {
  let v = n;
  while (v > 1 && v % 2 === 0) v /= 2;
  return v === 1;
}

/**
 * Verifies an inclusion proof.
 *
 * @param leafIndex - 0-based index of the leaf
 * @param treeSize - size of the tree the root belongs to
 * @param leafHash - hash of the leaf
 * @param path - the audit path, leaf side first
 * @param root - the expected root
 * @returns true when the leaf is at `leafIndex` in the tree with that root
 */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  path: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0 || leafIndex >= treeSize) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHashOf(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHashOf(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalBytes(r, root);
}

/**
 * Verifies a consistency proof between two tree sizes.
 *
 * @param firstSize - the earlier size
 * @param secondSize - the later size
 * @param firstRoot - root at the earlier size
 * @param secondRoot - root at the later size
 * @param path - the consistency proof
 * @returns true when the later tree extends the earlier one unchanged
 */
export function verifyConsistency(
  firstSize: number,
  secondSize: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  path: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(firstSize) || !Number.isSafeInteger(secondSize) || firstSize < 0 || firstSize > secondSize) return false;
  if (firstSize === secondSize) return path.length === 0 && equalBytes(firstRoot, secondRoot);
  if (firstSize === 0) return path.length === 0; // the empty tree is a prefix of every tree
  if (path.length === 0) return false;
  const proof = isPowerOfTwo(firstSize) ? [firstRoot, ...path] : [...path];
  let fn = firstSize - 1;
  let sn = secondSize - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = proof[0]!;
  let sr = proof[0]!;
  for (const c of proof.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHashOf(c, fr);
      sr = nodeHashOf(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHashOf(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalBytes(fr, firstRoot) && equalBytes(sr, secondRoot);
}

/** An inclusion proof as the server hands it out (hex hashes). */
export interface InclusionProofJson {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly path: readonly string[];
  readonly rootHash: string;
}

/**
 * Verifies an inclusion proof for an entry body as served (hex), recomputing the leaf hash from the body so
 * that the body shown is the one the log committed to.
 *
 * @param body - the canonical JSON body of the entry
 * @param proof - the proof with hex hashes
 * @returns true when the body is the leaf at `leafIndex` under `rootHash`
 */
export function verifyEntryInclusion(body: string, proof: InclusionProofJson): boolean {
  try {
    const leaf = leafHashOf(utf8(body));
    if (!equalBytes(leaf, fromHex(proof.leafHash))) return false;
    return verifyInclusion(proof.leafIndex, proof.treeSize, leaf, proof.path.map(fromHex), fromHex(proof.rootHash));
  } catch {
    return false;
  }
}
