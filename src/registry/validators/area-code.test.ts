import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROVINCES } from '../reference.ts';
import { assertValidCommuneCode, assertValidProvinceCode, validateCommuneCode, validateProvinceCode, type CommuneCatalogue } from './area-code.ts';

test('province code: the 34 codes of 2025 only', () => {
  assert.equal(PROVINCES.length, 34);
  for (const p of PROVINCES) assert.ok(validateProvinceCode(p.code).ok, p.code);
  const r = validateProvinceCode('79');
  assert.ok(r.ok && r.provinceName.includes('Hồ Chí Minh'));
  const rows: Array<[unknown, string]> = [
    ['02', 'KHIEN_REGISTRY_UNKNOWN_PROVINCE'], // Hà Giang: merged into Tuyên Quang (08)
    ['35', 'KHIEN_REGISTRY_UNKNOWN_PROVINCE'],
    ['00', 'KHIEN_REGISTRY_UNKNOWN_PROVINCE'],
    ['99', 'KHIEN_REGISTRY_UNKNOWN_PROVINCE'],
    ['1', 'KHIEN_REGISTRY_INVALID_PROVINCE_CODE_FORMAT'],
    ['001', 'KHIEN_REGISTRY_INVALID_PROVINCE_CODE_FORMAT'],
    ['０１', 'KHIEN_REGISTRY_INVALID_PROVINCE_CODE_FORMAT'],
    ['HN', 'KHIEN_REGISTRY_INVALID_PROVINCE_CODE_FORMAT'],
    [1, 'KHIEN_REGISTRY_INVALID_PROVINCE_CODE_FORMAT'],
  ];
  for (const [input, code] of rows) {
    const v = validateProvinceCode(input);
    assert.equal(v.ok, false, String(input));
    if (!v.ok) assert.equal(v.error.code, code, String(input));
  }
  assert.throws(() => assertValidProvinceCode('02'), { code: 'KHIEN_REGISTRY_UNKNOWN_PROVINCE' });
});

test('commune code: 5 digits; catalogue membership and province when given', () => {
  const catalogue: CommuneCatalogue = new Map([
    ['01001', { provinceCode: '01' }],
    ['79012', { provinceCode: '79' }],
  ]);
  assert.ok(validateCommuneCode('12345').ok);
  assert.ok(validateCommuneCode('01001', { catalogue }).ok);
  assert.ok(validateCommuneCode('01001', { catalogue, provinceCode: '01' }).ok);
  const rows: Array<[unknown, Parameters<typeof validateCommuneCode>[1], string]> = [
    ['1234', {}, 'KHIEN_REGISTRY_INVALID_COMMUNE_CODE_FORMAT'],
    ['123456', {}, 'KHIEN_REGISTRY_INVALID_COMMUNE_CODE_FORMAT'],
    ['1234a', {}, 'KHIEN_REGISTRY_INVALID_COMMUNE_CODE_FORMAT'],
    ['１２３４５', {}, 'KHIEN_REGISTRY_INVALID_COMMUNE_CODE_FORMAT'],
    ['01002', { catalogue }, 'KHIEN_REGISTRY_UNKNOWN_COMMUNE'],
    ['79012', { catalogue, provinceCode: '01' }, 'KHIEN_REGISTRY_COMMUNE_PROVINCE_MISMATCH'],
  ];
  for (const [input, opts, code] of rows) {
    const v = validateCommuneCode(input, opts);
    assert.equal(v.ok, false, String(input));
    if (!v.ok) assert.equal(v.error.code, code, String(input));
  }
  assert.throws(() => assertValidCommuneCode('01002', { catalogue }), { code: 'KHIEN_REGISTRY_UNKNOWN_COMMUNE' });
});
