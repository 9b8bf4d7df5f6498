import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testDatabaseName } from '../db/test-db.ts';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_DIR, openDatabase, queryRows, type DbHandle } from '../db/client.ts';
import { findPersonByCardCode, findPersonByPersonalId, findPersonBySocialInsuranceNo, findHouseholdOfPerson } from './registry.repo.ts';

/** The migration that makes the registry distributable. */
const TAG = '0013_registry_distributable';

interface Journal {
  entries: Array<{ tag: string }>;
}

/** A copy of the migrations folder whose journal stops before {@link TAG}. */
function migrationsBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-mig-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const file = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  const at = journal.entries.findIndex((e) => e.tag === tag);
  assert.ok(at > 0, `${tag} is in the journal`);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(file, JSON.stringify(journal));
  return dir;
}

/** A fresh, empty database (PostgreSQL when `DATABASE_URL` is set, else in-memory PGlite) migrated to `folder`. */
async function openUnmigrated(): Promise<{ handle: DbHandle; migrateTo: (folder: string) => Promise<void>; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = await openDatabase({ dataDir: 'memory' });
    return {
      handle,
      migrateTo: (folder) => migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder: folder }),
      drop: () => handle.close(),
    };
  }
  const name = testDatabaseName('mig');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  return {
    handle,
    migrateTo: (folder) => migratePg(handle.db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder: folder }),
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).finally(() => c.end());
    },
  };
}

test('migrating a registry of the old shape keeps every row and fills the identifier lookups', async () => {
  const before = migrationsBefore(TAG);
  const { handle, migrateTo, drop } = await openUnmigrated();
  try {
    await migrateTo(before);
    const db = handle.db;
    const [a, b, c] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const hh = crypto.randomUUID();
    const card = crypto.randomUUID();
    // Old shape: unique personal id / SI number / card code on the rows, members keyed (person, household),
    // and person c in the household only through the membership row (household_id left null).
    await db.execute(sql`insert into registry_households (id, code, head_person_id, province_code, commune_code, street)
                         values (${hh}, 'HK0100000000001', ${a}, '01', '01001', 'Số 1')`);
    await db.execute(sql`insert into registry_persons (id, personal_id, social_insurance_no, full_name, sex, date_of_birth, province_code, commune_code, street, household_id) values
                         (${a}, '001090000001', '0100000001', 'Nguyễn Văn A', 'M', '1990-01-01', '01', '01001', 'Số 1', ${hh}),
                         (${b}, '001090000002', null, 'Nguyễn Văn B', 'M', '1991-01-01', '01', '01001', 'Số 2', null),
                         (${c}, '001190000003', '0100000003', 'Nguyễn Thị C', 'F', '2015-01-01', '01', '01001', 'Số 1', null)`);
    await db.execute(sql`insert into registry_household_members (household_id, person_id, relation) values (${hh}, ${a}, 'head'), (${hh}, ${c}, 'child')`);
    await db.execute(sql`insert into registry_employers (id, code, code_kind, name, province_code, business_type)
                         values ('00000000-0000-4000-8000-0000000000e1', '0100000001', 'enterprise', 'Công ty Thử', '01', '010')`);
    await db.execute(sql`insert into registry_participation_periods (id, person_id, employer_id, from_month, job_title, salary_basis, insurance_types, contract_type)
                         values (${crypto.randomUUID()}, ${a}, '00000000-0000-4000-8000-0000000000e1', '2020-01', 'Kế toán', 9000000, '{health}', 'indefinite')`);
    await db.execute(sql`insert into registry_health_cards (id, person_id, card_code, group_code, issuing_province, registered_clinic_code, registered_clinic_name, valid_from)
                         values (${card}, ${a}, 'DN4010100000001', 'DN', '01', '01001', 'Bệnh viện Thử', '2025-01-01')`);
    await db.execute(sql`insert into registry_card_benefit_levels (card_id, person_id, level, effective_from) values (${card}, ${a}, 4, '2025-01-01')`);

    const counts = sql`select (select count(*) from registry_persons)::int as persons, (select count(*) from registry_households)::int as households,
                              (select count(*) from registry_household_members)::int as members, (select count(*) from registry_participation_periods)::int as periods,
                              (select count(*) from registry_health_cards)::int as cards, (select count(*) from registry_card_benefit_levels)::int as levels`;
    const [old] = await queryRows(db, counts);
    await migrateTo(MIGRATIONS_DIR);
    const [now] = await queryRows(db, counts);
    assert.deepEqual({ ...now }, { ...old });
    assert.deepEqual({ ...now }, { persons: 3, households: 1, members: 2, periods: 1, cards: 1, levels: 1 });

    const lookups = await queryRows<{ kind: string; value: string; person_id: string }>(db, sql`select kind, value, person_id from registry_identifiers order by kind, value`);
    assert.deepEqual(lookups.map((r) => ({ ...r })), [
      { kind: 'card_code', value: 'DN4010100000001', person_id: a },
      { kind: 'personal_id', value: '001090000001', person_id: a },
      { kind: 'personal_id', value: '001090000002', person_id: b },
      { kind: 'personal_id', value: '001190000003', person_id: c },
      { kind: 'social_insurance_no', value: '0100000001', person_id: a },
      { kind: 'social_insurance_no', value: '0100000003', person_id: c },
    ]);
    const codes = await queryRows<{ code: string; household_id: string }>(db, sql`select code, household_id from registry_household_codes`);
    assert.deepEqual(codes.map((r) => ({ ...r })), [{ code: 'HK0100000000001', household_id: hh }]);

    // The reads find the old rows through the lookups, and c's household through the person.
    assert.equal((await findPersonByPersonalId(db, '001090000002'))?.id, b);
    assert.equal((await findPersonBySocialInsuranceNo(db, '0100000003'))?.id, c);
    assert.equal((await findPersonByCardCode(db, 'DN4010100000001'))?.id, a);
    const household = await findHouseholdOfPerson(db, c);
    assert.equal(household?.household.id, hh);
    assert.deepEqual(household?.members.map((m) => [m.id, m.relation]), [[a, 'head'], [c, 'child']]);

    // The lookups now carry uniqueness: a second person with a's personal id is refused there.
    await assert.rejects(db.execute(sql`insert into registry_identifiers (kind, value, person_id) values ('personal_id', '001090000001', ${b})`),
      (err: Error) => (err.cause as { code?: string } | undefined)?.code === '23505',
    );
  } finally {
    await drop();
    fs.rmSync(before, { recursive: true, force: true });
  }
});
