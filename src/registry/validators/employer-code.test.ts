import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidEmployerCode, validateBudgetCode, validateEmployerCode, validateEnterpriseCode } from './employer-code.ts';

test('enterprise code: 10 digits, or 10-3 for a dependent unit', () => {
  const e = validateEnterpriseCode('0101234567');
  assert.ok(e.ok);
  assert.equal(e.branchSuffix, null);
  const b = validateEnterpriseCode('0101234567-001');
  assert.ok(b.ok);
  assert.equal(b.parentCode, '0101234567');
  assert.equal(b.branchSuffix, '001');
  const bad: Array<[unknown, string]> = [
    ['010123456', 'length'],
    ['01012345678', 'length'],
    ['0101234567001', 'length'],
    ['0101234567-01', 'length'],
    ['0101234567_001', 'characters'],
    ['010123456A', 'characters'],
    ['０１０１２３４５６７', 'characters'],
    [101234567, 'type'],
  ];
  for (const [input, reason] of bad) {
    const r = validateEnterpriseCode(input);
    assert.equal(r.ok, false, String(input));
    if (!r.ok) {
      assert.equal(r.error.code, 'KHIEN_REGISTRY_INVALID_ENTERPRISE_CODE_FORMAT');
      assert.deepEqual(r.error.details, { field: 'enterpriseCode', reason });
    }
  }
});

test('budget-relationship code: 7 digits', () => {
  assert.ok(validateBudgetCode('1012345').ok);
  for (const input of ['101234', '10123456', '101234A', '١٠١٢٣٤٥', 1012345]) {
    const r = validateBudgetCode(input);
    assert.equal(r.ok, false, String(input));
    if (!r.ok) assert.equal(r.error.code, 'KHIEN_REGISTRY_INVALID_BUDGET_CODE_FORMAT');
  }
  assert.ok(validateEmployerCode('1012345', 'budget').ok);
  assert.equal(validateEmployerCode('1012345', 'enterprise').ok, false);
  assert.equal(validateEmployerCode('0101234567', 'budget').ok, false);
  assert.throws(() => assertValidEmployerCode('1', 'budget'), { code: 'KHIEN_REGISTRY_INVALID_BUDGET_CODE_FORMAT' });
});
