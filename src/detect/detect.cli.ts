/**
 * `khien detect …` commands: create an ingestion token for a source system (printed once; only its hash is
 * stored), and replay a file of events through the detector with chosen rule parameters (backtesting,
 * `replay.ts`). The database is opened the same way the server opens it; with the embedded PGlite, stop the
 * server first (one process per data directory).
 */
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { DetectContext } from './context.ts';
import { contextFromJson, fileLines, parseParamOverrides, replayEvents } from './replay.ts';
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

/** Options of `khien detect replay`. */
export interface ReplayCliOptions {
  /** `RULE.key=value` overrides. */
  readonly param?: readonly string[];
  /** Output file for the alerts (JSONL); default standard output. */
  readonly out?: string;
  /** Context file (accounts, VPN accounts, decoys, linked persons) as JSON. */
  readonly context?: string;
  /** Events before this ISO time warm the baselines without alerts. */
  readonly learnUntil?: string;
}

/**
 * `khien detect replay <file.jsonl>`: the detector over a file of Khiên events (or audit entries), alerts as
 * JSON lines with their evidence; the summary goes to standard error (or `io.write`).
 *
 * @param file - JSONL events
 * @param opts - parameters, output, context, warm-up
 * @param io - injected output and context (tests; the command line passes the database-backed context with `--db`)
 * @returns the exit code: 0 done, 1 refused (bad parameter, unreadable file)
 */
export async function runReplay(file: string, opts: ReplayCliOptions, io: { write?: (text: string) => void; context?: DetectContext } = {}): Promise<number> {
  const say = io.write ?? ((t: string) => process.stderr.write(t));
  let out: WriteStream | null = null;
  try {
    const params = parseParamOverrides(opts.param ?? []);
    const learnUntil = opts.learnUntil ? Date.parse(opts.learnUntil) : undefined;
    if (learnUntil !== undefined && Number.isNaN(learnUntil)) throw new Error(`--learn-until ${opts.learnUntil}: not a time`);
    const context = io.context ?? (opts.context ? contextFromJson(readFileSync(opts.context, 'utf8')) : undefined);
    const target = opts.out ? (out = createWriteStream(opts.out, 'utf8')) : null;
    const emit = (line: string): void => {
      if (target) target.write(line);
      else process.stdout.write(line);
    };
    await access(file);
    const summary = await replayEvents(fileLines(file), { params, context, learnUntil, onAlert: (a) => emit(`${JSON.stringify(a)}\n`) });
    if (out) await new Promise<void>((resolve, reject) => out!.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const rules = Object.entries(summary.byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    say(
      `Đã chạy lại / replayed ${summary.events} events (${summary.learned} learned first), ${summary.rejectedCount} lines skipped` +
        `${summary.rejected.length ? ` (${summary.rejected.map((r) => `line ${r.line}: ${r.reason}`).join('; ')})` : ''}; ` +
        `${summary.alerts} alerts${rules ? `: ${rules}` : ''}\n`,
    );
    return 0;
  } catch (err) {
    say(`${err instanceof Error ? err.message : String(err)}\n`);
    out?.destroy();
    return 1;
  }
}
