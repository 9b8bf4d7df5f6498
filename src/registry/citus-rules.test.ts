import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/client.ts';
import { createTestDatabase } from '../db/test-db.ts';
import { makeCard, makeHousehold, makePerson } from '../seed/test-factories.ts';
import { checkCitusRules } from './citus-rules.ts';
import { REGISTRY_DISTRIBUTION_PLAN, REGISTRY_SHARD_COUNT, creationOrder, type DistributionPlan } from './distribution-plan.ts';
import { findHouseholdOfPerson, findPersonByCardCode, findPersonByPersonalId } from './registry.repo.ts';
import { insertPerson } from './registry-writes.repo.ts';

test('the migrated registry obeys Citus rules for the declared plan, and every registry table is planned', async () => {
  const h = await createTestDatabase();
  try {
    assert.deepEqual(await checkCitusRules(h.db, REGISTRY_DISTRIBUTION_PLAN, 'registry_'), []);
  } finally {
    await h.close();
  }
});

test('the check reports unplanned tables, keys without the distribution column and foreign keys across distribution keys', async () => {
  const h = await createTestDatabase();
  try {
    await h.db.execute(sql`create table registry_zz_bad (id uuid primary key, person_id uuid, code text unique, household_id uuid references registry_households (id))`);
    await h.db.execute(sql`create table registry_zz_ref (person_id uuid references registry_persons (id))`);
    const unplanned = await checkCitusRules(h.db, REGISTRY_DISTRIBUTION_PLAN, 'registry_');
    assert.deepEqual(unplanned, [
      'registry_zz_bad: not in the distribution plan',
      'registry_zz_ref: not in the distribution plan',
      'registry_zz_bad: foreign key registry_zz_bad_household_id_fkey → registry_households: a local table cannot reference a distributed table',
      'registry_zz_ref: foreign key registry_zz_ref_person_id_fkey → registry_persons: a local table cannot reference a distributed table',
    ]);

    const plan: DistributionPlan = {
      ...REGISTRY_DISTRIBUTION_PLAN,
      registry_zz_bad: { kind: 'distributed', column: 'person_id', colocateWith: 'registry_persons' },
      registry_zz_ref: { kind: 'reference' },
      registry_zz_gone: { kind: 'reference' },
    };
    const found = await checkCitusRules(h.db, plan, 'registry_');
    assert.deepEqual(found.sort(), [
      'registry_zz_bad: distribution column person_id is nullable',
      'registry_zz_bad: foreign key registry_zz_bad_household_id_fkey → registry_households: does not join the distribution columns (person_id = id)',
      'registry_zz_bad: foreign key registry_zz_bad_household_id_fkey → registry_households: the tables are not colocated',
      'registry_zz_bad: unique index registry_zz_bad_code_key (code) lacks the distribution column person_id',
      'registry_zz_bad: unique index registry_zz_bad_pkey (id) lacks the distribution column person_id',
      'registry_zz_gone: planned but does not exist',
      'registry_zz_ref: foreign key registry_zz_ref_person_id_fkey → registry_persons: a reference table cannot reference a distributed table',
    ]);
  } finally {
    await h.close();
  }
});

test('creation order: reference tables first, each colocation group from its first table', () => {
  const order = creationOrder(REGISTRY_DISTRIBUTION_PLAN);
  assert.deepEqual(new Set(order), new Set(Object.keys(REGISTRY_DISTRIBUTION_PLAN)));
  for (const [table, p] of Object.entries(REGISTRY_DISTRIBUTION_PLAN)) {
    if (p.kind === 'distributed' && p.colocateWith !== 'none') assert.ok(order.indexOf(p.colocateWith) < order.indexOf(table), table);
    if (p.kind === 'reference') assert.ok(order.indexOf(table) < order.indexOf('registry_persons'), table);
  }
  assert.throws(() => creationOrder({ a: { kind: 'distributed', column: 'x', colocateWith: 'b' }, b: { kind: 'distributed', column: 'x', colocateWith: 'a' } }), /cycle/);
});

/**
 * Against a real cluster: `CITUS_URL` names a database on a Citus coordinator (workers added) used only by
 * this test — its `public` and `drizzle` schemas are emptied first. The test migrates it as production would,
 * distributes the registry per the plan, checks the result in `citus_tables` and the catalog, and runs the
 * write and read paths (lookup + person in one transaction, lookups by identifier, the household in steps).
 */
test('the plan applies on a Citus cluster', { skip: !process.env.CITUS_URL && 'CITUS_URL not set (no Citus cluster)' }, async () => {
  const url = process.env.CITUS_URL!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('drop schema if exists drizzle cascade');
    await admin.query('drop schema if exists public cascade');
    await admin.query('create schema public');
  } finally {
    await admin.end();
  }
  const h = await openDatabase({ databaseUrl: url, poolSize: 4 });
  try {
    await h.migrate();
    const client = await h.pool!.connect();
    try {
      await client.query(`set citus.shard_count = ${REGISTRY_SHARD_COUNT}`);
      for (const table of creationOrder(REGISTRY_DISTRIBUTION_PLAN)) {
        const p = REGISTRY_DISTRIBUTION_PLAN[table]!;
        if (p.kind === 'reference') await client.query('select create_reference_table($1)', [table]);
        else if (p.kind === 'distributed') await client.query('select create_distributed_table($1, $2, colocate_with => $3)', [table, p.column, p.colocateWith]);
      }
    } finally {
      client.release();
    }
    const rows = await queryRows<{ table_name: string; citus_table_type: string; distribution_column: string; colocation_id: number; shard_count: number }>(
      h.db,
      sql`select table_name::text, citus_table_type, distribution_column, colocation_id, shard_count from citus_tables where table_name::text like 'registry\\_%'`,
    );
    const byTable = new Map(rows.map((r) => [r.table_name, r]));
    for (const [table, p] of Object.entries(REGISTRY_DISTRIBUTION_PLAN)) {
      const got = byTable.get(table);
      if (p.kind === 'local') continue;
      assert.equal(got?.citus_table_type, p.kind, table);
      if (p.kind === 'distributed') {
        assert.equal(got?.distribution_column, p.column, table);
        assert.equal(got?.shard_count, REGISTRY_SHARD_COUNT, table);
        if (p.colocateWith !== 'none') assert.equal(got?.colocation_id, byTable.get(p.colocateWith)?.colocation_id, `${table} colocated with ${p.colocateWith}`);
      }
    }
    assert.deepEqual(await checkCitusRules(h.db, REGISTRY_DISTRIBUTION_PLAN, 'registry_'), []);

    const person = await makePerson(h.db);
    const card = await makeCard(h.db, { person });
    const child = await makePerson(h.db);
    const { household } = await makeHousehold(h.db, { head: person, members: [{ person: child, relation: 'child' }] });
    assert.equal((await findPersonByPersonalId(h.db, person.personalId))?.id, person.id);
    assert.equal((await findPersonByCardCode(h.db, card.cardCode))?.id, person.id);
    assert.equal((await findHouseholdOfPerson(h.db, child.id))?.household.id, household.id);
    await assert.rejects(insertPerson(h.db, { ...person, id: crypto.randomUUID(), socialInsuranceNo: null }), /DUPLICATE_IDENTIFIER/);
  } finally {
    await h.close();
  }
});
