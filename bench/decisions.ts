/**
 * Benchmark 2 — decisions: Khiên's `decide` (over its in-memory grant store) against casbin `enforceSync`
 * and Cedar (`statefulIsAuthorized` on a pre-parsed policy set) on the same scoped-role policy
 * (bench/lib/scoped-policy.ts; bench/equivalence.test.ts proves the three agree), at 1,000, 100,000 and
 * 1,000,000 assignments (quick: 1,000 and 10,000).
 *
 * Targets: decide ≥ 10 × casbin, and flat as assignments grow (here: the rate at the largest size at least
 * half the rate at 1,000; the algorithm reads only the actor's own assignments, what remains is memory locality).
 *
 * Run: `npx tsx bench/decisions.ts [--quick]`. `BENCH_CEDAR_MAX` (default 100000 full, 1000 quick) caps the
 * sizes Cedar is run at: its pre-parse grows faster than linearly (see docs/PERFORMANCE.md).
 * `BENCH_DECISION_SIZES` (comma-separated, e.g. `1000,100000`) replaces the list of sizes; the flatness target
 * compares the largest size run with the smallest (with `--quick`, so that a partial run writes its result under
 * bench/results/quick/ and leaves the committed full-run result alone).
 *
 * The decide store is built as the service builds it at start (one snapshot through `replaceAll`); its build
 * time and the memory it holds (JS heap plus typed-array buffers, measured after a full garbage collection)
 * are reported with the rates.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { runBenchmark, QUICK, measureSync, round, sig, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import {
  buildCasbin,
  buildCedar,
  buildDecide,
  byAccount,
  casbinArgs,
  generateAssignments,
  generateRequests,
  oracle,
  type ScopedRequest,
} from './lib/scoped-policy.ts';

const SIZES = process.env.BENCH_DECISION_SIZES
  ? process.env.BENCH_DECISION_SIZES.split(',').map((x) => Number(x.trim())).filter((x) => Number.isInteger(x) && x > 0).sort((a, b) => a - b)
  : QUICK ? [1_000, 10_000] : [1_000, 100_000, 1_000_000];
const CEDAR_MAX = Number(process.env.BENCH_CEDAR_MAX ?? (QUICK ? 1_000 : 100_000));
const MIN_MS = QUICK ? 300 : 2000;
/** Warm-up before each decide measurement (not measured). */
const WARM_MS = 1000;
const REQUESTS = 20_000;

// A full collection before and after building the store, so that its size is what it keeps, not garbage.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Bytes held: JS heap plus ArrayBuffers (the packed assignments live in one), after a full collection. */
function heldBytes(): number {
  collect();
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

interface EngineFigure {
  /** `decide (hot 200)`: decide on requests of only 200 accounts (diagnostic: the work per decision without cache misses). */
  engine: 'decide' | 'decide (hot 200)' | 'casbin' | 'cedar';
  assignments: number;
  buildSeconds: number | null;
  /** Per second of wall time. */
  decisionsPerSec: number | null;
  /** Per CPU-second of this process (steadier on a shared machine; used for the ratios). */
  decisionsPerCpuSec: number | null;
  microsPerDecision: number | null;
  decisionsMeasured: number;
  /** Cedar only: growth of the process's external memory (the WebAssembly heap) while pre-parsing, MiB. */
  parsedMemoryMiB: number | null;
  /** decide only: memory the grant store holds once built (JS heap + ArrayBuffers), MiB. */
  storeMiB: number | null;
  agreesWithSpec: boolean | null;
  notRun: string | null;
}

function check(results: boolean[], requests: readonly ScopedRequest[], spec: ReadonlyMap<string, readonly import('./lib/scoped-policy.ts').ScopedAssignment[]>): boolean {
  for (let i = 0; i < results.length; i++) if (results[i] !== oracle(spec, requests[i % requests.length])) return false;
  return true;
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t0) / 1e9];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const v = await fn();
  return [v, Number(process.hrtime.bigint() - t0) / 1e9];
}

function figure(engine: EngineFigure['engine'], n: number, build: number | null, m: { opsPerSec: number; opsPerCpuSec: number; ops: number } | null, agrees: boolean | null, notRun: string | null): EngineFigure {
  return {
    engine,
    assignments: n,
    buildSeconds: round(build, 3),
    decisionsPerSec: m ? sig(m.opsPerSec, 3) : null,
    decisionsPerCpuSec: m ? sig(m.opsPerCpuSec, 3) : null,
    microsPerDecision: m ? sig(1e6 / m.opsPerCpuSec, 3) : null,
    decisionsMeasured: m?.ops ?? 0,
    parsedMemoryMiB: null,
    storeMiB: null,
    agreesWithSpec: agrees,
    notRun,
  };
}

async function run(): Promise<BenchOutcome> {
  const figures: EngineFigure[] = [];
  const notes: string[] = [];
  for (const n of SIZES) {
    const { assignments, accounts } = generateAssignments(n, 7);
    const requests = generateRequests(assignments, REQUESTS, 11);
    const spec = byAccount(assignments);
    process.stdout.write(`  ${n.toLocaleString('en-US')} assignments: decide…`);

    // decide
    {
      const held0 = heldBytes();
      const [engine, build] = timed(() => buildDecide(assignments, requests));
      const storeMiB = round((heldBytes() - held0) / 2 ** 20, 1);
      const sample: boolean[] = [];
      for (let i = 0; i < 2000; i++) sample.push(engine.decideAt(i));
      // Collect the garbage of building the data sets first, and warm up long enough for the sweeping that
      // follows to finish: a major collection of a heap that size (helper threads included) falling inside the
      // window would be charged to the decisions' CPU time.
      collect();
      measureSync((i) => engine.decideAt(i), { minMs: WARM_MS, batch: 1000 }); // warm-up
      const m = measureSync((i) => engine.decideAt(i), { minMs: MIN_MS, batch: 1000 });
      figures.push({ ...figure('decide', n, build, m, check(sample, requests, spec), null), storeMiB });
      // Diagnostic: the same store, requests from 200 accounts only, so their assignments stay in cache.
      const hotAccounts = new Set(accounts.slice(0, 200));
      const hotRequests = generateRequests(assignments.filter((a) => hotAccounts.has(a.accountId)), REQUESTS, 13);
      const hotEngine = buildDecide(assignments, hotRequests, engine.store);
      collect();
      measureSync((i) => hotEngine.decideAt(i), { minMs: WARM_MS, batch: 1000 }); // warm-up
      const hotSample: boolean[] = [];
      for (let i = 0; i < 2000; i++) hotSample.push(hotEngine.decideAt(i));
      const hm = measureSync((i) => hotEngine.decideAt(i), { minMs: MIN_MS / 2, batch: 1000 });
      figures.push(figure('decide (hot 200)', n, null, hm, check(hotSample, hotRequests, spec), null));
    }

    // casbin: a linear scan of every policy line per call, so few calls are measured at large sizes.
    process.stdout.write(' casbin…');
    {
      const [enforcer, build] = await timedAsync(() => buildCasbin(assignments));
      const results: boolean[] = [];
      const batch = n >= 100_000 ? 1 : 20;
      const m = measureSync((i) => { results.push(enforcer.enforceSync(...casbinArgs(requests[i % requests.length]))); }, { minMs: MIN_MS, minOps: 3, batch, maxMs: 60_000 });
      figures.push(figure('casbin', n, build, m, check(results.slice(0, 2000), requests, spec), null));
    }

    // Cedar
    process.stdout.write(' cedar…');
    if (n > CEDAR_MAX) {
      const last = [...figures].reverse().find((f) => f.engine === 'cedar' && f.parsedMemoryMiB !== null);
      const projectedMiB = last ? ((last.parsedMemoryMiB ?? 0) * n) / last.assignments : 0;
      const why = !last
        ? 'pre-parsing grows faster than linearly with the policy count'
        : projectedMiB >= 4096
          ? `at ${last.assignments.toLocaleString('en-US')} policies the pre-parse took ${last.buildSeconds} s and grew Cedar's WebAssembly heap by ${last.parsedMemoryMiB} MiB; ${(n / last.assignments).toLocaleString('en-US')} times as many would need about ${Math.round(projectedMiB / 1024)} GiB at the same rate, beyond the 4 GiB a 32-bit WebAssembly instance can address`
          : `skipped to keep the run short (pre-parse at ${last.assignments.toLocaleString('en-US')} policies: ${last.buildSeconds} s, and it grows faster than linearly)`;
      figures.push(figure('cedar', n, null, null, null, `not run: ${why} (BENCH_CEDAR_MAX=${CEDAR_MAX})`));
    } else {
      const ext0 = process.memoryUsage().external;
      const [engine, build] = timed(() => buildCedar(assignments, requests, `bench-${n}`));
      const parsedMemoryMiB = Math.round((process.memoryUsage().external - ext0) / 2 ** 20);
      const results: boolean[] = [];
      const batch = n >= 100_000 ? 1 : 20;
      const m = measureSync((i) => { results.push(engine.decideAt(i)); }, { minMs: MIN_MS, minOps: 3, batch, maxMs: 60_000 });
      figures.push({ ...figure('cedar', n, build, m, check(results.slice(0, 2000), requests, spec), null), parsedMemoryMiB });
    }
    process.stdout.write(' done\n');
  }

  const rate = (e: EngineFigure['engine'], n: number): number | null => figures.find((f) => f.engine === e && f.assignments === n)?.decisionsPerCpuSec ?? null;
  const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? round(a / b, 1) : null);
  const rows: Cell[][] = SIZES.map((n) => [
    n,
    rate('decide', n),
    rate('decide (hot 200)', n),
    rate('casbin', n),
    rate('cedar', n),
    ratio(rate('decide', n), rate('casbin', n)),
    ratio(rate('decide', n), rate('cedar', n)),
  ]);
  const buildRows: Cell[][] = figures.map((f) => [f.engine, f.assignments, f.buildSeconds, f.storeMiB, f.decisionsPerSec, f.microsPerDecision, f.decisionsMeasured, f.agreesWithSpec === null ? 'n/a' : f.agreesWithSpec ? 'yes' : 'NO', f.notRun ?? '']);

  const smallest = SIZES[0];
  const largest = SIZES[SIZES.length - 1];
  const minRatioCasbin = Math.min(...SIZES.map((n) => ratio(rate('decide', n), rate('casbin', n)) ?? Number.POSITIVE_INFINITY));
  const spread = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? round(a / b, 2) : null);
  const flat = spread(rate('decide', largest), rate('decide', smallest));
  const disagree = figures.filter((f) => f.agreesWithSpec === false).map((f) => `${f.engine}@${f.assignments}`);
  if (disagree.length > 0) notes.push(`engines disagreeing with the specification on measured requests: ${disagree.join(', ')}`);
  notes.push('casbin and Cedar scan every policy per request (neither indexes by principal); decide reads only the actor\'s assignments through the grant store');
  notes.push('decide\'s store is built from one snapshot (replaceAll, as at service start); "store MiB" is what it holds afterwards (JS heap + ArrayBuffers, after a full garbage collection)');
  notes.push('"decide, 200 hot accounts" asks the same store with requests of only 200 accounts: the work per decision without cache misses (a diagnostic, not a target)');
  const targets: TargetCheck[] = [
    {
      name: 'decide vs casbin',
      target: '>= 10 x casbin at every size',
      measured: `min ${Number.isFinite(minRatioCasbin) ? minRatioCasbin.toLocaleString('en-US') : 'n/a'} x`,
      met: Number.isFinite(minRatioCasbin) ? minRatioCasbin >= 10 : null,
    },
    {
      name: 'decide flat as assignments grow',
      target: `rate at ${largest.toLocaleString('en-US')} >= 0.5 x rate at ${smallest.toLocaleString('en-US')}`,
      measured: flat === null ? 'n/a' : `${flat} x`,
      met: flat === null ? null : flat >= 0.5,
    },
  ];
  return {
    tables: [
      { title: 'Decisions per CPU-second (one thread, same requests, same policy)', columns: ['assignments', 'decide', 'decide, 200 hot accounts', 'casbin', 'cedar', 'decide÷casbin', 'decide÷cedar'], rows },
      { title: 'Per engine (wall-clock rate as well; CPU µs per decision)', columns: ['engine', 'assignments', 'build s', 'store MiB', 'per wall s', 'µs/decision', 'measured', 'agrees', 'note'], rows: buildRows },
    ],
    targets,
    data: { sizes: SIZES, requestsPerSet: REQUESTS, minMsPerMeasurement: MIN_MS, cedarMaxAssignments: CEDAR_MAX, figures },
    notes,
  };
}

await runBenchmark({
  name: 'decisions',
  title: 'Decisions: decide vs casbin vs Cedar',
  reproduce: 'npx tsx bench/decisions.ts   # --quick for 1,000 and 10,000 assignments',
  usesDatabase: false,
  run,
});
