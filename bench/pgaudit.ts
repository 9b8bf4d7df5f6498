/**
 * Benchmark 7 — the anchor of what logging reads costs inside the database: pgaudit (`pgaudit.log = 'read'`,
 * Debian's postgresql-15-pgaudit) against the same server without it, under `pgbench -S` (select-only, one
 * primary-key read per transaction), on a private PostgreSQL instance this benchmark starts
 * (bench/lib/private-postgres.ts: `initdb` in a temporary directory, its own port,
 * `shared_preload_libraries=pgaudit`), loads (`pgbench -i`), measures and deletes. The shared server is not
 * touched.
 *
 * pgaudit writes one log line per statement to the server log; it records the read but neither hash-chains it
 * nor makes it durable before the answer, so it is a lower bound of what read logging costs, not a twin of
 * Khiên's audit. The ratio is what the read path's protected ÷ bare can be compared with.
 *
 * Each client level runs `none` and `read` alternately (full: none, read, read, none; the mean of each kept), so
 * that a change in the machine's load affects both, and the CPU time the server spends per transaction (from
 * /proc) is reported beside the rates: on a shared machine it is the steadier of the two.
 *
 * Without pgaudit installed the benchmark reports "not installed" and exits cleanly (CI does not install it).
 *
 * Run: `npx tsx bench/pgaudit.ts [--quick]`. `BENCH_PGAUDIT_SECONDS` (per run), `BENCH_PGAUDIT_SCALE` (pgbench
 * scale; 100,000 accounts each), `BENCH_PRIVATE_PG_PORT` (port to use when free; else any free port).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { runBenchmark, QUICK, round, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import { libpqArgs } from './lib/baselines.ts';
import { PG_BIN, privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from './lib/private-postgres.ts';

const SECONDS = Number(process.env.BENCH_PGAUDIT_SECONDS ?? (QUICK ? 2 : 10));
const SCALE = Number(process.env.BENCH_PGAUDIT_SCALE ?? (QUICK ? 1 : 10));
const CLIENTS = [1, 16];
const REPEATS = QUICK ? 1 : 2;
const MODES = ['none', 'read'] as const;
type Mode = (typeof MODES)[number];

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function pgbench(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(`${PG_BIN}/pgbench`, args, { env, maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
      resolve({ code: e ? (e.code === 'ENOENT' ? 127 : typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr });
    });
  });
}

async function run(): Promise<BenchOutcome> {
  const why = privatePostgresUnavailable(['pgaudit']);
  if (why) {
    return {
      tables: [],
      targets: [{ name: 'read logging in the database (pgaudit)', target: 'reported as the anchor of the read path', measured: 'not installed', met: null }],
      data: { installed: false },
      unavailable: [`pgaudit: ${why}; the anchor line is skipped`],
    };
  }
  const preferred = process.env.BENCH_PRIVATE_PG_PORT ? Number(process.env.BENCH_PRIVATE_PG_PORT) : undefined;
  process.stdout.write('  starting a private PostgreSQL with pgaudit…\n');
  let pg: PrivatePostgres;
  try {
    pg = await startPrivatePostgres({ shared_preload_libraries: 'pgaudit', shared_buffers: '256MB', max_connections: '100' }, preferred);
  } catch (err) {
    // An environment that cannot run a private server (no postgres user, no permission) skips the anchor.
    const why = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
    return {
      tables: [],
      targets: [{ name: 'read logging in the database (pgaudit)', target: 'reported as the anchor of the read path', measured: 'not run', met: null }],
      data: { installed: true, started: false },
      unavailable: [`pgaudit: could not start a private PostgreSQL here (${why}); the anchor line is skipped`],
    };
  }
  const onSignal = (): void => {
    void pg.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const admin = libpqArgs(pg.url('postgres'));
    const psql = (sql: string): Promise<Ran> =>
      new Promise((resolve) => {
        execFile(`${PG_BIN}/psql`, [...admin.args, '-d', 'postgres', '-qAtc', sql], { env: admin.env }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }));
      });
    for (const sql of ['create database bench', 'create extension if not exists pgaudit']) {
      const r = await psql(sql);
      if (r.code !== 0) throw new Error(`${sql}: ${r.stderr.trim()}`);
    }
    const { args, env } = libpqArgs(pg.url('bench'));
    process.stdout.write(`  pgbench -i -s ${SCALE}…\n`);
    const init = await pgbench([...args, '-i', '-q', '-s', String(SCALE), 'bench'], env);
    if (init.code !== 0) throw new Error(`pgbench -i failed: ${init.stderr.trim().split('\n').slice(-2).join(' ')}`);
    const version = (await psql("select extversion from pg_extension where extname = 'pgaudit'")).stdout.trim();

    const measured = new Map<string, number[]>();
    // Server CPU µs per transaction (postmaster and backends, from /proc), per run.
    const serverCpu = new Map<string, number[]>();
    let readTransactions = 0;
    const latency = new Map<string, number[]>();
    for (const clients of CLIENTS) {
      for (let rep = 0; rep < REPEATS; rep++) {
        // none, read, then read, none (ABBA): neither mode always runs first after a change of level.
        for (const mode of rep % 2 === 0 ? MODES : [...MODES].reverse()) {
          // New connections read the database's setting: pgbench connects after it is set.
          const set = await psql(`alter database bench set pgaudit.log = '${mode}'`);
          if (set.code !== 0) throw new Error(`setting pgaudit.log: ${set.stderr.trim()}`);
          process.stdout.write(`  ${clients} clients, pgaudit.log=${mode}…\n`);
          const cpu0 = pg.cpuMicros();
          const r = await pgbench([...args, '-n', '-S', '-M', 'prepared', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(SECONDS), 'bench'], env);
          // Let the postmaster reap the run's backends, so that their CPU is in its children's time.
          await new Promise((res) => setTimeout(res, 300));
          const cpu1 = pg.cpuMicros();
          const tps = /tps = ([\d.]+)/.exec(r.stdout);
          const lat = /latency average = ([\d.]+) ms/.exec(r.stdout);
          if (r.code !== 0 || !tps) throw new Error(`pgbench -S failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`);
          const key = `${clients}:${mode}`;
          const done = /number of transactions actually processed: (\d+)/.exec(r.stdout);
          const transactions = Number(done?.[1] ?? 0);
          if (mode === 'read') readTransactions += transactions;
          if (cpu0 !== null && cpu1 !== null && transactions > 0) serverCpu.set(key, [...(serverCpu.get(key) ?? []), (cpu1 - cpu0) / transactions]);
          measured.set(key, [...(measured.get(key) ?? []), Number(tps[1])]);
          if (lat) latency.set(key, [...(latency.get(key) ?? []), Number(lat[1])]);
        }
      }
    }
    // pgaudit must actually have logged the reads (one AUDIT line per statement), or the ratio proves nothing.
    const auditLines = fs.readFileSync(pg.logFile, 'utf8').split('\n').filter((l) => l.includes('AUDIT: SESSION,')).length;
    if (auditLines === 0) throw new Error('pgaudit.log=read wrote no AUDIT lines to the server log');
    const mean = (xs: readonly number[] | undefined): number | null => (xs && xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const tpsOf = (c: number, m: Mode): number | null => mean(measured.get(`${c}:${m}`));
    const rows: Cell[][] = CLIENTS.map((c) => {
      const none = tpsOf(c, 'none');
      const read = tpsOf(c, 'read');
      const cpuNone = mean(serverCpu.get(`${c}:none`));
      const cpuRead = mean(serverCpu.get(`${c}:read`));
      return [
        c, round(none, 0), round(read, 0), none && read ? round(read / none, 2) : null,
        round(mean(latency.get(`${c}:none`)), 3), round(mean(latency.get(`${c}:read`)), 3),
        round(cpuNone, 1), round(cpuRead, 1), cpuNone && cpuRead ? round(cpuNone / cpuRead, 2) : null,
      ];
    });
    const ratios = CLIENTS.map((c) => {
      const none = tpsOf(c, 'none');
      const read = tpsOf(c, 'read');
      return none && read ? read / none : null;
    }).filter((x): x is number => x !== null);
    const cpuRatios = CLIENTS.map((c) => {
      const none = mean(serverCpu.get(`${c}:none`));
      const read = mean(serverCpu.get(`${c}:read`));
      return none && read ? none / read : null;
    });
    const targets: TargetCheck[] = [{
      name: 'read logging in the database (pgaudit)',
      target: 'reported as the anchor of the read path',
      measured: ratios.length > 0 ? `pgaudit read ÷ none: ${CLIENTS.map((c, i) => `${c} clients ${round(ratios[i] ?? null, 2)} x (server CPU per read ${round(cpuRatios[i] ?? null, 2) ?? 'n/a'} x)`).join(', ')}` : 'n/a',
      met: null,
      baseline: 'the same private server without pgaudit (pgaudit.log = none)',
    }];
    return {
      tables: [{
        title: `pgbench -S (prepared, ${SECONDS} s per run, scale ${SCALE}) on a private PostgreSQL, pgaudit.log none vs read`,
        columns: ['clients', 'none tps', 'read tps', 'read÷none', 'none latency ms', 'read latency ms', 'none server CPU µs/tx', 'read server CPU µs/tx', 'CPU none÷read'],
        rows,
      }],
      targets,
      data: { installed: true, pgauditVersion: version, auditLinesLogged: auditLines, readTransactions, scale: SCALE, secondsPerRun: SECONDS, repeats: REPEATS, runs: Object.fromEntries(measured), serverCpuMicrosPerTransaction: Object.fromEntries(serverCpu) },
      notes: [
        `private instance: initdb in a temporary directory, port ${pg.port}, shared_preload_libraries=pgaudit (extension ${version}), shared_buffers=256MB, server log to a file; each client level alternates none and read${REPEATS > 1 ? ` (${REPEATS} runs each in ABBA order, mean)` : ''}`,
        'server CPU µs/tx: CPU of the postmaster and its backends (from /proc; ended backends through the postmaster\'s children time) per transaction; CPU none÷read is the throughput ratio a CPU-bound server would show, steadier than tps when the machine\'s load changes',
        `the server log received ${auditLines.toLocaleString('en-US')} AUDIT lines for the ${readTransactions.toLocaleString('en-US')} transactions of the read runs`,
        'pgaudit logs each statement to the server log; it neither chains nor makes the record durable before the answer: a lower bound of what recording reads costs, measured inside the database',
      ],
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pg.stop();
  }
}

await runBenchmark({
  name: 'pgaudit',
  title: 'Read logging in the database: pgaudit vs pgbench -S',
  reproduce: 'npx tsx bench/pgaudit.ts   # needs postgresql-15-pgaudit; --quick: scale 1, 2 s per run',
  usesDatabase: false,
  run,
});
