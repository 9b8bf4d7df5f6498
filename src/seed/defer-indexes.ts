/**
 * For large loads on PostgreSQL: inside the load's own transaction, drops the registry tables' indexes —
 * secondary indexes and the primary-key and unique constraints — and recreates them at the end from their
 * exact saved definitions, before `COMMIT`. Building an index once over all rows (a sort) costs a fraction
 * of maintaining it row by row. Nothing is given up: re-adding a primary key or unique constraint checks
 * every row, so a duplicate fails the load and the whole transaction (data and dropped indexes) rolls back;
 * a crash mid-load rolls back too, so the registry is never left without its indexes or with unchecked rows.
 * Check constraints stay in place and are checked row by row. The `ALTER TABLE`s hold an exclusive lock on
 * the registry tables until the load commits.
 */
import type pg from 'pg';

/** Registry tables whose indexes are deferred. */
const TABLES = [
  'registry_persons',
  'registry_households',
  'registry_household_members',
  'registry_participation_periods',
  'registry_health_cards',
  'registry_card_benefit_levels',
  'registry_identifiers',
  'registry_household_codes',
];

/** A dropped index or constraint and the statement that recreates it. */
export interface DeferredIndex {
  readonly name: string;
  readonly table: string;
  /** `constraint`: primary key or unique constraint; `index`: a plain index. */
  readonly kind: 'constraint' | 'index';
  readonly definition: string;
}

const IDENT = /^[a-z0-9_]+$/;

/**
 * Drops the registry tables' indexes and primary-key/unique constraints, in the caller's open transaction.
 * Constraints that a foreign key elsewhere depends on are kept.
 *
 * @param client - a PostgreSQL connection inside a transaction
 * @returns what was dropped, to pass to {@link rebuildIndexes} in the same transaction
 */
export async function dropRegistryIndexes(client: pg.ClientBase): Promise<DeferredIndex[]> {
  const constraints = await client.query<{ name: string; table: string; definition: string }>(
    `select c.conname as name, t.relname as "table", pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = current_schema() and t.relname = any($1::text[]) and c.contype in ('p', 'u')
        and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = c.conrelid)
      order by t.relname, c.contype, c.conname`,
    [TABLES],
  );
  const indexes = await client.query<{ name: string; table: string; definition: string }>(
    `select c.relname as name, t.relname as "table", pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class c on c.oid = i.indexrelid
       join pg_class t on t.oid = i.indrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = current_schema() and t.relname = any($1::text[])
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by t.relname, c.relname`,
    [TABLES],
  );
  const dropped: DeferredIndex[] = [
    ...constraints.rows.map((r) => ({ ...r, kind: 'constraint' as const })),
    ...indexes.rows.map((r) => ({ ...r, kind: 'index' as const })),
  ];
  for (const d of dropped) {
    if (!IDENT.test(d.name) || !IDENT.test(d.table)) throw new Error('unexpected index name');
    await client.query(d.kind === 'constraint' ? `alter table ${d.table} drop constraint ${d.name}` : `drop index ${d.name}`);
  }
  return dropped;
}

/**
 * Recreates what {@link dropRegistryIndexes} dropped, constraints first, in the same transaction (each
 * build may use PostgreSQL's parallel maintenance workers).
 *
 * @param client - the same connection, same transaction
 * @param dropped - from {@link dropRegistryIndexes}
 */
export async function rebuildIndexes(client: pg.ClientBase, dropped: readonly DeferredIndex[]): Promise<void> {
  await client.query(`set local maintenance_work_mem = '256MB'`);
  for (const d of dropped) {
    await client.query(d.kind === 'constraint' ? `alter table ${d.table} add constraint ${d.name} ${d.definition}` : d.definition);
  }
}
