import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidSocialInsuranceNo, validateSocialInsuranceNo } from './social-insurance-no.ts';

test('social insurance number: 10 ASCII digits, no check digit', () => {
  for (const good of ['0123456789', '0000000000', '9999999999', '7912345670', '7912345671']) {
    const r = validateSocialInsuranceNo(good);
    assert.ok(r.ok, good);
    assert.equal(r.value, good);
  }
  const bad: Array<[unknown, string]> = [
    ['012345678', 'length'],
    ['01234567890', 'length'],
    ['', 'length'],
    ['01234 6789', 'characters'],
    ['012345678O', 'characters'], // letter O
    ['０１２３４５６７８９', 'characters'],
    ['٠١٢٣٤٥٦٧٨٩', 'characters'],
    ['১২৩৪৫৬৭৮৯০', 'characters'], // Bengali digits
    [123456789, 'type'],
    [undefined, 'type'],
  ];
  for (const [input, reason] of bad) {
    const r = validateSocialInsuranceNo(input);
    assert.equal(r.ok, false, String(input));
    if (!r.ok) {
      assert.equal(r.error.code, 'KHIEN_REGISTRY_INVALID_SOCIAL_INSURANCE_NO_FORMAT');
      assert.deepEqual(r.error.details, { field: 'socialInsuranceNo', reason });
    }
  }
  assert.throws(() => assertValidSocialInsuranceNo('x'), { code: 'KHIEN_REGISTRY_INVALID_SOCIAL_INSURANCE_NO_FORMAT' });
});
