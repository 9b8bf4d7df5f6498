/**
 * `khien detect …` commands: create an ingestion token for a source system (printed once; only its hash is
 * stored). The database is opened the same way the server opens it; with the embedded PGlite, stop the
 * server first (one process per data directory).
 */
import { openDatabase, type DbHandle } from '../db/client.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import { systemClock } from '../platform/clock.ts';
import { createIngestToken } from './ingest/ingest-tokens.ts';

/** What the commands use; tests inject their own. */
export interface DetectCliIo {
  readonly config?: Config;
  readonly database?: DbHandle;
  readonly write?: (text: string) => void;
}

/**
 * `khien detect ingest-token <system>`.
 *
 * @param system - source system name (e.g. `vpn-hn-01`)
 * @param io - injected configuration, database and output (tests)
 * @returns the exit code: 0 created, 1 refused
 */
export async function runCreateIngestToken(system: string, io: DetectCliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const config = io.config ?? loadConfig();
  const database = io.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    if (!io.database) await database.migrate();
    const { id, token } = await createIngestToken(database.db, systemClock, system);
    write(
      `Mã nạp nhật ký cho hệ thống / ingestion token for system "${system}" (id ${id}).\n` +
        `Chỉ hiển thị một lần / shown once — send it as "Authorization: Bearer <token>" to POST /api/ingest/events:\n${token}\n`,
    );
    return 0;
  } catch (err) {
    write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    if (!io.database) await database.close();
  }
}
