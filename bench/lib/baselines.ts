/**
 * Baselines of the audit benchmark that do not depend on how the appender works, so that they stay put when it
 * is rewritten:
 *
 *  - the plain twin's connections: single-row inserts get as many connections as there are writers (each
 *    writer commits on its own connection, as independent clients would), capped by what the server has left
 *    (`max_connections` minus the connections in use minus a margin; the cap is reported);
 *  - pgbench's single-row commit rate on the same database: `pgbench -n -f` with a one-statement script that
 *    inserts one ~1 KB row per transaction, at each writer level (same cap), as the reference line of what this
 *    PostgreSQL commits per second one row at a time.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Cell, ResultTable } from './results.ts';

/** Connections kept free for everything else on the server (other clients, superuser slots). */
const MARGIN = 15;

/** How many more connections the server can take now. */
export async function connectionsAvailable(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const row = (await c.query<{ max: string; used: string; reserved: string }>(
      "select current_setting('max_connections') as max, current_setting('superuser_reserved_connections') as reserved, (select count(*) from pg_stat_activity)::text as used",
    )).rows[0];
    return Math.max(1, Number(row?.max ?? 100) - Number(row?.reserved ?? 3) - Number(row?.used ?? 0) - MARGIN);
  } finally {
    await c.end();
  }
}

/** Pools for the plain twin: one per writer level, as many connections as writers (capped). */
export interface PlainTwinPools {
  /** The pool for `writers` concurrent writers (created on first use, connections opened up front). */
  forWriters(writers: number): Promise<pg.Pool>;
  /** Connections the pool for `writers` holds. */
  connections(writers: number): number;
  /** Closes every pool. */
  close(): Promise<void>;
}

/**
 * Creates the plain twin's pools.
 *
 * @param url - the database
 * @returns the pools
 */
export function createPlainTwinPools(url: string): PlainTwinPools {
  const pools = new Map<number, { pool: pg.Pool; size: number }>();
  return {
    async forWriters(writers) {
      const known = pools.get(writers);
      if (known) return known.pool;
      // Close the previous level's pools first, so that their connections count as available.
      for (const p of pools.values()) await p.pool.end();
      pools.clear();
      const size = Math.min(writers, await connectionsAvailable(url));
      const pool = new pg.Pool({ connectionString: url, max: size });
      // Open every connection before the clock starts (connecting is not what is measured).
      const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
      for (const c of clients) c.release();
      pools.set(writers, { pool, size });
      return pool;
    },
    connections: (writers) => pools.get(writers)?.size ?? Math.max(0, writers),
    async close() {
      for (const p of pools.values()) await p.pool.end();
      pools.clear();
    },
  };
}

/** pgbench at one client level. */
export interface PgbenchLevel {
  readonly writers: number;
  readonly clients: number;
  readonly commitsPerSec: number | null;
  readonly latencyMs: number | null;
}

function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as NodeJS.ErrnoException).code === 'number' ? Number((err as NodeJS.ErrnoException).code) : 1) : 0;
      resolve({ code: err && (err as NodeJS.ErrnoException).code === 'ENOENT' ? 127 : code, stdout, stderr });
    });
  });
}

/** libpq arguments and environment for a postgres:// URL. */
export function libpqArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv; database: string } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const args = ['-h', u.hostname || '127.0.0.1', '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  return { args, env, database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres' };
}

/**
 * Runs pgbench's single-row commits at each writer level on the given database (a table of its own, dropped
 * afterwards).
 *
 * @param url - the database
 * @param writers - the writer levels
 * @param seconds - seconds per level (at least 3: pgbench's clock includes opening its connections)
 * @returns the levels, or the reason pgbench could not run
 */
export async function pgbenchSingleRowCommits(url: string, writers: readonly number[], seconds: number): Promise<{ levels: PgbenchLevel[]; failures: string[] } | { unavailable: string }> {
  const { args, env, database } = libpqArgs(url);
  const version = await run('pgbench', ['--version'], env);
  if (version.code === 127) return { unavailable: 'pgbench reference: pgbench is not installed (Debian: postgresql-client)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-pgbench-'));
  const table = 'bench_pgbench_rows';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop table if exists ${table}`);
    await admin.query(`create table ${table} (seq bigserial primary key, body text not null)`);
    const script = path.join(dir, 'single-row.sql');
    // One row of about 1 KB per transaction (an audit entry's body is about that size).
    fs.writeFileSync(script, `insert into ${table} (body) values (repeat('x', 1000));\n`);
    const levels: PgbenchLevel[] = [];
    const failures: string[] = [];
    for (const w of writers) {
      const clients = Math.min(w, await connectionsAvailable(url));
      // At least 3 s: pgbench's clock includes opening its connections, which takes a while at 64 and more.
      const r = await run('pgbench', [...args, '-n', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(Math.max(3, Math.round(seconds))), '-f', script, database], env);
      const tps = /tps = ([\d.]+)/.exec(r.stdout);
      const lat = /latency average = ([\d.]+) ms/.exec(r.stdout);
      const ok = r.code === 0 && tps !== null && Number(tps[1]) > 0;
      if (!ok) failures.push(`pgbench reference at ${clients} clients: ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`);
      levels.push({ writers: w, clients, commitsPerSec: ok && tps ? Math.round(Number(tps[1])) : null, latencyMs: ok && lat ? Number(lat[1]) : null });
    }
    return { levels, failures };
  } finally {
    await admin.query(`drop table if exists ${table}`).catch(() => undefined);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The reference table of pgbench's single-row commits.
 *
 * @param levels - what {@link pgbenchSingleRowCommits} measured
 * @returns the table
 */
export function pgbenchTable(levels: readonly PgbenchLevel[]): ResultTable {
  const rows: Cell[][] = levels.map((l) => [l.writers, l.clients, l.commitsPerSec, l.latencyMs]);
  return { title: 'Reference: pgbench single-row commits on the same database (one ~1 KB row per transaction)', columns: ['writers', 'pgbench clients', 'commits/s', 'latency ms'], rows };
}

/**
 * The baselines of the durable-append target in words: the best plain-twin rate and pgbench's best single-row
 * commit rate.
 *
 * @param plain - the plain twin's rate per writer level
 * @param reference - what {@link pgbenchSingleRowCommits} returned
 * @returns the text for the targets table
 */
export function referenceLine(plain: ReadonlyArray<{ writers: number; plainInsertsPerSec: number | null }>, reference: Awaited<ReturnType<typeof pgbenchSingleRowCommits>>): string {
  const best = <T,>(xs: readonly T[], f: (x: T) => number | null): T | undefined => [...xs].sort((a, b) => (f(b) ?? -1) - (f(a) ?? -1))[0];
  const p = best(plain, (x) => x.plainInsertsPerSec);
  const parts = [p ? `plain single-row inserts, one connection per writer: ${(p.plainInsertsPerSec ?? 0).toLocaleString('en-US')}/s at ${p.writers} writers` : 'plain single-row inserts: n/a'];
  if ('levels' in reference) {
    const g = best(reference.levels, (x) => x.commitsPerSec);
    if (g) parts.push(`pgbench single-row commits: ${(g.commitsPerSec ?? 0).toLocaleString('en-US')}/s at ${g.clients} clients`);
  } else parts.push('pgbench: not run');
  return parts.join('; ');
}
