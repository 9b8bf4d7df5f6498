/** The one-call entry hashes equal the reference definitions (hashLeaf, chainHashOf), for text and bytes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { EntryScratch, chainOfEntry, entryBytes, leafOfEntry } from './entry-hash.ts';
import { hashLeaf, hexOf } from './merkle-tree.ts';
import { chainHashOf } from './appender.ts';

test('leaf and chain hashes match hashLeaf and chainHashOf, whatever was in the slot before', () => {
  const scratch = new EntryScratch();
  for (const body of ['{}', '{"name":"Nguyễn Thị Hồng"}', 'x'.repeat(5000), '{"e":"😀"}']) {
    const prev = crypto.randomBytes(32);
    const e = entryBytes(body);
    const leaf = hexOf(hashLeaf(Buffer.from(body, 'utf8')));
    const chain = hexOf(chainHashOf(prev, body));
    assert.equal(hexOf(chainOfEntry(e, prev)), chain);
    assert.equal(hexOf(leafOfEntry(e)), leaf);
    assert.equal(hexOf(chainOfEntry(e, prev)), chain);
    for (const input of [body, Buffer.from(body, 'utf8')]) {
      const s = scratch.load(input);
      assert.equal(hexOf(leafOfEntry(s)), leaf);
      assert.equal(hexOf(chainOfEntry(s, prev)), chain);
    }
  }
});
