/**
 * The range scanner (hot loop of the range-parallel verification): over a binary COPY stream cut anywhere
 * it reaches the same chain head, block roots, per-block Merkle nodes and trailing frontier as the
 * reference code (`entry-hash.ts`, `merkle-tree.ts`); an altered body, leaf or chain hash, or a gap, is its
 * first fault.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainOfEntry, entryBytes, leafOfEntry } from './entry-hash.ts';
import { Frontier, hexOf } from './merkle-tree.ts';
import { RangeScanner, type ScannedBlock } from './range-scan.ts';
import { binaryCopyOfEntries, type CopyEntryRow } from './audit-test-helpers.ts';


/** n honest rows after `after` entries (chained from `prev`), and the reference results for blocks of 2^level. */
function honest(after: number, n: number, level: number) {
  let prev: Uint8Array = Buffer.alloc(32, 7);
  const start = prev;
  const rows: CopyEntryRow[] = [];
  const width = 2 ** level;
  const blocks: string[] = [];
  const nodes: string[][] = [];
  let block = new Frontier();
  let byLevel: Map<number, string[]> = new Map();
  const flush = (): void => {
    const hexes: string[] = [];
    for (let l = 1; l <= level; l++) hexes.push(...(byLevel.get(l) ?? []));
    nodes.push(hexes);
    byLevel = new Map();
  };
  for (let i = 0; i < n; i++) {
    const body = JSON.stringify({ i, name: 'Trần Thị Bình', pad: 'x'.repeat(i % 50) });
    const e = entryBytes(body);
    const leaf = leafOfEntry(e);
    const chain = chainOfEntry(e, prev);
    rows.push({ seq: after + i + 1, body, leaf: hexOf(leaf), chain: hexOf(chain) });
    prev = chain;
    for (const node of block.append(leaf)) byLevel.set(node.level, [...(byLevel.get(node.level) ?? []), hexOf(node.hash)]);
    if (block.size === width) {
      blocks.push(hexOf(block.root()));
      flush();
      block = new Frontier();
    }
  }
  const tail = block.nodes().map((t) => ({ level: t.level, hash: hexOf(t.hash) }));
  if (block.size > 0) flush();
  return { start, rows, blocks, nodes, tail, head: hexOf(prev) };
}

function scan(after: number, start: Uint8Array, level: number, chunks: Buffer[]) {
  const s = new RangeScanner(after, start, level);
  const ready: ScannedBlock[] = [];
  for (const c of chunks) {
    s.push(c);
    ready.push(...s.takeBlocks());
  }
  const tail = s.fault ? [] : s.finish();
  ready.push(...s.takeBlocks());
  return { s, ready, tail };
}

test('cut at many byte positions, the scan gives the reference chain head, block roots, block nodes and tail', () => {
  const ref = honest(16, 21, 3);
  const all = binaryCopyOfEntries(ref.rows);
  for (let cut = 1; cut < all.length; cut += 7) {
    const { s, ready, tail } = scan(16, ref.start, 3, [all.subarray(0, cut), all.subarray(cut)]);
    assert.equal(s.fault, null, `cut at ${cut}`);
    assert.equal(s.done, true);
    assert.equal(s.count, 21);
    assert.equal(s.lastChainHash, ref.head);
    assert.deepEqual(s.blockRoots.map((b) => b.toString('hex')), ref.blocks);
    assert.deepEqual(ready.map((b) => [b.start, b.leaves]), [[16, 8], [24, 8], [32, 5]]);
    assert.deepEqual(ready.map((b) => b.nodes.toString('hex')), ref.nodes.map((h) => h.join('')));
    assert.deepEqual(tail, ref.tail);
  }
});

test('an altered body, leaf hash or chain hash, or a missing entry, is the first fault', () => {
  const ref = honest(0, 12, 2);
  const cases: Array<[string, (rows: CopyEntryRow[]) => CopyEntryRow[], number, RegExp]> = [
    ['body', (r) => r.map((x) => (x.seq === 5 ? { ...x, body: x.body.replace('Bình', 'Binh') } : x)), 5, /leaf hash/],
    ['leaf', (r) => r.map((x) => (x.seq === 6 ? { ...x, leaf: 'ab'.repeat(32) } : x)), 6, /leaf hash/],
    ['chain', (r) => r.map((x) => (x.seq === 7 ? { ...x, chain: 'ab'.repeat(32) } : x)), 7, /chain hash/],
    ['gap', (r) => r.filter((x) => x.seq !== 8), 8, /missing or out of order/],
  ];
  for (const [name, change, seq, detail] of cases) {
    const { s } = scan(0, ref.start, 2, [binaryCopyOfEntries(change(ref.rows))]);
    assert.equal(s.fault?.seq, seq, name);
    assert.match(s.fault?.detail ?? '', detail, name);
  }
});
