/**
 * Proofs produced from stored nodes are checked against an independent, literal transcription of the RFC 6962
 * definitions (MTH, PATH, PROOF/SUBPROOF) written here over node:crypto, and verified with the browser-safe
 * verifier, which must also reject every altered proof.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { Frontier, consistencyRanges, frontierKeys, hashLeaf, hashRanges, inclusionRanges, nodeKeyId, type NodeReader, type TreeNode } from './merkle-tree.ts';
import { verifyConsistency, verifyEntryInclusion, verifyInclusion, emptyRoot } from './merkle-verify.ts';
import { sha256 } from './sha256.ts';
import { fromBase64, fromHex, toBase64, toHex } from './bytes.ts';
import { itemAt } from '../platform/arrays.ts';

// ---- independent reference (RFC 6962 §2.1, literally) ----
const H = (...parts: Buffer[]): Buffer => crypto.createHash('sha256').update(Buffer.concat(parts)).digest();
const k = (n: number): number => 2 ** Math.ceil(Math.log2(n) - 1);
function mth(d: Buffer[]): Buffer {
  if (d.length === 0) return H();
  if (d.length === 1) return H(Buffer.from([0]), d[0]!);
  const s = k(d.length);
  return H(Buffer.from([1]), mth(d.slice(0, s)), mth(d.slice(s)));
}
function path(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s ? [...path(m, d.slice(0, s)), mth(d.slice(s))] : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
}
function subproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))] : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
}

function build(n: number): { entries: Buffer[]; reader: NodeReader; frontier: Frontier; stored: Map<string, Uint8Array> } {
  const entries = Array.from({ length: n }, (_, i) => Buffer.from(`{"i":${i}}`));
  const stored = new Map<string, Uint8Array>();
  const frontier = new Frontier();
  entries.forEach((e, i) => {
    const leaf = hashLeaf(e);
    stored.set(nodeKeyId({ level: 0, index: i }), leaf);
    for (const node of frontier.append(leaf)) stored.set(nodeKeyId(node), node.hash);
  });
  const reader: NodeReader = async (keys) => new Map(keys.map((key) => [nodeKeyId(key), stored.get(nodeKeyId(key))!]));
  return { entries, reader, frontier, stored };
}

test('the pure SHA-256 and byte helpers agree with node:crypto and Buffer', () => {
  for (const len of [0, 1, 55, 56, 63, 64, 65, 1000]) {
    const data = crypto.randomBytes(len);
    assert.equal(toHex(sha256(data)), crypto.createHash('sha256').update(data).digest('hex'));
    assert.equal(toBase64(data), data.toString('base64'));
    assert.deepEqual(Buffer.from(fromBase64(data.toString('base64'))), data);
    assert.deepEqual(Buffer.from(fromHex(data.toString('hex'))), data);
  }
  assert.throws(() => fromHex('abc'));
  assert.throws(() => fromBase64('ab$='));
  assert.equal(toHex(emptyRoot()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('roots and frontier match the reference for every size up to 70', () => {
  for (let n = 0; n <= 70; n++) {
    const { entries, frontier, stored } = build(n);
    assert.equal(toHex(frontier.root()), mth(entries).toString('hex'), `root at ${n}`);
    const nodes: TreeNode[] = frontierKeys(n).map((key) => ({ ...key, hash: stored.get(nodeKeyId(key))! }));
    const recovered = new Frontier(n, nodes);
    assert.equal(toHex(recovered.root()), mth(entries).toString('hex'));
  }
});

test('inclusion proofs from stored nodes equal the RFC PATH and verify; altered proofs fail', async () => {
  for (const n of [1, 2, 3, 5, 7, 8, 13, 16, 31, 64, 67]) {
    const { entries, reader } = build(n);
    const root = mth(entries);
    for (let m = 0; m < n; m++) {
      const proof = await hashRanges(inclusionRanges(m, n), reader);
      assert.deepEqual(proof.map(toHex), path(m, entries).map((b) => b.toString('hex')), `n=${n} m=${m}`);
      const leaf = hashLeaf(entries[m]!);
      assert.ok(verifyInclusion(m, n, leaf, proof, root));
      assert.ok(!verifyInclusion(m, n, hashLeaf(Buffer.from('forged')), proof, root));
      if (proof.length > 0) {
        const bad = proof.map((p) => Buffer.from(p));
        const flipped = itemAt(bad, 0);
        flipped.writeUInt8(flipped.readUInt8(0) ^ 1, 0);
        assert.ok(!verifyInclusion(m, n, leaf, bad, root));
        assert.ok(!verifyInclusion(m, n, leaf, proof.slice(1), root));
      }
      if (n > 1) assert.ok(!verifyInclusion((m + 1) % n, n, leaf, proof, root), `index+1 n=${n} m=${m}`);
    }
  }
  const { entries, reader } = build(10);
  const proof = await hashRanges(inclusionRanges(4, 10), reader);
  const json = { leafIndex: 4, treeSize: 10, leafHash: toHex(hashLeaf(entries[4]!)), path: proof.map(toHex), rootHash: mth(entries).toString('hex') };
  assert.ok(verifyEntryInclusion(entries[4]!.toString(), json));
  assert.ok(!verifyEntryInclusion('{"i":5}', json));
  assert.ok(!verifyEntryInclusion(entries[4]!.toString(), { ...json, rootHash: 'zz' }));
  assert.ok(!verifyInclusion(10, 10, hashLeaf(entries[4]!), proof, mth(entries)));
});

test('consistency proofs equal the RFC PROOF and verify for every pair of sizes; altered ones fail', async () => {
  const N = 40;
  const { entries, reader } = build(N);
  for (let n = 1; n <= N; n++) {
    const d = entries.slice(0, n);
    const root = mth(d);
    for (let m = 0; m <= n; m++) {
      const proof = await hashRanges(consistencyRanges(m, n), reader);
      const expected = m > 0 && m < n ? subproof(m, d, true) : [];
      assert.deepEqual(proof.map(toHex), expected.map((b) => b.toString('hex')), `m=${m} n=${n}`);
      const oldRoot = mth(entries.slice(0, m));
      assert.ok(verifyConsistency(m, n, oldRoot, root, proof), `verify m=${m} n=${n}`);
      if (m > 0 && m < n) {
        const forgedOld = mth([...entries.slice(0, m - 1), Buffer.from('x')]);
        assert.ok(!verifyConsistency(m, n, forgedOld, root, proof));
        const bad = proof.map((p) => Buffer.from(p));
        const flipped = itemAt(bad, -1);
        flipped.writeUInt8(flipped.readUInt8(5) ^ 0x80, 5);
        assert.ok(!verifyConsistency(m, n, oldRoot, root, bad));
        assert.ok(!verifyConsistency(m, n, oldRoot, root, []));
      }
    }
  }
  assert.ok(!verifyConsistency(5, 4, mth(entries.slice(0, 5)), mth(entries.slice(0, 4)), []));
});
