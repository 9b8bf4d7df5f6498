/**
 * The access module as the composition root sees it: context, grant index, scoped accessor, the HR hook that
 * ends assignments inside HR transactions, and the background work (index reload, overdue break-glass sweep).
 */
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { UnitTreeCache } from '../org/unit-tree-cache.ts';
import { createAccessContext, type AccessContext, type AccessSettings, type DecisionObserver } from './access-context.ts';
import { endAccessOfAccount } from './assignments.ts';
import { sweepOverdueBreakGlass } from './break-glass.ts';
import { createGrantStore } from './grant-store.ts';
import { reloadGrants } from './grant-sync.ts';
import { createRegistryAccessor, type RegistryAccessor } from './registry-accessor.ts';

/** What an HR event tells the access module (structurally the identity module's `HrChange`). */
export interface HrChangeLike {
  readonly accountId: string;
  readonly kind: string;
}

/** The access module of one app. */
export interface AccessModule {
  readonly ctx: AccessContext;
  readonly accessor: RegistryAccessor;
  /** Ends the account's assignments and break-glass grants inside the HR transaction (not on `return`). */
  readonly hrHook: (tx: Database, change: HrChangeLike) => Promise<void>;
  /** Subscribes to every decision the accessor makes (tests, metrics); returns the unsubscriber. */
  onDecision(listener: DecisionObserver): () => void;
  /** Routes registered after the module was wired, with their `personalData` flag (route audit test). */
  readonly routes: Array<{ readonly method: string; readonly url: string; readonly personalData: boolean }>;
  /** Starts the periodic reload and sweep; returns the stopper. */
  start(onError: (err: unknown) => void): () => void;
}

/**
 * Creates the access module.
 *
 * @param deps - database, clock, recorder getter, optional settings and decision observer
 * @returns the module (call `reloadGrants(module.ctx)` before serving)
 */
export function createAccessModule(deps: {
  db: Database;
  clock: Clock;
  recorder: () => EventRecorder;
  settings?: Partial<AccessSettings>;
  observe?: DecisionObserver;
  /** The app's unit tree (`org/unit-tree-cache.ts`); a cache of its own when absent (tests). */
  units?: UnitTreeCache;
}): AccessModule {
  const ctx = createAccessContext({ db: deps.db, clock: deps.clock, recorder: deps.recorder, store: createGrantStore(), settings: deps.settings, units: deps.units });
  if (deps.observe) ctx.observeDecisions(deps.observe);
  return {
    ctx,
    accessor: createRegistryAccessor(ctx),
    onDecision: (listener) => ctx.observeDecisions(listener),
    routes: [],
    hrHook: async (tx, change) => {
      if (change.kind === 'return') return;
      await endAccessOfAccount(ctx, tx, change.accountId, `hr.${change.kind}`);
    },
    start(onError) {
      const reload = setInterval(() => {
        reloadGrants(ctx).catch(onError);
      }, ctx.settings.reloadIntervalMs);
      const sweep = setInterval(() => {
        sweepOverdueBreakGlass(ctx).catch(onError);
      }, ctx.settings.sweepIntervalMs);
      reload.unref();
      sweep.unref();
      return () => {
        clearInterval(reload);
        clearInterval(sweep);
      };
    },
  };
}
