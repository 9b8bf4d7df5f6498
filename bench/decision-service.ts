/**
 * Benchmark — the decision service for business applications (issue 15, item 2).
 *
 * The production app (`buildApp()`) over a scratch PostgreSQL database, a registered business system, a staff
 * member of the Hà Nội office with a live session (registered device, TOTP) and a written assignment over
 * province 01, and a registry of persons in Hà Nội and Hồ Chí Minh City (so that answers mix allow and deny).
 * A separate process (bench/lib/rate-client.ts) sends requests at a fixed rate, open loop, with latency counted
 * from the moment each request was due:
 *
 *  - single: `POST /api/decisions`, one subject per request, at 200/s (a rate the shared machine sustains) and
 *    at 1,000 requests/s, the target (quick: 100/s and 300/s);
 *  - batch: `POST /api/decisions/batch`, 100 subjects per request, at 50 requests/s (quick: 20/s).
 *
 * Every request checks the system credential and resolves the staff session (each read from the database at most
 * once a second, `business-systems.ts`, `app/staff-session-lookup.ts`), loads the subjects' scope facts (one statement),
 * decides each subject with the one `decide()`, appends the access events durably to the audit log (group
 * commit) and answers. Targets (issue 15): single p99 ≤ 5 ms at 1,000 decisions/s; 100-subject batch p99 ≤ 20 ms.
 *
 * Run: `npx tsx bench/decision-service.ts [--quick]`; `BENCH_DECISION_SECONDS` overrides the duration.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBenchmark, QUICK, withScratchDatabase, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import type { RateJob, RateResult } from './lib/rate-client.ts';
import { openDatabase } from '../src/db/client.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/app/build-app.ts';
import { createStaffWithSession } from '../src/auth/test-support.ts';
import { seedPerson } from '../src/access/access-test-support.ts';

const SECONDS = Number(process.env.BENCH_DECISION_SECONDS ?? (QUICK ? 3 : 10));
const SINGLE_RATE = QUICK ? 300 : 1000;
/** A rate this shared machine sustains, to show the latency of a decision when requests do not queue. */
const SUSTAINED_RATE = QUICK ? 100 : 200;
const BATCH_RATE = QUICK ? 20 : 50;
const PERSONS = QUICK ? 60 : 400;
const PURPOSE = 'contribution_collection';
const CLIENT = fileURLToPath(new URL('./lib/rate-client.ts', import.meta.url));

function runClient(job: RateJob): Promise<RateResult> {
  const file = path.join(os.tmpdir(), `khien-rate-${crypto.randomBytes(4).toString('hex')}.json`);
  fs.writeFileSync(file, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLIENT, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code) => {
      fs.rmSync(file, { force: true });
      if (code !== 0) reject(new Error(`rate client exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as RateResult);
    });
  });
}

async function run(): Promise<BenchOutcome> {
  return withScratchDatabase('decisions', async (url) => {
    const handle = await openDatabase({ databaseUrl: url, poolSize: 20 });
    await handle.migrate();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-bench-'));
    const config = loadConfig({}, { databaseUrl: url, dataDir, logLevel: 'silent', cookieSecret: crypto.randomBytes(32).toString('hex'), secureCookies: false, seedPersons: 0, seedStaff: 0 });
    const app = await buildApp(config, { database: handle, quiet: true });
    try {
      const db = handle.db;
      const admin = await createStaffWithSession(app, { unitId: 'VSS-CNTT', roles: [{ role: 'central_security_admin' }] });
      const head = await createStaffWithSession(app, { unitId: 'P01', roles: [{ role: 'unit_head' }] });
      const clerk = await createStaffWithSession(app, { unitId: 'P01-L1' });
      const ids: string[] = [];
      for (let i = 0; i < PERSONS; i++) ids.push((await seedPerson(db, { provinceCode: i % 4 === 3 ? '79' : '01' })).id);
      const now = Date.now();
      const assigned = await app.inject({
        method: 'POST', url: '/api/access/assignments', headers: head.headers,
        payload: {
          documentNo: '15/QĐ-BHXH', documentDate: new Date(now).toISOString().slice(0, 10), assigneeAccountId: clerk.accountId, purpose: PURPOSE,
          categories: ['identity', 'contact', 'address', 'employment'], scope: { provinces: ['01'] }, actions: ['search', 'view'],
          validFrom: new Date(now - 3_600_000).toISOString(), validUntil: new Date(now + 7 * 86_400_000).toISOString(),
        },
      });
      if (assigned.statusCode !== 201) throw new Error(`assignment: ${assigned.statusCode} ${assigned.body}`);
      const registered = await app.inject({ method: 'POST', url: '/api/access/systems', headers: admin.headers, payload: { name: 'bench-app', displayName: 'Ứng dụng đo hiệu năng' } });
      if (registered.statusCode !== 201) throw new Error(`system: ${registered.statusCode} ${registered.body}`);
      const credential = registered.json<{ credential: string }>().credential;
      const staffSession = /khien_session=([^;]+)/.exec(clerk.headers.cookie ?? '')?.[1] ?? '';
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const headers = { authorization: `Bearer ${credential}` };

      const singles = ids.map((subject) => JSON.stringify({ staffSession, action: 'view', purpose: PURPOSE, subject }));
      const batches = Array.from({ length: 50 }, () => JSON.stringify({
        staffSession, action: 'search', purpose: PURPOSE, subjects: Array.from({ length: 100 }, () => ids[crypto.randomInt(ids.length)] ?? ''),
      }));
      process.stdout.write(`  ${PERSONS} persons; single at ${SINGLE_RATE}/s, batch of 100 at ${BATCH_RATE}/s, ${SECONDS} s each\n`);
      // The server's own CPU (this process: Fastify, decide, audit sealing, pg) per answered request of each phase,
      // warm-up included; steadier than latency on a shared machine. PostgreSQL's and the client's CPU are not in it.
      const cpuUs = new Map<RateResult, number>();
      const measured = async (job: RateJob): Promise<RateResult> => {
        const before = process.cpuUsage();
        const r = await runClient(job);
        const used = process.cpuUsage(before);
        cpuUs.set(r, Math.round((used.user + used.system) / (r.ok + (job.warmup ?? 200))));
        return r;
      };
      const sustained = await measured({ url: base, path: '/api/decisions', headers, bodies: singles, rate: SUSTAINED_RATE, seconds: SECONDS, warmup: 300 });
      const single = await measured({ url: base, path: '/api/decisions', headers, bodies: singles, rate: SINGLE_RATE, seconds: SECONDS, warmup: 300 });
      const batch = await measured({ url: base, path: '/api/decisions/batch', headers, bodies: batches, rate: BATCH_RATE, seconds: SECONDS, warmup: 30 });

      // Failures with their HTTP statuses (0: no answer), so that a refusal is told from a time-out.
      const failed = (r: RateResult): Cell => {
        const n = r.non2xx + r.errors;
        return n === 0 ? 0 : `${n} (${Object.entries(r.failedStatuses).map(([status, k]) => `${status === '0' ? 'no answer' : `HTTP ${status}`}: ${k}`).join(', ')})`;
      };
      const row = (name: string, rate: number, r: RateResult): Cell[] => [name, rate, r.achievedPerSec, r.ok, failed(r), r.p50Ms, r.p90Ms, r.p99Ms, r.maxMs, cpuUs.get(r) ?? 0];
      const targets: TargetCheck[] = [
        { name: 'single decision p99 at 1,000/s', target: '≤ 5 ms', measured: `${single.p99Ms} ms at ${single.achievedPerSec}/s`, met: QUICK ? null : single.p99Ms <= 5 && single.non2xx + single.errors === 0 },
        { name: '100-subject batch p99', target: '≤ 20 ms', measured: `${batch.p99Ms} ms at ${batch.achievedPerSec}/s`, met: QUICK ? null : batch.p99Ms <= 20 && batch.non2xx + batch.errors === 0 },
      ];
      return {
        tables: [{
          title: 'Decision service (fixed rate, open loop; latency from the moment each request was due)',
          columns: ['request', 'rate/s', 'achieved/s', 'ok', 'failed', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'server CPU µs/request'],
          rows: [row('single (1 subject)', SUSTAINED_RATE, sustained), row('single (1 subject)', SINGLE_RATE, single), row('batch (100 subjects)', BATCH_RATE, batch)],
        }],
        targets,
        data: { sustained, single, batch, serverCpuUsPerRequest: { sustained: cpuUs.get(sustained), single: cpuUs.get(single), batch: cpuUs.get(batch) }, persons: PERSONS, seconds: SECONDS },
        notes: [
          'each request: system credential and staff session (each read once a second at most, kept in memory in between), subject facts (one statement), decide() per subject, durable audit append (group commit), answer',
          'server CPU µs/request: user + system CPU of the server process during the phase (warm-up included) divided by its requests; PostgreSQL and the load client not included',
          `the load client runs in its own process on the same ${os.cpus().length}-core machine`,
        ],
      };
    } finally {
      await app.close();
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

await runBenchmark({
  name: 'decision-service',
  title: 'Decision service: single decisions at a fixed rate and 100-subject batches',
  reproduce: 'npx tsx bench/decision-service.ts   # --quick: 300/s single, 20/s batch, 3 s each',
  usesDatabase: true,
  run,
});
