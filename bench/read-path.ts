/**
 * Benchmark 1 — the read path: what protection costs on a real read, against three baselines.
 *
 * Five servers answer `GET person by id` over the same registry, one after another at each load level:
 *
 *  - bare: a plain Fastify instance registered in this benchmark with one route doing the registry query by id
 *    (`loadPersons` of the access module's reads) on its own pool of the same size, nothing else;
 *  - raw: the floor server's plain read: Fastify, the same columns through one raw prepared statement;
 *  - authenticated: the same app as the protected server (built by the production `buildApp()`, same plugins,
 *    same session hook resolving the staff session and device cookies on every request), one extra route
 *    (`AppDeps.extraRoutes`) that requires the staff session and runs the bare twin's query: no decision, no
 *    masking, no audit. Protected ÷ authenticated is what the access layer costs; authenticated ÷ bare is the
 *    application shell and the session;
 *  - floor: the least a server can do and keep the promise that a read is recorded durably before it is
 *    answered (bench/lib/floor-server.ts: Fastify, one raw prepared statement, a hash-chained ~500-byte audit
 *    row through a group commit, then the answer). Floor ÷ raw is what durability costs on this machine;
 *  - protected: `GET /api/registry/persons/:id?purpose=…` of the production app with a real staff session cookie
 *    and registered-device cookie (auth test support creates them through the identity module's repositories),
 *    the staff member holding a written assignment over the persons read. Each request resolves the session and
 *    device, loads the subject's facts, runs `decide`, reads the person, masks, appends the access event durably
 *    to the audit log (group commit) and publishes it to the detector, then answers.
 *
 * All run in this process; autocannon runs in a child process (bench/lib/load-client.ts) at 1, 16 and 64
 * connections over the same person ids. Registry: the bench database is seeded once with the demo generator
 * (1,000,000 persons; quick: 20,000) and kept. At one connection every durable read waits for its own commit:
 * the benchmark times single-row commits on the same database and reports the rate they bound.
 *
 * Targets (issue 18): protected ≥ 0.6 × bare and ≥ 0.85 × authenticated at 16 and 64 connections; protected
 * p99 ≤ 10 ms at 16 connections; the one-connection ratio reported with the commit latency that bounds it.
 *
 * Round trips: every query each server's pool sends to PostgreSQL is counted (a wrapper on each pooled
 * client's `query`; `BEGIN` and `COMMIT` count too), divided by the requests answered in the run ("queries/req";
 * the app's background tasks add a little). CPU per request is measured on both sides and holds when the
 * machine's load changes while throughput does not: "Node CPU" is this process's CPU time (user + system;
 * every server lives here) and "PG CPU" the CPU time of the bench database's PostgreSQL backends (from /proc,
 * when PostgreSQL runs on this host), each divided by the requests answered. Pools keep their connections
 * between runs. "DB tx/req" comes from pg_stat_database and is skipped in the quick run unless
 * `BENCH_READ_XACTS=1` (each reading waits for the statistics flush).
 *
 * Run: `npx tsx bench/read-path.ts [--quick]`; `BENCH_READ_SECONDS` (per measurement) and
 * `BENCH_REGISTRY_PERSONS` override the defaults; `BENCH_READ_TALLY=1` prints the app pool's statements per
 * request by statement after each run (which statements a protected read sends, and how often).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyPluginAsync } from 'fastify';
import { runBenchmark, QUICK, benchDatabaseUrl, redact, round, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import type { LoadJob, LoadResult } from './lib/load-client.ts';
import { openDatabase, type DbHandle } from '../src/db/client.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/app/build-app.ts';
import type { KhienApp } from '../src/app/app-services.ts';
import { ensureBenchRegistry, insertBenchAssignment } from './lib/bench-registry.ts';
import { loadPersons } from '../src/registry/registry.repo.ts';
import { reloadGrants } from '../src/access/grant-sync.ts';
import { createStaffWithSession } from '../src/auth/test-support.ts';
import { requireStaff } from '../src/actors/guards.ts';
import { measureCommitLatency, startFloorServer, type FloorServer } from './lib/floor-server.ts';
import { cpuBetween, openBackendCpu, type BackendCpu } from './lib/pg-cpu.ts';
import { readHead } from '../src/audit/audit.repo.ts';

const CONNECTIONS = (process.env.BENCH_READ_CONNECTIONS ?? '1,16,64').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_READ_SECONDS ?? (QUICK ? 2 : 10));
const POOL = 20;
const PURPOSE = 'benefit_settlement';
const IDS = 20_000;
const CLIENT = fileURLToPath(new URL('./lib/load-client.ts', import.meta.url));
const MEASURE_XACTS = !QUICK || process.env.BENCH_READ_XACTS === '1';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

type LoadFigure = LoadResult;

/** The load client: one child process for the whole run (forked once, jobs sent over IPC). */
let client: ChildProcess | null = null;

function load(job: LoadJob): Promise<LoadFigure> {
  client ??= fork(CLIENT, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const child = client;
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`load client exited (${code ?? 'signal'})`));
    child.once('exit', onExit);
    child.once('message', (m: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      child.off('exit', onExit);
      if (m.ok) resolve(m.result);
      else reject(new Error(`load client failed: ${m.error}`));
    });
    child.send(job);
  });
}

/**
 * Counts the queries a pool sends (each is one round trip to PostgreSQL), by wrapping every client's `query`
 * when the pool connects it. Call before the pool's first query.
 *
 * @param pool - the pool
 * @returns a reader of the running count
 */
function countQueries(pool: NonNullable<DbHandle['pool']>, tally?: Map<string, number>): () => number {
  let n = 0;
  pool.on('connect', (client) => {
    const original = client.query;
    client.query = function countedQuery(this: unknown, ...args: unknown[]): unknown {
      n++;
      if (tally) {
        const q = args[0] as string | { name?: string; text?: string } | undefined;
        const key = typeof q === 'string' ? q : (q?.name ?? q?.text ?? '?');
        const short = key.replace(/\s+/g, ' ').slice(0, 70);
        tally.set(short, (tally.get(short) ?? 0) + 1);
      }
      return Reflect.apply(original, client, args);
    } as typeof client.query;
  });
  return () => n;
}

/** With `BENCH_READ_TALLY=1`, the app pool's statements counted by their text (or name), printed per run. */
const TALLY = process.env.BENCH_READ_TALLY === '1' ? new Map<string, number>() : undefined;

/** The servers compared, in the order each level measures them. */
const ALL_SUBJECTS = ['bare', 'raw', 'authenticated', 'floor', 'protected'] as const;
type Subject = (typeof ALL_SUBJECTS)[number];
/** The servers measured: all unless `BENCH_READ_SUBJECTS` names some (for profiling one server on a small run). */
const SUBJECTS: readonly Subject[] = process.env.BENCH_READ_SUBJECTS
  ? ALL_SUBJECTS.filter((k) => process.env.BENCH_READ_SUBJECTS?.split(',').includes(k))
  : ALL_SUBJECTS;

interface SubjectFigure {
  load: LoadFigure;
  xactsPerRequest: number | null;
  queriesPerRequest: number | null;
  /** CPU of this process (every server lives here) per request answered. */
  cpuMicrosPerRequest: number | null;
  /** CPU of the bench database's PostgreSQL backends per request answered (null when /proc cannot be read). */
  pgCpuMicrosPerRequest: number | null;
}

/**
 * With `BENCH_READ_PROFILE=<dir>`, a CPU profile of this process over the measured runs only (not the start,
 * seeding or warm-up), written to `<dir>/read-path-<time>.cpuprofile` with the requests answered in its name,
 * for `bench/profile-top.ts`.
 *
 * @returns the profiler's stop, or null when not asked for
 */
async function startProfile(): Promise<{ stop(requests: number): Promise<void> } | null> {
  const dir = process.env.BENCH_READ_PROFILE;
  if (!dir) return null;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return {
    async stop(requests) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `read-path-${Date.now()}-${requests}req.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      process.stdout.write(`  profile: ${file} (${requests} requests)\n`);
    },
  };
}

async function run(): Promise<BenchOutcome> {
  const url = await benchDatabaseUrl();
  process.stdout.write(`  bench database ${redact(url)}\n`);
  const handle = await openDatabase({ databaseUrl: url, poolSize: POOL });
  const plainHandle = await openDatabase({ databaseUrl: url, poolSize: POOL });
  if (!handle.pool || !plainHandle.pool) throw new Error('the read-path benchmark needs PostgreSQL (a pool)');
  const appPool = handle.pool;
  // Warm pools: connections are kept between runs (no idle timeout), so that no run pays for backends
  // starting or statements being prepared again.
  appPool.options.idleTimeoutMillis = 0;
  plainHandle.pool.options.idleTimeoutMillis = 0;
  const appQueries = countQueries(appPool, TALLY);
  const plainQueries = countQueries(plainHandle.pool);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-bench-'));
  const notes: string[] = [];
  let app: KhienApp | null = null;
  let floor: FloorServer | null = null;
  let backends: BackendCpu | null = null;
  let detectorSummary: (() => string) | null = null;
  const plain = Fastify({ logger: false });
  try {
    await handle.migrate();
    const registry = await ensureBenchRegistry(handle, notes);
    const config = loadConfig({}, {
      databaseUrl: url,
      dataDir,
      logLevel: 'silent',
      cookieSecret: crypto.randomBytes(32).toString('hex'),
      secureCookies: false,
      seedPersons: 0,
      seedStaff: 0,
    });
    // The authenticated twin: a route of the same app, under the same hooks (session and device resolved on
    // every request), running the bare twin's query with no decision, masking or audit.
    const authenticatedTwin: FastifyPluginAsync = async (twin) => {
      twin.get<{ Params: { id: string } }>('/bench/authenticated/persons/:id', async (request, reply) => {
        requireStaff(request);
        const [p] = await loadPersons(handle.db, [request.params.id]);
        if (!p) return reply.code(404).send({ code: 'NOT_FOUND' });
        return p;
      });
    };
    app = await buildApp(config, { database: handle, quiet: true, extraRoutes: authenticatedTwin });

    // The app's own audit recorder (durable append, then publish) and its own detector.
    const services = app.khien;
    notes.push("audit: the app's own audit recorder");
    notes.push("detect: the app's own wiring (services.detect)");
    detectorSummary = () => `detector (the app's): ${services.detect.detector.stats().events.toLocaleString('en-US')} events`;
    const access = services.access;

    // A staff member of the Hà Nội office with a session, a registered device and an assignment over province 01.
    const staff = await createStaffWithSession(app, { unitId: 'P01' });
    await insertBenchAssignment(handle.db, staff.accountId, PURPOSE, 7 * 86_400_000, 'BENCH');
    await reloadGrants(access.ctx);
    const ids = (await appPool.query<{ id: string }>(
      `select id from registry_persons where province_code = '01' and id not in (select person_id from registry_decoys) order by id limit ${IDS}`,
    )).rows.map((r) => r.id);
    if (ids.length === 0) throw new Error('no persons in province 01');

    // The bare twin: same query, no session, decision, mask, audit or detector.
    plain.get<{ Params: { id: string } }>('/persons/:id', async (request, reply) => {
      const [p] = await loadPersons(plainHandle.db, [request.params.id]);
      if (!p) return reply.code(404).send({ code: 'NOT_FOUND' });
      return p;
    });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const plainUrl = await plain.listen({ port: 0, host: '127.0.0.1' });
    floor = await startFloorServer(url, POOL);
    const floorServer = floor;
    const staffHeaders = { ...staff.headers, 'user-agent': UA };
    const jobs: Record<Subject, (connections: number, seconds: number) => LoadJob> = {
      bare: (connections, seconds) => ({ url: plainUrl, connections, seconds, headers: { 'user-agent': UA }, prefix: '/persons/', ids, suffix: '' }),
      authenticated: (connections, seconds) => ({ url: appUrl, connections, seconds, headers: staffHeaders, prefix: '/bench/authenticated/persons/', ids, suffix: '' }),
      raw: (connections, seconds) => ({ url: floorServer.url, connections, seconds, headers: { 'user-agent': UA }, prefix: '/raw/persons/', ids, suffix: '' }),
      floor: (connections, seconds) => ({ url: floorServer.url, connections, seconds, headers: { 'user-agent': UA }, prefix: '/persons/', ids, suffix: '' }),
      protected: (connections, seconds) => ({ url: appUrl, connections, seconds, headers: staffHeaders, prefix: '/api/registry/persons/', ids, suffix: `?purpose=${PURPOSE}` }),
    };
    const queriesOf: Record<Subject, () => number> = { bare: plainQueries, raw: () => floorServer.queries(), authenticated: appQueries, floor: () => floorServer.queries(), protected: appQueries };

    // Check each server end to end before loading it.
    for (const subject of SUBJECTS) {
      const job = jobs[subject](1, 1);
      const probe = await fetch(`${job.url}${job.prefix}${ids[0] ?? ''}${job.suffix}`, { headers: job.headers });
      if (probe.status !== 200) throw new Error(`${subject} probe answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
    }

    process.stdout.write('  warming up…\n');
    for (const subject of SUBJECTS) await load(jobs[subject](16, 1));

    // The commit latency that bounds one connection (each durable read waits for its own WAL flush there).
    const commit = await measureCommitLatency(url, QUICK ? 50 : 300);

    // Database transactions per request (pg_stat_database; every autocommit query is one): how many round
    // trips each kind of request costs. Statistics are flushed about once a second, hence the pause.
    // Skipped in the quick run (the pauses would cost a tenth of CI's two minutes).
    const xacts = async (): Promise<number> => {
      if (!MEASURE_XACTS) return Number.NaN;
      await new Promise((r) => setTimeout(r, 1200));
      const row = (await appPool.query<{ n: string }>('select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = current_database()')).rows[0];
      return Number(row?.n ?? 0);
    };
    const cpuMicros = (since: NodeJS.CpuUsage): number => {
      const d = process.cpuUsage(since);
      return d.user + d.system;
    };
    backends = await openBackendCpu(url);
    const backendCpu = backends;
    const auditBefore = (await readHead(handle.db))?.seq ?? 0;
    const floorBefore = floorServer.appended();
    const profiler = await startProfile();
    const levels: Array<{ connections: number } & Record<Subject, SubjectFigure>> = [];
    for (const c of CONNECTIONS) {
      process.stdout.write(`  ${c} connections:`);
      const figures = {} as Record<Subject, SubjectFigure>;
      let x0 = await xacts();
      for (const subject of SUBJECTS) {
        process.stdout.write(` ${subject}…`);
        const q0 = queriesOf[subject]();
        const pg0 = await backendCpu.sample();
        const cpu0 = process.cpuUsage();
        const l = await load(jobs[subject](c, SECONDS));
        const cpu = cpuMicros(cpu0);
        const pgCpu = cpuBetween(pg0, await backendCpu.sample());
        const q1 = queriesOf[subject]();
        const x1 = await xacts();
        figures[subject] = {
          load: l,
          // (round() gives null for NaN, i.e. in the quick run)
          xactsPerRequest: l.total > 0 ? round((x1 - x0) / l.total, 2) : null,
          queriesPerRequest: l.total > 0 ? round((q1 - q0) / l.total, 2) : null,
          cpuMicrosPerRequest: l.total > 0 ? round(cpu / l.total, 0) : null,
          pgCpuMicrosPerRequest: l.total > 0 && pgCpu !== null ? round(pgCpu / l.total, 0) : null,
        };
        x0 = x1;
        if (TALLY) {
          const total = l.total;
          process.stdout.write(`\n    statements per request (${subject}):\n${[...TALLY].sort((a, b) => b[1] - a[1]).map(([k, v]) => `      ${(v / Math.max(1, total)).toFixed(3)}  ${k}`).join('\n')}\n`);
          TALLY.clear();
        }
      }
      levels.push({ connections: c, ...figures });
      process.stdout.write(` ${SUBJECTS.map((k) => `${k} ${Math.round(figures[k].load.requestsPerSec)}`).join(', ')} req/s\n`);
    }
    await profiler?.stop(levels.reduce((n, l) => n + SUBJECTS.reduce((m, k) => m + l[k].load.total, 0), 0));
    await new Promise((r) => setTimeout(r, 200));
    const auditAfter = (await readHead(handle.db))?.seq ?? 0;
    const floorAfter = floorServer.appended();

    if (SUBJECTS.length < ALL_SUBJECTS.length) {
      // A partial run (profiling): each server's own figures, no comparisons.
      const rows: Cell[][] = levels.flatMap((l) => SUBJECTS.map((k) => {
        const f = l[k];
        return [l.connections, k, round(f.load.requestsPerSec, 0), f.load.p50Ms, f.load.p99Ms, f.load.non2xx + f.load.errors, f.queriesPerRequest, f.cpuMicrosPerRequest, f.pgCpuMicrosPerRequest];
      }));
      notes.push(`partial run (BENCH_READ_SUBJECTS=${SUBJECTS.join(',')}): no comparisons; audit entries appended ${(auditAfter - auditBefore).toLocaleString('en-US')}`);
      if (detectorSummary) notes.push(detectorSummary());
      return {
        tables: [{ title: 'Per server (partial run)', columns: ['connections', 'server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'queries/req', 'Node CPU µs/req', 'PG CPU µs/req'], rows }],
        targets: [],
        data: { partial: SUBJECTS, levels },
        notes,
      };
    }
    const rate = (l: (typeof levels)[number], k: Subject): number => l[k].load.requestsPerSec;
    const ratio = (a: number, b: number): number | null => (b > 0 ? round(a / b, 2) : null);
    const rateRows: Cell[][] = levels.map((l) => [
      l.connections,
      ...SUBJECTS.map((k) => round(rate(l, k), 0)),
      ratio(rate(l, 'protected'), rate(l, 'bare')),
      ratio(rate(l, 'protected'), rate(l, 'authenticated')),
      ratio(rate(l, 'authenticated'), rate(l, 'bare')),
      ratio(rate(l, 'floor'), rate(l, 'raw')),
      ratio(rate(l, 'protected'), rate(l, 'floor')),
    ]);
    const totalCpu = (f: SubjectFigure): number | null => (f.cpuMicrosPerRequest !== null && f.pgCpuMicrosPerRequest !== null ? f.cpuMicrosPerRequest + f.pgCpuMicrosPerRequest : null);
    const perServerRows: Cell[][] = levels.flatMap((l) => SUBJECTS.map((k) => {
      const f = l[k];
      const total = totalCpu(f);
      const bareTotal = totalCpu(l.bare);
      return [
        l.connections, k, round(f.load.requestsPerSec, 0), f.load.p50Ms, f.load.p99Ms, f.load.non2xx + f.load.errors,
        f.queriesPerRequest, f.xactsPerRequest, f.cpuMicrosPerRequest, f.pgCpuMicrosPerRequest, total,
        total !== null && bareTotal !== null && bareTotal > 0 ? round(total / bareTotal, 2) : null,
      ];
    }));

    // One connection: each durable read waits for its own commit, so its rate is bounded by the read plus one
    // commit. The bound uses the raw read's mean latency at one connection plus the commit's median.
    const one = levels.find((l) => l.connections === 1);
    const rawReadMs = one ? one.raw.load.meanMs : null;
    const boundPerSec = rawReadMs !== null ? 1000 / (rawReadMs + commit.p50Ms) : null;
    const oneRows: Cell[][] = one
      ? [[
        round(commit.p50Ms, 2), round(commit.meanMs, 2), commit.synchronousCommit, round(rawReadMs, 2),
        round(boundPerSec, 0), round(rate(one, 'floor'), 0), round(rate(one, 'protected'), 0),
        ratio(rate(one, 'protected'), rate(one, 'bare')), ratio(rate(one, 'floor'), rate(one, 'raw')),
        boundPerSec !== null ? ratio(boundPerSec, rate(one, 'raw')) : null,
      ]]
      : [];

    const at = (c: number): (typeof levels)[number] | undefined => levels.find((l) => l.connections === c);
    const loaded = [16, 64].map(at).filter((l): l is (typeof levels)[number] => l !== undefined);
    const minOf = (f: (l: (typeof levels)[number]) => number | null): number | null => {
      const xs = loaded.map(f).filter((x): x is number => x !== null);
      return xs.length > 0 ? Math.min(...xs) : null;
    };
    const vsBare = minOf((l) => ratio(rate(l, 'protected'), rate(l, 'bare')));
    const vsAuth = minOf((l) => ratio(rate(l, 'protected'), rate(l, 'authenticated')));
    const floorVsBare = minOf((l) => ratio(rate(l, 'floor'), rate(l, 'bare')));
    const floorVsRaw = minOf((l) => ratio(rate(l, 'floor'), rate(l, 'raw')));
    const at16 = at(16);
    const protectedOk = levels.reduce((n, l) => n + l.protected.load.ok2xx, 0);
    const failures = levels.reduce((n, l) => n + SUBJECTS.reduce((m, k) => m + l[k].load.non2xx + l[k].load.errors, 0), 0);
    if (failures > 0) notes.push(`${failures} non-2xx responses or errors (status codes: ${levels.map((l) => SUBJECTS.map((k) => `${k} ${JSON.stringify(l[k].load.statusCodes)}`).join(', ')).join('; ')})`);
    if (detectorSummary) notes.push(detectorSummary());
    notes.push('bare: Fastify + the registry query (loadPersons, drizzle); raw: Fastify + the same columns through one raw prepared statement; authenticated: the production app (same plugins, same session hook) + the same query, no decision, masking or audit; floor: Fastify + a raw prepared statement + a hash-chained ~500-byte audit row through a group commit before the answer; protected: the production route');
    notes.push(`one connection: each durable read waits for its own commit; single-row commits on this database take ${round(commit.p50Ms, 2)} ms (median; synchronous_commit=${commit.synchronousCommit}), so one connection can do at most 1 / (read + commit) = ${round(boundPerSec, 0) ?? 'n/a'} durable reads/s`);
    notes.push('queries/req: statements each server\'s pool sent to PostgreSQL during a run (round trips; BEGIN and COMMIT count) divided by the requests answered; a group commit\'s statements are shared by the requests of a group');
    notes.push('Node CPU µs/req: CPU time of the benchmark process (every server; not the load client) during a run divided by the requests answered; PG CPU µs/req: CPU time of the bench database\'s PostgreSQL backends (from /proc; WAL writer and other background processes not included); CPU ÷ bare: their sum against the bare twin\'s, the ratio that holds when the machine\'s load changes');
    notes.push('DB tx/req: transactions committed in the bench database during a run divided by the requests answered (each autocommit query is one; a group commit is one for all the requests it carries); background tasks of the app add a little');
    notes.push(`audit entries appended during the measured runs: ${(auditAfter - auditBefore).toLocaleString('en-US')} for ${protectedOk.toLocaleString('en-US')} protected 2xx responses (every allowed read is recorded before it is answered); the floor appended ${(floorAfter.rows - floorBefore.rows).toLocaleString('en-US')} rows in ${(floorAfter.groups - floorBefore.groups).toLocaleString('en-US')} group commits`);
    const fmt = (x: number | null): string => (x === null ? 'n/a' : `${x} x`);
    const targets: TargetCheck[] = [
      { name: 'protected vs bare', target: '>= 0.6 x bare at 16 and 64 connections', measured: `min ${fmt(vsBare)}`, met: vsBare === null ? null : vsBare >= 0.6, baseline: `bare twin (Fastify + the registry query); floor (durable minimum) ${fmt(floorVsRaw)} its raw read, ${fmt(floorVsBare)} bare` },
      { name: 'protected vs authenticated', target: '>= 0.85 x authenticated at 16 and 64 connections', measured: `min ${fmt(vsAuth)}`, met: vsAuth === null ? null : vsAuth >= 0.85, baseline: `authenticated twin (same app and session hook, no decision, masking or audit): ${fmt(minOf((l) => ratio(rate(l, 'authenticated'), rate(l, 'bare'))))} bare` },
      { name: 'protected p99 at 16 connections', target: '<= 10 ms', measured: at16 ? `${at16.protected.load.p99Ms} ms` : 'n/a', met: at16 ? at16.protected.load.p99Ms <= 10 : null, baseline: at16 ? `floor p99 ${at16.floor.load.p99Ms} ms, bare p99 ${at16.bare.load.p99Ms} ms` : undefined },
      {
        name: 'one connection',
        target: 'reported with the commit latency that bounds it',
        measured: one ? `protected ${ratio(rate(one, 'protected'), rate(one, 'bare'))} x bare, floor ${ratio(rate(one, 'floor'), rate(one, 'raw'))} x raw; a ${round(commit.p50Ms, 2)} ms commit bounds durable reads at ${round(boundPerSec, 0)}/s (${boundPerSec !== null ? ratio(boundPerSec, rate(one, 'raw')) : 'n/a'} x raw)` : 'n/a',
        met: null,
        baseline: `single-row commit ${round(commit.p50Ms, 2)} ms (median, synchronous_commit=${commit.synchronousCommit})`,
      },
    ];
    return {
      tables: [
        {
          title: `Read path: GET person by id, requests per second, ${SECONDS} s per run, registry of ${registry.persons.toLocaleString('en-US')} persons`,
          columns: ['connections', ...SUBJECTS, 'prot.÷bare', 'prot.÷auth.', 'auth.÷bare', 'floor÷raw', 'prot.÷floor'],
          rows: rateRows,
        },
        {
          title: 'Per server: latency and what a request costs (statements, transactions, CPU of the servers and of PostgreSQL)',
          columns: ['connections', 'server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'queries/req', 'DB tx/req', 'Node CPU µs/req', 'PG CPU µs/req', 'CPU µs/req', 'CPU ÷ bare'],
          rows: perServerRows,
        },
        {
          title: 'One connection: the commit that bounds a durable read',
          columns: ['commit p50 ms', 'commit mean ms', 'synchronous_commit', 'raw read ms', 'bound req/s', 'floor req/s', 'protected req/s', 'prot.÷bare', 'floor÷raw', 'bound÷raw'],
          rows: oneRows,
        },
      ],
      targets,
      data: {
        registryPersons: registry.persons,
        seededSeconds: registry.seededSeconds,
        secondsPerRun: SECONDS,
        poolSize: POOL,
        distinctPersonIds: ids.length,
        auditEntriesAppended: auditAfter - auditBefore,
        floorRowsAppended: floorAfter.rows - floorBefore.rows,
        floorGroupCommits: floorAfter.groups - floorBefore.groups,
        commit: { ...commit, boundPerSec: round(boundPerSec, 0), rawReadMs: round(rawReadMs, 3) },
        levels,
      },
      notes,
    };
  } finally {
    if (backends) await backends.close();
    client?.disconnect();
    client = null;
    await plain.close();
    if (floor) await floor.close();
    if (app) await app.close();
    await plainHandle.close();
    await handle.close().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await runBenchmark({
  name: 'read-path',
  title: 'Read path: protected vs bare, authenticated and the durable floor',
  reproduce: 'npx tsx bench/read-path.ts   # --quick: 20,000-person registry, 2 s per run',
  usesDatabase: true,
  run,
});
