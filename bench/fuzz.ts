/**
 * The API fuzz run at a larger size than `npm test` (issue 21): the same fuzzer (`src/http/api-fuzz.ts`) over
 * the same target (every OpenAPI operation, anonymous, each staff role, a citizen), with several seeds.
 *
 *   npm run bench -- --only fuzz                    20,000 requests in 4 seeds (full), 800 in 2 (quick)
 *   npx tsx bench/fuzz.ts --requests 50000 --seeds 1,2,3
 *
 * Uses DATABASE_URL when set (a fresh database per seed), PGlite otherwise. The target is "no finding": no 5xx,
 * the catalogue body on every 4xx, nothing sent echoed into the logs; findings are listed, the run exits 0.
 */
import os from 'node:os';
import '../src/app/all-errors.ts';
import { fuzzApi, type FuzzFinding } from '../src/app/api-fuzz.ts';
import { createFuzzTarget } from '../src/app/api-fuzz-target.ts';
import { QUICK, argValue } from './lib/env.ts';
import { machineFacts } from './lib/machine.ts';
import { publishResult, type Cell } from './lib/results.ts';

const seeds = (argValue('seeds') ?? (QUICK ? '1,2' : '1,2,3,4')).split(',').map(Number);
const total = Number(argValue('requests') ?? (QUICK ? 800 : 20_000));
const perSeed = Math.ceil(total / seeds.length);
const MARKER = 'ZqFz';
const started = new Date();
const rows: Cell[][] = [];
const findings: Array<FuzzFinding & { seed: number }> = [];
let echoed = 0;
let operations = 0;
for (const seed of seeds) {
  const target = await createFuzzTarget();
  const t0 = performance.now();
  try {
    const r = await fuzzApi(target.app, { callers: target.callers, requests: perSeed, seed, knownValues: target.knownValues, marker: MARKER });
    const seconds = (performance.now() - t0) / 1000;
    const echo = target.logLines.filter((l) => l.includes(MARKER)).length;
    echoed += echo;
    operations = r.operations;
    findings.push(...r.findings.map((f) => ({ ...f, seed })));
    const s = (lo: number, hi: number): number => Object.entries(r.byStatus).filter(([k]) => /^\d+$/.test(k) && +k >= lo && +k < hi).reduce((a, [, n]) => a + n, 0);
    rows.push([seed, perSeed, s(200, 400), s(400, 500), s(500, 600), r.findings.length, echo, perSeed / seconds]);
  } finally {
    await target.close();
  }
}
const met = findings.length === 0 && echoed === 0;
publishResult({
  name: 'fuzz',
  title: 'API fuzz',
  mode: QUICK ? 'quick' : 'full',
  status: 'ok',
  unavailable: [],
  machine: await machineFacts(process.env.DATABASE_URL ?? null),
  startedAt: started.toISOString(),
  durationSeconds: (Date.now() - started.getTime()) / 1000,
  reproduce: `npx tsx bench/fuzz.ts --requests ${total} --seeds ${seeds.join(',')}`,
  targets: [{ name: 'malformed requests', target: 'no 5xx, catalogue body on every 4xx, no input in the logs', measured: `${findings.length} findings, ${echoed} echoing log lines in ${total} requests over ${operations} operations`, met }],
  tables: [
    { title: `API fuzz (${operations} operations, ${os.cpus().length} cores)`, columns: ['seed', 'requests', '2xx/3xx', '4xx', '5xx (catalogued 503 only)', 'findings', 'echoed', 'req/s'], rows },
    ...(findings.length ? [{ title: 'Findings (first 50)', columns: ['seed', 'status', 'operation', 'caller', 'mutation', 'problem'], rows: findings.slice(0, 50).map((f) => [f.seed, f.status, f.operation, f.caller, f.mutation.slice(0, 60), f.problem.slice(0, 80)]) }] : []),
  ],
  data: { requests: total, seeds, operations, findings: findings.length, echoed },
  notes: [],
});
