import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { decodePublicKey, verifyEd25519 } from './ed25519.ts';

test('Ed25519: a signature verifies only with the signer’s key over the same bytes', () => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const other = crypto.generateKeyPairSync('ed25519');
  const raw = (k: crypto.KeyObject): string => Buffer.from(k.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
  const msg = Buffer.from('Báo cáo 6 tháng đầu năm 2026', 'utf8');
  const sig = crypto.sign(null, msg, privateKey).toString('base64');
  assert.equal(verifyEd25519(raw(publicKey), msg, sig), true);
  assert.equal(verifyEd25519(raw(other.publicKey), msg, sig), false);
  assert.equal(verifyEd25519(raw(publicKey), Buffer.from('Báo cáo 6 tháng cuối năm 2026'), sig), false);
  assert.equal(verifyEd25519(raw(publicKey), msg, 'AAAA'), false);
  assert.equal(decodePublicKey('not a key'), null);
  assert.equal(decodePublicKey(Buffer.alloc(31).toString('base64')), null);
  assert.ok(decodePublicKey(raw(publicKey)));
});
