import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidPersonalId, decodeCenturySex, encodeCenturySex, validatePersonalId, type PersonalIdOptions } from './personal-id.ts';

const today = '2026-11-21';

test('personal id: valid numbers decode province, century/sex and year', () => {
  const cases: Array<[string, PersonalIdOptions, { birthProvinceCode: string; birthYear: number; sex: 'M' | 'F' }]> = [
    ['001085123456', { today }, { birthProvinceCode: '001', birthYear: 1985, sex: 'M' }],
    ['079199000001', { today }, { birthProvinceCode: '079', birthYear: 1999, sex: 'F' }],
    ['096000000000', { today }, { birthProvinceCode: '096', birthYear: 1900, sex: 'M' }],
    ['096200000000', { today }, { birthProvinceCode: '096', birthYear: 2000, sex: 'M' }],
    ['038199999999', { today }, { birthProvinceCode: '038', birthYear: 1999, sex: 'F' }],
    ['001205123456', { today }, { birthProvinceCode: '001', birthYear: 2005, sex: 'M' }],
    ['048326000001', { today }, { birthProvinceCode: '048', birthYear: 2026, sex: 'F' }],
    ['001085123456', { today, dateOfBirth: '1985-02-28', sex: 'M' }, { birthProvinceCode: '001', birthYear: 1985, sex: 'M' }],
    ['001085123456', { today: new Date('2026-01-01T00:00:00Z') }, { birthProvinceCode: '001', birthYear: 1985, sex: 'M' }],
  ];
  for (const [input, opts, want] of cases) {
    const r = validatePersonalId(input, opts);
    assert.ok(r.ok, `${input} should be valid`);
    assert.equal(r.value, input);
    assert.equal(r.birthProvinceCode, want.birthProvinceCode, input);
    assert.equal(r.birthYear, want.birthYear, input);
    assert.equal(r.sex, want.sex, input);
  }
});

test('personal id: bad inputs get the exact error code', () => {
  const F = 'KHIEN_REGISTRY_INVALID_PERSONAL_ID_FORMAT';
  const cases: Array<[unknown, PersonalIdOptions, string, string?]> = [
    ['00108512345', { today }, F, 'length'],
    ['0010851234567', { today }, F, 'length'],
    ['', { today }, F, 'length'],
    [1085123456, { today }, F, 'type'],
    [null, { today }, F, 'type'],
    ['00108512345a', { today }, F, 'characters'],
    ['001 85123456', { today }, F, 'characters'],
    [' 01085123456', { today }, F, 'characters'],
    ['００１０８５１２３４５６', { today }, F, 'characters'], // full-width digits
    ['٠٠١٠٨٥١٢٣٤٥٦', { today }, F, 'characters'], // Arabic-Indic digits
    ['۰۰۱۰۸۵۱۲۳۴۵۶', { today }, F, 'characters'], // Extended Arabic-Indic
    ['00108512345６', { today }, F, 'characters'],
    ['001085123456\n', { today }, F, 'length'],
    ['003085123456', { today }, 'KHIEN_REGISTRY_UNKNOWN_BIRTH_PROVINCE'], // 003 is not a province code
    ['000085123456', { today }, 'KHIEN_REGISTRY_UNKNOWN_BIRTH_PROVINCE'],
    ['097085123456', { today }, 'KHIEN_REGISTRY_UNKNOWN_BIRTH_PROVINCE'],
    ['840085123456', { today }, 'KHIEN_REGISTRY_UNKNOWN_BIRTH_PROVINCE'], // a country code: list unknown
    ['001327000001', { today }, 'KHIEN_REGISTRY_FUTURE_BIRTH_YEAR'], // 2027
    ['001400000001', { today }, 'KHIEN_REGISTRY_FUTURE_BIRTH_YEAR'], // 2100
    ['001826000001', { today }, 'KHIEN_REGISTRY_FUTURE_BIRTH_YEAR'], // 2326
    ['001226000001', { today: '2025-12-31' }, 'KHIEN_REGISTRY_FUTURE_BIRTH_YEAR'],
    ['001085123456', { today, dateOfBirth: '1986-01-01' }, 'KHIEN_REGISTRY_BIRTH_YEAR_MISMATCH'],
    ['001285123456', { today, dateOfBirth: '1985-01-01' }, 'KHIEN_REGISTRY_FUTURE_BIRTH_YEAR'], // G=2 → 2085, future first
    ['001205123456', { today, dateOfBirth: '1905-01-01' }, 'KHIEN_REGISTRY_BIRTH_YEAR_MISMATCH'], // century digit 2 ≠ 1900s
    ['001085123456', { today, dateOfBirth: '1985-02-30' }, 'KHIEN_REGISTRY_INVALID_DATE_OF_BIRTH'],
    ['001226000001', { today: '2026-03-01', dateOfBirth: '2026-03-02' }, 'KHIEN_REGISTRY_INVALID_DATE_OF_BIRTH'],
    ['001085123456', { today, sex: 'F' }, 'KHIEN_REGISTRY_SEX_MISMATCH'],
    ['001185123456', { today, sex: 'M' }, 'KHIEN_REGISTRY_SEX_MISMATCH'],
  ];
  for (const [input, opts, code, reason] of cases) {
    const r = validatePersonalId(input, opts);
    assert.equal(r.ok, false, `${String(input)} should be rejected`);
    if (r.ok) continue;
    assert.equal(r.error.code, code, String(input));
    if (reason) assert.deepEqual(r.error.details, { field: 'personalId', reason }, String(input));
    assert.equal(r.error.statusCode, 400);
    if (typeof input === 'string' && input.length > 3) assert.ok(!r.error.message.includes(input), 'the value never appears in the message');
  }
});

test('personal id: century/sex digit round-trips for every century', () => {
  for (let g = 0; g <= 9; g++) {
    const { century, sex } = decodeCenturySex(g);
    assert.equal(encodeCenturySex(century + 42, sex), g);
  }
  assert.deepEqual(decodeCenturySex(0), { century: 1900, sex: 'M' });
  assert.deepEqual(decodeCenturySex(3), { century: 2000, sex: 'F' });
  assert.deepEqual(decodeCenturySex(9), { century: 2300, sex: 'F' });
});

test('personal id: the throwing variant throws the catalogued error', () => {
  assert.throws(() => assertValidPersonalId('abc', { today }), { code: 'KHIEN_REGISTRY_INVALID_PERSONAL_ID_FORMAT' });
  assert.equal(assertValidPersonalId('001085123456', { today }).birthYear, 1985);
});
