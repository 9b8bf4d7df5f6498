/**
 * Fresh databases for tests: a new PostgreSQL database per call when `DATABASE_URL` is set (as in CI, which
 * points it at a database it created), otherwise an in-memory PGlite. Each is migrated and dropped on close.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DbHandle } from './client.ts';

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
  const name = `khien_t_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`;
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
