import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatCheckpointNote, parseCheckpointNote, signCheckpoint, verifyCheckpointSignature } from './checkpoint.ts';
import { DEMO_KEY_FILE, loadSigningKey, parseVerifierKey, signingKeyFromSeed, verifierKeyText } from './signing-key.ts';

const root = crypto.createHash('sha256').update('root').digest('hex');

test('a checkpoint round-trips through its signed note and verifies; any change breaks it', () => {
  const key = signingKeyFromSeed(crypto.randomBytes(32));
  const c = signCheckpoint({ size: 1234, rootHash: root }, key, new Date('2026-03-02T02:00:00Z'));
  const note = formatCheckpointNote(c);
  const lines = note.split('\n');
  assert.equal(lines[0], 'baohiemxahoi.gov.vn/khien/audit');
  assert.equal(lines[1], '1234');
  assert.equal(lines[2], Buffer.from(root, 'hex').toString('base64'));
  assert.equal(lines[3], '2026-03-02T02:00:00.000Z');
  assert.equal(lines[4], '');
  assert.match(lines[5]!, /^\u2014 baohiemxahoi\.gov\.vn\/khien\/audit [A-Za-z0-9+/=]+$/);
  const parsed = parseCheckpointNote(note);
  assert.deepEqual(parsed, c);
  assert.equal(parsed.keyId, key.keyId);
  assert.ok(verifyCheckpointSignature(parsed, key.publicKey));
  assert.ok(!verifyCheckpointSignature({ ...parsed, treeSize: 1235 }, key.publicKey));
  assert.ok(!verifyCheckpointSignature(parsed, signingKeyFromSeed(crypto.randomBytes(32)).publicKey));
  assert.ok(!verifyCheckpointSignature(parseCheckpointNote(note.replace('\n1234\n', '\n1233\n')), key.publicKey));
  // Node's own Ed25519 agrees on the public key (the key id is derived from it).
  const verifier = parseVerifierKey(verifierKeyText(key));
  assert.deepEqual(verifier && Buffer.from(verifier.publicKey), Buffer.from(key.publicKey));
  assert.equal(parseVerifierKey(verifierKeyText(key).replace(/\+[0-9a-f]{8}\+/, '+00000000+')), null);
});

test('malformed checkpoint files are refused with a reason', () => {
  const key = signingKeyFromSeed(crypto.randomBytes(32));
  const note = formatCheckpointNote(signCheckpoint({ size: 3, rootHash: root }, key, new Date()));
  const cases: Array<[string, string]> = [
    ['', 'no signature block'],
    [note.replace('\n3\n', '\nthree\n'), 'size'],
    [note.replace(/\n[A-Za-z0-9+/=]{44}\n/, '\nAAAA\n'), 'root hash'],
    [note.replace(/\u2014 /, '- '), 'signature line'],
    [note.split('\n').slice(1).join('\n'), 'body must have 4 lines'],
  ];
  for (const [text, why] of cases) {
    assert.throws(() => parseCheckpointNote(text), (err: unknown) => {
      assert.equal((err as { code: string }).code, 'KHIEN_AUDIT_BAD_CHECKPOINT');
      assert.deepEqual((err as { params: string[] }).params, [why]);
      return true;
    }, why);
  }
});

test('the demo key is generated once with mode 0600; production needs a configured key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-key-'));
  try {
    const a = loadSigningKey({ mode: 'demo', dataDir: dir });
    const b = loadSigningKey({ mode: 'demo', dataDir: dir });
    assert.equal(a.keyId, b.keyId);
    assert.equal(fs.statSync(path.join(dir, DEMO_KEY_FILE)).mode & 0o777, 0o600);
    const seed = crypto.randomBytes(32);
    const configured = loadSigningKey({ mode: 'production', dataDir: dir, auditSigningKey: seed.toString('base64') });
    assert.equal(configured.keyId, signingKeyFromSeed(seed).keyId);
    assert.throws(() => loadSigningKey({ mode: 'production', dataDir: dir }), { code: 'KHIEN_AUDIT_SIGNING_KEY' });
    assert.throws(() => loadSigningKey({ mode: 'demo', dataDir: dir, auditSigningKey: crypto.randomBytes(16).toString('base64') }), { code: 'KHIEN_AUDIT_SIGNING_KEY' });
    assert.throws(() => loadSigningKey({ mode: 'demo', dataDir: dir, auditSigningKey: 'not base64 at all!' }), { code: 'KHIEN_AUDIT_SIGNING_KEY' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
