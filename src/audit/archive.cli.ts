/**
 * `khien audit partitions | archive | verify-archive` (docs/OPERATIONS.md "Retention and archive"): list the
 * partitions of the log with their state, export a complete partition to a verified archive file and manifest
 * (then, with `--detach`, drop it from the database), and check an archive file on its own against its
 * manifest and the signed checkpoint it carries.
 */
import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline/promises';
import cliProgress from 'cli-progress';
import { listPartitions, formatBytes, formatPartitionListing } from './partition-status.ts';
import { describe, withDatabase, type CliIo } from './audit.cli.ts';
import { archivePartition, planArchive } from './archive.ts';
import { parseManifest } from './archive-manifest.ts';
import { formatArchiveReport, verifyArchiveFile } from './verify-archive.ts';
import { createCheckpoint } from './checkpoint.ts';
import { loadSigningKey, parseVerifierKey } from './signing-key.ts';
import { createAuditAppender } from './appender.ts';
import { startSequencer } from './sequencer.ts';
import { systemClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config.ts';
import { isKhienError } from '../platform/errors.ts';
import type { KhienEvent } from '../events/types.ts';
import type { DbHandle } from '../db/client.ts';

/** What the archive command may be given besides {@link CliIo} (tests). */
export interface ArchiveIo extends CliIo {
  /** Asks the operator (default: a yes/no question on the terminal; no terminal means no). */
  readonly confirm?: (question: string) => Promise<boolean>;
  /** Records the archive's admin event (default: the audit appender behind the sequencer lease). */
  readonly record?: (event: KhienEvent) => Promise<unknown>;
}

/**
 * `khien audit partitions [--json]`.
 *
 * @param opts - `json`: print the listing as JSON
 * @param io - injected configuration, database and output (tests)
 * @returns the exit code: 0, or 2 when rows sit in the DEFAULT partition (a warning a monitor can test)
 */
export async function runAuditPartitions(opts: { json?: boolean }, io: CliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  return withDatabase(io, async (database) => {
    const listing = await listPartitions(database.db);
    write(opts.json ? `${JSON.stringify(listing, null, 2)}\n` : formatPartitionListing(listing));
    return listing.defaultRows > 0 ? 2 : 0;
  });
}

async function askOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes|c|có|co)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** The audit appender of a CLI process: it takes the sequencer lease if free, or hands off to the server's. */
async function cliRecorder(database: DbHandle): Promise<{ record: (e: KhienEvent) => Promise<unknown>; stop: () => Promise<void> }> {
  const local = createAuditAppender({ db: database.db });
  await local.recover();
  const appender = await startSequencer({ database, local, node: `khien-cli@${os.hostname()}` });
  return { record: (e) => appender.append(e), stop: () => appender.stop() };
}

/** Progress on stderr: a bar on a terminal, nothing otherwise. */
function progress(): { update: (phase: 'export' | 'verify', done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bars = new cliProgress.MultiBar({ format: '{phase} {bar} {percentage}% {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
  const open = new Map<string, cliProgress.SingleBar>();
  return {
    update: (phase, done, total) => {
      let bar = open.get(phase);
      if (!bar) {
        bar = bars.create(total, 0, { phase: phase === 'export' ? 'Xuất / export (bytes)' : 'Kiểm tra / verify (rows)' });
        open.set(phase, bar);
      }
      bar.setTotal(Math.max(total, done));
      bar.update(done);
    },
    stop: () => bars.stop(),
  };
}

/**
 * `khien audit archive --partition <name> --out <dir> [--detach] [--yes] [--by <name>] [--json]`.
 *
 * @param opts - partition, output directory, `detach` (drop it once verified), `yes` (do not ask), `by` (the
 *   operator's name; default the OS user and host), `json` (print the manifest and report as JSON)
 * @param io - injected configuration, database, output, confirmation and recorder (tests)
 * @returns the exit code: 0 archived (and dropped with `--detach`), 1 refused, cancelled or failed
 */
export async function runAuditArchive(opts: { partition: string; out: string; detach?: boolean; yes?: boolean; by?: string; json?: boolean }, io: ArchiveIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  return withDatabase(io, async (database, config) => {
    try {
      const plan = await planArchive(database.db, opts.partition);
      write(
        `Phân vùng / partition ${plan.partition}: mục / entries ${plan.fromSeq}..${plan.lastSeq} (${plan.rows}), ${formatBytes(plan.bytes)}; ` +
          `đầu nhật ký / head ${plan.head}\n` +
          `Ghi vào / writing to ${opts.out}; ${opts.detach ? 'sau khi kiểm tra tệp, phân vùng sẽ bị TÁCH và XÓA khỏi cơ sở dữ liệu / once the file verifies, the partition is DETACHED and DROPPED' : 'phân vùng được giữ lại / the partition stays in the database'}\n`,
      );
      if (!opts.yes) {
        const ok = await (io.confirm ?? askOnTerminal)('Tiếp tục? / Proceed? [y/N] ');
        if (!ok) {
          write('Đã hủy / cancelled (dùng --yes khi không có terminal / use --yes without a terminal)\n');
          return 1;
        }
      }
      const key = loadSigningKey(config);
      const recorder = io.record ? { record: io.record, stop: async () => undefined } : await cliRecorder(database);
      const bar = progress();
      try {
        const result = await archivePartition({
          database,
          partition: opts.partition,
          outDir: opts.out,
          detach: opts.detach === true,
          by: opts.by ?? `${os.userInfo().username}@${os.hostname()}`,
          clock: systemClock,
          publicKey: key.publicKey,
          signCheckpoint: () => createCheckpoint(database.db, key, systemClock),
          record: recorder.record,
          onProgress: (phase, done) => bar.update(phase, done, phase === 'export' ? plan.bytes : plan.rows),
        });
        bar.stop();
        if (opts.json) {
          write(`${JSON.stringify({ manifest: result.manifest, report: result.report, detached: result.detached, reused: result.reused }, null, 2)}\n`);
        } else {
          write(formatArchiveReport(result.report));
          write(`Tệp / file: ${result.filePath}\nBản kê khai / manifest: ${result.manifestPath}\n`);
          if (result.reused) write('Tệp đã có và khớp với bản ghi lưu trữ: đã kiểm tra lại, không ghi lại / the files existed and matched the archive record: verified again, not rewritten\n');
          write(
            result.detached
              ? `Đã tách và xóa phân vùng / partition detached and dropped: ${plan.partition}; mục đầu tiên còn lại / first retained entry ${plan.lastSeq + 1}\n`
              : 'Phân vùng vẫn còn; chạy lại với --detach sau khi đã sao lưu tệp / the partition stays; run again with --detach once the files are stored safely\n',
          );
        }
        return 0;
      } finally {
        bar.stop();
        await recorder.stop();
      }
    } catch (err) {
      write(`${isKhienError(err) ? `${err.code}: ` : ''}${describe(err)}\n`);
      return 1;
    }
  });
}

/**
 * `khien audit verify-archive --manifest <file> [--key <verifier key>] [--json]`: no database needed.
 *
 * @param opts - the manifest's path (the file is beside it); `key`: the checkpoint verifier key text (default: the
 *   configured signing key's); `json`: print the report as JSON
 * @param io - injected configuration and output (tests)
 * @returns the exit code: 0 valid, 1 invalid or unreadable
 */
export async function runAuditVerifyArchive(opts: { manifest: string; key?: string; json?: boolean }, io: CliIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  try {
    const manifest = parseManifest(fs.readFileSync(opts.manifest, 'utf8'));
    let publicKey: Uint8Array;
    if (opts.key) {
      const parsed = parseVerifierKey(opts.key);
      if (!parsed) {
        write('Khóa kiểm tra không hợp lệ / invalid verifier key (see `khien audit public-key`)\n');
        return 1;
      }
      publicKey = parsed.publicKey;
    } else {
      publicKey = loadSigningKey(io.config ?? loadConfig()).publicKey;
    }
    const bar = progress();
    const report = await verifyArchiveFile(manifest, opts.manifest, { publicKey, onProgress: (n) => bar.update('verify', n, manifest.rowCount) });
    bar.stop();
    write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatArchiveReport(report));
    return report.ok ? 0 : 1;
  } catch (err) {
    write(`Không đọc được bản kê khai hoặc tệp lưu trữ / cannot read the manifest or archive file: ${describe(err)}\n`);
    return 1;
  }
}
