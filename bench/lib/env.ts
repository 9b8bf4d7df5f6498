/**
 * What every benchmark script shares: the `--quick` flag, the PostgreSQL server and databases it runs on,
 * scratch databases it creates and drops, and the wrapper that times a run and publishes its result.
 *
 * Databases: the server comes from `BENCH_DATABASE_URL`, else `DATABASE_URL`, else
 * `postgres://postgres@127.0.0.1:5432`. When that URL names a database (CI passes an empty one it created),
 * the benchmarks use it as the bench database; when it names none (or `postgres`), they use `khien_bench`
 * (full) or `khien_bench_quick` (quick), created on first use and kept so the 1,000,000-person registry is
 * seeded once. Scratch databases (`khien_bench_<label>_<random>`) are dropped when the benchmark ends.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { machineFacts } from './machine.ts';
import { publishResult, type BenchResult, type BenchStatus, type ResultTable, type TargetCheck } from './results.ts';

/** Whether this is the quick (CI smoke) run. */
export const QUICK: boolean = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/**
 * Reads `--name value` from the command line.
 *
 * @param name - option name without dashes
 * @returns the value, or undefined
 */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The configured PostgreSQL URL as given. */
export function configuredUrl(): string {
  const raw = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432';
  return raw;
}

/**
 * The URL of another database on the same server.
 *
 * @param name - database name
 * @returns the URL
 */
export function urlFor(name: string): string {
  const u = new URL(configuredUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

/** The maintenance database URL of the server (for create/drop). */
export function adminUrl(): string {
  return urlFor('postgres');
}

/** Name of the database the configured URL points at, or null when it names none (or `postgres`). */
function namedDatabase(): string | null {
  const p = decodeURIComponent(new URL(configuredUrl()).pathname.replace(/^\//, ''));
  return p === '' || p === 'postgres' ? null : p;
}

/** Redacts credentials from a URL for printing. */
export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function adminQuery(text: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/**
 * The bench database (created when absent).
 *
 * @returns its URL
 */
export async function benchDatabaseUrl(): Promise<string> {
  const named = namedDatabase();
  if (named) return configuredUrl();
  const name = QUICK ? 'khien_bench_quick' : 'khien_bench';
  const exists = await adminQuery(`select 1 from pg_database where datname = '${name}'`);
  if (exists.rowCount === 0) await adminQuery(`create database ${name}`);
  return urlFor(name);
}

/**
 * Creates a scratch database, runs `fn` with its URL, and drops it afterwards (also when `fn` throws).
 *
 * @param label - short lower-case label in the name
 * @param fn - the work
 * @returns what `fn` returns
 */
export async function withScratchDatabase<T>(label: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `khien_bench_${label}_${crypto.randomBytes(3).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const drop = (): Promise<unknown> => adminQuery(`drop database if exists ${name} with (force)`);
  const onSignal = (): void => {
    void drop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(urlFor(name));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await drop();
  }
}

/** What a benchmark body returns. */
export interface BenchOutcome {
  readonly tables: readonly ResultTable[];
  readonly targets: readonly TargetCheck[];
  readonly data: Record<string, unknown>;
  /** Parts that could not be measured, each "<part>: <reason>". */
  readonly unavailable?: readonly string[];
  readonly notes?: readonly string[];
}

/** Definition of a benchmark script. */
export interface BenchDefinition {
  readonly name: string;
  readonly title: string;
  /** Command that reproduces it. */
  readonly reproduce: string;
  /** Whether it talks to PostgreSQL (machine facts then include the server version). */
  readonly usesDatabase: boolean;
  run(): Promise<BenchOutcome>;
}

/**
 * Runs a benchmark, prints its tables and writes its JSON. A subject module that is missing is reported as
 * "not available" by the benchmark itself; an unexpected error is recorded and the process exits with 1.
 *
 * @param def - the benchmark
 */
export async function runBenchmark(def: BenchDefinition): Promise<void> {
  const startedAt = new Date();
  const machine = await machineFacts(def.usesDatabase ? adminUrl() : null);
  process.stdout.write(`== ${def.title} (${QUICK ? 'quick' : 'full'}; ${machine.cores} cores, load ${machine.loadAverage1m})\n`);
  let outcome: BenchOutcome;
  let failed = false;
  try {
    outcome = await def.run();
  } catch (err) {
    failed = true;
    const e = err as Error;
    process.stderr.write(`${e.stack ?? String(e)}\n`);
    outcome = { tables: [], targets: [], data: {}, unavailable: [`run failed: ${e.name}: ${e.message.split('\n')[0]}`] };
  }
  const unavailable = outcome.unavailable ?? [];
  const status: BenchStatus = failed || (unavailable.length > 0 && outcome.tables.length === 0)
    ? 'not available'
    : unavailable.length > 0
      ? 'partial'
      : 'ok';
  const result: BenchResult = {
    name: def.name,
    title: def.title,
    mode: QUICK ? 'quick' : 'full',
    status,
    unavailable,
    machine,
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    reproduce: def.reproduce,
    targets: outcome.targets,
    tables: outcome.tables,
    data: outcome.data,
    notes: outcome.notes ?? [],
  };
  publishResult(result);
  if (failed) process.exitCode = 1;
}

/**
 * Runs `fn` repeatedly for at least `minMs` (and at least `minOps` calls), in batches, and returns calls per
 * second of wall time and per CPU-second of this process (on a shared machine the second is the steadier one).
 *
 * @param fn - one operation
 * @param opts - minimum time and calls, batch size
 * @returns operations per wall second and per CPU-second, and how many ran
 */
export function measureSync(fn: (i: number) => void, opts: { minMs: number; minOps?: number; batch?: number; maxMs?: number }): { opsPerSec: number; opsPerCpuSec: number; ops: number; ms: number } {
  const batch = opts.batch ?? 1000;
  const minOps = opts.minOps ?? 1;
  const maxMs = opts.maxMs ?? Number.POSITIVE_INFINITY;
  let ops = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let ms = 0;
  while (ms < opts.minMs || ops < minOps) {
    for (let i = 0; i < batch; i++) fn(ops + i);
    ops += batch;
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= maxMs) break;
  }
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { opsPerSec: (ops / ms) * 1000, opsPerCpuSec: (ops / Math.max(cpuMs, 1e-3)) * 1000, ops, ms };
}

/**
 * Percentile of a sorted numeric array (nearest rank).
 *
 * @param sorted - ascending values
 * @param p - percentile in [0, 100]
 * @returns the value, or null when empty
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? null;
}

/**
 * Rounds to significant digits (for rates that span from fractions to millions).
 *
 * @param n - the number
 * @param digits - significant digits kept
 * @returns the rounded number, or null when not finite
 */
export function sig(n: number | null, digits = 3): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  if (n === 0) return 0;
  const p = digits - Math.ceil(Math.log10(Math.abs(n)));
  return p > 0 ? round(n, p) : Math.round(n / 10 ** -p) * 10 ** -p;
}

/**
 * Rounds for JSON (stable, readable numbers).
 *
 * @param n - the number
 * @param digits - decimals kept
 * @returns the rounded number, or null when not finite
 */
export function round(n: number | null, digits = 2): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
