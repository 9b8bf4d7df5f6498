/**
 * The shape of a detection rule and of what it reports. Rules are plain objects (id, names, severity,
 * MITRE ATT&CK technique, parameters with defaults) with a factory that builds a stateful instance; the
 * detector feeds every event to every instance synchronously, so the hot path never awaits.
 */
import type { EventKind, KhienEvent } from '../events/types.ts';
import type { AccountRecord, AccountStore } from './account-state.ts';
import type { DetectContext } from './context.ts';
import type { BaselineStore } from './baselines.ts';
import type { WorkCalendar } from './calendar.ts';
import type { Interner } from './interner.ts';

/** Alert severities, lowest first. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** An alert severity. */
export type Severity = (typeof SEVERITIES)[number];

/** A rule parameter value. */
export type ParamValue = number | string | boolean | readonly string[];
/** Parameters of a rule (name → value). */
export type RuleParams = Readonly<Record<string, ParamValue>>;

/** An event with its time already parsed (milliseconds since the epoch). */
export interface DetectInput {
  readonly event: KhienEvent;
  /** Event time in ms (from `event.time`, never the wall clock). */
  readonly t: number;
  /** Account the event is about (staff actor, or the account of an auth event), if any. */
  readonly accountId: string | null;
  /**
   * The account's integer in this detector (`account-ids.ts`, interned once where the event enters; -1
   * exactly when `accountId` is null): what the per-account stores are indexed by, e.g.
   * {@link BaselineStore.at}.
   */
  readonly accountKey: number;
  /** The account's shared state record (looked up once per event; null exactly when `accountId` is). */
  readonly account: AccountRecord | null;
  /**
   * The event's subjects (persons read) interned to small integers, in `event.subjects` order (empty for
   * other kinds): what per-account windows hold instead of the id strings (`interner.ts`).
   */
  readonly persons: readonly number[];
}

/** What a rule reports when it fires. */
export interface Detection {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Account the alert is about; null for source-keyed rules (e.g. spraying from one address). */
  readonly accountId: string | null;
  /** Unit of the account at the time (for scoping), if known. */
  readonly unitId: string | null;
  /** Extra grouping key within account × rule (e.g. the source network), empty when none. */
  readonly groupKey: string;
  /** The triggering event. */
  readonly event: KhienEvent;
  /** Time of the triggering event (ms). */
  readonly eventTime: number;
  /** Why it fired, without personal data (numbers, rule-level facts). */
  readonly details: Readonly<Record<string, string | number | boolean>>;
  /**
   * Set on a weak signal (an odd hour, a first sighting, a volume a little above usual): the points it adds
   * to the account's risk score (KHIEN-R025, `risk-score.ts`) instead of an alert of its own. A detector
   * without KHIEN-R025 raises it as an ordinary alert.
   */
  readonly points?: number;
}

/** A result a rule can return: nothing, hits now, or hits later (rare lookups that need the database). */
export type RuleResult = readonly Detection[] | null | Promise<readonly Detection[] | null>;

/** What every rule instance receives at creation. */
export interface RuleEnv {
  readonly context: DetectContext;
  readonly baselines: BaselineStore;
  /** Working calendar (hours, weekends, public holidays). */
  readonly calendar: WorkCalendar;
  /** Upper bound on keys any one rule keeps in memory. */
  readonly maxKeys: number;
  /** Per-account state shared by the rules: a rule registers a slot instead of keeping its own keyed map. */
  readonly accounts: AccountStore;
  /** The table behind {@link DetectInput.persons} (a rule with a window longer than a day calls `keepFor`). */
  readonly persons: Interner;
}

/** A running rule with its own bounded state. */
export interface RuleInstance {
  evaluate(input: DetectInput): RuleResult;
  /** Drops state idle since before `nowMs` minus the rule's own horizon. */
  sweep(nowMs: number): void;
  /** Number of keys held (memory accounting). */
  size(): number;
  /**
   * Takes a weak signal of another rule (a detection with `points`) and returns the detection to raise when
   * the account's combined score crosses the threshold (only the risk-score rule has it).
   */
  absorb?(signal: Detection, input: DetectInput): Detection | null;
}

/** A rule definition. */
export interface RuleDefinition {
  /** Stable id, `KHIEN-Rnnn`. */
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly description: { readonly vi: string; readonly en: string };
  readonly severity: Severity;
  /** MITRE ATT&CK technique id (enterprise matrix), e.g. `T1078`. */
  readonly attack: string;
  /** Default parameters; overridable per deployment. */
  readonly defaults: RuleParams;
  /**
   * Event kinds the rule can fire on (default: all). The detector gives the rule only these kinds, so a rule
   * about sign-ins costs nothing on reads; the rule must still ignore other kinds if called with them.
   */
  readonly kinds?: readonly EventKind[];
  /** Builds an instance with the effective parameters. */
  create(params: RuleParams, env: RuleEnv): RuleInstance;
}

/** Reads a numeric parameter. */
export function num(params: RuleParams, key: string): number {
  const v = params[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`rule parameter ${key} must be a number`);
  return v;
}

/** Reads a string-list parameter. */
export function list(params: RuleParams, key: string): readonly string[] {
  const v = params[key];
  if (!Array.isArray(v)) throw new Error(`rule parameter ${key} must be a list`);
  return v as readonly string[];
}

/**
 * Builds a detection from a rule and its input.
 *
 * @param rule - the firing rule
 * @param input - the triggering input
 * @param details - facts about why it fired (no personal data)
 * @param opts - override account, unit, severity or grouping key
 * @returns the detection
 */
export function detection(
  rule: Pick<RuleDefinition, 'id' | 'severity'>,
  input: DetectInput,
  details: Record<string, string | number | boolean>,
  opts: { accountId?: string | null; unitId?: string | null; severity?: Severity; groupKey?: string; points?: number } = {},
): Detection {
  const d: Detection = {
    ruleId: rule.id,
    severity: opts.severity ?? rule.severity,
    accountId: opts.accountId !== undefined ? opts.accountId : input.accountId,
    unitId: opts.unitId !== undefined ? opts.unitId : unitOf(input.event),
    groupKey: opts.groupKey ?? '',
    event: input.event,
    eventTime: input.t,
    details,
  };
  return opts.points === undefined ? d : { ...d, points: opts.points };
}

/** Unit carried by the event, if any. */
export function unitOf(event: KhienEvent): string | null {
  switch (event.kind) {
    case 'access':
    case 'admin':
      return event.actor.unitId ?? null;
    case 'auth':
      return event.unitId ?? null;
    case 'external':
      return null;
  }
}

/** Account an event is about (staff actor of an access/admin event, account of an auth event). */
export function accountOf(event: KhienEvent): string | null {
  switch (event.kind) {
    case 'access':
    case 'admin':
      return event.actor.type === 'staff' ? event.actor.accountId : null;
    case 'auth':
      return event.accountId;
    case 'external':
      return null;
  }
}

/** Session id of an event, if any. */
export function sessionOf(event: KhienEvent): string | null {
  switch (event.kind) {
    case 'access':
    case 'admin':
      return event.actor.sessionId ?? null;
    case 'auth':
      return event.sessionId ?? null;
    case 'external':
      return null;
  }
}
