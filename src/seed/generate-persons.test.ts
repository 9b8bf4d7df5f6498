import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  benefitLevelAt,
  validateCardCode,
  validateCommuneCode,
  validateEmployerCode,
  validateFullName,
  validatePersonalId,
  validatePhone,
  validateProvinceCode,
  validateSocialInsuranceNo,
  type CommuneCatalogue,
} from '../registry/validators/index.ts';
import { INSURANCE_TYPES } from '../registry/registry.schema.ts';
import { buildDemoCommunes, buildReferenceUnits } from './reference-data.ts';
import { createPrng } from './prng.ts';
import { employerCountFor, generateEmployers } from './generate-employers.ts';
import { createPersonGenerator } from './generate-persons.ts';
import { generateStaff } from './generate-staff.ts';
import { DEMO_PROVINCE_BY_CODE, DEMO_PROVINCES, MAX_SALARY_BASIS, MIN_WAGE_2026 } from './demo-geography.ts';
import { BIRTH_PROVINCES, PROVINCES } from '../registry/reference.ts';
import type { DemoBatch } from './demo-rows.ts';

const REF = '2026-11-01';
const catalogue: CommuneCatalogue = new Map(buildDemoCommunes().map((c) => [c.code, { provinceCode: c.provinceCode }]));

function generate(seed: number, persons: number, batch = 1000) {
  const root = createPrng(seed);
  const employers = generateEmployers(root.fork('employers'), employerCountFor(persons));
  const gen = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: REF, totalPersons: persons, decoys: 7 });
  const batches: DemoBatch[] = [];
  for (let n = 0; n < persons; ) {
    const b = gen.nextBatch(batch);
    n += b.persons.length;
    batches.push(b);
  }
  const staff = generateStaff(root.fork('staff'), 300, gen.linkCandidates, REF);
  return { employers, batches, gen, staff };
}

test('demo geography covers the 34 provinces and each of the 63 old codes exactly once', () => {
  assert.deepEqual(DEMO_PROVINCES.map((p) => p.code).sort(), PROVINCES.map((p) => p.code).sort());
  const old = DEMO_PROVINCES.flatMap((p) => p.oldCodes).sort();
  assert.deepEqual(old, BIRTH_PROVINCES.map((b) => b.code).sort());
  for (const p of DEMO_PROVINCES) assert.equal(p.oldCodes[0], `0${p.code}`, p.code);
});

test('every generated value passes the validators (5,000 persons)', () => {
  const { employers, batches, gen, staff } = generate(7, 5000);
  const persons = batches.flatMap((b) => b.persons);
  assert.equal(persons.length, 5000);
  const personById = new Map(persons.map((p) => [p.id, p]));
  const employerById = new Map(employers.map((e) => [e.id, e]));

  for (const e of employers) {
    assert.ok(validateEmployerCode(e.code, e.codeKind).ok, e.code);
    assert.ok(validateProvinceCode(e.provinceCode).ok);
    assert.ok(validateCommuneCode(e.communeCode, { catalogue, provinceCode: e.provinceCode }).ok);
  }
  assert.equal(new Set(employers.map((e) => e.code)).size, employers.length);
  assert.equal(new Set(employers.map((e) => e.provinceCode)).size, 34, 'employers in all 34 provinces');

  for (const p of persons) {
    const pid = validatePersonalId(p.personalId, { today: REF, dateOfBirth: p.dateOfBirth, sex: p.sex });
    assert.ok(pid.ok, `personal id ${p.personalId} ${p.dateOfBirth} ${p.sex}`);
    assert.ok(validateSocialInsuranceNo(p.socialInsuranceNo).ok);
    const name = validateFullName(p.fullName);
    assert.ok(name.ok && name.value === p.fullName, p.fullName);
    assert.ok(name.ok && name.words >= 3);
    if (p.phone !== null) assert.ok(validatePhone(p.phone).ok, p.phone);
    assert.ok(validateProvinceCode(p.provinceCode).ok);
    assert.ok(validateCommuneCode(p.communeCode, { catalogue, provinceCode: p.provinceCode }).ok);
    assert.ok(p.dateOfBirth <= REF);
  }
  for (const k of ['personalId', 'socialInsuranceNo'] as const) {
    assert.equal(new Set(persons.map((p) => p[k])).size, persons.length, `${k} unique`);
  }

  for (const b of batches) {
    for (const h of b.households) {
      const members = b.members.filter((m) => m.householdId === h.id);
      assert.ok(members.length >= 1);
      assert.equal(members.filter((m) => m.relation === 'head').length, 1);
      assert.equal(members.find((m) => m.relation === 'head')!.personId, h.headPersonId);
      for (const m of members) {
        const p = personById.get(m.personId)!;
        assert.deepEqual([p.provinceCode, p.communeCode, p.street, p.householdId], [h.provinceCode, h.communeCode, h.street, h.id]);
      }
    }
  }

  const periods = batches.flatMap((b) => b.periods);
  assert.ok(periods.length > persons.length * 0.8, 'multi-year histories');
  for (const pp of periods) {
    const e = employerById.get(pp.employerId)!;
    assert.ok(e, 'period employer exists');
    assert.match(pp.fromMonth, /^[0-9]{4}-(0[1-9]|1[0-2])$/);
    if (pp.toMonth !== null) assert.ok(pp.toMonth >= pp.fromMonth, `${pp.fromMonth}..${pp.toMonth}`);
    assert.ok(pp.fromMonth <= REF.slice(0, 7));
    const min = MIN_WAGE_2026[DEMO_PROVINCE_BY_CODE.get(e.provinceCode)!.region];
    assert.ok(pp.salaryBasis > min && pp.salaryBasis <= MAX_SALARY_BASIS, `salary ${pp.salaryBasis}`);
    assert.ok(pp.allowances >= 0);
    assert.ok(pp.insuranceTypes.every((t) => (INSURANCE_TYPES as readonly string[]).includes(t)));
    if (pp.contractType === 'civil_servant') assert.ok(!pp.insuranceTypes.includes('unemployment'));
    assert.ok(pp.insuranceTypes.includes('health') && pp.insuranceTypes.includes('retirement_survivorship'));
  }
  const byPerson = new Map<string, string[]>();
  for (const pp of periods) byPerson.set(pp.personId, [...(byPerson.get(pp.personId) ?? []), pp.fromMonth]);
  assert.ok([...byPerson.values()].some((list) => list.length >= 3), 'some persons have 3+ periods');

  const cards = batches.flatMap((b) => b.cards);
  const levels = batches.flatMap((b) => b.levels);
  assert.ok(cards.length > persons.length * 0.9);
  assert.equal(new Set(cards.map((c) => c.cardCode)).size, cards.length);
  const groups = new Set<string>();
  for (const c of cards) {
    const holder = personById.get(c.personId)!;
    groups.add(c.groupCode);
    for (const at of [c.validFrom, REF, '2025-12-31', '2026-01-01']) {
      if (at < c.validFrom) continue;
      const v = validateCardCode(c.cardCode, { at, socialInsuranceNo: holder.socialInsuranceNo, issuedOn: c.validFrom });
      assert.ok(v.ok, `${c.cardCode} at ${at}`);
      assert.equal(v.ok && v.groupCode, c.groupCode);
      assert.equal(v.ok && v.issuingProvinceCode, c.issuingProvince);
    }
    const rows = levels.filter((l) => l.cardId === c.id);
    assert.ok(rows.length >= 1);
    assert.equal(rows[0]!.effectiveFrom, c.validFrom);
    for (const r of rows) assert.equal(r.level, benefitLevelAt(c.groupCode, r.effectiveFrom));
    if ((c.groupCode === 'CN' || c.groupCode === 'LH') && c.validFrom < '2026-01-01') {
      assert.equal(rows.length, 2, 'a second dated row from 2026-01-01');
      assert.deepEqual([rows[0]!.effectiveTo, rows[1]!.effectiveFrom, rows[1]!.level], ['2025-12-31', '2026-01-01', 2]);
    }
  }
  for (const g of ['DN', 'HC', 'HT', 'TE', 'HS', 'GD', 'CN', 'LH']) assert.ok(groups.has(g), `group ${g} generated`);

  assert.equal(gen.decoyIds.length, 7);
  for (const id of gen.decoyIds) assert.ok(personById.has(id));

  assert.equal(staff.length, 300);
  assert.equal(new Set(staff.map((s) => s.staffNo)).size, 300);
  const unitIds = new Set(buildReferenceUnits().map((u) => u.id));
  let linked = 0;
  for (const s of staff) {
    assert.ok(unitIds.has(s.unitId), s.unitId);
    assert.match(s.staffNo, /^[A-Z0-9]{4,16}$/);
    assert.ok(validateFullName(s.fullName).ok, s.fullName);
    if (s.personId) {
      linked++;
      const p = personById.get(s.personId)!;
      assert.deepEqual([p.fullName, p.dateOfBirth], [s.fullName, s.dateOfBirth]);
      assert.ok(!gen.decoyIds.includes(s.personId));
    }
  }
  assert.ok(linked > 30, `some staff linked to their own record (${linked})`);
  assert.ok(staff.filter((s) => s.position === 'Cán bộ chuyên trách ATTT').length === 34);
});

test('the generator is deterministic and independent of the batch size', () => {
  const a = generate(42, 1200, 1200).batches.flatMap((b) => b.persons);
  const b = generate(42, 1200, 250).batches.flatMap((b) => b.persons);
  const c = generate(43, 1200, 1200).batches.flatMap((b) => b.persons);
  assert.deepEqual(
    a.map((p) => p.personalId),
    b.map((p) => p.personalId),
  );
  assert.notDeepEqual(a.slice(0, 50).map((p) => p.personalId), c.slice(0, 50).map((p) => p.personalId));
  const families = new Map<string, number>();
  for (const p of a) families.set(p.fullName.split(' ')[0]!, (families.get(p.fullName.split(' ')[0]!) ?? 0) + 1);
  const nguyen = (families.get('Nguyễn') ?? 0) / a.length;
  assert.ok(nguyen > 0.25 && nguyen < 0.5, `Nguyễn share ${nguyen}`);
});
