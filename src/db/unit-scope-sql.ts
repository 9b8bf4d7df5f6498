/**
 * The SQL condition "this unit column is in the caller's units", shared by the repos whose lists and figures
 * are scoped to a unit subtree.
 */
import { sql, type SQL } from 'drizzle-orm';

/**
 * A condition on a unit column.
 *
 * @param column - the unit id column (or expression)
 * @param units - the units (null: every unit; empty: none)
 * @returns `true`, `false` or `column in (…)`
 */
export function unitIn(column: SQL, units: readonly string[] | null): SQL {
  if (units === null) return sql`true`;
  if (units.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(units.map((u) => sql`${u}`), sql`, `)})`;
}
