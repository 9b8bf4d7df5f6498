/**
 * The hot loop of a range verification (issue 18 item 3; `verify-range.ts` drives it): it reads PostgreSQL's
 * binary COPY of `(seq, body, leaf_hash, chain_hash)` chunk by chunk and checks each row where it lies in the
 * chunk — no row object, no string per hash: the body is copied behind a 32-byte slot (`entry-hash.ts`
 * layout), its leaf and chain hashes are computed with one native call each and compared with the stored hex
 * bytes in place. Merkle nodes inside each block of 2^blockLevel leaves are computed into one buffer per block
 * (levels 1..blockLevel, ordered by level then index), which the driver compares with the stored nodes of that
 * block in one query; block roots and the trailing frontier go back to the main thread.
 */
import crypto from 'node:crypto';
import { copyHeaderEnd } from './copy-reader.ts';

const SLOT = 32;
const HEX = Buffer.from('0123456789abcdef', 'latin1');

/** The nodes a block (or the trailing part of one) completed, to be compared with the stored ones. */
export interface ScannedBlock {
  /** Leaf index of the block's first leaf (a multiple of 2^blockLevel). */
  readonly start: number;
  /** Leaves in it (2^blockLevel, or fewer for the trailing block). */
  readonly leaves: number;
  /** The complete nodes of levels 1..blockLevel inside it, by level then index, 32 bytes each. */
  readonly nodes: Buffer;
}

/** The first fault met. */
export interface ScanFault {
  readonly seq: number;
  readonly detail: string;
}

/** True when the 32-byte digest equals the 64 lower-case hex bytes at `at`. */
function hexEquals(digest: Buffer, buf: Buffer, at: number): boolean {
  for (let i = 0; i < 32; i++) {
    const b = digest[i] ?? 0;
    if (buf[at + 2 * i] !== HEX[b >> 4] || buf[at + 2 * i + 1] !== HEX[b & 15]) return false;
  }
  return true;
}

/** Checks the rows of one range as they stream in. */
export class RangeScanner {
  /** Entries checked. */
  count = 0;
  /** The first fault, after which nothing more is checked. */
  fault: ScanFault | null = null;
  /** True once the COPY trailer was read. */
  done = false;
  /** Roots of the complete blocks, in order. */
  readonly blockRoots: Buffer[] = [];

  private readonly level: number;
  private readonly width: number;
  private rest: Buffer | null = null;
  private headerDone = false;
  private expected: number;
  private readonly prev = Buffer.alloc(32);
  private scratch = Buffer.allocUnsafe(8192);
  /** stack[l] (32 bytes at l·32): the last complete node of level l in the current block. */
  private readonly stack: Buffer;
  private nodes: Buffer;
  private inBlock = 0;
  private blockStart: number;
  private readonly pair = Buffer.alloc(65, 1);
  private ready: ScannedBlock[] = [];
  /** Byte offset of level l's first node in a block's node buffer. */
  private readonly levelAt: number[] = [];

  /**
   * @param afterSeq - the range starts after this entry (a multiple of 2^blockLevel)
   * @param prevChainHash - stored chain hash of entry `afterSeq` (32 bytes)
   * @param blockLevel - blocks of 2^blockLevel leaves
   */
  constructor(afterSeq: number, prevChainHash: Uint8Array, blockLevel: number) {
    this.level = blockLevel;
    this.width = 2 ** blockLevel;
    if (afterSeq % this.width !== 0) throw new RangeError(`range start ${afterSeq} is not on a block boundary`);
    this.expected = afterSeq + 1;
    this.blockStart = afterSeq;
    this.prev.set(prevChainHash);
    this.stack = Buffer.alloc((blockLevel + 1) * 32);
    let at = 0;
    for (let l = 1; l <= blockLevel; l++) {
      this.levelAt[l] = at;
      at += (this.width >> l) * 32;
    }
    this.levelAt[blockLevel + 1] = at;
    this.nodes = Buffer.allocUnsafe(at);
  }

  /** Chain hash of the last entry checked (hex). */
  get lastChainHash(): string {
    return this.prev.toString('hex');
  }

  /** Blocks completed since the last call. */
  takeBlocks(): ScannedBlock[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  /**
   * Consumes a chunk of the COPY stream (rows may span chunks).
   *
   * @param chunk - the next bytes
   */
  push(chunk: Buffer): void {
    if (this.fault || this.done) return;
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let at = 0;
    if (!this.headerDone) {
      const first = copyHeaderEnd(buf);
      if (first === null) {
        this.rest = buf;
        return;
      }
      at = first;
      this.headerDone = true;
    }
    const end = buf.length;
    while (end - at >= 2) {
      const fields = buf.readInt16BE(at);
      if (fields === -1) {
        this.done = true;
        at += 2;
        break;
      }
      if (fields !== 4) throw new Error(`audit range scan: ${fields} fields in a row, 4 expected`);
      // seq: 4-byte length 8, then the value.
      let p = at + 2;
      if (end - p < 12) break;
      const seq = buf.readUInt32BE(p + 4) * 4294967296 + buf.readUInt32BE(p + 8);
      p += 12;
      if (end - p < 4) break;
      const bodyLen = buf.readInt32BE(p);
      const body = p + 4;
      p = body + bodyLen;
      if (end - p < 4) break;
      const leafLen = buf.readInt32BE(p);
      const leaf = p + 4;
      p = leaf + leafLen;
      if (end - p < 4) break;
      const chainLen = buf.readInt32BE(p);
      const chain = p + 4;
      p = chain + chainLen;
      if (p > end) break;
      if (bodyLen < 0 || leafLen < 0 || chainLen < 0) throw new Error('audit range scan: unexpected NULL');
      at = p;
      if (!this.check(seq, buf, body, bodyLen, leafLen === 64 ? leaf : -1, chainLen === 64 ? chain : -1)) return;
    }
    // Keep the incomplete tail (copied, so that the large chunk is not pinned by it).
    this.rest = at < end ? Buffer.from(buf.subarray(at)) : null;
  }

  /**
   * Ends the range: the trailing incomplete block's nodes are queued for comparison.
   *
   * @returns the frontier of the trailing block, largest subtree first (hex)
   */
  finish(): { level: number; hash: string }[] {
    if (this.inBlock === 0) return [];
    const n = this.inBlock;
    const parts: Buffer[] = [];
    for (let l = 1; l <= this.level; l++) {
      const from = this.levelAt[l] ?? 0;
      parts.push(this.nodes.subarray(from, from + (n >> l) * 32));
    }
    this.ready.push({ start: this.blockStart, leaves: n, nodes: Buffer.concat(parts) });
    const tail: { level: number; hash: string }[] = [];
    for (let l = this.level; l >= 0; l--) if ((n >> l) & 1) tail.push({ level: l, hash: this.stack.toString('hex', l * 32, l * 32 + 32) });
    return tail;
  }

  private check(seq: number, buf: Buffer, body: number, bodyLen: number, leafAt: number, chainAt: number): boolean {
    if (seq !== this.expected) return this.fail(this.expected, `entry ${this.expected} is missing or out of order`);
    const len = SLOT + bodyLen;
    if (this.scratch.length < len) this.scratch = Buffer.allocUnsafe(2 * len);
    const s = this.scratch;
    buf.copy(s, SLOT, body, body + bodyLen);
    s[SLOT - 1] = 0;
    const leaf = crypto.hash('sha256', s.subarray(SLOT - 1, len), 'buffer');
    if (leafAt < 0 || !hexEquals(leaf, buf, leafAt)) return this.fail(seq, 'the body does not match its leaf hash');
    this.prev.copy(s, 0);
    const chain = crypto.hash('sha256', s.subarray(0, len), 'buffer');
    if (chainAt < 0 || !hexEquals(chain, buf, chainAt)) return this.fail(seq, 'the chain hash does not follow');
    chain.copy(this.prev, 0);
    this.addLeaf(leaf);
    this.expected++;
    this.count++;
    return true;
  }

  private addLeaf(leaf: Buffer): void {
    const i = this.inBlock;
    let node = leaf;
    let l = 0;
    while ((i >> l) & 1) {
      // Complete the node of level l+1: hash(stack[l] ‖ node).
      this.stack.copy(this.pair, 1, l * 32, l * 32 + 32);
      node.copy(this.pair, 33);
      node = crypto.hash('sha256', this.pair, 'buffer');
      l++;
      node.copy(this.nodes, (this.levelAt[l] ?? 0) + (i >> l) * 32);
    }
    node.copy(this.stack, l * 32);
    this.inBlock = i + 1;
    if (this.inBlock === this.width) {
      this.blockRoots.push(Buffer.from(this.stack.subarray(this.level * 32, this.level * 32 + 32)));
      this.ready.push({ start: this.blockStart, leaves: this.width, nodes: this.nodes });
      this.nodes = Buffer.allocUnsafe(this.levelAt[this.level + 1] ?? 0);
      this.blockStart += this.width;
      this.inBlock = 0;
    }
  }

  private fail(seq: number, detail: string): false {
    this.fault = { seq, detail };
    return false;
  }
}
