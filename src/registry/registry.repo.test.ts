import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../db/test-db.ts';
import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '../db/client.ts';
import { makeCard, makeEmployer, makeHousehold, makeParticipation, makePerson } from '../seed/test-factories.ts';
import {
  countPersons,
  findHouseholdOfPerson,
  findPersonByCardCode,
  findPersonByPersonalId,
  findPersonBySocialInsuranceNo,
  listCardsWithLevelAt,
  listParticipationHistory,
  loadPersons,
} from './registry.repo.ts';
import { insertHealthCard, insertPerson } from './registry-writes.repo.ts';

let h: DbHandle & { url: string | null };
before(async () => {
  h = await createTestDatabase();
});
after(async () => {
  await h.close();
});

test('finds a person by personal id, SI number and card code', async () => {
  const p = await makePerson(h.db, { fullName: 'Trần Thị Ngọc Ánh', sex: 'F', dateOfBirth: '1990-04-02' });
  await makePerson(h.db, { fullName: 'Trần Thị Ngọc Ánh', sex: 'F', dateOfBirth: '1990-04-03' });
  const card = await makeCard(h.db, { person: p, groupCode: 'HC' });
  assert.equal((await findPersonByPersonalId(h.db, p.personalId))?.id, p.id);
  assert.equal((await findPersonBySocialInsuranceNo(h.db, p.socialInsuranceNo!))?.id, p.id);
  assert.equal((await findPersonByCardCode(h.db, card.cardCode))?.id, p.id);
  const summary = await findPersonByPersonalId(h.db, p.personalId);
  assert.ok(summary && !('phone' in summary) && !('street' in summary), 'summaries leave out contact fields');
  assert.equal(await findPersonByPersonalId(h.db, '001090000000'), undefined);
  assert.ok((await countPersons(h.db)) >= 2);
});

test('a duplicate personal id is a catalogued conflict without driver text', async () => {
  const p = await makePerson(h.db);
  await assert.rejects(insertPerson(h.db, { ...p, id: crypto.randomUUID(), socialInsuranceNo: null }), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'KHIEN_REGISTRY_DUPLICATE_IDENTIFIER');
    assert.ok(!err.message.includes(p.personalId));
    return true;
  });
});

test('the identifier lookups are written with the rows, and a refused duplicate leaves no partial write', async () => {
  const p = await makePerson(h.db);
  const card = await makeCard(h.db, { person: p });
  const other = await makePerson(h.db);
  const lookups = await queryRows<{ kind: string; person_id: string }>(
    h.db,
    sql`select kind, person_id from registry_identifiers where value in (${p.personalId}, ${p.socialInsuranceNo}, ${card.cardCode}) order by kind`,
  );
  assert.deepEqual(lookups.map((r) => [r.kind, r.person_id]), [['card_code', p.id], ['personal_id', p.id], ['social_insurance_no', p.id]]);

  // A person whose SI number is taken: neither the person nor its (free) personal id is left behind.
  const clash = { ...other, id: crypto.randomUUID(), personalId: '001090999999', socialInsuranceNo: p.socialInsuranceNo };
  await assert.rejects(insertPerson(h.db, clash), { code: 'KHIEN_REGISTRY_DUPLICATE_IDENTIFIER' });
  assert.deepEqual(await loadPersons(h.db, [clash.id]), []);
  assert.equal(await findPersonByPersonalId(h.db, '001090999999'), undefined);

  // A card whose code is taken: no card row, no benefit level for the other person.
  const cardId = crypto.randomUUID();
  await assert.rejects(
    insertHealthCard(h.db, { ...card, id: cardId, personId: other.id }, [{ level: 4, effectiveFrom: '2025-01-01' }]),
    { code: 'KHIEN_REGISTRY_DUPLICATE_IDENTIFIER' },
  );
  assert.deepEqual(await listCardsWithLevelAt(h.db, other.id, '2025-06-01'), []);
  assert.equal((await findPersonByCardCode(h.db, card.cardCode))?.id, p.id);
});

test('participation history is ordered and carries the employer', async () => {
  const p = await makePerson(h.db);
  const e1 = await makeEmployer(h.db, { name: 'Công ty Cổ phần Sao Mai' });
  const e2 = await makeEmployer(h.db, { codeKind: 'budget', name: 'Trường Tiểu học An Bình' });
  await makeParticipation(h.db, { personId: p.id, employerId: e2.id, fromMonth: '2019-03', toMonth: null, contractType: 'civil_servant' });
  await makeParticipation(h.db, { personId: p.id, employerId: e1.id, fromMonth: '2012-01', toMonth: '2019-01' });
  const history = await listParticipationHistory(h.db, p.id);
  assert.deepEqual(history.map((x) => [x.fromMonth, x.employerName]), [['2012-01', e1.name], ['2019-03', e2.name]]);
  assert.deepEqual(history[0]!.insuranceTypes.length, 5);
  assert.deepEqual(await listParticipationHistory(h.db, crypto.randomUUID()), []);
});

test('household with members, head first', async () => {
  const head = await makePerson(h.db, { dateOfBirth: '1970-01-01' });
  const spouse = await makePerson(h.db, { sex: 'F', dateOfBirth: '1972-01-01' });
  const child = await makePerson(h.db, { dateOfBirth: '2005-01-01' });
  const { household } = await makeHousehold(h.db, { head, members: [{ person: child, relation: 'child' }, { person: spouse, relation: 'spouse' }] });
  const got = await findHouseholdOfPerson(h.db, head.id);
  assert.deepEqual(got?.members.map((m) => [m.id, m.relation]), [[head.id, 'head'], [spouse.id, 'spouse'], [child.id, 'child']]);
  assert.equal((await findHouseholdOfPerson(h.db, child.id))?.household.id, household.id);
  assert.equal(await findHouseholdOfPerson(h.db, (await makePerson(h.db)).id), undefined);
});

test('cards carry the benefit level in force on the asked day (CN 3 → 2 on 2026-01-01)', async () => {
  const p = await makePerson(h.db);
  const card = await makeCard(h.db, { person: p, groupCode: 'CN', validFrom: '2024-05-01' });
  assert.equal(card.cardCode.slice(0, 3), 'CN3');
  const before = await listCardsWithLevelAt(h.db, p.id, '2025-12-31');
  const afterChange = await listCardsWithLevelAt(h.db, p.id, '2026-01-01');
  const beforeValid = await listCardsWithLevelAt(h.db, p.id, '2024-01-01');
  assert.deepEqual([before[0]!.benefitLevel, afterChange[0]!.benefitLevel, beforeValid[0]!.benefitLevel], [3, 2, null]);
  assert.equal(afterChange.length, 1);
});
