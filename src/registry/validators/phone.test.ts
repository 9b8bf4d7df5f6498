import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidPhone, validatePhone } from './phone.ts';

test('phone: Vietnamese mobile numbers', () => {
  const good: Array<[string, string]> = [
    ['0912345678', '0912345678'],
    ['0312345678', '0312345678'],
    ['0561234567', '0561234567'],
    ['0701234567', '0701234567'],
    ['0861234567', '0861234567'],
    ['+84912345678', '0912345678'],
  ];
  for (const [input, value] of good) {
    const r = validatePhone(input);
    assert.ok(r.ok, input);
    assert.equal(r.value, value);
  }
  const bad: unknown[] = [
    '0212345678', // landline prefix 02
    '0412345678',
    '0612345678',
    '0012345678',
    '1912345678',
    '091234567',
    '09123456789',
    '091 234 5678',
    '091.234.5678',
    '+840912345678',
    '84912345678',
    '０９１２３４５６７８',
    '٠٩١٢٣٤٥٦٧٨',
    912345678,
    '',
  ];
  for (const input of bad) {
    const r = validatePhone(input);
    assert.equal(r.ok, false, String(input));
    if (!r.ok) assert.equal(r.error.code, 'KHIEN_REGISTRY_INVALID_PHONE');
  }
  assert.throws(() => assertValidPhone('x'), { code: 'KHIEN_REGISTRY_INVALID_PHONE' });
});
