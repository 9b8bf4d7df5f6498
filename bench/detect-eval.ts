/**
 * Detection evaluation (issue 20): a seeded, labelled synthetic agency (bench/detect-eval/population.ts) with
 * the benign behaviour that fools simple rules and misuse episodes of eight classes at three difficulties
 * (bench/detect-eval/generate.ts), replayed through the product's own detector (`createDetector` with every
 * rule at its defaults, the same path as bench/detection.ts), scored by recall per class × difficulty, time
 * to detect, precision over account-hour alert groups, false alert groups per 1,000 staff-days and benign
 * automatic suspensions per 10,000 staff-days (bench/detect-eval/score.ts).
 *
 * Runs: 500 and 2,000 staff over 20 days, cold and after 14 days of history learned first
 * (`detector.learn`), on the tuning seed (1) and on a second seed (2) that no tuning looked at.
 *
 * Usage: `npx tsx bench/detect-eval.ts [--quick] [--staff N --days D --history H --seed S] [--param KHIEN-R010.minReads=5]`
 * (`--quick`: 200 staff, 10 days, both seeds). Writes bench/results/detect-eval.json (quick: bench/results/quick/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createDetector } from '../src/detect/detector.ts';
import { createMemoryContext } from '../src/detect/context.ts';
import { defaultIpPrefixes } from '../src/detect/province-geo.ts';
import { createWorkCalendar, readCalendarSpec, type WorkCalendar } from '../src/detect/calendar.ts';
import { DEFAULT_SUSPEND_RULES } from '../src/detect/rules/index.ts';
import type { Detection, ParamValue } from '../src/detect/rule.ts';
import { createManualClock } from '../src/platform/clock.ts';
import { createPopulation, type Population } from './detect-eval/population.ts';
import { CLASSES, DIFFICULTIES, createScenario } from './detect-eval/generate.ts';
import { STREAMING, scoreRun, type EvalScore } from './detect-eval/score.ts';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Parameter overrides from `--param RULE.key=value` (repeatable). */
function paramOverrides(): Record<string, Record<string, ParamValue>> {
  const out: Record<string, Record<string, ParamValue>> = {};
  args.forEach((a, i) => {
    if (a !== '--param') return;
    const m = /^([^.]+)\.([^=]+)=(.*)$/.exec(args[i + 1] ?? '');
    if (!m) throw new Error(`bad --param ${args[i + 1]}`);
    const raw = m[3]!;
    const v: ParamValue = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
    (out[m[1]!] ??= {})[m[2]!] = v;
  });
  return out;
}

/** The working calendar of the synthetic agency: the shipped one, with its Saturday-morning local offices. */
function calendarFor(pop: Population): WorkCalendar {
  const spec = readCalendarSpec();
  const units: Record<string, { saturdayHours: Array<{ start: string; end: string }> }> = {};
  for (const u of pop.saturdayUnits) units[u] = { saturdayHours: [{ start: '07:30', end: '11:30' }] };
  return createWorkCalendar({ ...spec, units: { ...spec.units, ...units } });
}

interface RunSpec {
  readonly staff: number;
  readonly days: number;
  readonly history: number;
  readonly seed: number;
  readonly label: string;
}

interface RunResult extends RunSpec {
  readonly events: number;
  readonly detections: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly score: EvalScore;
}

async function runOne(spec: RunSpec): Promise<RunResult> {
  const pop = createPopulation(spec.staff, spec.seed);
  const calendar = calendarFor(pop);
  const scenario = createScenario({ population: pop, seed: spec.seed, days: spec.days, historyDays: spec.history, firstDay: '2026-04-20', perCell: 4, calendar });
  const linked: Record<string, readonly string[]> = {};
  for (const s of pop.staff) linked[s.facts.accountId] = s.linked;
  const context = createMemoryContext({ accounts: pop.staff.map((s) => s.facts), vpnAccounts: pop.vpnAccounts, decoys: pop.decoys, linked, ipPrefixes: defaultIpPrefixes() });
  const detections: Detection[] = [];
  const detector = createDetector({ context, clock: createManualClock(), calendar, params: paramOverrides(), onAlert: (d) => detections.push(d) });
  let events = 0;
  let busy = 0;
  for (let d = -spec.history; d < spec.days; d++) {
    scenario.applyChanges(d, context);
    const day = scenario.eventsOf(d);
    const t0 = performance.now();
    if (d < 0) for (const e of day) detector.learn(e);
    else for (const e of day) detector.process(e);
    await detector.settled();
    busy += performance.now() - t0;
    events += day.length;
  }
  const score = scoreRun(detections, scenario.episodes, scenario.labels, scenario.staffDays(), DEFAULT_SUSPEND_RULES);
  return { ...spec, events, detections: detections.length, seconds: Math.round(busy / 10) / 100, eventsPerSecond: Math.round(events / (busy / 1000)), score };
}

function table(r: RunResult): string {
  const s = r.score;
  const lines = [
    `### ${r.label}: ${r.staff} staff, ${r.days} days, ${r.history ? `${r.history} days of history learned first` : 'cold'}, seed ${r.seed}`,
    '',
    `recall ${s.recall} (${s.found}/${s.episodes}) · precision ${s.precision} (${s.trueGroups}/${s.groups} account-hour groups) · ${s.falsePer1000StaffDays} false groups per 1,000 staff-days · ${s.benignSuspensionsPer10000StaffDays} benign suspensions per 10,000 staff-days (${s.benignSuspensions}) · ${r.events.toLocaleString('en-US')} events, ${r.eventsPerSecond.toLocaleString('en-US')}/s`,
    '',
    `| class | ${DIFFICULTIES.join(' | ')} | TTD p50 / p95 (min) |`,
    `|---|${DIFFICULTIES.map(() => '---').join('|')}|---|`,
  ];
  for (const c of CLASSES) {
    const t = s.ttd[c]!;
    lines.push(`| ${c}${STREAMING.includes(c) ? '' : ' (slow)'} | ${DIFFICULTIES.map((d) => `${s.cells[c]![d]![0]}/${s.cells[c]![d]![1]}`).join(' | ')} | ${t.p50 ?? '–'} / ${t.p95 ?? '–'} |`);
  }
  const rules = Object.entries(s.falseByRule).sort((a, b) => b[1] - a[1]);
  lines.push('', `false groups per 1,000 staff-days by rule: ${rules.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  if (s.missed.length) lines.push(`missed: ${s.missed.join(', ')}`);
  if (args.includes('--explain')) lines.push('false detections (sample):', ...s.falseSamples.map((x) => `  ${x}`));
  return lines.join('\n');
}

const specs: RunSpec[] = [];
if (opt('staff')) {
  specs.push({ staff: Number(opt('staff')), days: Number(opt('days') ?? 20), history: Number(opt('history') ?? 0), seed: Number(opt('seed') ?? 1), label: 'custom' });
} else if (QUICK) {
  for (const seed of [1, 2]) for (const history of [0, 14]) specs.push({ staff: 200, days: 10, history, seed, label: `quick${seed === 2 ? ', untuned seed' : ''}` });
} else {
  for (const seed of [1, 2]) for (const staff of [500, 2000]) for (const history of [0, 14]) specs.push({ staff, days: 20, history, seed, label: seed === 1 ? 'tuning seed' : 'untuned seed' });
}
const results: RunResult[] = [];
for (const spec of specs) {
  const r = await runOne(spec);
  results.push(r);
  process.stdout.write(`${table(r)}\n\n`);
}
const dir = QUICK ? 'bench/results/quick' : 'bench/results';
mkdirSync(dir, { recursive: true });
if (!opt('staff')) {
  writeFileSync(`${dir}/detect-eval.json`, `${JSON.stringify({ name: 'detect-eval', at: new Date().toISOString(), params: paramOverrides(), runs: results }, null, 2)}\n`);
  process.stdout.write(`wrote ${dir}/detect-eval.json\n`);
}
