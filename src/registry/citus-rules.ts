/**
 * Checks a live schema against a distribution plan by Citus's rules, reading the catalog (pg_class,
 * pg_index, pg_constraint, pg_attribute) of the connected database: a plain PostgreSQL or PGlite database
 * migrated like production, or a Citus coordinator. The rules (Citus documentation, "Distributing tables"):
 * - every table whose name starts with the prefix is in the plan, and every planned table exists;
 * - a distributed table's distribution column exists and is NOT NULL;
 * - every primary key, unique constraint, unique index and exclusion constraint of a distributed table has the
 *   distribution column among its key columns;
 * - a foreign key between two distributed tables joins their distribution columns and the tables are
 *   colocated; distributed → reference is allowed; reference → distributed, local → distributed and
 *   distributed → local are not;
 * - colocated tables have distribution columns of the same type.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { DistributionPlan, Placement } from './distribution-plan.ts';

/** One broken rule, in words naming the table and constraint. */
export type Violation = string;

interface TableRow extends Record<string, unknown> {
  readonly name: string;
}
interface ColumnRow extends Record<string, unknown> {
  readonly table: string;
  readonly column: string;
  readonly type: string;
  readonly notnull: boolean;
}
interface UniqueRow extends Record<string, unknown> {
  readonly table: string;
  readonly name: string;
  readonly columns: string[];
}
interface ForeignKeyRow extends Record<string, unknown> {
  readonly name: string;
  readonly source: string;
  readonly target: string;
  readonly pairs: string[];
}

/** `like` pattern of a literal prefix. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The group (first table) a distributed table is colocated in. */
function colocationRoot(plan: DistributionPlan, table: string): string {
  const seen = new Set<string>();
  let at = table;
  for (;;) {
    const p = plan[at];
    if (!p || p.kind !== 'distributed' || p.colocateWith === 'none' || seen.has(at)) return at;
    seen.add(at);
    at = p.colocateWith;
  }
}

/**
 * Lists the rules the schema breaks against the plan (empty when it obeys them).
 *
 * @param db - the database to read the catalog of (current schema)
 * @param plan - table → placement
 * @param prefix - tables with this name prefix must all be in the plan (e.g. `registry_`)
 * @returns the violations
 */
export async function checkCitusRules(db: Database, plan: DistributionPlan, prefix: string): Promise<Violation[]> {
  const out: Violation[] = [];
  const tables = await queryRows<TableRow>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname like ${likePrefix(prefix)} order by 1`,
  );
  const existing = new Set(tables.map((t) => t.name));
  // A coordinator that also holds shards names them `<table>_<shard id>` (normally hidden from the catalog).
  const isShard = (t: string): boolean => /_[0-9]+$/.test(t) && t.replace(/_[0-9]+$/, '') in plan;
  for (const t of existing) if (!(t in plan) && !isShard(t)) out.push(`${t}: not in the distribution plan`);
  for (const t of Object.keys(plan)) if (!existing.has(t)) out.push(`${t}: planned but does not exist`);

  // One text[] literal parameter (table names are plain identifiers), the same on pg and PGlite.
  const planned = `{${Object.keys(plan).join(',')}}`;
  const columns = await queryRows<ColumnRow>(
    db,
    sql`select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as notnull
          from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = current_schema() and a.attnum > 0 and not a.attisdropped and c.relname = any(${planned}::text[])`,
  );
  const columnOf = (table: string, column: string): ColumnRow | undefined => columns.find((c) => c.table === table && c.column === column);
  const placement = (table: string): Placement | undefined => plan[table];

  for (const [table, p] of Object.entries(plan)) {
    if (p.kind !== 'distributed' || !existing.has(table)) continue;
    const col = columnOf(table, p.column);
    if (!col) {
      out.push(`${table}: distribution column ${p.column} does not exist`);
      continue;
    }
    if (!col.notnull) out.push(`${table}: distribution column ${p.column} is nullable`);
    if (p.colocateWith !== 'none') {
      const other = placement(p.colocateWith);
      if (!other || other.kind !== 'distributed') out.push(`${table}: colocated with ${p.colocateWith}, which is not distributed`);
      else if (columnOf(p.colocateWith, other.column)?.type !== col.type) out.push(`${table}: distribution column type differs from ${p.colocateWith}'s`);
    }
  }

  // Unique indexes (primary keys and unique constraints included) and exclusion constraints: key columns only.
  const uniques = await queryRows<UniqueRow>(
    db,
    sql`select t.relname as "table", i.relname as name,
               array(select coalesce(a.attname, '(expression)') from unnest(x.indkey) with ordinality k(attnum, ord)
                       left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                      where k.ord <= x.indnkeyatts order by k.ord)::text[] as columns
          from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
          join pg_namespace n on n.oid = t.relnamespace
         where n.nspname = current_schema() and t.relname = any(${planned}::text[])
           and (x.indisunique or exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype = 'x'))
         order by 1, 2`,
  );
  for (const u of uniques) {
    const p = placement(u.table);
    if (p?.kind === 'distributed' && !u.columns.includes(p.column)) {
      out.push(`${u.table}: unique index ${u.name} (${u.columns.join(', ')}) lacks the distribution column ${p.column}`);
    }
  }

  // Foreign keys from or to a planned table; pairs are "source column=target column" in key order.
  const fks = await queryRows<ForeignKeyRow>(
    db,
    sql`select k.conname as name, s.relname as source, d.relname as target,
               array(select sa.attname || '=' || da.attname from unnest(k.conkey, k.confkey) with ordinality u(s, d, ord)
                       join pg_attribute sa on sa.attrelid = k.conrelid and sa.attnum = u.s
                       join pg_attribute da on da.attrelid = k.confrelid and da.attnum = u.d order by u.ord)::text[] as pairs
          from pg_constraint k join pg_class s on s.oid = k.conrelid join pg_class d on d.oid = k.confrelid
          join pg_namespace n on n.oid = s.relnamespace
         where k.contype = 'f' and n.nspname = current_schema()
           and (s.relname = any(${planned}::text[]) or d.relname = any(${planned}::text[]))
         order by 1`,
  );
  for (const fk of fks) {
    const from = placement(fk.source)?.kind ?? 'local';
    const to = placement(fk.target)?.kind ?? 'local';
    const label = `${fk.source}: foreign key ${fk.name} → ${fk.target}`;
    if (to === 'distributed' && from !== 'distributed') out.push(`${label}: a ${from} table cannot reference a distributed table`);
    else if (from === 'distributed' && to === 'local') out.push(`${label}: a distributed table cannot reference a local table`);
    else if (from === 'distributed' && to === 'distributed') {
      const s = plan[fk.source] as Extract<Placement, { kind: 'distributed' }>;
      const d = plan[fk.target] as Extract<Placement, { kind: 'distributed' }>;
      if (!fk.pairs.includes(`${s.column}=${d.column}`)) out.push(`${label}: does not join the distribution columns (${s.column} = ${d.column})`);
      if (colocationRoot(plan, fk.source) !== colocationRoot(plan, fk.target)) out.push(`${label}: the tables are not colocated`);
    }
  }
  return out;
}
