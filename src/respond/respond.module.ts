/**
 * The incident-response module assembled from its parts: what the composition root (`app/build-app.ts`) builds
 * once and what other modules call (`openCaseFromAlert`, `openCaseFromCitizenReport`, `whoIsOnDuty`).
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import { createUnitTreeCache } from '../org/unit-tree-cache.ts';
import { createCaseService, type CaseService, type CitizenReportInput } from './case-service.ts';
import { createCaseWork, type CaseWork } from './case-work.ts';
import { createContainment, type Containment } from './containment.ts';
import { createBreachService, startBreachSweep, type BreachService } from './breach-service.ts';
import { createRosterService, type RosterService } from './roster-service.ts';
import type { CaseSummary } from './case-presenter.ts';
import type { AlertInput, ContainmentPorts, RespondDeps, TreeSource } from './respond.types.ts';

/** The IT Centre: its security officers are the central security team (seed `IT_CENTRE_UNIT_ID`). */
export const DEFAULT_CENTRAL_UNIT_ID = 'VSS-CNTT';

/** The assembled module. */
export interface RespondModule {
  readonly deps: RespondDeps;
  /** Cases: open, list, read, update, delete (case-service.ts) and notes, tasks, observables (case-work.ts). */
  readonly cases: CaseService & CaseWork;
  readonly containment: Containment;
  readonly breach: BreachService;
  readonly roster: RosterService;
  /** Opens (or finds) the case of a detector alert; see {@link CaseService}. */
  openCaseFromAlert(alert: AlertInput): Promise<{ case: CaseSummary; created: boolean }>;
  /** Opens a case from a citizen's "I don't recognise this access" report. */
  openCaseFromCitizenReport(input: CitizenReportInput): Promise<CaseSummary>;
  /** Connects containment ports (auth: accounts, devices; access: assignments); later calls add or replace. */
  connectPorts(ports: Partial<ContainmentPorts>): void;
  /** Starts the breach-clock sweep (once; later calls return the same stopper). */
  startSweep(intervalMs?: number, onError?: (err: unknown) => void): () => Promise<void>;
  /** Stops the periodic sweep if it runs (tests drive `breach.sweep()` themselves). */
  stopSweep(): Promise<void>;
}

/** Options of {@link createRespondModule}. */
export interface RespondOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  /** Containment ports wired from auth (accounts, devices) and access (assignments). */
  readonly ports?: Partial<ContainmentPorts>;
  readonly centralUnitId?: string;
  /** The app's unit tree (`org/unit-tree-cache.ts`); a cache of its own when absent (tests). */
  readonly tree?: TreeSource;
}

/**
 * Builds the module.
 *
 * @param opts - database, clock, recorder, containment ports
 * @returns the module
 */
export function createRespondModule(opts: RespondOptions): RespondModule {
  const deps: RespondDeps = {
    db: opts.db,
    clock: opts.clock,
    recorder: opts.recorder,
    // A fresh object: `connectPorts` fills it in after the other modules are wired.
    ports: { ...(opts.ports ?? {}) },
    centralUnitId: opts.centralUnitId ?? DEFAULT_CENTRAL_UNIT_ID,
  };
  const tree = opts.tree ?? createUnitTreeCache({ db: opts.db, clock: opts.clock }).tree;
  const cases = { ...createCaseService(deps, tree), ...createCaseWork(deps, tree) };
  const breach = createBreachService(deps, tree);
  let stopper: (() => Promise<void>) | null = null;
  return {
    deps,
    cases,
    containment: createContainment(deps, tree),
    breach,
    roster: createRosterService(deps, tree),
    openCaseFromAlert: (alert) => cases.openCaseFromAlert(alert),
    openCaseFromCitizenReport: (input) => cases.openCaseFromCitizenReport(input),
    connectPorts: (ports) => {
      Object.assign(deps.ports, ports);
    },
    startSweep: (intervalMs, onError) => {
      stopper ??= startBreachSweep(() => breach.sweep(), intervalMs, onError);
      return async () => {
        await stopper?.();
        stopper = null;
      };
    },
    stopSweep: async () => {
      await stopper?.();
      stopper = null;
    },
  };
}
