/**
 * Opens the database: PostgreSQL through `pg` when a URL is configured, otherwise the embedded PGlite
 * (PostgreSQL compiled to WebAssembly), file-backed in the data directory. The same Drizzle schema and the
 * same committed migrations run on both (DESIGN.md "Storage and scale").
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The Drizzle database (or a transaction on it: transactions are databases too). */
export type Database = PgDatabase<PgQueryResultHKT>;

/** The folder of committed migrations. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** An open database with its driver-specific handles. */
export interface DbHandle {
  readonly db: Database;
  readonly kind: 'postgres' | 'pglite';
  /** The pg pool when on PostgreSQL (bulk loading, LISTEN, raw COPY). */
  readonly pool: pg.Pool | null;
  /** The PGlite instance when embedded. */
  readonly pglite: PGlite | null;
  /** Applies pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  databaseUrl?: string;
  /** Directory for PGlite files; `memory` keeps it in memory (tests). */
  dataDir?: string | 'memory';
  /** Pool size on PostgreSQL. */
  poolSize?: number;
  /** What this process is (`server`, `cli`), written into the embedded data directory's lock file. */
  role?: string;
}

/**
 * Opens the configured database.
 *
 * @param opts - URL for PostgreSQL, or a data directory for PGlite
 * @returns the handle; call `migrate()` before use
 */
export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 20 });
    // A broken idle connection must not crash the process; the next query reports the problem.
    pool.on('error', () => {});
    const db = drizzlePg(pool) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      pool,
      pglite: null,
      migrate: async () => {
        await migratePg(db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder: MIGRATIONS_DIR });
      },
      close: async () => {
        await pool.end();
      },
    };
  }
  let client: PGlite;
  let lock: DataDirLock | null = null;
  if (!opts.dataDir || opts.dataDir === 'memory') {
    client = new PGlite();
  } else {
    // One process per embedded data directory: the CLI refuses a directory a running server holds.
    lock = lockDataDir(opts.dataDir, opts.role ?? 'process');
    const dir = path.join(opts.dataDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
    client = new PGlite(dir);
  }
  try {
    await client.waitReady;
  } catch (err) {
    lock?.release();
    throw err;
  }
  const db = drizzlePglite(client) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    pool: null,
    pglite: client,
    migrate: async () => {
      await migratePglite(db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder: MIGRATIONS_DIR });
    },
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Runs raw SQL and returns its rows on either driver.
 *
 * @param db - database or transaction
 * @param query - a Drizzle `sql` template
 * @returns the result rows
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  // The driver's result type differs between node-postgres and PGlite; both carry `rows`.
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Number of migrations in the committed journal. */
export function countCommittedMigrations(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * Reports whether the database answers and every committed migration is applied.
 *
 * @param db - the database
 * @returns reachability and migration counts
 */
export async function checkDatabase(db: Database): Promise<{ reachable: boolean; applied: number; expected: number }> {
  const expected = countCommittedMigrations();
  try {
    const rows = await queryRows<{ n: number | string }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    return { reachable: true, applied: Number(rows[0]?.n ?? 0), expected };
  } catch {
    try {
      await db.execute(sql`select 1`);
      return { reachable: true, applied: 0, expected };
    } catch {
      return { reachable: false, applied: 0, expected };
    }
  }
}
