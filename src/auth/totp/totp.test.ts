import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import * as OTPAuth from 'otpauth';
import { generateTotp, matchTotpStep, newTotpSecret, totpQrDataUrl, totpStep, totpUri } from './totp.ts';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890", 8-digit codes.
const RFC_SECRET = new OTPAuth.Secret({ buffer: new TextEncoder().encode('12345678901234567890').buffer }).base32;
const RFC_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test('RFC 6238 SHA-1 test vectors', () => {
  for (const [t, code] of RFC_VECTORS) assert.equal(generateTotp(RFC_SECRET, new Date(t * 1000), 8), code, `T=${t}`);
});

const hasOathtool = fs.existsSync('/usr/bin/oathtool');

test('codes match Debian oathtool at fixed times and now', { skip: !hasOathtool && 'oathtool not installed' }, () => {
  const secret = newTotpSecret();
  for (const iso of ['2026-03-02T02:00:00Z', '2030-12-31T23:59:59Z', '2001-09-09T01:46:40Z']) {
    const ours = generateTotp(secret, new Date(iso));
    const theirs = execFileSync('oathtool', ['--totp', '-b', secret, '--now', iso.replace('T', ' ').replace('Z', ' UTC')], { encoding: 'utf8' }).trim();
    assert.equal(ours, theirs, iso);
  }
  const now = new Date();
  const code = execFileSync('oathtool', ['--totp', '-b', secret], { encoding: 'utf8' }).trim();
  assert.notEqual(matchTotpStep(secret, code, now), null);
});

test('±1 step of skew is accepted, two steps are not, and the matched step is reported', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-03-02T02:00:15Z');
  const step = totpStep(at);
  assert.equal(matchTotpStep(secret, generateTotp(secret, at), at), step);
  assert.equal(matchTotpStep(secret, generateTotp(secret, new Date(at.getTime() - 30_000)), at), step - 1);
  assert.equal(matchTotpStep(secret, generateTotp(secret, new Date(at.getTime() + 30_000)), at), step + 1);
  assert.equal(matchTotpStep(secret, generateTotp(secret, new Date(at.getTime() - 60_000)), at), null);
  assert.equal(matchTotpStep(secret, generateTotp(secret, new Date(at.getTime() + 90_000)), at), null);
  for (const bad of ['', '12345', '1234567', 'abcdef', '12 456']) assert.equal(matchTotpStep(secret, bad, at), null);
});

test('otpauth URI and QR code', async () => {
  const secret = newTotpSecret();
  const uri = totpUri(secret, 'CB12345678');
  assert.match(uri, /^otpauth:\/\/totp\/Khien%20BHXH:CB12345678\?/);
  assert.match(uri, new RegExp(`secret=${secret}`));
  assert.match(uri, /period=30/);
  assert.match(uri, /digits=6/);
  assert.match(await totpQrDataUrl(uri), /^data:image\/png;base64,/);
});
