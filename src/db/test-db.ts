/**
 * Fresh databases for tests: a new PostgreSQL database per call when `DATABASE_URL` is set (as in CI, which
 * points it at a database it created), otherwise an in-memory PGlite. Each is migrated and dropped on close.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DbHandle } from './client.ts';

/**
 * A fresh name for a throw-away test database: `khien_t_<tag>_<time>_<random>`, where the tag comes from
 * `KHIEN_TEST_DB_TAG` (set by `.ci/run` to its own run, so that its clean-up drops only the databases of that
 * run, never those of another run on the same server).
 *
 * @param kind - a short word for what the database is for (letters and digits)
 * @returns the database name
 */
export function testDatabaseName(kind = ''): string {
  const tag = process.env.KHIEN_TEST_DB_TAG ?? '';
  if (!/^[a-z0-9]{0,24}$/.test(tag) || !/^[a-z0-9]{0,12}$/.test(kind)) throw new Error('KHIEN_TEST_DB_TAG and the kind must be lower-case letters and digits');
  const parts = ['khien_t', tag, kind, Date.now().toString(36), crypto.randomBytes(4).toString('hex')].filter((p) => p !== '');
  return parts.join('_');
}

/**
 * Creates and migrates a throw-away database.
 *
 * @returns the handle; `close()` drops the database
 */
export async function createTestDatabase(): Promise<DbHandle & { url: string | null }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = await openDatabase({ dataDir: 'memory' });
    await handle.migrate();
    return Object.assign(handle, { url: null });
  }
  const name = testDatabaseName();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  await handle.migrate();
  const close = handle.close;
  return Object.assign(handle, {
    url: url.toString(),
    close: async () => {
      await close();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      try {
        await drop.query(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end();
      }
    },
  });
}
