/**
 * `khien citizen demo-accounts`: prints a few registry persons to sign in as through the demo provider
 * (demo mode only: the registry is synthetic there; production refuses). The database is opened the same way
 * the server opens it; with the embedded PGlite, stop the server first (one process per data directory).
 */
import { openDatabase, type DbHandle } from '../db/client.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import { listFirstPersonsByPersonalId } from '../registry/registry.repo.ts';
import { DEMO_CITIZEN_PASSWORD } from './demo-idp.ts';

/** What the command uses; tests inject their own. */
export interface CitizenCliIo {
  readonly config?: Config;
  readonly database?: DbHandle;
  readonly write?: (text: string) => void;
}

/**
 * Lists demo citizens.
 *
 * @param opts - `limit`: how many (1–50, default 5)
 * @param io - injected configuration, database and output
 * @returns the exit code: 0 listed, 1 refused
 */
export async function runDemoAccounts(opts: { limit?: string }, io: CitizenCliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const config = io.config ?? loadConfig();
  if (config.mode !== 'demo') {
    write('Chỉ dùng ở chế độ demo / demo mode only\n');
    return 1;
  }
  const limit = Math.min(Math.max(Number.parseInt(opts.limit ?? '5', 10) || 5, 1), 50);
  const database = io.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    if (!io.database) await database.migrate();
    const rows = await listFirstPersonsByPersonalId(database.db, limit);
    if (rows.length === 0) {
      write('Sổ đăng ký trống, chạy `khien seed` trước / the registry is empty, run `khien seed` first\n');
      return 1;
    }
    write(`Người tham gia demo (dữ liệu tổng hợp) / demo citizens (synthetic data) — ${config.publicUrl}/portal/\n`);
    write(`Mật khẩu demo / demo password: ${DEMO_CITIZEN_PASSWORD}\n`);
    for (const r of rows) write(`  ${r.personalId}  ${r.fullName}\n`);
    return 0;
  } finally {
    if (!io.database) await database.close();
  }
}
