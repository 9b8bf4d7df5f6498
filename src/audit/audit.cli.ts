/**
 * `khien audit …` commands: verify the whole log (optionally against a checkpoint file kept outside), sign a
 * checkpoint now (optionally writing its note to a file), print the verifier key. The database is opened the
 * same way the server opens it. With the embedded PGlite, stop the server first (one process per data dir).
 */
import fs from 'node:fs';
import { loadConfig, type Config } from '../platform/config.ts';
import { openDatabase, type DbHandle } from '../db/client.ts';
import { systemClock } from '../platform/clock.ts';
import { formatVerifyReport } from './verify-chain.ts';
import { verifyParallel } from './verify-parallel.ts';
import { verifyIncremental } from './verify-incremental.ts';
import { createCheckpoint, formatCheckpointNote, parseCheckpointNote, type Checkpoint } from './checkpoint.ts';
import { loadSigningKey, verifierKeyText } from './signing-key.ts';
import { isKhienError, lookupError, formatMessage } from '../platform/errors.ts';
import { archiveAnchor, unanchoredReport } from './archive-anchor.ts';
import { parseManifest, type ArchiveManifest } from './archive-manifest.ts';

/** What the commands use; tests inject their own. */
export interface CliIo {
  readonly config?: Config;
  readonly database?: DbHandle;
  readonly write?: (text: string) => void;
}

/**
 * Opens the database as the server does (unless the caller injected one), runs, closes.
 *
 * @param io - injected configuration and database
 * @param run - the command's work
 * @returns what `run` returns
 */
export async function withDatabase<T>(io: CliIo, run: (db: DbHandle, config: Config) => Promise<T>): Promise<T> {
  const config = io.config ?? loadConfig();
  const database = io.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    return await run(database, config);
  } finally {
    if (!io.database) await database.close();
  }
}

/**
 * An error for people: a catalogued one in Vietnamese and English, otherwise its message.
 *
 * @param err - the error
 * @returns the text
 */
export function describe(err: unknown): string {
  if (isKhienError(err)) {
    const spec = lookupError(err.code)!;
    return `${formatMessage(spec.vi, err.params)} / ${formatMessage(spec.en, err.params)}`;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * `khien audit verify [--checkpoint file] [--incremental] [--json]`.
 *
 * After partitions were archived and dropped, verification starts at the first retained entry, anchored on the
 * archive records (`archive-anchor.ts`) and on `manifest`, an archive manifest kept outside, when given.
 *
 * @param opts - `checkpoint`: path of a checkpoint note kept outside; `manifest`: an archive manifest kept
 *   outside; `incremental`: check only the entries
 *   after the latest stored signed checkpoint (or after `checkpoint`); `workers`: worker threads of the full
 *   verification (default: the cores); `json`: print the report as JSON
 * @param io - injected configuration, database and output (tests)
 * @returns the exit code: 0 valid, 1 invalid or not verifiable
 */
export async function runAuditVerify(opts: { checkpoint?: string; json?: boolean; incremental?: boolean; workers?: number; manifest?: string }, io: CliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  let checkpoint: Checkpoint | undefined;
  if (opts.checkpoint) {
    try {
      checkpoint = parseCheckpointNote(fs.readFileSync(opts.checkpoint, 'utf8'));
    } catch (err) {
      write(`Không đọc được tệp điểm kiểm tra / cannot read the checkpoint file: ${describe(err)}\n`);
      return 1;
    }
  }
  let archiveManifest: ArchiveManifest | undefined;
  if (opts.manifest) {
    try {
      archiveManifest = parseManifest(fs.readFileSync(opts.manifest, 'utf8'));
    } catch (err) {
      write(`Không đọc được bản kê khai lưu trữ / cannot read the archive manifest: ${describe(err)}\n`);
      return 1;
    }
  }
  return withDatabase(io, async (database, config) => {
    const key = loadSigningKey(config);
    if (opts.incremental) {
      const report = await verifyIncremental(database.db, { checkpoint, publicKey: key.publicKey, archiveManifest });
      const since = `Từ điểm kiểm tra đã ký kích thước ${report.fromSize}: đã kiểm tra ${report.entriesChecked} mục mới / from the signed checkpoint of size ${report.fromSize}: ${report.entriesChecked} new entries checked\n`;
      write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : since + formatVerifyReport(report));
      return report.ok ? 0 : 1;
    }
    // Range-parallel worker threads on PostgreSQL for a large log; the sequential verifier otherwise, and to
    // name any fault (same verdict either way).
    // After archived partitions: from their end, anchored on the archive records (and the manifest given).
    const { anchor, fault } = await archiveAnchor(database.db, archiveManifest);
    if (fault) {
      const r = unanchoredReport(fault);
      write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : formatVerifyReport(r));
      return 1;
    }
    const report = await verifyParallel(database.db, { checkpoint, publicKey: key.publicKey, databaseUrl: config.databaseUrl ?? null, workers: opts.workers, from: anchor ?? undefined });
    const since = anchor
      ? `Sau ${anchor.archives} phân vùng đã lưu trữ (đến ${anchor.partition}, mục 1..${anchor.size}) / after ${anchor.archives} archived partition(s) (up to ${anchor.partition}, entries 1..${anchor.size}): ${report.size - anchor.size} mục còn lại đã kiểm tra / retained entries checked\n`
      : '';
    write(opts.json ? `${JSON.stringify({ ...report, fromSize: anchor?.size ?? 0 }, null, 2)}\n` : since + formatVerifyReport(report));
    return report.ok ? 0 : 1;
  });
}

/**
 * `khien audit checkpoint [--out file]`: signs the current tree head, stores it, prints or writes the note.
 *
 * @param opts - `out`: file to write the note to
 * @param io - injected configuration, database and output (tests)
 * @returns the exit code
 */
export async function runAuditCheckpoint(opts: { out?: string }, io: CliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  return withDatabase(io, async (database, config) => {
    const c = await createCheckpoint(database.db, loadSigningKey(config), systemClock);
    const note = formatCheckpointNote(c);
    if (opts.out) {
      fs.writeFileSync(opts.out, note, { mode: 0o644 });
      write(`Đã ghi điểm kiểm tra (kích thước ${c.treeSize}) vào / checkpoint (size ${c.treeSize}) written to ${opts.out}\n`);
    } else {
      write(note);
    }
    return 0;
  });
}

/**
 * `khien audit public-key`: prints the verifier key (signed-note form) and the raw key in base64.
 *
 * @param io - injected configuration and output (tests)
 * @returns the exit code
 */
export async function runAuditPublicKey(io: CliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const key = loadSigningKey(io.config ?? loadConfig());
  write(`${verifierKeyText(key)}\nkey id: ${key.keyId}\ned25519 public key (base64): ${Buffer.from(key.publicKey).toString('base64')}\n`);
  return 0;
}
