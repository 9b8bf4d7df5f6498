/**
 * What the access services receive (STYLE.md rule 22): the database, the clock, the recorder (a getter, so
 * that the audit module can replace it after wiring), the in-memory grant store and the settings.
 */
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { createUnitTreeCache, type UnitTreeCache } from '../org/unit-tree-cache.ts';
import type { GrantStore } from './grant-store.ts';
import type { AccessAction } from '../events/types.ts';
import { decide } from './decide.ts';
import type { AccessResource, Decision, DecisionActor } from './decision-types.ts';

/** Observer of every decision taken through the context (tests prove routes decide; metrics). */
export type DecisionObserver = (action: AccessAction, resource: AccessResource, decision: Decision) => void;

/** Tunables of the access module. */
export interface AccessSettings {
  /** Break-glass grant lifetime (minutes). */
  readonly breakGlassMinutes: number;
  /** Time within which a break-glass use must be reviewed (hours). */
  readonly breakGlassReviewHours: number;
  /** Exports of more records than this need an approved request. */
  readonly exportApprovalThreshold: number;
  /** Hard cap on the records of one export. */
  readonly exportMaxRecords: number;
  /** Download window of an approved export (hours). */
  readonly exportDownloadHours: number;
  /** Maximum rows a search returns. */
  readonly searchCap: number;
  /** Longest validity of an assignment (days). */
  readonly maxAssignmentDays: number;
  /** Lifetime of an API key (days), never beyond its agreement. */
  readonly apiKeyDays: number;
  /** Full reload of the grant index (ms). */
  readonly reloadIntervalMs: number;
  /** Sweep for overdue break-glass reviews (ms). */
  readonly sweepIntervalMs: number;
}

/** Defaults (issue 4). */
export const DEFAULT_ACCESS_SETTINGS: AccessSettings = Object.freeze({
  breakGlassMinutes: 30,
  breakGlassReviewHours: 24,
  exportApprovalThreshold: 100,
  exportMaxRecords: 10_000,
  exportDownloadHours: 24,
  searchCap: 20,
  maxAssignmentDays: 366,
  apiKeyDays: 365,
  reloadIntervalMs: 60_000,
  sweepIntervalMs: 300_000,
});

/** The services' shared context. */
export interface AccessContext {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  readonly store: GrantStore;
  readonly settings: AccessSettings;
  /** `decide` at the clock's current time over the grant store, reported to the observers. */
  decide(actor: DecisionActor, action: AccessAction, resource: AccessResource, purpose: string): Decision;
  /** Adds a decision observer; returns the function that removes it. */
  observeDecisions(observer: DecisionObserver): () => void;
  /** The unit tree (the app's cache, `org/unit-tree-cache.ts`; dropped when the grant index reloads). */
  unitTree(): Promise<UnitTree>;
  /** Forgets the cached unit tree. */
  resetUnitTree(): void;
}

/**
 * Creates the context.
 *
 * @param deps - database, clock, recorder getter, store and optional settings
 * @returns the context
 */
export function createAccessContext(deps: {
  db: Database;
  clock: Clock;
  recorder: () => EventRecorder;
  store: GrantStore;
  settings?: Partial<AccessSettings>;
  units?: UnitTreeCache;
}): AccessContext {
  const units = deps.units ?? createUnitTreeCache({ db: deps.db, clock: deps.clock });
  const observers = new Set<DecisionObserver>();
  return {
    decide: (actor, action, resource, purpose) => {
      const d = decide(actor, action, resource, purpose, { now: deps.clock.now().getTime(), grants: deps.store });
      for (const o of observers) o(action, resource, d);
      return d;
    },
    observeDecisions: (observer) => {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    db: deps.db,
    clock: deps.clock,
    recorder: deps.recorder,
    store: deps.store,
    settings: { ...DEFAULT_ACCESS_SETTINGS, ...deps.settings },
    unitTree: () => units.tree(),
    resetUnitTree: () => units.invalidate(),
  };
}
