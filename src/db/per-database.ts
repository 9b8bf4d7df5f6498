/**
 * Memoises something built from a database handle (typically a Drizzle prepared statement), once per handle.
 */
import type { Database } from './client.ts';

/**
 * Wraps a builder so it runs once per database handle and its result is kept (Drizzle builds the SQL once; a
 * named prepared statement is then parsed once per pooled connection instead of on every request).
 *
 * @param build - builds the value for one database handle
 * @returns a function returning the value for a handle, building it on first use
 */
export function perDatabase<T extends object>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let value = built.get(db);
    if (!value) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}
