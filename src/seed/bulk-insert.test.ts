import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyValue, encodeDemoBatch, demoColumnsOf, lookupRowsOf } from './bulk-insert.ts';
import { createPrng } from './prng.ts';
import { generateEmployers } from './generate-employers.ts';
import { createPersonGenerator } from './generate-persons.ts';
import type { DemoBatch } from './demo-rows.ts';

/** Reverses COPY text escaping of one field (`\N` → null). */
function unescape(field: string): string | null {
  if (field === '\\N') return null;
  return field.replace(/\\(.)/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

test('copyValue escapes exactly what COPY text treats specially', () => {
  assert.equal(copyValue(null), '\\N');
  assert.equal(copyValue(undefined), '\\N');
  assert.equal(copyValue(42), '42');
  assert.equal(copyValue('Nguyễn Văn Á'), 'Nguyễn Văn Á');
  assert.equal(copyValue('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e');
  assert.equal(unescape(copyValue('a\tb\nc\rd\\e')), 'a\tb\nc\rd\\e');
});

test('the COPY encoding of a batch agrees with the unnest columns, column by column', () => {
  const root = createPrng(5);
  const employers = generateEmployers(root.fork('employers'), 50);
  const gen = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: '2026-11-01', totalPersons: 400, decoys: 3 });
  const batch = gen.nextBatch(400);
  // A free-text value with every special character survives the round trip.
  const tricky: DemoBatch = { ...batch, persons: [{ ...batch.persons[0]!, street: 'Số 1\tngõ\\2\nhẻm\r3' }, ...batch.persons.slice(1)] };
  const parts = encodeDemoBatch(tricky);
  assert.deepEqual(parts.map((p) => p.table), ['registry_households', 'registry_persons', 'registry_household_members', 'registry_participation_periods', 'registry_health_cards', 'registry_card_benefit_levels', 'registry_identifiers', 'registry_household_codes']);
  const lookups = lookupRowsOf(tricky);
  assert.equal(lookups.identifiers.length, tricky.persons.length + tricky.persons.filter((p) => p.socialInsuranceNo !== null).length + tricky.cards.length);
  assert.equal(lookups.householdCodes.length, tricky.households.length);
  const rowsOf: Record<string, readonly unknown[]> = {
    registry_households: tricky.households,
    registry_persons: tricky.persons,
    registry_household_members: tricky.members,
    registry_participation_periods: tricky.periods,
    registry_health_cards: tricky.cards,
    registry_card_benefit_levels: tricky.levels,
    registry_identifiers: lookups.identifiers,
    registry_household_codes: lookups.householdCodes,
  };
  for (const part of parts) {
    const columns = demoColumnsOf(part.table);
    const rows = rowsOf[part.table]!;
    const lines = part.data.toString('utf8').split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    assert.equal(lines.length, rows.length, part.table);
    lines.forEach((line, i) => {
      const fields = line.split('\t').map(unescape);
      assert.equal(fields.length, columns.length, `${part.table} row ${i}`);
      columns.forEach((c, k) => {
        const expected = c.value(rows[i] as never);
        const want = c.name === 'insurance_types' ? `{${String(expected)}}` : expected === null || expected === undefined ? null : String(expected);
        assert.equal(fields[k], want, `${part.table}.${c.name} row ${i}`);
      });
    });
  }
});
