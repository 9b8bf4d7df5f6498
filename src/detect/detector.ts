/**
 * The streaming detector: every event (access decisions, sign-ins, admin acts, normalised logs of other
 * systems) goes through every rule synchronously, in memory, with per-key sliding-window state bounded by
 * LRU eviction and periodic sweeps of idle keys. Time is the event's own time, so replayed history and live
 * traffic behave the same; the clock only measures how far behind the stream the detector runs.
 */
import type { EventKind, KhienEvent } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { createAccountStore, type AccountRecord } from './account-state.ts';
import type { DetectContext } from './context.ts';
import { createBaselineStore, type BaselineDump, type BaselineStore } from './baselines.ts';
import { collectKeyedStates, type KeyedEntry, type KeyedState } from './keyed-state.ts';
import { createWorkCalendar, type WorkCalendar } from './calendar.ts';
import { parseEventTime } from './event-time.ts';
import { accountOf, type Detection, type DetectInput, type RuleDefinition, type RuleInstance, type RuleParams } from './rule.ts';
import { ALL_RULES } from './rules/index.ts';

const NO_PERSONS: readonly number[] = [];

/** Options of {@link createDetector}. */
export interface DetectorOptions {
  /** Rules to run (default: all). */
  readonly rules?: readonly RuleDefinition[];
  /** Per-rule parameter overrides (rule id → params). */
  readonly params?: Readonly<Record<string, RuleParams>>;
  readonly context: DetectContext;
  readonly clock: Clock;
  /** Called for every detection, synchronously (or when a rule's rare asynchronous lookup completes). */
  readonly onAlert: (detection: Detection) => void;
  /** Called when a rule throws; the event still reaches the other rules. */
  readonly onError?: (err: unknown, ruleId: string) => void;
  readonly calendar?: WorkCalendar;
  /** Baselines (default: a new store); one store per detector, since it holds the detector's person ids too. */
  readonly baselines?: BaselineStore;
  /** Most keys one rule keeps (default 200,000). */
  readonly maxKeys?: number;
  /** Sweep idle keys every this many events (default 50,000). */
  readonly sweepEvery?: number;
  /**
   * Whether reads feed the per-account baselines (default true). A detector that runs only rules keyed by
   * something else than the account (a device or source partition of the event stream) turns it off.
   */
  readonly observeBaselines?: boolean;
}

/**
 * Everything a detector has learned, as plain data (maps, sets and windows included) plus counters: what a
 * partition worker stores to resume after a restart without replaying the whole stream. The objects are the
 * detector's live state: encode them before the next event is processed.
 */
export interface DetectorState {
  readonly version: 1;
  /** Rule ids with their effective parameters: a state is restored only into the same rule set. */
  readonly signature: string;
  readonly latest: number;
  readonly events: number;
  readonly detections: number;
  readonly errors: number;
  readonly byRule: Readonly<Record<string, number>>;
  /** The keyed states the rules created, in creation order. */
  readonly keyed: ReadonlyArray<ReadonlyArray<KeyedEntry<unknown>>>;
  readonly accounts: ReadonlyArray<KeyedEntry<AccountRecord>>;
  readonly baselines: BaselineDump;
}

/** Counters of a running detector. */
export interface DetectorStats {
  events: number;
  detections: number;
  errors: number;
  /** Keys held per rule, and by the baselines, the shared account records and the person ids' table. */
  stateKeys: Record<string, number>;
  /** Detections per rule. */
  byRule: Record<string, number>;
  /** Latest event time seen (ISO) and how far it lags the clock (ms). */
  lastEventTime: string | null;
  lagMs: number | null;
}

interface Running {
  readonly rule: RuleDefinition;
  readonly params: RuleParams;
  readonly instance: RuleInstance;
}

/** A running detector. */
export interface Detector {
  /** Feeds one event (subscribe this to the bus). */
  process(event: KhienEvent): void;
  /** Folds a historical event into baselines and windows without raising alerts (warm-up from history). */
  learn(event: KhienEvent): void;
  /** The rules running, with their effective parameters. */
  readonly rules: ReadonlyArray<{ readonly rule: RuleDefinition; readonly params: RuleParams }>;
  stats(): DetectorStats;
  /** Drops idle state now. */
  sweep(): void;
  /** The detector's state now (see {@link DetectorState}). */
  snapshot(): DetectorState;
  /**
   * Replaces the state with a snapshot of a detector with the same rules and parameters.
   *
   * @returns false (and nothing changed) when the snapshot was taken with other rules or parameters
   */
  restore(state: DetectorState): boolean;
  /** Resolves when no rule's asynchronous lookup is pending (so that every detection so far was emitted). */
  settled(): Promise<void>;
  /** Asynchronous rule lookups not yet settled. */
  pending(): number;
}

/**
 * Creates a detector.
 *
 * @param opts - rules, context, clock and the alert callback
 * @returns the detector
 * @throws Error when a parameter override has the wrong type
 */
export function createDetector(opts: DetectorOptions): Detector {
  const baselines = opts.baselines ?? createBaselineStore();
  const calendar = opts.calendar ?? createWorkCalendar();
  const maxKeys = opts.maxKeys ?? 200_000;
  // Account records and baselines are indexed by the same account integers (the baselines' table).
  const accounts = createAccountStore(maxKeys, baselines.accountIds);
  const accountIds = baselines.accountIds;
  const personIds = baselines.persons;
  const env = { context: opts.context, baselines, calendar, maxKeys, accounts, persons: personIds };
  const running: Running[] = [];
  // The keyed states the rules create are collected so that snapshot() can reach them.
  const { states: keyed } = collectKeyedStates(() => {
    for (const rule of opts.rules ?? ALL_RULES) {
      const params: RuleParams = { ...rule.defaults, ...(opts.params?.[rule.id] ?? {}) };
      for (const [k, v] of Object.entries(params)) {
        const d = rule.defaults[k];
        if (d === undefined) throw new Error(`unknown parameter ${k} for ${rule.id}`);
        if (typeof d !== typeof v || Array.isArray(d) !== Array.isArray(v)) throw new Error(`parameter ${k} of ${rule.id} has the wrong type`);
      }
      running.push({ rule, params, instance: rule.create(params, env) });
    }
  });
  const signature = JSON.stringify(running.map((r) => [r.rule.id, r.params]));
  const observeBaselines = opts.observeBaselines ?? true;
  let pending = 0;
  const waiters: Array<() => void> = [];
  const settle = (): void => {
    pending--;
    if (pending === 0) for (const w of waiters.splice(0)) w();
  };
  // The rules each event kind can fire, in rule order: an event goes only through these.
  const byKind: Record<EventKind, Running[]> = { access: [], auth: [], admin: [], external: [] };
  for (const r of running) {
    for (const kind of Object.keys(byKind) as EventKind[]) if (!r.rule.kinds || r.rule.kinds.includes(kind)) byKind[kind].push(r);
  }
  const sweepEvery = opts.sweepEvery ?? 50_000;
  const byRule: Record<string, number> = {};
  let events = 0;
  let detections = 0;
  let errors = 0;
  let latest = -Infinity;
  let silent = false;

  // The risk-score rule (KHIEN-R025), when running, takes the weak signals (detections with points).
  const scorer = running.find((r) => r.instance.absorb)?.instance ?? null;
  const emit = (hits: readonly Detection[] | null, quiet: boolean, input: DetectInput): void => {
    if (!hits || quiet) return;
    for (const raw of hits) {
      let h: Detection | null = raw;
      if (raw.points !== undefined && scorer) {
        h = scorer.absorb!(raw, input);
        if (!h) continue;
      }
      detections++;
      byRule[h.ruleId] = (byRule[h.ruleId] ?? 0) + 1;
      opts.onAlert(h);
    }
  };
  const fail = (err: unknown, ruleId: string): void => {
    errors++;
    opts.onError?.(err, ruleId);
  };
  const sweep = (): void => {
    if (latest === -Infinity) return;
    for (const r of running) r.instance.sweep(latest);
    accounts.sweep(latest);
    baselines.sweep(latest - 90 * 86_400_000, latest);
    personIds.sweep(latest);
  };

  const peerGroupOf = (accountId: string): string | null => opts.context.peerGroup(accountId);

  const run = (event: KhienEvent): void => {
    const t = parseEventTime(event.time);
    if (Number.isNaN(t)) {
      errors++;
      return;
    }
    events++;
    if (t > latest) latest = t;
    const accountId = accountOf(event);
    // The account interned once here: its record and baseline are array slots of this integer.
    const accountKey = accountId ? accountIds.intern(accountId) : -1;
    // Subjects interned once here: the rules and baselines compare integers, not each event's strings.
    let persons: readonly number[] = NO_PERSONS;
    if (event.kind === 'access' && event.subjects.length > 0) {
      const subjects = event.subjects;
      persons = subjects.length === 1 ? [personIds.id(subjects[0]!, t)] : subjects.map((s) => personIds.id(s, t));
    }
    const input: DetectInput = { event, t, accountId, accountKey, account: accountKey >= 0 ? accounts.at(accountKey, t) : null, persons };
    const rules = byKind[event.kind] ?? running;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      try {
        const result = r.instance.evaluate(input);
        if (result === null) continue;
        if (Array.isArray(result)) emit(result as readonly Detection[], silent, input);
        else {
          const quiet = silent;
          pending++;
          (result as Promise<readonly Detection[] | null>)
            .then((h) => emit(h, quiet, input), (err: unknown) => fail(err, r.rule.id))
            .finally(settle);
        }
      } catch (err) {
        fail(err, r.rule.id);
      }
    }
    if (observeBaselines && event.kind === 'access' && event.outcome === 'allow' && event.actor.type === 'staff' && input.accountId) {
      baselines.observeAt(accountKey, input.accountId, peerGroupOf, t, persons, event.purpose);
    }
    if (events % sweepEvery === 0) sweep();
  };

  return {
    rules: running.map(({ rule, params }) => ({ rule, params })),
    process: run,
    learn(event) {
      silent = true;
      try {
        run(event);
      } finally {
        silent = false;
      }
    },
    sweep,
    snapshot: () => ({
      version: 1,
      signature,
      latest,
      events,
      detections,
      errors,
      byRule: { ...byRule },
      keyed: keyed.map((k) => k.dump()),
      accounts: accounts.dump(),
      baselines: baselines.dump(),
    }),
    restore(state) {
      if (state.version !== 1 || state.signature !== signature || state.keyed.length !== keyed.length) return false;
      keyed.forEach((k: KeyedState<unknown>, i) => k.load(state.keyed[i] ?? []));
      accounts.load(state.accounts);
      baselines.load(state.baselines);
      latest = state.latest;
      events = state.events;
      detections = state.detections;
      errors = state.errors;
      for (const k of Object.keys(byRule)) delete byRule[k];
      Object.assign(byRule, state.byRule);
      return true;
    },
    pending: () => pending,
    settled: () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    stats() {
      const stateKeys: Record<string, number> = {};
      for (const r of running) stateKeys[r.rule.id] = r.instance.size();
      stateKeys.baselines = baselines.size();
      stateKeys.accounts = accounts.size();
      stateKeys.persons = personIds.size();
      return {
        events,
        detections,
        errors,
        stateKeys,
        byRule: { ...byRule },
        lastEventTime: latest === -Infinity ? null : new Date(latest).toISOString(),
        lagMs: latest === -Infinity ? null : opts.clock.now().getTime() - latest,
      };
    },
  };
}
