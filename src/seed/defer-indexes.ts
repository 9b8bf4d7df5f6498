/**
 * For large loads into an empty registry on PostgreSQL: drops the registry's secondary (non-unique,
 * non-primary) indexes before loading and rebuilds them afterwards from their exact saved definitions.
 * Building an index once over sorted data costs a fraction of maintaining it row by row; unique indexes
 * stay in place, so uniqueness is still enforced during the load.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';

/** Registry tables whose secondary indexes are deferred. */
const TABLES = [
  'registry_persons',
  'registry_households',
  'registry_household_members',
  'registry_participation_periods',
  'registry_health_cards',
  'registry_card_benefit_levels',
];

/** A dropped index and the statement that recreates it. */
export interface DeferredIndex {
  readonly name: string;
  readonly definition: string;
}

/**
 * Drops the secondary indexes of the registry tables.
 *
 * @param db - a PostgreSQL database
 * @returns what was dropped, to pass to {@link rebuildIndexes}
 */
export async function dropSecondaryIndexes(db: Database): Promise<DeferredIndex[]> {
  const rows = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
          from pg_index i
          join pg_class c on c.oid = i.indexrelid
          join pg_class t on t.oid = i.indrelid
          join pg_namespace n on n.oid = t.relnamespace
         where n.nspname = current_schema() and t.relname = any(${sql.param(TABLES)}::text[])
           and not i.indisprimary and not i.indisunique`,
  );
  for (const r of rows) {
    if (!/^[a-z0-9_]+$/.test(r.name)) throw new Error('unexpected index name');
    await db.execute(sql.raw(`drop index if exists ${r.name}`));
  }
  return rows;
}

/**
 * Recreates dropped indexes (two at a time on the pool).
 *
 * @param db - the same database
 * @param indexes - from {@link dropSecondaryIndexes}
 */
export async function rebuildIndexes(db: Database, indexes: readonly DeferredIndex[]): Promise<void> {
  const queue = [...indexes];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const def = next.definition;
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local maintenance_work_mem = '256MB'`));
        await tx.execute(sql.raw(def));
      });
    }
  };
  await Promise.all([worker(), worker()]);
}
