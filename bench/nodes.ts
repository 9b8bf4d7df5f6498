/**
 * Benchmark 6 — several nodes: protected reads per second through nginx and durable audit appends per second
 * with 1, 2 and 3 Khiên nodes on this machine, as ratios to one node.
 *
 * Setup (scripts/cluster/khien-cluster.ts): a fresh PostgreSQL database with the demo registry, a NATS
 * JetStream cluster (3 servers; quick: 1), three Khiên node processes and Debian's nginx in front. For k = 1,
 * 2, 3 the benchmark keeps k nodes running (the others stopped with SIGTERM, nginx reloaded with the k
 * upstreams), then:
 *
 * - reads: autocannon (its own process, bench/lib/load-client.ts) on `GET /api/registry/persons/:id` through
 *   nginx with a staff session holding an assignment; every read is decided, read, masked, appended to the
 *   audit log (durably, before the answer) and published to the event stream; the audit entries committed
 *   during the run give the appends per second of the read path;
 * - appends: k writer processes (bench/lib/append-worker.ts), each the production appender (sequencer lease:
 *   one chains, the others hand off) with
 *   64 appends in flight, on the same database: appends committed and refused per second.
 *
 * Everything runs on this machine's cores (the nodes, nginx, NATS, PostgreSQL and the load client share
 * them): the ratios say how much more a second node gets out of the same two cores, not what separate
 * machines would give. Run: `npx tsx bench/nodes.ts [--quick]`; `BENCH_NODES_SECONDS` sets each measurement.
 */
import crypto from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runBenchmark, QUICK, adminUrl, redact, round, type BenchOutcome } from './lib/env.ts';
import type { Cell } from './lib/results.ts';
import type { LoadJob } from './lib/load-client.ts';
import type { KhienApp } from '../src/app/app-services.ts';
import { createStaffWithSession } from '../src/auth/test-support.ts';
import { assignments } from '../src/access/access.schema.ts';
import { natsServerAvailable } from '../src/detect/stream/nats-servers.ts';
import { nginxAvailable } from '../scripts/nginx/start-nginx.ts';
import { startCluster, type ClusterHandle } from '../scripts/cluster/khien-cluster.ts';

const SECONDS = Number(process.env.BENCH_NODES_SECONDS ?? (QUICK ? 3 : 15));
const CONNECTIONS = QUICK ? 8 : 32;
const PERSONS = QUICK ? 2_000 : 20_000;
const PURPOSE = 'benefit_settlement';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const CLIENT = fileURLToPath(new URL('./lib/load-client.ts', import.meta.url));
const APPENDER = fileURLToPath(new URL('./lib/append-worker.ts', import.meta.url));

interface LoadFigure {
  requestsPerSec: number;
  total: number;
  p99Ms: number;
  non2xx: number;
  ok2xx: number;
  errors: number;
}

function child(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', ...args], { maxBuffer: 64 * 2 ** 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${path.basename(args[0] ?? '')} failed: ${stderr.split('\n').slice(-5).join(' ')}`));
      resolve(stdout.trim().split('\n').pop() ?? '{}');
    });
  });
}

async function load(job: LoadJob): Promise<LoadFigure> {
  const file = path.join(os.tmpdir(), `khien-bench-nodes-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(job));
  try {
    return JSON.parse(await child([CLIENT, file])) as LoadFigure;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function countEntries(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>('select count(*)::text as n from audit_entries')).rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

async function run(): Promise<BenchOutcome> {
  const missing = [nginxAvailable() ? null : 'nginx', natsServerAvailable() ? null : 'nats-server'].filter((m): m is string => m !== null);
  if (missing.length > 0) return { tables: [], targets: [], data: {}, unavailable: [`nodes: Debian packages missing (${missing.join(', ')})`] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-bench-nodes-'));
  const pgUrl = adminUrl().replace(/\/postgres$/, '');
  const fixture: { headers: Record<string, string>; ids: string[] } = { headers: {}, ids: [] };
  const prepare = async (app: KhienApp): Promise<void> => {
    const staff = await createStaffWithSession(app, { unitId: 'P01' });
    const now = Date.now();
    const id = crypto.randomUUID();
    await app.khien.database.db.insert(assignments).values({
      id, assignmentId: id, version: 1, documentNo: `BENCH-NODES-${now}`, documentDate: new Date(now).toISOString().slice(0, 10),
      signerAccountId: staff.accountId, assigneeAccountId: staff.accountId, purpose: PURPOSE,
      categories: ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits'], scopeProvinces: ['01'],
      actions: ['search', 'view'], validFrom: new Date(now - 3_600_000), validUntil: new Date(now + 86_400_000), createdBy: staff.accountId,
    });
    fixture.headers = { ...staff.headers, 'user-agent': UA };
    fixture.ids = (await app.khien.database.pool!.query<{ id: string }>(
      "select id from registry_persons where province_code = '01' and id not in (select person_id from registry_decoys) order by id limit 5000",
    )).rows.map((r) => r.id);
  };
  process.stdout.write(`  cluster: 3 nodes, ${QUICK ? 1 : 3} NATS server(s), ${PERSONS} persons, on ${redact(pgUrl)}\n`);
  let cluster: ClusterHandle | null = null;
  try {
    try {
      cluster = await startCluster({
        dir, pgUrl, database: `khien_bench_nodes_${crypto.randomBytes(3).toString('hex')}`, nodes: 3, natsServers: QUICK ? 1 : 3,
        persons: PERSONS, staff: 20, partitions: 4, prepare, log: (l) => process.stdout.write(`  ${l}\n`),
      });
    } catch (err) {
      // Whether the cluster works is the three-node test's to say; here it only means nothing was measured.
      const reason = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
      return { tables: [], targets: [], data: {}, unavailable: [`nodes: the cluster did not start (${reason.slice(0, 200)})`] };
    }
    const c = cluster;
    const job = (seconds: number): LoadJob => ({ url: c.url, connections: CONNECTIONS, seconds, headers: fixture.headers, prefix: '/api/registry/persons/', ids: fixture.ids, suffix: `?purpose=${PURPOSE}` });
    const probe = await fetch(`${c.url}/api/registry/persons/${fixture.ids[0]}?purpose=${PURPOSE}`, { headers: fixture.headers });
    if (probe.status !== 200) throw new Error(`protected probe answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);

    const reads: Array<{ nodes: number; figure: LoadFigure; appendsPerSec: number }> = [];
    for (const k of [1, 2, 3]) {
      for (const [i, n] of c.nodes.entries()) {
        if (i < k) await n.restart();
        else if (n.running()) await n.kill('SIGTERM');
      }
      await c.nginx.reload(c.nodes.slice(0, k).map((n) => n.port));
      process.stdout.write(`  ${k} node(s): reads…`);
      await load(job(1));
      const before = await countEntries(c.databaseUrl);
      const figure = await load(job(SECONDS));
      // Entries committed while the load ran (the client's start-up adds none): per second of the run.
      const appendsPerSec = ((await countEntries(c.databaseUrl)) - before) / SECONDS;
      reads.push({ nodes: k, figure, appendsPerSec });
      process.stdout.write(` ${round(figure.ok2xx / SECONDS, 0)}/s acknowledged, ${figure.non2xx + figure.errors} refused or failed\n`);
    }

    const appends: Array<{ writers: number; okPerSec: number; refusedPerSec: number }> = [];
    for (const k of [1, 2, 3]) {
      process.stdout.write(`  ${k} writer process(es): appends…`);
      const outs = await Promise.all(Array.from({ length: k }, () => child([APPENDER, c.databaseUrl, String(SECONDS), '64'])));
      const parsed = outs.map((o) => JSON.parse(o) as { ok: number; failed: number; seconds: number });
      const ok = parsed.reduce((s, p) => s + p.ok, 0);
      const failed = parsed.reduce((s, p) => s + p.failed, 0);
      appends.push({ writers: k, okPerSec: ok / SECONDS, refusedPerSec: failed / SECONDS });
      process.stdout.write(` ${round(ok / SECONDS, 0)}/s committed, ${round(failed / SECONDS, 0)}/s refused\n`);
    }

    // Reads per second = acknowledged (2xx) reads per second: a refused read (503 when the record cannot take
    // it, 502 from nginx when no node is left) is fast and must not count.
    const okPerSec = (f: LoadFigure): number => f.ok2xx / SECONDS;
    const r1 = reads[0] ? okPerSec(reads[0].figure) : 0;
    const a1 = reads[0]?.appendsPerSec ?? 0;
    const w1 = appends[0]?.okPerSec ?? 0;
    const ratio = (v: number, base: number): number | null => (base > 0 ? round(v / base, 2) : null);
    const cores = os.cpus().length;
    const readRows: Cell[][] = reads.map((r) => [
      r.nodes, round(okPerSec(r.figure), 0), ratio(okPerSec(r.figure), r1), r.figure.p99Ms, r.figure.non2xx + r.figure.errors,
      round(r.appendsPerSec, 0), ratio(r.appendsPerSec, a1),
    ]);
    const appendRows: Cell[][] = appends.map((a) => [a.writers, round(a.okPerSec, 0), ratio(a.okPerSec, w1), round(a.refusedPerSec, 0)]);
    return {
      tables: [
        {
          title: `Protected reads through nginx, ${CONNECTIONS} connections, ${SECONDS} s each (CPU limit: ${cores} cores shared by every process)`,
          columns: ['nodes', 'acknowledged reads/s', '× 1 node', 'p99 ms', 'refused or failed', 'audit appends/s', '× 1 node'],
          rows: readRows,
        },
        {
          title: `Durable audit appends, writer processes × 64 in flight, ${SECONDS} s each (CPU limit: ${cores} cores)`,
          columns: ['writer processes', 'appends/s', '× 1 writer', 'refused/s'],
          rows: appendRows,
        },
      ],
      targets: [],
      data: {
        cores,
        connections: CONNECTIONS,
        seconds: SECONDS,
        reads: reads.map((r) => ({ nodes: r.nodes, readsPerSec: round(okPerSec(r.figure), 1), p99Ms: r.figure.p99Ms, refused: r.figure.non2xx + r.figure.errors, appendsPerSec: round(r.appendsPerSec, 1) })),
        appends: appends.map((a) => ({ writers: a.writers, appendsPerSec: round(a.okPerSec, 1), refusedPerSec: round(a.refusedPerSec, 1) })),
      },
      notes: [
        `All processes share this machine's ${cores} cores: nodes, nginx, ${QUICK ? 1 : 3} NATS server(s), PostgreSQL and the load client. A ratio above 1 is what a second process gets from cores the first left idle (waiting on PostgreSQL), not what a second machine would add.`,
        'Writers append to the audit record as the audit module of this version does: see docs/SCALING.md for how several nodes share the record.',
      ],
    };
  } finally {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await runBenchmark({
  name: 'nodes',
  title: 'Several nodes: reads and audit appends with 1, 2 and 3 nodes',
  reproduce: 'npx tsx bench/nodes.ts',
  usesDatabase: true,
  run,
});
