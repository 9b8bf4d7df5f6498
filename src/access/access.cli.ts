/**
 * `khien access …` commands: identify the export a leaked file comes from. The database is opened the same
 * way the server opens it; with the embedded PGlite, stop the server first (one process per data directory).
 */
import fs from 'node:fs';
import { openDatabase, type DbHandle } from '../db/client.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import { identifyExport } from './identify-export.ts';

/** What the commands use; tests inject their own. */
export interface AccessCliIo {
  readonly config?: Config;
  readonly database?: DbHandle;
  readonly write?: (text: string) => void;
}

/**
 * `khien access identify-export <file>`.
 *
 * @param file - path of the CSV or XLSX file found
 * @param io - injected configuration, database and output (tests)
 * @returns the exit code: 0 identified, 1 not identified or error
 */
export async function runIdentifyExport(file: string, io: AccessCliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    write(`Không đọc được tệp / cannot read the file: ${file}\n`);
    return 1;
  }
  const config = io.config ?? loadConfig();
  const database = io.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    if (!io.database) await database.migrate();
    const found = await identifyExport(database.db, data);
    if (found.length === 0) {
      write('Không nhận ra bản xuất nào / no export recognised in this file\n');
      return 1;
    }
    for (const e of found) {
      write(`${e.requestNo}\trecipient: ${e.recipientName}\trequester account: ${e.requesterAccountId}\tcreated: ${e.createdAt}\tevidence: ${e.evidence}\n`);
    }
    return 0;
  } catch (err) {
    write(`${err instanceof Error ? err.name : 'Error'}: không xác định được / could not identify\n`);
    return 1;
  } finally {
    if (!io.database) await database.close();
  }
}
