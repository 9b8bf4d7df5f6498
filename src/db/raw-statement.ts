/**
 * Raw named statements for the hottest reads (the session lookup and the person with its facts on every
 * protected read): on PostgreSQL the statement goes straight to the `pg` pool, parsed once per pooled
 * connection (a named prepared statement), rows as arrays, without Drizzle's query object, placeholder filling
 * and result mapping. The caller keeps its Drizzle query for PGlite and transactions, and maps the row itself.
 */
import pg from 'pg';
import type { Database } from './client.ts';

/**
 * The `pg` pool behind a root database handle.
 *
 * @param db - a database handle
 * @returns the pool, or null on PGlite or for a transaction (which must use its own connection)
 */
export function rawPoolOf(db: Database): pg.Pool | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? client : null;
}

const TIMESTAMPTZ_OID = 1184;
const parseTimestamptzSlowly = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text');

/**
 * pg's type parsers, except `timestamptz`: read by the engine's own date parser (PostgreSQL's text form with an
 * offset, e.g. `2026-03-02 02:00:00.123456+00`, parses natively, as Drizzle reads it) instead of pg's
 * regular-expression parser; anything it cannot read (`infinity`, years before 1000) goes to pg's parser.
 */
const FAST_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID && format !== 'binary'
      ? (value: string): Date => {
        const d = new Date(value);
        return Number.isNaN(d.getTime()) || value.length < 22 ? (parseTimestamptzSlowly(value) as Date) : d;
      }
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** A named statement: its SQL text is sent once per pooled connection, then only its name and values. */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Runs a named statement on a pool.
 *
 * @param pool - the pool
 * @param statement - name and SQL text (`$1`, `$2`, … for the values)
 * @param values - the values
 * @returns the rows, each an array of column values in select order (pg's default type parsers)
 */
export async function runNamed(pool: pg.Pool, statement: NamedStatement, values: readonly unknown[]): Promise<unknown[][]> {
  const result = await pool.query<unknown[]>({ name: statement.name, text: statement.text, values: values as unknown[], rowMode: 'array', types: FAST_TYPES });
  return result.rows;
}
