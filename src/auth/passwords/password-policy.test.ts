import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPasswordAcceptable, weakReason, type WeakReason } from './password-policy.ts';
import { foldVietnamese } from './vn-weak-passwords.ts';

const owner = { fullName: 'Nguyễn Văn Hùng', staffNo: 'CB0012345', dateOfBirth: '1988-05-17' };

test('diacritics are folded', () => {
  assert.equal(foldVietnamese('Nguyễn Văn Hùng Đức'), 'nguyen van hung duc');
});

test('policy table: password → reason', () => {
  const table: Array<[string, WeakReason | null]> = [
    ['password1234', 'common'],
    ['Matkhau@2026', 'common_vi'],
    ['matkhau123456', 'common_vi'],
    ['123456a@123456a@', 'common_vi'],
    ['anhyeuem12345', 'common_vi'],
    ['bhxh@12345678', 'common_vi'],
    ['Vietnam!19900101', 'common_vi'],
    ['lethithuy@19900', 'common_vi'],
    ['nguyenvananh1990', 'personal'],
    ['tranthilan@1995', 'common_vi'],
    ['NguyenVanHung88', 'personal'],
    ['nguyễnvănhùng1988', 'personal'],
    ['Hung@17051988xx', 'personal'],
    ['xx-CB0012345-yy!', 'personal'],
    ['hungnguyen@2024', 'personal'],
    ['aaaaaaaaaaaa', 'guessable'],
    ['qwertyuiopas', 'guessable'],
    ['correct horse battery staple', null],
    ['Tr4m-Nhi3u-Gi0-Lam!', null],
    ['k7#Vq9!mZp2@xL', null],
  ];
  for (const [pw, want] of table) assert.equal(weakReason(pw, owner), want, pw);
});

test('length is checked first, in code points', () => {
  assert.throws(() => assertPasswordAcceptable('Ngắn-1!', owner, 12), { code: 'KHIEN_AUTH_PASSWORD_TOO_SHORT' });
  assert.throws(() => assertPasswordAcceptable('Matkhau@2026', owner, 12), { code: 'KHIEN_AUTH_PASSWORD_WEAK' });
  assert.doesNotThrow(() => assertPasswordAcceptable('k7#Vq9!mZp2@xL', owner, 12));
});

test('a check stays fast (no Levenshtein on the request path)', () => {
  weakReason('warm-up-password-xyz', owner);
  // The fastest of 20 checks: robust to a loaded machine; Levenshtein matching costs 300 ms+ every time.
  let fastest = Infinity;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    weakReason(`Zq8!vL${i}mP3#xT9w`, owner);
    fastest = Math.min(fastest, performance.now() - t0);
  }
  assert.ok(fastest < 150, `fastest check ${fastest.toFixed(1)} ms`);
});
