/**
 * Benchmark 2 — decisions: Khiên's `decide` (over its in-memory grant store) against casbin and Cedar, each
 * modelled as its documentation recommends, on the same scoped-role policy (bench/lib/scoped-policy.ts;
 * bench/equivalence.test.ts proves the engines agree with the specification):
 *
 *  - casbin: RBAC with domains, one `g` link (account, "purpose|action|category", "P<province>"|"C<commune>")
 *    per valid assignment, matcher `g(r.sub, r.perm, r.pdom) || g(r.sub, r.perm, r.cdom)`, `enforceSync`
 *    (bench/lib/casbin-scoped.ts);
 *  - Cedar: one static policy, `statefulIsAuthorized` on the pre-parsed set, the principal's entity (scope tokens
 *    as parents) passed as the request's slice (bench/lib/cedar-scoped.ts).
 *
 * Sizes: 1,000, 100,000 (the design size: 20,000 staff, the headline) and 1,000,000 assignments (quick: 1,000
 * and 10,000). Requests are made at one instant, as in service; casbin and Cedar hold the links of the
 * assignments valid at that instant (their sync at validity boundaries is tested, not timed here).
 *
 * Targets: decide ≥ 10 × the fair casbin at every size, and flat as assignments grow (the rate at the largest
 * size at least half the rate at 1,000; the algorithm reads only the actor's own assignments, what remains is
 * memory locality).
 *
 * Run: `node --max-old-space-size=8192 --import tsx bench/decisions.ts [--quick]` (at 1,000,000 assignments
 * casbin and Cedar need more than Node's default heap; `npm run bench` passes the option). `BENCH_DECISION_SIZES` (comma-separated, e.g. `1000,100000`)
 * replaces the list of sizes; the flatness target compares the largest size run with the smallest (with
 * `--quick`, a partial run writes its result under bench/results/quick/ and leaves the committed full-run
 * result alone). `BENCH_CEDAR_MAX` caps the sizes Cedar is run at (default: every size).
 *
 * decide, the hot-account diagnostic and casbin are measured in interleaved rounds (full: 3; the median kept),
 * so that the ratio holds while the machine's load changes.
 *
 * Each engine is built as a service would build it at start (decide: one snapshot through `replaceAll`;
 * casbin: one adapter load; Cedar: one pre-parse plus the entities of the accounts holding valid links); its
 * build time and the memory it holds (JS heap plus ArrayBuffers and external memory, after a full garbage
 * collection) are reported with the rates.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { runBenchmark, QUICK, measureSync, round, sig, type BenchOutcome } from './lib/env.ts';
import type { Cell, TargetCheck } from './lib/results.ts';
import { BASE_NOW, buildDecide, byAccount, generateAssignments, generateRequests, oracle, type ScopedAssignment, type ScopedRequest } from './lib/scoped-policy.ts';
import { buildCasbinScoped } from './lib/casbin-scoped.ts';
import { buildCedarScoped } from './lib/cedar-scoped.ts';

const SIZES = process.env.BENCH_DECISION_SIZES
  ? process.env.BENCH_DECISION_SIZES.split(',').map((x) => Number(x.trim())).filter((x) => Number.isInteger(x) && x > 0).sort((a, b) => a - b)
  : QUICK ? [1_000, 10_000] : [1_000, 100_000, 1_000_000];
/** The design size: 100,000 assignments of 20,000 staff. */
const HEADLINE = 100_000;
const CEDAR_MAX = Number(process.env.BENCH_CEDAR_MAX ?? Number.POSITIVE_INFINITY);
const MIN_MS = QUICK ? 300 : 3000;
/** Rounds decide and casbin are measured in, interleaved (the median is kept); MIN_MS is split among them. */
const ROUNDS = QUICK ? 1 : 3;
/** Warm-up before each measurement (not measured). */
const WARM_MS = QUICK ? 300 : 1000;
const REQUESTS = 20_000;
/** The instant requests are made at, and the engines that need it are synced to. */
const AT = BASE_NOW;

// A full collection before and after building each engine, so that its size is what it keeps, not garbage.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Bytes held: JS heap plus external memory (ArrayBuffers, WebAssembly), after a full collection. */
function heldBytes(): number {
  collect();
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

type Engine = 'decide' | 'decide (hot 200)' | 'casbin' | 'cedar';

interface EngineFigure {
  /** `decide (hot 200)`: decide on requests of only 200 accounts (diagnostic: the work per decision without cache misses). */
  engine: Engine;
  assignments: number;
  buildSeconds: number | null;
  /** What the engine holds once built (JS heap + external memory), MiB. */
  heldMiB: number | null;
  /** casbin: `g` links loaded; Cedar: scope tokens over all principal entities. */
  links: number | null;
  /** Per second of wall time. */
  decisionsPerSec: number | null;
  /** Per CPU-second of this process (steadier on a shared machine; used for the ratios). */
  decisionsPerCpuSec: number | null;
  microsPerDecision: number | null;
  decisionsMeasured: number;
  agreesWithSpec: boolean | null;
  notRun: string | null;
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

/** An engine ready to be measured. */
interface Subject {
  readonly engine: Engine;
  readonly decideAt: (i: number) => boolean;
  readonly requests: readonly ScopedRequest[];
  readonly built: { seconds: number | null; heldMiB: number | null; links: number | null };
  readonly opts: { minMs: number; batch: number; warmOps: number; checked: number };
}

/** Whether the engine's answers to the first `opts.checked` requests of its set agree with the specification. */
function agrees(s: Subject, spec: ReadonlyMap<string, readonly ScopedAssignment[]>): boolean {
  const checked = Math.min(s.requests.length, s.opts.checked);
  for (let i = 0; i < checked; i++) {
    const r = s.requests[i];
    if (r !== undefined && s.decideAt(i) !== oracle(spec, r)) return false;
  }
  return true;
}

/**
 * Checks and measures engines of one size: a full collection, the agreement check, an unmeasured warm-up of
 * each, then `rounds` rounds measuring each engine in turn (so that a change in the machine's load touches all
 * of them); each engine's figure is its median round (by CPU rate).
 */
function measureEngines(n: number, subjects: readonly Subject[], spec: ReadonlyMap<string, readonly ScopedAssignment[]>, rounds: number): EngineFigure[] {
  // Collect before the engines' first calls, not between them and the warm-up: a forced full collection between
  // Cedar's WebAssembly calls crashes V8 11 (Node 20) in a lazy deoptimisation ("unreachable code").
  collect();
  const agreement = subjects.map((s) => agrees(s, spec));
  // Warm up by time and by calls (a loaded machine gives few calls per wall second; the JIT counts calls).
  for (const s of subjects) measureSync(s.decideAt, { minMs: WARM_MS, batch: s.opts.batch, minOps: s.opts.warmOps, maxMs: 60_000 });
  const runs = subjects.map(() => [] as Array<ReturnType<typeof measureSync>>);
  for (let r = 0; r < rounds; r++) {
    subjects.forEach((s, k) => {
      runs[k]?.push(measureSync(s.decideAt, { minMs: s.opts.minMs / rounds, batch: s.opts.batch, minOps: s.opts.warmOps, maxMs: 60_000 }));
    });
  }
  return subjects.map((s, k) => {
    const sorted = [...(runs[k] ?? [])].sort((x, y) => x.opsPerCpuSec - y.opsPerCpuSec);
    const m = sorted[Math.floor(sorted.length / 2)];
    return {
      engine: s.engine,
      assignments: n,
      buildSeconds: round(s.built.seconds, 3),
      heldMiB: round(s.built.heldMiB, 1),
      links: s.built.links,
      decisionsPerSec: m ? sig(m.opsPerSec, 3) : null,
      decisionsPerCpuSec: m ? sig(m.opsPerCpuSec, 3) : null,
      microsPerDecision: m ? sig(1e6 / m.opsPerCpuSec, 3) : null,
      decisionsMeasured: sorted.reduce((t, x) => t + x.ops, 0),
      agreesWithSpec: agreement[k] ?? null,
      notRun: null,
    };
  });
}

const notRun = (engine: Engine, n: number, why: string): EngineFigure => ({
  engine, assignments: n, buildSeconds: null, heldMiB: null, links: null, decisionsPerSec: null, decisionsPerCpuSec: null,
  microsPerDecision: null, decisionsMeasured: 0, agreesWithSpec: null, notRun: why,
});

async function run(): Promise<BenchOutcome> {
  const figures: EngineFigure[] = [];
  const notes: string[] = [];
  for (const n of SIZES) {
    const { assignments, accounts } = generateAssignments(n, 7);
    const requests = generateRequests(assignments, REQUESTS, 11, AT);
    const spec = byAccount(assignments);
    process.stdout.write(`  ${n.toLocaleString('en-US')} assignments (${accounts.length.toLocaleString('en-US')} accounts): decide…`);

    // decide, decide on 200 hot accounts and casbin, measured in interleaved rounds.
    {
      let held0 = heldBytes();
      const [engine, build] = timed(() => buildDecide(assignments, requests));
      const decideHeld = Math.max(0, heldBytes() - held0) / 2 ** 20;
      // Diagnostic: the same store, requests from 200 accounts only, so their assignments stay in cache.
      const hotAccounts = new Set(accounts.slice(0, 200));
      const hotRequests = generateRequests(assignments.filter((a) => hotAccounts.has(a.accountId)), REQUESTS, 13, AT);
      const hot = buildDecide(assignments, hotRequests, engine.store);
      process.stdout.write(' casbin…');
      held0 = heldBytes();
      const [casbin, casbinBuild] = await timedAsync(() => buildCasbinScoped(assignments, AT));
      const casbinHeld = Math.max(0, heldBytes() - held0) / 2 ** 20;
      process.stdout.write(' measuring…');
      figures.push(...measureEngines(n, [
        { engine: 'decide', decideAt: (i) => engine.decideAt(i), requests, built: { seconds: build, heldMiB: decideHeld, links: null }, opts: { minMs: MIN_MS, batch: 1000, warmOps: 200_000, checked: REQUESTS } },
        { engine: 'decide (hot 200)', decideAt: (i) => hot.decideAt(i), requests: hotRequests, built: { seconds: null, heldMiB: null, links: null }, opts: { minMs: MIN_MS / 2, batch: 1000, warmOps: 200_000, checked: REQUESTS } },
        { engine: 'casbin', decideAt: casbin.prepare(requests), requests, built: { seconds: casbinBuild, heldMiB: casbinHeld, links: casbin.links() }, opts: { minMs: MIN_MS, batch: 100, warmOps: REQUESTS, checked: REQUESTS } },
      ], spec, ROUNDS));
    }
    collect();

    // Cedar, one policy over sliced principal entities
    process.stdout.write(' cedar…');
    if (n > CEDAR_MAX) {
      figures.push(notRun('cedar', n, `not run (BENCH_CEDAR_MAX=${CEDAR_MAX})`));
    } else {
      const held0 = heldBytes();
      const [engine, build] = timed(() => buildCedarScoped(assignments, AT, `bench-${n}`));
      const heldMiB = Math.max(0, heldBytes() - held0) / 2 ** 20;
      figures.push(...measureEngines(n, [
        { engine: 'cedar', decideAt: engine.prepare(requests), requests, built: { seconds: build, heldMiB, links: engine.links() }, opts: { minMs: MIN_MS, batch: 20, warmOps: 1000, checked: 2000 } },
      ], spec, 1));
    }
    collect();
    process.stdout.write(' done\n');
  }

  const rate = (e: Engine, n: number): number | null => figures.find((f) => f.engine === e && f.assignments === n)?.decisionsPerCpuSec ?? null;
  const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? round(a / b, 1) : null);
  const rows: Cell[][] = SIZES.map((n) => [
    n === HEADLINE ? `${n.toLocaleString('en-US')} (design size)` : n,
    rate('decide', n),
    rate('decide (hot 200)', n),
    rate('casbin', n),
    rate('cedar', n),
    ratio(rate('decide', n), rate('casbin', n)),
    ratio(rate('decide', n), rate('cedar', n)),
  ]);
  const buildRows: Cell[][] = figures.map((f) => [f.engine, f.assignments, f.buildSeconds, f.heldMiB, f.links, f.decisionsPerSec, f.microsPerDecision, f.decisionsMeasured, f.agreesWithSpec === null ? 'n/a' : f.agreesWithSpec ? 'yes' : 'NO', f.notRun ?? '']);

  const smallest = SIZES[0] ?? 0;
  const largest = SIZES[SIZES.length - 1] ?? 0;
  const casbinRatios = SIZES.map((n) => ratio(rate('decide', n), rate('casbin', n)));
  const minRatioCasbin = Math.min(...casbinRatios.map((r) => r ?? Number.POSITIVE_INFINITY));
  const headlineRatio = ratio(rate('decide', HEADLINE), rate('casbin', HEADLINE));
  const flat = ratio(rate('decide', largest), rate('decide', smallest));
  const disagree = figures.filter((f) => f.agreesWithSpec === false).map((f) => `${f.engine}@${f.assignments}`);
  if (disagree.length > 0) notes.push(`engines disagreeing with the specification on checked requests: ${disagree.join(', ')}`);
  notes.push(`"agrees": every answer to the ${REQUESTS.toLocaleString('en-US')} requests of a set checked against the specification (Cedar: the first 2,000)`);
  notes.push('casbin: RBAC with domains, one g link (account, "purpose|action|category", "P<province>"|"C<commune>") per valid assignment, matcher g(r.sub, r.perm, r.pdom) || g(r.sub, r.perm, r.cdom), loaded once through an adapter; Cedar: one static policy `principal in [context.ptok, context.ctok]`, the principal entity (scope tokens as parents) passed per call');
  notes.push(`requests are made at one instant; casbin and Cedar hold the links of the assignments valid then (kept in step at validity boundaries, as tested in bench/equivalence.test.ts; that sync is not timed), decide checks validity itself`);
  notes.push(`decide, the hot-account diagnostic and casbin are measured in ${ROUNDS} interleaved round(s) each after one warm-up, the median round kept, so that a change in the machine's load touches all three`);
  notes.push('"held MiB": what the engine keeps once built (JS heap + external memory, after a full garbage collection); "links": casbin g links, or scope tokens over all Cedar principal entities');
  notes.push('"decide, 200 hot accounts" asks the same store with requests of only 200 accounts: the work per decision without cache misses (a diagnostic, not a target)');
  const fmt = (r: number | null): string => (r === null ? 'n/a' : `${r.toLocaleString('en-US')} x`);
  const targets: TargetCheck[] = [
    {
      name: 'decide vs casbin (RBAC with domains)',
      target: '>= 10 x casbin at every size',
      measured: `${SIZES.map((n, i) => `${n.toLocaleString('en-US')}: ${fmt(casbinRatios[i] ?? null)}`).join('; ')}${headlineRatio === null ? '' : ' (design size 100,000)'}`,
      met: Number.isFinite(minRatioCasbin) ? minRatioCasbin >= 10 : null,
      baseline: `casbin RBAC with domains (one g link per valid assignment): ${SIZES.map((n) => `${(rate('casbin', n) ?? 0).toLocaleString('en-US')}/CPU-s at ${n.toLocaleString('en-US')}`).join(', ')}; Cedar, one policy over sliced entities: decide ${SIZES.map((n) => { const r = ratio(rate('decide', n), rate('cedar', n)); return r === null ? 'n/a' : `${Math.round(r).toLocaleString('en-US')} x`; }).join(', ')}`,
    },
    {
      name: 'decide flat as assignments grow',
      target: `rate at ${largest.toLocaleString('en-US')} >= 0.5 x rate at ${smallest.toLocaleString('en-US')}`,
      measured: flat === null ? 'n/a' : `${flat} x`,
      met: flat === null ? null : flat >= 0.5,
      baseline: `decide on 200 hot accounts (no cache misses): ${SIZES.map((n) => `${(rate('decide (hot 200)', n) ?? 0).toLocaleString('en-US')}/CPU-s at ${n.toLocaleString('en-US')}`).join(', ')}`,
    },
  ];
  return {
    tables: [
      { title: 'Decisions per CPU-second (one thread, same requests, same policy)', columns: ['assignments', 'decide', 'decide, 200 hot accounts', 'casbin (RBAC, domains)', 'cedar (sliced)', 'decide÷casbin', 'decide÷cedar'], rows },
      { title: 'Per engine (build, memory held, wall-clock rate; CPU µs per decision)', columns: ['engine', 'assignments', 'build s', 'held MiB', 'links', 'per wall s', 'µs/decision', 'measured', 'agrees', 'note'], rows: buildRows },
    ],
    targets,
    data: { sizes: SIZES, headlineAssignments: HEADLINE, requestsPerSet: REQUESTS, requestInstant: new Date(AT).toISOString(), minMsPerMeasurement: MIN_MS, rounds: ROUNDS, figures },
    notes,
  };
}

await runBenchmark({
  name: 'decisions',
  title: 'Decisions: decide vs casbin vs Cedar',
  reproduce: 'node --max-old-space-size=8192 --import tsx bench/decisions.ts   # --quick for 1,000 and 10,000 assignments',
  usesDatabase: false,
  run,
});
