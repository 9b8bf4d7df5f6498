/**
 * Benchmark 1 — the read path: what protection costs on a real read.
 *
 * Protected: `GET /api/registry/persons/:id?purpose=…` of the app built by the production `buildApp()` over
 * PostgreSQL, called with a real staff session cookie and registered-device cookie (auth test support creates
 * them through the identity module's repositories), the staff member holding a written assignment over the
 * persons read. Each request resolves the session and device, loads the subject's facts, runs `decide`,
 * reads the person, masks, appends the access event durably to the audit log (group commit) and publishes it
 * to the detector, then answers.
 *
 * Unprotected: a plain Fastify instance registered in this benchmark with one route doing the same registry
 * query by id (`loadPersons` of the access module's reads) on its own pool of the same size, nothing else.
 *
 * Both run in this process; autocannon runs in a child process (bench/lib/load-client.ts) at 1, 16 and 64
 * connections, each level measuring unprotected then protected over the same person ids. Registry: the bench
 * database is seeded once with the demo generator (1,000,000 persons; quick: 20,000) and kept.
 *
 * Targets: protected ≥ 0.8 × unprotected throughput; protected p99 ≤ 10 ms at 16 connections.
 *
 * Round trips: every query each server's pool sends to PostgreSQL is counted (a wrapper on each pooled
 * client's `query`; `BEGIN` and `COMMIT` count too), divided by the requests answered in the run ("queries/req";
 * the app's background tasks add a little). "CPU µs/req" is this process's CPU time (user + system) during a run divided
 * by the requests answered: both servers live here, so it is the server's own cost per request (PostgreSQL's
 * is not included), steadier than rates on a loaded machine. "DB tx/req" comes from pg_stat_database and is skipped in the quick
 * run unless `BENCH_READ_XACTS=1` (each reading waits for the statistics flush).
 *
 * Run: `npx tsx bench/read-path.ts [--quick]`; `BENCH_READ_SECONDS` (per measurement) and
 * `BENCH_REGISTRY_PERSONS` override the defaults.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { runBenchmark, QUICK, benchDatabaseUrl, redact, round, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import type { LoadJob } from './lib/load-client.ts';
import { openDatabase, type DbHandle } from '../src/db/client.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp, type KhienApp } from '../src/http/app.ts';
import { loadDemoData } from '../src/seed/load-demo-data.ts';
import { countPersons } from '../src/registry/registry.repo.ts';
import { loadPersons } from '../src/access/registry-reads.ts';
import { reloadGrants } from '../src/access/grant-sync.ts';
import { assignments } from '../src/access/access.schema.ts';
import { createStaffWithSession } from '../src/auth/test-support.ts';
import { createAuditAppender } from '../src/audit/appender.ts';
import { createAuditRecorder } from '../src/audit/recorder.ts';
import { readHead } from '../src/audit/audit.repo.ts';
import { createDetector } from '../src/detect/detector.ts';
import { createMemoryContext } from '../src/detect/context.ts';
import { systemClock } from '../src/platform/clock.ts';

const CONNECTIONS = [1, 16, 64];
const SECONDS = Number(process.env.BENCH_READ_SECONDS ?? (QUICK ? 2 : 10));
const PERSONS = Number(process.env.BENCH_REGISTRY_PERSONS ?? (QUICK ? 20_000 : 1_000_000));
const POOL = 20;
const PURPOSE = 'benefit_settlement';
const IDS = 20_000;
const CLIENT = fileURLToPath(new URL('./lib/load-client.ts', import.meta.url));
const MEASURE_XACTS = !QUICK || process.env.BENCH_READ_XACTS === '1';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

interface LoadFigure {
  requestsPerSec: number;
  total: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  ok2xx: number;
  statusCodes: Record<string, number>;
}

function load(job: LoadJob): Promise<LoadFigure> {
  const file = path.join(os.tmpdir(), `khien-bench-job-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CLIENT, file], { maxBuffer: 64 * 2 ** 20 }, (err, stdout, stderr) => {
      fs.rmSync(file, { force: true });
      if (err) return reject(new Error(`load client failed: ${stderr.split('\n').slice(-5).join(' ')}`));
      const line = stdout.trim().split('\n').pop() ?? '{}';
      resolve(JSON.parse(line) as LoadFigure);
    });
  });
}

async function ensureRegistry(handle: DbHandle, notes: string[]): Promise<{ persons: number; seededSeconds: number | null }> {
  const existing = await countPersons(handle.db);
  if (existing >= PERSONS) return { persons: existing, seededSeconds: null };
  if (existing > 0) {
    // The generator cannot top up a registry it did not start; measure on what is there and say so.
    notes.push(`the bench database holds ${existing.toLocaleString('en-US')} persons, fewer than the ${PERSONS.toLocaleString('en-US')} wanted; measured on those (drop the database to have it re-seeded)`);
    return { persons: existing, seededSeconds: null };
  }
  process.stdout.write(`  seeding the bench registry with ${PERSONS.toLocaleString('en-US')} persons (once)…\n`);
  const s = await loadDemoData(handle, { persons: PERSONS, staff: QUICK ? 100 : 500, seed: 1, progress: process.stderr.isTTY }, (l) => process.stdout.write(`  ${l}\n`));
  return { persons: s.persons, seededSeconds: round(s.seconds, 1) };
}

/**
 * Counts the queries a pool sends (each is one round trip to PostgreSQL), by wrapping every client's `query`
 * when the pool connects it. Call before the pool's first query.
 *
 * @param pool - the pool
 * @returns a reader of the running count
 */
function countQueries(pool: NonNullable<DbHandle['pool']>): () => number {
  let n = 0;
  pool.on('connect', (client) => {
    const original = client.query;
    client.query = function countedQuery(this: unknown, ...args: unknown[]): unknown {
      n++;
      return Reflect.apply(original, client, args);
    } as typeof client.query;
  });
  return () => n;
}

async function run(): Promise<BenchOutcome> {
  const url = await benchDatabaseUrl();
  process.stdout.write(`  bench database ${redact(url)}\n`);
  const handle = await openDatabase({ databaseUrl: url, poolSize: POOL });
  const plainHandle = await openDatabase({ databaseUrl: url, poolSize: POOL });
  const appQueries = countQueries(handle.pool!);
  const plainQueries = countQueries(plainHandle.pool!);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-bench-'));
  const notes: string[] = [];
  let app: KhienApp | null = null;
  let detectorSummary: (() => string) | null = null;
  const plain = Fastify({ logger: false });
  try {
    await handle.migrate();
    const registry = await ensureRegistry(handle, notes);
    const config = loadConfig({}, {
      databaseUrl: url,
      dataDir,
      logLevel: 'silent',
      cookieSecret: crypto.randomBytes(32).toString('hex'),
      secureCookies: false,
      seedPersons: 0,
      seedStaff: 0,
    });
    app = await buildApp(config, { database: handle, quiet: true });

    // The audit-backed recorder and the detector: the app's own wiring when present, else wired here the
    // same way (durable append, then publish on the app's bus to a detector with the full rule set).
    const services = app.khien;
    if ('events' in services.recorder) {
      const appender = createAuditAppender({ db: handle.db });
      services.recorder = createAuditRecorder({ appender, bus: services.bus });
      services.stoppers.push(() => appender.stop());
      notes.push('audit: app.ts had no audit wiring at run time; the bench installed the audit recorder (group-commit appender + bus) as services.recorder');
    } else {
      notes.push('audit: the app\'s own audit recorder');
    }
    const detectKeys = Object.keys(services).filter((k) => k.toLowerCase().includes('detect'));
    if (detectKeys.length === 0) {
      let alerts = 0;
      const detector = createDetector({ context: createMemoryContext({}), clock: systemClock, onAlert: () => { alerts++; } });
      services.bus.subscribe((e) => detector.process(e));
      detectorSummary = () => `detector (bench-wired, in-memory context): ${detector.stats().events.toLocaleString('en-US')} events, ${alerts} detections`;
      notes.push('detect: app.ts had no detector wiring at run time; the bench subscribed a detector with the full rule set to the app\'s bus');
    } else {
      notes.push(`detect: the app's own wiring (${detectKeys.join(', ')})`);
    }
    const access = services.access;
    if (!access) throw new Error('the access module is not wired into the app (services.access missing)');

    // A staff member of the Hà Nội office with a session, a registered device and an assignment over province 01.
    const staff = await createStaffWithSession(app, { unitId: 'P01' });
    const now = Date.now();
    const id = crypto.randomUUID();
    await handle.db.insert(assignments).values({
      id,
      assignmentId: id,
      version: 1,
      documentNo: `BENCH-${now}`,
      documentDate: new Date(now).toISOString().slice(0, 10),
      signerAccountId: staff.accountId,
      assigneeAccountId: staff.accountId,
      purpose: PURPOSE,
      categories: ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits'],
      scopeProvinces: ['01'],
      actions: ['search', 'view'],
      validFrom: new Date(now - 3_600_000),
      validUntil: new Date(now + 7 * 86_400_000),
      createdBy: staff.accountId,
    });
    await reloadGrants(access.ctx);
    const ids = (await handle.pool!.query<{ id: string }>(
      `select id from registry_persons where province_code = '01' and id not in (select person_id from registry_decoys) order by id limit ${IDS}`,
    )).rows.map((r) => r.id);
    if (ids.length === 0) throw new Error('no persons in province 01');

    // The unprotected twin: same query, no session, decision, mask, audit or detector.
    plain.get<{ Params: { id: string } }>('/persons/:id', async (request, reply) => {
      const [p] = await loadPersons(plainHandle.db, [request.params.id]);
      if (!p) return reply.code(404).send({ code: 'NOT_FOUND' });
      return p;
    });
    const protectedUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const plainUrl = await plain.listen({ port: 0, host: '127.0.0.1' });
    const protectedJob = (connections: number, seconds: number): LoadJob => ({
      url: protectedUrl, connections, seconds, headers: { ...staff.headers, 'user-agent': UA },
      prefix: '/api/registry/persons/', ids, suffix: `?purpose=${PURPOSE}`,
    });
    const plainJob = (connections: number, seconds: number): LoadJob => ({
      url: plainUrl, connections, seconds, headers: { 'user-agent': UA }, prefix: '/persons/', ids, suffix: '',
    });

    // Check one protected read end to end before loading it.
    const probe = await fetch(`${protectedUrl}/api/registry/persons/${ids[0]}?purpose=${PURPOSE}`, { headers: { ...staff.headers, 'user-agent': UA } });
    if (probe.status !== 200) throw new Error(`protected probe answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);

    process.stdout.write('  warming up…\n');
    await load(plainJob(16, 1));
    await load(protectedJob(16, 1));

    // Database transactions per request (pg_stat_database; every autocommit query is one): how many round
    // trips each kind of request costs. Statistics are flushed about once a second, hence the pause.
    // Skipped in the quick run (the pauses would cost a tenth of CI's two minutes).
    const xacts = async (): Promise<number> => {
      if (!MEASURE_XACTS) return Number.NaN;
      await new Promise((r) => setTimeout(r, 1200));
      const row = (await handle.pool!.query<{ n: string }>('select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = current_database()')).rows[0];
      return Number(row?.n ?? 0);
    };
    const auditBefore = (await readHead(handle.db))?.seq ?? 0;
    const levels: Array<{
      connections: number; unprotected: LoadFigure; protected: LoadFigure;
      unprotectedXactsPerRequest: number | null; protectedXactsPerRequest: number | null;
      unprotectedQueriesPerRequest: number | null; protectedQueriesPerRequest: number | null;
      unprotectedCpuMicrosPerRequest: number | null; protectedCpuMicrosPerRequest: number | null;
    }> = [];
    const cpuMicros = (since: NodeJS.CpuUsage): number => {
      const d = process.cpuUsage(since);
      return d.user + d.system;
    };
    for (const c of CONNECTIONS) {
      process.stdout.write(`  ${c} connections: unprotected…`);
      const x0 = await xacts();
      const q0 = plainQueries();
      const uc = process.cpuUsage();
      const u = await load(plainJob(c, SECONDS));
      const uCpu = cpuMicros(uc);
      const q1 = plainQueries();
      const x1 = await xacts();
      process.stdout.write(' protected…');
      const a0 = appQueries();
      const pc = process.cpuUsage();
      const p = await load(protectedJob(c, SECONDS));
      const pCpu = cpuMicros(pc);
      const a1 = appQueries();
      const x2 = await xacts();
      process.stdout.write(` ${Math.round(u.requestsPerSec)} vs ${Math.round(p.requestsPerSec)} req/s\n`);
      levels.push({
        connections: c,
        unprotected: u,
        protected: p,
        unprotectedXactsPerRequest: u.total > 0 ? round((x1 - x0) / u.total, 2) : null,
        protectedXactsPerRequest: p.total > 0 ? round((x2 - x1) / p.total, 2) : null,
        unprotectedQueriesPerRequest: u.total > 0 ? round((q1 - q0) / u.total, 2) : null,
        protectedQueriesPerRequest: p.total > 0 ? round((a1 - a0) / p.total, 2) : null,
        unprotectedCpuMicrosPerRequest: u.total > 0 ? round(uCpu / u.total, 0) : null,
        protectedCpuMicrosPerRequest: p.total > 0 ? round(pCpu / p.total, 0) : null,
        // (round() gives null for NaN, i.e. in the quick run)
      });
    }
    await new Promise((r) => setTimeout(r, 200));
    const auditAfter = (await readHead(handle.db))?.seq ?? 0;

    const rows: Cell[][] = levels.map((l) => [
      l.connections,
      round(l.unprotected.requestsPerSec, 0), l.unprotected.p50Ms, l.unprotected.p99Ms,
      round(l.protected.requestsPerSec, 0), l.protected.p50Ms, l.protected.p99Ms,
      l.unprotected.requestsPerSec > 0 ? round(l.protected.requestsPerSec / l.unprotected.requestsPerSec, 2) : null,
      l.protected.non2xx + l.protected.errors + l.unprotected.non2xx + l.unprotected.errors,
      l.unprotectedXactsPerRequest,
      l.protectedXactsPerRequest,
      l.unprotectedQueriesPerRequest,
      l.protectedQueriesPerRequest,
      l.unprotectedCpuMicrosPerRequest,
      l.protectedCpuMicrosPerRequest,
    ]);
    const minRatio = Math.min(...levels.map((l) => (l.unprotected.requestsPerSec > 0 ? l.protected.requestsPerSec / l.unprotected.requestsPerSec : 0)));
    const at16 = levels.find((l) => l.connections === 16);
    const protectedOk = levels.reduce((n, l) => n + l.protected.ok2xx, 0);
    const failures = levels.reduce((n, l) => n + l.protected.non2xx + l.protected.errors, 0);
    if (failures > 0) notes.push(`protected: ${failures} non-2xx responses or errors (status codes: ${levels.map((l) => JSON.stringify(l.protected.statusCodes)).join(' ')})`);
    if (detectorSummary) notes.push(detectorSummary());
    notes.push('queries/req: statements each server\'s pool sent to PostgreSQL during a run (round trips; BEGIN and COMMIT count) divided by the requests answered; the audit group commit\'s statements are shared by the requests of a group');
    notes.push('CPU µs/req: CPU time of the benchmark process (both servers; not the load client, not PostgreSQL) during a run divided by the requests answered');
    notes.push('DB tx/req: transactions committed in the bench database during a run divided by the requests answered (each autocommit query is one; a group commit is one for all the requests it carries); background tasks of the app add a little');
    notes.push(`audit entries appended during the measured runs: ${(auditAfter - auditBefore).toLocaleString('en-US')} for ${protectedOk.toLocaleString('en-US')} protected 2xx responses (every allowed read is recorded before it is answered)`);
    const targets: TargetCheck[] = [
      { name: 'protected throughput', target: '>= 0.8 x unprotected (every level)', measured: `min ${round(minRatio, 2)} x`, met: minRatio >= 0.8 },
      { name: 'protected p99 at 16 connections', target: '<= 10 ms', measured: at16 ? `${at16.protected.p99Ms} ms` : 'n/a', met: at16 ? at16.protected.p99Ms <= 10 : null },
    ];
    return {
      tables: [{
        title: `Read path: GET person by id, ${SECONDS} s per run, registry of ${registry.persons.toLocaleString('en-US')} persons`,
        columns: ['connections', 'plain req/s', 'plain p50 ms', 'plain p99 ms', 'protected req/s', 'prot. p50 ms', 'prot. p99 ms', 'ratio', 'non-2xx', 'plain DB tx/req', 'prot. DB tx/req', 'plain queries/req', 'prot. queries/req', 'plain CPU µs/req', 'prot. CPU µs/req'],
        rows,
      }],
      targets,
      data: {
        registryPersons: registry.persons,
        seededSeconds: registry.seededSeconds,
        secondsPerRun: SECONDS,
        poolSize: POOL,
        distinctPersonIds: ids.length,
        auditEntriesAppended: auditAfter - auditBefore,
        levels,
      },
      notes,
    };
  } finally {
    await plain.close();
    if (app) await app.close();
    await plainHandle.close();
    await handle.close().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await runBenchmark({
  name: 'read-path',
  title: 'Read path: protected vs unprotected',
  reproduce: 'npx tsx bench/read-path.ts   # --quick: 20,000-person registry, 2 s per run',
  usesDatabase: true,
  run,
});
