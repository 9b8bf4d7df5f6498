/**
 * `khien respond …` commands: `export-stix --since …` prints (or writes) the STIX 2.1 bundle of the incidents
 * changed and alerts raised in a period; `send-cef --since …` sends them as CEF over syslog to
 * `SOC_SYSLOG_TARGET`. The database is opened the way the server opens it (with the embedded PGlite, stop the
 * server first: one process per data directory).
 */
import fs from 'node:fs';
import { loadConfig, type Config } from '../platform/config.ts';
import { openDatabase, type DbHandle } from '../db/client.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { formatMessage, isKhienError, lookupError } from '../platform/errors.ts';
import { exportStix, sendCefToSoc } from './soc-export.ts';

/** What the commands use; tests inject their own. */
export interface RespondCliIo {
  readonly config?: Config;
  readonly database?: DbHandle;
  readonly clock?: Clock;
  readonly write?: (text: string) => void;
}

/**
 * Parses `--since`: an ISO 8601 time, or a duration back from now (`90m`, `24h`, `7d`).
 *
 * @param value - the option value
 * @param now - current time
 * @returns the time
 * @throws Error when neither
 */
export function parseSince(value: string, now: Date): Date {
  const m = /^(\d+)\s*([mhd])$/.exec(value.trim());
  if (m) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(m[1]) * unit);
  }
  const t = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(t.getTime())) {
    throw new Error(`--since: thời điểm ISO 8601 hoặc khoảng như 24h / an ISO 8601 time or a duration like 24h: "${value}"`);
  }
  return t;
}

function describe(err: unknown): string {
  if (isKhienError(err)) {
    const spec = lookupError(err.code)!;
    return `${formatMessage(spec.vi, err.params)} / ${formatMessage(spec.en, err.params)}`;
  }
  // Driver messages embed query parameters: show our own messages, and only the class of anything else.
  if (err instanceof Error && !('query' in err) && err.name === 'Error') return err.message;
  return `Lỗi hệ thống / internal error (${err instanceof Error ? err.name : typeof err})`;
}

async function withDatabase<T>(io: RespondCliIo, run: (db: DbHandle, config: Config) => Promise<T>): Promise<T> {
  const config = io.config ?? loadConfig();
  const database = io.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    // Same migrations the server applies at start; a no-op on an up-to-date database.
    if (!io.database) await database.migrate();
    return await run(database, config);
  } finally {
    if (!io.database) await database.close();
  }
}

/**
 * `khien respond export-stix --since <time|duration> [--until <time>] [--out <file>]`.
 *
 * @param opts - period and output file
 * @param io - injected configuration, database, clock and output (tests)
 * @returns the exit code
 */
export async function runExportStix(opts: { since: string; until?: string; out?: string }, io: RespondCliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const now = (io.clock ?? systemClock).now();
  try {
    const since = parseSince(opts.since, now);
    const until = opts.until ? parseSince(opts.until, now) : new Date(now.getTime() + 1);
    return await withDatabase(io, async (database) => {
      const bundle = await exportStix(database.db, { since, until });
      const text = `${JSON.stringify(bundle, null, 2)}\n`;
      if (opts.out) {
        fs.writeFileSync(opts.out, text);
        write(`Đã ghi ${bundle.objects.length} đối tượng STIX / wrote ${bundle.objects.length} STIX objects: ${opts.out}\n`);
      } else write(text);
      return 0;
    });
  } catch (err) {
    write(`${describe(err)}\n`);
    return 1;
  }
}

/**
 * `khien respond send-cef --since <time|duration> [--transport tcp|udp]`.
 *
 * @param opts - period and transport
 * @param io - injected configuration, database, clock and output (tests)
 * @returns the exit code
 */
export async function runSendCef(opts: { since: string; transport?: string }, io: RespondCliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const now = (io.clock ?? systemClock).now();
  try {
    const since = parseSince(opts.since, now);
    const transport = opts.transport === 'udp' ? 'udp' : 'tcp';
    return await withDatabase(io, async (database, config) => {
      const sent = await sendCefToSoc(database.db, config.socSyslogTarget, transport, { since, until: new Date(now.getTime() + 1) });
      write(`Đã gửi ${sent.cases} vụ việc, ${sent.alerts} cảnh báo / sent ${sent.cases} incidents, ${sent.alerts} alerts\n`);
      return 0;
    });
  } catch (err) {
    write(`${describe(err)}\n`);
    return 1;
  }
}
