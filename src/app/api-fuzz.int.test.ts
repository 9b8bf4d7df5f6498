/**
 * The API fuzz test (issue 21), at the size that keeps `npm test` quick: every operation of the OpenAPI
 * document, anonymously, as each staff role (session, device and CSRF header) and as a citizen, with malformed
 * paths, queries and bodies (see `api-fuzz.ts`). No request may answer 5xx, every 4xx carries the catalogue body,
 * and nothing sent is echoed into the logs. `FUZZ_REQUESTS` and `FUZZ_SEED` change the size and the seed; the
 * larger run is the `fuzz` benchmark (`npm run bench -- --only fuzz`).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import './all-errors.ts';
import { fuzzApi } from './api-fuzz.ts';
import { createFuzzTarget, type FuzzTarget } from './api-fuzz-target.ts';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20260521);
const MARKER = 'ZqFz';
let target: FuzzTarget;

before(async () => {
  target = await createFuzzTarget();
});
after(async () => {
  await target.close();
});

test(`fuzz: ${REQUESTS} malformed requests over every operation — no 5xx, catalogue bodies, nothing echoed into the logs`, async () => {
  const report = await fuzzApi(target.app, { callers: target.callers, requests: REQUESTS, seed: SEED, knownValues: target.knownValues, marker: MARKER });
  assert.ok(report.operations >= 100, `the OpenAPI document lists the operations (${report.operations})`);
  const shown = report.findings.slice(0, 25).map((f) => `${f.status} ${f.operation} as ${f.caller} [${f.mutation}]: ${f.problem}`);
  assert.deepEqual(shown, [], `${report.findings.length} findings (seed ${SEED})`);
  const echoed = target.logLines.filter((l) => l.includes(MARKER));
  assert.deepEqual(echoed.slice(0, 3).map((l) => l.slice(0, 300)), [], `${echoed.length} log lines echo the input`);
  assert.ok(target.logLines.length > 0, 'the logs were captured');
  if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(report.byStatus));
});
