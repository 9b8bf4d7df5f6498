/**
 * `khien seed`: loads the deterministic demo registry into the configured database (PostgreSQL when
 * `DATABASE_URL` is set, otherwise PGlite in `DATA_DIR`), with a progress bar and a final rate line.
 * Also reachable as `npm run seed -- --persons N --staff M --seed S`.
 */
import readline from 'node:readline/promises';
import { loadConfig } from '../platform/config.ts';
import { formatMessage, isKhienError, lookupError } from '../platform/errors.ts';
import { openDatabase } from '../db/client.ts';
import { assertRegistryEmpty, loadDemoData, resetDemoData } from './load-demo-data.ts';

/** Checked options of the command. */
interface SeedOptions {
  readonly persons: number | undefined;
  readonly staff: number | undefined;
  readonly seed: number | undefined;
  readonly reset: boolean;
  readonly yes: boolean;
  readonly batchSize: number | undefined;
  readonly concurrency: number | undefined;
}

function nonNegativeInt(name: string): (raw: string) => number {
  return (raw) => {
    if (!/^[0-9]+$/.test(raw.replaceAll('_', ''))) throw new Error(`--${name} phải là số nguyên không âm / must be a non-negative integer`);
    return Number(raw.replaceAll('_', ''));
  };
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes|c|có|co)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/**
 * Runs the seed command.
 *
 * @param opts - parsed command-line options
 */
async function runSeed(opts: SeedOptions): Promise<void> {
  const config = loadConfig();
  const persons = opts.persons ?? config.seedPersons;
  const staff = opts.staff ?? config.seedStaff;
  const seed = opts.seed ?? config.seed;
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await handle.migrate();
    if (opts.reset) {
      const ok =
        opts.yes ||
        (await confirm('Xóa toàn bộ sổ đăng ký và cán bộ mẫu rồi tạo lại? / Delete the whole registry and demo staff and reload? [y/N] '));
      if (!ok) {
        process.stderr.write('Đã hủy / Cancelled (dùng --yes để bỏ qua xác nhận / use --yes to skip the question)\n');
        process.exitCode = 1;
        return;
      }
      await resetDemoData(handle);
    } else {
      await assertRegistryEmpty(handle);
    }
    const where = handle.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
    process.stdout.write(`Khiên seed: ${persons} persons, ${staff} staff, seed ${seed} → ${where}\n`);
    await loadDemoData(
      handle,
      { persons, staff, seed, progress: true, batchSize: opts.batchSize, concurrency: opts.concurrency },
      (line) => process.stdout.write(`${line}\n`),
    );
  } catch (err) {
    if (isKhienError(err)) {
      const spec = lookupError(err.code);
      const msg = spec ? `${formatMessage(spec.vi, err.params)} / ${formatMessage(spec.en, err.params)}` : err.message;
      throw new Error(`${err.code}: ${msg}`);
    }
    throw err;
  } finally {
    await handle.close();
  }
}

/**
 * Entry point of `khien seed` (declared in `src/cli/commands.ts`, which imports this file lazily): checks
 * the raw option strings, then runs the load.
 *
 * @param raw - options as commander parsed them (strings and booleans)
 * @throws Error with a bilingual message on a bad option or a non-empty registry without `--reset`
 */
export async function runSeedCommand(raw: Record<string, unknown>): Promise<void> {
  const num = (name: string, key: string): number | undefined =>
    raw[key] === undefined ? undefined : nonNegativeInt(name)(String(raw[key]));
  await runSeed({
    persons: num('persons', 'persons'),
    staff: num('staff', 'staff'),
    seed: num('seed', 'seed'),
    batchSize: num('batch-size', 'batchSize'),
    concurrency: num('concurrency', 'concurrency'),
    reset: raw.reset === true,
    yes: raw.yes === true,
  });
}
