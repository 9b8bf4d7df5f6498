/**
 * Backtesting: the detector run over a file of Khiên events, with chosen rule parameters, so that a rule
 * change is tried on last month's events before it is enabled (`khien detect replay <file.jsonl>`). Each line
 * is one event as the audit log records it — the event object itself, or an audit entry as the audit API
 * returns it (its `body` holds the event's canonical JSON). Detections come out as JSON lines with the rule,
 * the account, the details and the compact evidence of the triggering event (never the persons read).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { KhienEvent } from '../events/types.ts';
import { createManualClock } from '../platform/clock.ts';
import { createMemoryContext, type DetectContext, type MemoryContextData } from './context.ts';
import { createDetector } from './detector.ts';
import { compactEvent, type CompactEvent } from './evidence.ts';
import { defaultIpPrefixes } from './province-geo.ts';
import type { Detection, ParamValue, RuleParams } from './rule.ts';
import { ALL_RULES, findRule } from './rules/index.ts';
import type { WorkCalendar } from './calendar.ts';

/** One detection as the replay writes it. */
export interface ReplayAlert {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: string;
  readonly accountId: string | null;
  readonly unitId: string | null;
  readonly groupKey: string;
  readonly eventId: string;
  readonly eventTime: string;
  readonly details: Readonly<Record<string, string | number | boolean>>;
  readonly evidence: CompactEvent;
}

/** What a replay counted. */
export interface ReplaySummary {
  readonly lines: number;
  readonly events: number;
  /** Events before `learnUntil`, folded into baselines and windows without alerts. */
  readonly learned: number;
  /** Line numbers (1-based, at most 20) and reasons of lines that held no event. */
  readonly rejected: ReadonlyArray<{ line: number; reason: string }>;
  readonly rejectedCount: number;
  readonly alerts: number;
  readonly byRule: Readonly<Record<string, number>>;
}

/** Options of {@link replayEvents}. */
export interface ReplayOptions {
  /** Overrides: rule id → parameter → value (already typed, see {@link parseParamOverrides}). */
  readonly params?: Readonly<Record<string, RuleParams>>;
  /** What the rules know of accounts, VPN accounts, decoys, linked persons (default: nothing). */
  readonly context?: DetectContext;
  readonly calendar?: WorkCalendar;
  /** Events before this time (ms) are learned without alerts (warm-up). */
  readonly learnUntil?: number;
  /** Called for every alert, in order. */
  readonly onAlert: (alert: ReplayAlert) => void;
}

/**
 * Parses `--param` values: `KHIEN-R010.lateMinutes=90` (or `R010.lateMinutes=90`), typed by the default's
 * type (number, boolean, string, comma-separated list).
 *
 * @param specs - the raw values
 * @returns overrides by rule id
 * @throws Error naming the value when the rule or parameter is unknown or the value has the wrong type
 */
export function parseParamOverrides(specs: readonly string[]): Record<string, Record<string, ParamValue>> {
  const out: Record<string, Record<string, ParamValue>> = {};
  for (const spec of specs) {
    const m = /^((?:KHIEN-)?R\d{3})\.([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(spec.trim());
    if (!m) throw new Error(`--param ${spec}: expected RULE.key=value, e.g. KHIEN-R010.lateMinutes=90`);
    const id = m[1]!.startsWith('KHIEN-') ? m[1]! : `KHIEN-${m[1]}`;
    const rule = findRule(id);
    if (!rule) throw new Error(`--param ${spec}: no rule ${id}`);
    const d = rule.defaults[m[2]!];
    if (d === undefined) throw new Error(`--param ${spec}: ${id} has no parameter ${m[2]} (it has: ${Object.keys(rule.defaults).join(', ') || 'none'})`);
    const raw = m[3]!;
    let v: ParamValue;
    if (typeof d === 'number') {
      v = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(v)) throw new Error(`--param ${spec}: ${m[2]} takes a number`);
    } else if (typeof d === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new Error(`--param ${spec}: ${m[2]} takes true or false`);
      v = raw === 'true';
    } else if (Array.isArray(d)) {
      v = raw.split(',').map((x) => x.trim()).filter((x) => x !== '');
    } else {
      v = raw;
    }
    (out[id] ??= {})[m[2]!] = v;
  }
  return out;
}

/**
 * Reads the event of one line: an event object, or an audit entry holding it in `body`.
 *
 * @param line - one JSON line
 * @returns the event, or the reason it is none
 */
export function eventOfLine(line: string): { event: KhienEvent } | { reason: string } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { reason: 'bad_json' };
  }
  if (v && typeof v === 'object' && typeof (v as { body?: unknown }).body === 'string') {
    try {
      v = JSON.parse((v as { body: string }).body);
    } catch {
      return { reason: 'bad_body' };
    }
  }
  if (!v || typeof v !== 'object') return { reason: 'not_an_object' };
  const e = v as Partial<KhienEvent>;
  if (typeof e.id !== 'string' || typeof e.time !== 'string' || !['access', 'auth', 'admin', 'external'].includes(String(e.kind)) || !e.source || typeof e.source !== 'object') {
    return { reason: 'not_an_event' };
  }
  if (Number.isNaN(Date.parse(e.time))) return { reason: 'bad_time' };
  if ((e.kind === 'access' && (!e.actor || !Array.isArray(e.subjects))) || (e.kind === 'admin' && (!e.actor || !e.target))) return { reason: 'not_an_event' };
  return { event: v as KhienEvent };
}

/**
 * Runs the detector over the events of a JSONL file.
 *
 * @param lines - the file's lines (any async iterable of strings)
 * @param opts - parameters, context, warm-up and the alert callback
 * @returns what was read and raised
 */
export async function replayEvents(lines: AsyncIterable<string> | Iterable<string>, opts: ReplayOptions): Promise<ReplaySummary> {
  const context = opts.context ?? createMemoryContext({ ipPrefixes: defaultIpPrefixes() });
  const names = new Map(ALL_RULES.map((r) => [r.id, r.name.en]));
  let alerts = 0;
  const byRule: Record<string, number> = {};
  const onDetection = (d: Detection): void => {
    alerts++;
    byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
    opts.onAlert({
      ruleId: d.ruleId,
      ruleName: names.get(d.ruleId) ?? d.ruleId,
      severity: d.severity,
      accountId: d.accountId,
      unitId: d.unitId,
      groupKey: d.groupKey,
      eventId: d.event.id,
      eventTime: new Date(d.eventTime).toISOString(),
      details: d.details,
      evidence: compactEvent(d.event),
    });
  };
  const detector = createDetector({ context, clock: createManualClock(), params: opts.params, calendar: opts.calendar, onAlert: onDetection });
  let n = 0;
  let events = 0;
  let learned = 0;
  let rejectedCount = 0;
  const rejected: Array<{ line: number; reason: string }> = [];
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (line === '') continue;
    const got = eventOfLine(line);
    if ('reason' in got) {
      rejectedCount++;
      if (rejected.length < 20) rejected.push({ line: n, reason: got.reason });
      continue;
    }
    events++;
    if (opts.learnUntil !== undefined && Date.parse(got.event.time) < opts.learnUntil) {
      learned++;
      detector.learn(got.event);
    } else {
      detector.process(got.event);
    }
    // Let the rare asynchronous lookups settle now and then, as the event loop would between requests.
    if (events % 10_000 === 0) await detector.settled();
  }
  await detector.settled();
  return { lines: n, events, learned, rejected, rejectedCount, alerts, byRule };
}

/**
 * Reads a context file (the in-memory context's seed data: accounts, VPN accounts, decoys, linked persons,
 * network prefixes, persons' provinces) so that the rules that need facts (revoked accounts, decoys, related
 * persons, VPN entitlement, home province) can run on a replay.
 *
 * @param json - the file's text
 * @returns the context
 */
export function contextFromJson(json: string): DetectContext {
  const data = JSON.parse(json) as MemoryContextData;
  return createMemoryContext({ ipPrefixes: defaultIpPrefixes(), ...data });
}

/**
 * Lines of a file, streamed.
 *
 * @param file - path
 * @returns the lines
 */
export function fileLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}
