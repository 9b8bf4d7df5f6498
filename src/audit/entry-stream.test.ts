/**
 * The binary COPY parser of the verifier's entry stream: rows split across chunks at every byte boundary
 * come out whole and in order; a wrong stream is refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BinaryEntryParser, type LeanEntry } from './entry-stream.ts';

function field(bytes: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeInt32BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

function copyStream(rows: ReadonlyArray<{ seq: number; body: string; leaf: string; chain: string }>): Buffer {
  const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
  const parts: Buffer[] = [header];
  for (const r of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(4);
    const seq = Buffer.alloc(8);
    seq.writeBigInt64BE(BigInt(r.seq));
    parts.push(count, field(seq), field(Buffer.from(r.body, 'utf8')), field(Buffer.from(r.leaf)), field(Buffer.from(r.chain)));
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1);
  parts.push(trailer);
  return Buffer.concat(parts);
}

const rows = [
  { seq: 1, body: '{"a":"Nguyễn Văn A"}', leaf: 'aa'.repeat(32), chain: 'bb'.repeat(32) },
  { seq: 2, body: '{"b":"tab\\tquote\\""}', leaf: 'cc'.repeat(32), chain: 'dd'.repeat(32) },
  { seq: 3, body: '{}', leaf: 'ee'.repeat(32), chain: 'ff'.repeat(32) },
];

test('rows split across chunks at every boundary are parsed whole and in order', () => {
  const all = copyStream(rows);
  for (let cut = 1; cut < all.length; cut++) {
    const parser = new BinaryEntryParser();
    const out: LeanEntry[] = [];
    parser.push(all.subarray(0, cut), out);
    parser.push(all.subarray(cut), out);
    assert.equal(parser.done, true);
    assert.deepEqual(out.map((e) => [e.seq, e.body.toString('utf8'), e.leafHash, e.chainHash]), rows.map((r) => [r.seq, r.body, r.leaf, r.chain]), `cut at ${cut}`);
  }
});

test('a stream that is not binary COPY is refused', () => {
  assert.throws(() => new BinaryEntryParser().push(Buffer.from('seq\tbody\n1\t{}\n...........'), []), /not a binary COPY stream/);
});
