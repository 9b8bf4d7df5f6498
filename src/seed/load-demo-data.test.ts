import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { queryRows } from '../db/client.ts';
import { assertRegistryEmpty, ensureDemoData, resetDemoData } from './load-demo-data.ts';
import { findPersonByCardCode, listCardsWithLevelAt, listParticipationHistory } from '../registry/registry.repo.ts';

test('ensureDemoData loads once, in batches, and the rows are consistent in the database', async () => {
  const h = await createTestDatabase();
  try {
    const lines: string[] = [];
    const summary = await ensureDemoData(h, { persons: 3000, staff: 120, seed: 11 }, (l) => lines.push(l));
    assert.ok(summary);
    assert.equal(summary.persons, 3000);
    assert.ok(lines.some((l) => /persons\/s/.test(l)), 'prints a rate line');
    const [counts] = await queryRows<Record<string, string | number>>(
      h.db,
      sql`select (select count(*) from registry_persons)::int as persons,
                 (select count(*) from registry_household_members)::int as members,
                 (select count(*) from registry_households)::int as households,
                 (select count(*) from registry_health_cards)::int as cards,
                 (select count(*) from registry_participation_periods)::int as periods,
                 (select count(*) from registry_decoys)::int as decoys,
                 (select count(*) from org_staff where staff_no ~ '^CB[0-9]{6}$')::int as staff,
                 (select count(distinct province_code) from registry_employers)::int as provinces,
                 (select count(*) from registry_persons p left join registry_communes c on c.code = p.commune_code and c.province_code = p.province_code where c.code is null)::int as bad_communes,
                 (select count(*) from registry_card_benefit_levels where effective_from = '2026-01-01')::int as second_rows,
                 (select count(*) from registry_persons p where not exists (select 1 from registry_identifiers i where i.kind = 'personal_id' and i.value = p.personal_id and i.person_id = p.id)
                    or (p.social_insurance_no is not null and not exists (select 1 from registry_identifiers i where i.kind = 'social_insurance_no' and i.value = p.social_insurance_no and i.person_id = p.id)))::int as persons_without_lookup,
                 (select count(*) from registry_health_cards c where not exists (select 1 from registry_identifiers i where i.kind = 'card_code' and i.value = c.card_code and i.person_id = c.person_id))::int as cards_without_lookup,
                 (select count(*) from registry_households hh where not exists (select 1 from registry_household_codes k where k.code = hh.code and k.household_id = hh.id))::int as households_without_lookup,
                 (select count(*) from registry_identifiers)::int - (select count(*) + count(social_insurance_no) from registry_persons)::int - (select count(*) from registry_health_cards)::int as extra_lookups`,
    );
    assert.deepEqual(
      { persons: counts!.persons, members: counts!.members, households: counts!.households, cards: counts!.cards, periods: counts!.periods, decoys: counts!.decoys, staff: counts!.staff },
      { persons: 3000, members: 3000, households: summary.households, cards: summary.cards, periods: summary.periods, decoys: summary.decoys, staff: 120 },
    );
    assert.equal(counts!.provinces, 34);
    assert.equal(counts!.bad_communes, 0);
    assert.deepEqual(
      { p: counts!.persons_without_lookup, c: counts!.cards_without_lookup, h: counts!.households_without_lookup, extra: counts!.extra_lookups },
      { p: 0, c: 0, h: 0, extra: 0 },
      'every identifier has its lookup row, and no more',
    );
    assert.ok(Number(counts!.second_rows) > 0, 'CN/LH cards have a row from 2026-01-01');

    // the repository reads what the loader wrote (insurance types array, dated levels)
    const [cn] = await queryRows<{ card_code: string; person_id: string }>(h.db, sql`select card_code, person_id from registry_health_cards where group_code = 'CN' and valid_from < '2026-01-01' limit 1`);
    assert.ok(cn);
    assert.equal((await findPersonByCardCode(h.db, cn.card_code))?.id, cn.person_id);
    const levels = (await listCardsWithLevelAt(h.db, cn.person_id, '2026-06-01')).map((c) => c.benefitLevel);
    assert.deepEqual(levels, [2]);
    const [worker] = await queryRows<{ person_id: string }>(h.db, sql`select person_id from registry_participation_periods limit 1`);
    const history = await listParticipationHistory(h.db, worker!.person_id);
    assert.ok(history.length >= 1 && history[0]!.insuranceTypes.includes('health'));

    // idempotent
    assert.equal(await ensureDemoData(h, { persons: 3000, staff: 120, seed: 11 }, () => {}), null);
    await assert.rejects(assertRegistryEmpty(h), { code: 'KHIEN_REGISTRY_NOT_EMPTY' });
    await resetDemoData(h);
    await assertRegistryEmpty(h);
    const [after] = await queryRows<{ n: number }>(h.db, sql`select (select count(*) from org_staff where staff_no ~ '^CB[0-9]{6}$')::int as n`);
    assert.equal(after!.n, 0);
  } finally {
    await h.close();
  }
});
