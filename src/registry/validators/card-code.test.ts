import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BHYT } from '../reference.ts';
import { assertValidCardCode, validateCardCode, type CardCodeOptions } from './card-code.ts';
import { benefitLevelAt, cardLevelRows, GROUP_CODES, levelHistory } from './benefit-level.ts';

const SI = '0123456789';

test('benefit level: every catalogued group has a level; CN and LH change on 2026-01-01', () => {
  for (const g of GROUP_CODES) assert.ok(benefitLevelAt(g, '2025-06-01'), g);
  const cases: Array<[string, string, number | undefined]> = [
    ['CN', '2025-12-31', 3],
    ['CN', '2026-01-01', 2],
    ['LH', '2025-12-31', 4],
    ['LH', '2026-01-01', 2],
    ['LH', '2030-05-05', 2],
    ['DN', '2026-01-01', 4],
    ['TE', '2019-01-01', 1],
    ['QN', '2026-06-01', 5],
    ['CT', '2026-06-01', 2],
    ['ZZ', '2026-06-01', undefined],
  ];
  for (const [g, d, want] of cases) assert.equal(benefitLevelAt(g, d), want, `${g} ${d}`);
  assert.equal(levelHistory('DN').length, 1);
  assert.deepEqual(levelHistory('CN'), [
    { level: 3, effectiveFrom: null, effectiveTo: '2025-12-31' },
    { level: 2, effectiveFrom: '2026-01-01', effectiveTo: null },
  ]);
  assert.deepEqual(cardLevelRows('CN', '2024-03-01'), [
    { level: 3, effectiveFrom: '2024-03-01', effectiveTo: '2025-12-31' },
    { level: 2, effectiveFrom: '2026-01-01', effectiveTo: null },
  ]);
  assert.deepEqual(cardLevelRows('LH', '2026-02-01'), [{ level: 2, effectiveFrom: '2026-02-01', effectiveTo: null }]);
  assert.deepEqual(cardLevelRows('DN', '2020-01-01'), [{ level: 4, effectiveFrom: '2020-01-01', effectiveTo: null }]);
  assert.equal(BHYT.benefitLevelChanges.length, 2);
});

test('card code: group/level combinations before and after 2026-01-01', () => {
  type Row = [string, CardCodeOptions, boolean, { level?: number; outdated?: boolean }?];
  const rows: Row[] = [
    [`DN401${SI}`, { at: '2025-06-01' }, true, { level: 4, outdated: false }],
    [`DN401${SI}`, { at: '2026-06-01' }, true, { level: 4, outdated: false }],
    [`DN301${SI}`, { at: '2025-06-01' }, false],
    [`TE179${SI}`, { at: '2026-06-01' }, true, { level: 1 }],
    [`TE279${SI}`, { at: '2026-06-01' }, false],
    [`QN501${SI}`, { at: '2026-06-01' }, true, { level: 5 }],
    [`HT479${SI}`, { at: '2026-06-01' }, false],
    // near-poor (CN): 3 until 31/12/2025, 2 from 1/1/2026
    [`CN301${SI}`, { at: '2025-12-31' }, true, { level: 3, outdated: false }],
    [`CN201${SI}`, { at: '2025-12-31' }, false],
    [`CN201${SI}`, { at: '2026-01-01' }, true, { level: 2, outdated: false }],
    [`CN301${SI}`, { at: '2026-01-01' }, true, { level: 2, outdated: true }], // printed before the change
    [`CN301${SI}`, { at: '2026-03-01', issuedOn: '2025-07-01' }, true, { level: 2, outdated: true }],
    [`CN301${SI}`, { at: '2026-03-01', issuedOn: '2026-01-15' }, false], // issued after: must print 2
    [`CN201${SI}`, { at: '2026-03-01', issuedOn: '2025-07-01' }, false], // could not be printed with 2 in 2025
    [`CN401${SI}`, { at: '2026-03-01' }, false],
    // social-pension 75+ (LH): 4 → 2
    [`LH401${SI}`, { at: '2025-11-30' }, true, { level: 4 }],
    [`LH201${SI}`, { at: '2025-11-30' }, false],
    [`LH201${SI}`, { at: '2026-01-01' }, true, { level: 2, outdated: false }],
    [`LH401${SI}`, { at: '2026-01-01' }, true, { level: 2, outdated: true }],
    [`LH301${SI}`, { at: '2026-01-01' }, false],
  ];
  for (const [code, opts, ok, want] of rows) {
    const r = validateCardCode(code, opts);
    assert.equal(r.ok, ok, `${code} ${JSON.stringify(opts)}`);
    if (r.ok) {
      if (want?.level !== undefined) assert.equal(r.benefitLevel, want.level, code);
      if (want?.outdated !== undefined) assert.equal(r.printedLevelOutdated, want.outdated, code);
      assert.equal(r.socialInsuranceNo, SI);
    } else {
      assert.equal(r.error.code, 'KHIEN_REGISTRY_CARD_BENEFIT_LEVEL_MISMATCH', code);
      assert.deepEqual(r.error.params, [opts.at]);
    }
  }
});

test('card code: format, group, province and SI number errors', () => {
  const at = '2026-06-01';
  const F = 'KHIEN_REGISTRY_INVALID_CARD_CODE_FORMAT';
  const rows: Array<[unknown, CardCodeOptions, string]> = [
    [`DN40${SI}`, { at }, F], // 14
    [`DN4010${SI}`, { at }, F], // 16
    [`dn401${SI}`, { at }, F], // lower case
    [`D4401${SI}`, { at }, F],
    [`DN601${SI}`, { at }, F], // level 6
    [`DN001${SI}`, { at }, F], // level 0
    [`DN4O1${SI}`, { at }, F], // letter O in province
    [`DN401012345678X`, { at }, F],
    [`ВN401${SI}`, { at }, F], // Cyrillic В
    [`DΝ401${SI}`, { at }, F], // Greek Ν
    [`ＤＮ401${SI}`, { at }, F], // full-width letters
    [`DN４01${SI}`, { at }, F], // full-width digit
    [`DN401٠١٢٣٤٥٦٧٨٩`, { at }, F], // Arabic-Indic digits
    [`DN 401${SI}`, { at }, F],
    [401, { at }, F],
    [`ZZ401${SI}`, { at }, 'KHIEN_REGISTRY_UNKNOWN_CARD_GROUP'],
    [`XX401${SI}`, { at }, 'KHIEN_REGISTRY_UNKNOWN_CARD_GROUP'],
    [`DN400${SI}`, { at }, 'KHIEN_REGISTRY_UNKNOWN_CARD_PROVINCE'],
    [`DN403${SI}`, { at }, 'KHIEN_REGISTRY_UNKNOWN_CARD_PROVINCE'],
    [`DN497${SI}`, { at }, 'KHIEN_REGISTRY_UNKNOWN_CARD_PROVINCE'], // 97/98 unverified
    [`DN499${SI}`, { at }, 'KHIEN_REGISTRY_UNKNOWN_CARD_PROVINCE'],
    [`DN401${SI}`, { at, socialInsuranceNo: '0123456780' }, 'KHIEN_REGISTRY_CARD_SOCIAL_INSURANCE_NO_MISMATCH'],
  ];
  for (const [code, opts, want] of rows) {
    const r = validateCardCode(code, opts);
    assert.equal(r.ok, false, String(code));
    if (!r.ok) assert.equal(r.error.code, want, String(code));
  }
  const good = validateCardCode(`HS496${SI}`, { at, socialInsuranceNo: SI });
  assert.ok(good.ok);
  assert.equal(good.groupCode, 'HS');
  assert.equal(good.issuingProvinceCode, '96');
  assert.equal(good.printedLevel, 4);
  assert.throws(() => assertValidCardCode('x', { at }), { code: F });
  assert.throws(() => validateCardCode(`DN401${SI}`, { at: '2026-13-01' }), TypeError);
});
