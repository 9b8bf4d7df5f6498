/**
 * Scoring of the detection evaluation: recall per class × difficulty (an episode is found when a detection's
 * triggering event is one of its events), time to detect, precision over account-hour alert groups, false
 * alert groups per 1,000 staff-days (and per rule), and benign automatic suspensions per 10,000 staff-days.
 */
import type { Detection } from '../../src/detect/rule.ts';
import { CLASSES, DIFFICULTIES, type Episode, type MisuseClass } from './generate.ts';

const HOUR = 3_600_000;

/** The figures of one run. */
export interface EvalScore {
  readonly episodes: number;
  readonly found: number;
  readonly recall: number;
  /** class → difficulty → [found, injected]. */
  readonly cells: Record<string, Record<string, [number, number]>>;
  /** class → time to detect p50 / p95 / max in minutes (found episodes). */
  readonly ttd: Record<string, { p50: number | null; p95: number | null; max: number | null }>;
  readonly groups: number;
  readonly trueGroups: number;
  readonly falseGroups: number;
  readonly precision: number | null;
  readonly staffDays: number;
  readonly falsePer1000StaffDays: number;
  /** rule id → false groups per 1,000 staff-days the rule appears in. */
  readonly falseByRule: Record<string, number>;
  readonly benignSuspensions: number;
  readonly benignSuspensionsPer10000StaffDays: number;
  /** Episodes missed (class/difficulty/id). */
  readonly missed: string[];
  /** Up to 30 false detections (rule, kind, basis, account), to see what fools the rules. */
  readonly falseSamples: string[];
}

function pct(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Scores the detections of one run.
 *
 * @param detections - detections of the evaluated period
 * @param episodes - the injected episodes (those never injected are skipped)
 * @param labels - event id → episode id
 * @param staffDays - staff-days of the evaluated period
 * @param suspendRules - rules that suspend the account
 * @returns the figures
 */
export function scoreRun(detections: readonly Detection[], episodes: readonly Episode[], labels: ReadonlyMap<string, number>, staffDays: number, suspendRules: readonly string[]): EvalScore {
  const injected = episodes.filter((e) => e.start !== Infinity);
  const firstHit = new Map<number, number>();
  const byAccount = new Map<string, Episode[]>();
  for (const e of injected) for (const a of [e.accountId, ...e.related]) byAccount.set(a, [...(byAccount.get(a) ?? []), e]);
  const groups = new Map<string, { credited: boolean; rules: Set<string>; account: string | null; t: number; what: string[] }>();
  for (const d of detections) {
    const ep = labels.get(d.event.id);
    if (ep !== undefined) {
      const prev = firstHit.get(ep);
      if (prev === undefined || d.eventTime < prev) firstHit.set(ep, d.eventTime);
    }
    const key = `${d.accountId ?? `src:${d.groupKey}`}|${Math.floor(d.eventTime / HOUR)}`;
    const g = groups.get(key) ?? { credited: false, rules: new Set<string>(), account: d.accountId, t: d.eventTime, what: [] };
    if (ep !== undefined) g.credited = true;
    g.rules.add(d.ruleId);
    if (g.what.length < 3) g.what.push(`${d.ruleId}:${String(d.details.kind ?? '')}/${String(d.details.basis ?? d.details.signals ?? '')} ${d.accountId ?? ''} ${new Date(d.eventTime + 7 * HOUR).toISOString().slice(0, 16)}`);
    groups.set(key, g);
  }
  let trueGroups = 0;
  let falseGroups = 0;
  const falseSamples: string[] = [];
  const falseByRule: Record<string, number> = {};
  const suspended = new Set<string>();
  for (const g of groups.values()) {
    const during = g.account ? (byAccount.get(g.account) ?? []).some((e) => g.t >= e.start - HOUR && g.t <= e.end + 2 * HOUR) : false;
    if (g.credited || during) {
      trueGroups++;
      continue;
    }
    falseGroups++;
    if (falseSamples.length < 30) falseSamples.push(...g.what);
    for (const r of g.rules) falseByRule[r] = (falseByRule[r] ?? 0) + 1;
    if (g.account && [...g.rules].some((r) => suspendRules.includes(r))) suspended.add(`${g.account}|${Math.floor((g.t + 7 * HOUR) / (24 * HOUR))}`);
  }
  const cells: Record<string, Record<string, [number, number]>> = {};
  const ttd: EvalScore['ttd'] = {};
  const missed: string[] = [];
  for (const c of CLASSES) {
    cells[c] = {};
    for (const dif of DIFFICULTIES) cells[c][dif] = [0, 0];
    const times: number[] = [];
    for (const e of injected.filter((x) => x.cls === c)) {
      const cell = cells[c][e.difficulty]!;
      cell[1]++;
      const hit = firstHit.get(e.id);
      if (hit !== undefined) {
        cell[0]++;
        times.push(Math.max(0, (hit - e.start) / 60_000));
      } else {
        missed.push(`${c}/${e.difficulty}/#${e.id}`);
      }
    }
    times.sort((a, b) => a - b);
    const r1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);
    ttd[c] = { p50: r1(pct(times, 50)), p95: r1(pct(times, 95)), max: r1(times.length ? times[times.length - 1]! : null) };
  }
  const per = 1000 / Math.max(1, staffDays);
  for (const k of Object.keys(falseByRule)) falseByRule[k] = Math.round(falseByRule[k]! * per * 100) / 100;
  return {
    episodes: injected.length,
    found: firstHit.size,
    recall: injected.length ? Math.round((firstHit.size / injected.length) * 1000) / 1000 : 0,
    cells,
    ttd,
    groups: groups.size,
    trueGroups,
    falseGroups,
    precision: groups.size ? Math.round((trueGroups / groups.size) * 1000) / 1000 : null,
    staffDays,
    falsePer1000StaffDays: Math.round(falseGroups * per * 100) / 100,
    falseByRule,
    benignSuspensions: suspended.size,
    benignSuspensionsPer10000StaffDays: Math.round(suspended.size * (10_000 / Math.max(1, staffDays)) * 100) / 100,
    missed,
    falseSamples,
  };
}

/** Classes whose episodes happen within minutes (time to detect target p95 ≤ 1 min applies). */
export const STREAMING: readonly MisuseClass[] = ['lent_account', 'revoked_account', 'unregistered_device', 'off_hours', 'leaked_credential', 'related_person'];
