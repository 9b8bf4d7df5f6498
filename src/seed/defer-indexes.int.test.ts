import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { queryRows, type Database } from '../db/client.ts';
import { loadDemoData } from './load-demo-data.ts';
import { createPrng } from './prng.ts';
import { employerCountFor, generateEmployers } from './generate-employers.ts';
import { createPersonGenerator } from './generate-persons.ts';

const postgres = Boolean(process.env.DATABASE_URL);

/** Every index and constraint of the registry tables, with its definition. */
async function registryIndexes(db: Database): Promise<string[]> {
  const rows = await queryRows<{ d: string }>(
    db,
    sql`select t.relname || ': ' || pg_get_indexdef(i.indexrelid) || coalesce(' / ' || c.conname || ' ' || pg_get_constraintdef(c.oid), '') as d
          from pg_index i join pg_class t on t.oid = i.indrelid
          left join pg_constraint c on c.conindid = i.indexrelid
         where t.relname like 'registry\\_%' order by 1`,
  );
  return rows.map((r) => r.d);
}

test('a deferred-index COPY load ends with the same indexes and constraints', { skip: !postgres && 'COPY path: PostgreSQL only' }, async () => {
  const h = await createTestDatabase();
  try {
    const before = await registryIndexes(h.db);
    assert.ok(before.some((d) => d.includes('registry_identifiers_kind_value_pk')));
    const summary = await loadDemoData(h, { persons: 3000, staff: 50, seed: 3, batchSize: 1200, deferIndexes: true }, () => {});
    assert.equal(summary.persons, 3000);
    assert.deepEqual(await registryIndexes(h.db), before);
    const [n] = await queryRows<{ persons: number; members: number }>(h.db, sql`select (select count(*) from registry_persons)::int as persons, (select count(*) from registry_household_members)::int as members`);
    assert.deepEqual({ ...n }, { persons: 3000, members: 3000 });
  } finally {
    await h.close();
  }
});

test('a duplicate found when the keys are rebuilt rolls the whole load back, indexes included', { skip: !postgres && 'COPY path: PostgreSQL only' }, async () => {
  const h = await createTestDatabase();
  try {
    // The first person the generator will produce for seed 4, inserted beforehand under another id.
    const root = createPrng(4);
    const employers = generateEmployers(root.fork('employers'), employerCountFor(500));
    const first = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: '2026-11-01', totalPersons: 500, decoys: 3 }).nextBatch(1).persons[0]!;
    await h.db.execute(sql`insert into registry_persons (id, personal_id, full_name, sex, date_of_birth, province_code, commune_code, street)
                           values ('00000000-0000-4000-8000-000000000001', ${first.personalId}, 'x', 'M', '1980-01-01', '01', '00101', 'x')`);
    await h.db.execute(sql`insert into registry_identifiers (kind, value, person_id) values ('personal_id', ${first.personalId}, '00000000-0000-4000-8000-000000000001')`);
    const before = await registryIndexes(h.db);
    await assert.rejects(loadDemoData(h, { persons: 500, staff: 0, seed: 4, deferIndexes: true }, () => {}), /unique|duplicate/i);
    assert.deepEqual(await registryIndexes(h.db), before);
    const [n] = await queryRows<{ persons: number; periods: number }>(h.db, sql`select (select count(*) from registry_persons)::int as persons, (select count(*) from registry_participation_periods)::int as periods`);
    assert.deepEqual({ ...n }, { persons: 1, periods: 0 });
  } finally {
    await h.close();
  }
});
