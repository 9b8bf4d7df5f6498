import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock } from '../platform/clock.ts';
import { verifyInclusion as auditVerifyInclusion } from '../audit/merkle-verify.ts';
import { fromHex } from '../audit/bytes.ts';
import { createMemoryAuditLog } from './memory-audit-log.ts';
import { staffAccessEvent } from './citizen-test-helpers.ts';
import { verifyAccessPage, verifyCheckpoint, verifyInclusion } from './verify-proof.js';

test('inclusion proofs verify for every leaf of trees of size 1..33, and agree with the audit module', async () => {
  const log = createMemoryAuditLog(createManualClock());
  for (let n = 1; n <= 33; n++) {
    await log.record(staffAccessEvent(`p-${n}`));
    const cp = log.checkpoint();
    for (let i = 0; i < n; i++) {
      const entry = (await log.getEntry(i + 1))!;
      const path = await log.inclusionPath(i, n);
      const proof = { leafIndex: i, treeSize: n, leafHash: entry.leafHash, path, rootHash: cp.rootHash };
      assert.equal(await verifyInclusion(proof), true, `n=${n} i=${i}`);
      assert.equal(auditVerifyInclusion(i, n, fromHex(entry.leafHash), path.map(fromHex), fromHex(cp.rootHash)), true);
    }
  }
});

test('altered proofs, leaves, roots and sizes fail', async () => {
  const log = createMemoryAuditLog(createManualClock());
  for (let n = 0; n < 11; n++) await log.record(staffAccessEvent(`p-${n}`));
  const cp = log.checkpoint();
  const e = (await log.getEntry(6))!;
  const path = await log.inclusionPath(5, 11);
  const good = { leafIndex: 5, treeSize: 11, leafHash: e.leafHash, path, rootHash: cp.rootHash };
  assert.equal(await verifyInclusion(good), true);
  const flip = (h: string) => (h[0] === '0' ? '1' : '0') + h.slice(1);
  const cases: Array<[string, typeof good]> = [
    ['leaf', { ...good, leafHash: flip(good.leafHash) }],
    ['root', { ...good, rootHash: flip(good.rootHash) }],
    ['path element', { ...good, path: [flip(path[0]!), ...path.slice(1)] }],
    ['path truncated', { ...good, path: path.slice(0, -1) }],
    ['path extended', { ...good, path: [...path, path[0]!] }],
    ['index', { ...good, leafIndex: 4 }],
    ['size', { ...good, treeSize: 6 }],
    ['index out of range', { ...good, leafIndex: 11 }],
    ['bad hex', { ...good, leafHash: 'zz' }],
  ];
  for (const [what, proof] of cases) assert.equal(await verifyInclusion(proof), false, what);
});

test('checkpoints: the signature must match the text, and the text must state the size and root', async () => {
  const log = createMemoryAuditLog(createManualClock());
  await log.record(staffAccessEvent('p'));
  await log.record(staffAccessEvent('q'));
  const cp = log.checkpoint();
  assert.equal(await verifyCheckpoint(cp), true);
  assert.equal(await verifyCheckpoint({ ...cp, text: cp.text.replace('\n2\n', '\n3\n') }), false, 'altered text');
  assert.equal(await verifyCheckpoint({ ...cp, treeSize: 3 }), false, 'size not in text');
  assert.equal(await verifyCheckpoint({ ...cp, rootHash: '00'.repeat(32) }), false, 'root not in text');
  const other = createMemoryAuditLog(createManualClock()).checkpoint();
  assert.equal(await verifyCheckpoint({ ...cp, publicKey: other.publicKey }), false, 'another key');

  const page = { checkpoint: cp, items: [{ seq: 1, proof: { leafIndex: 0, leafHash: (await log.getEntry(1))!.leafHash, path: await log.inclusionPath(0, 2) } }, { seq: 9, proof: null }] };
  const r = await verifyAccessPage(page);
  assert.deepEqual(r, { checkpoint: true, entries: { 1: true, 9: null } });
});
