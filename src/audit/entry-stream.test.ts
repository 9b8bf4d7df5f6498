/**
 * The binary COPY parser of the verifier's entry stream: rows split across chunks at every byte boundary
 * come out whole and in order; a wrong stream is refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BinaryEntryParser, type LeanEntry } from './entry-stream.ts';
import { binaryCopyOfEntries } from './audit-test-helpers.ts';


const rows = [
  { seq: 1, body: '{"a":"Nguyễn Văn A"}', leaf: 'aa'.repeat(32), chain: 'bb'.repeat(32) },
  { seq: 2, body: '{"b":"tab\\tquote\\""}', leaf: 'cc'.repeat(32), chain: 'dd'.repeat(32) },
  { seq: 3, body: '{}', leaf: 'ee'.repeat(32), chain: 'ff'.repeat(32) },
];

test('rows split across chunks at every boundary are parsed whole and in order', () => {
  const all = binaryCopyOfEntries(rows);
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
