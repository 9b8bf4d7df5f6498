/**
 * The security-programme module assembled from its parts: what the composition root (`app/build-app.ts`) builds
 * once. Ports to respond (drills as exercise cases), auth and access (revocations of recertifications) are
 * connected by the wiring; reads of their records are given at construction (`app/govern-reads.ts`).
 */
import { createUnitTreeCache } from '../org/unit-tree-cache.ts';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Units } from './govern-scope.ts';
import { createDossierService, type DossierService } from './dossiers.ts';
import { createCoverageService, type CoverageService } from './coverage-service.ts';
import { createTeamService, type TeamService } from './team.ts';
import { createActionPlanService, type ActionPlanService } from './action-plan.ts';
import { createReportService, type ReportService } from './reports.ts';
import { createTrainingService, type TrainingService } from './training.ts';
import { createInspectionService, type InspectionService } from './inspections.ts';
import { createAccountabilityService, type AccountabilityService } from './accountability.ts';
import { createRecertificationService, type RecertificationService } from './recertification.ts';
import type { GovernDeps, GovernPorts, GovernReads } from './govern.types.ts';
import type { CourseGateSettings } from './course-gate.ts';

/** The assembled module. */
export interface GovernModule {
  readonly deps: GovernDeps;
  readonly dossiers: DossierService;
  readonly coverage: CoverageService;
  readonly team: TeamService;
  readonly plan: ActionPlanService;
  readonly reports: ReportService;
  readonly training: TrainingService;
  readonly inspections: InspectionService;
  readonly accountability: AccountabilityService;
  readonly recertification: RecertificationService;
  /** The course gate's setting (read at each role grant; see course-gate.ts). */
  readonly courseGate: CourseGateSettings;
  /** Connects ports to other modules; later calls add or replace. */
  connectPorts(ports: Partial<GovernPorts>): void;
}

/** Options of {@link createGovernModule}. */
export interface GovernOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  /** Reads of other modules' records (signing keys, what recertification reviews, roles, incidents, assets). */
  readonly reads: GovernReads;
  readonly ports?: Partial<GovernPorts>;
  /** Course-gated role grants (off by default). */
  readonly courseGate?: CourseGateSettings;
  /** The app's units (`org/unit-tree-cache.ts`); a cache of its own when absent (tests). */
  readonly units?: () => Promise<Units>;
}

/**
 * Builds the module.
 *
 * @param opts - database, clock, recorder, ports
 * @returns the module
 */
export function createGovernModule(opts: GovernOptions): GovernModule {
  const deps: GovernDeps = { db: opts.db, clock: opts.clock, recorder: opts.recorder, ports: { ...(opts.ports ?? {}) }, reads: opts.reads };
  const units = opts.units ?? createUnitTreeCache({ db: opts.db, clock: opts.clock }).units;
  return {
    deps,
    dossiers: createDossierService(deps, units),
    coverage: createCoverageService(deps, units),
    team: createTeamService(deps, units),
    plan: createActionPlanService(deps, units),
    reports: createReportService(deps, units),
    training: createTrainingService(deps, units),
    inspections: createInspectionService(deps, units),
    accountability: createAccountabilityService(deps, units),
    recertification: createRecertificationService(deps, units),
    courseGate: { grantRequiresCourse: opts.courseGate?.grantRequiresCourse ?? false },
    connectPorts: (ports) => {
      Object.assign(deps.ports, ports);
    },
  };
}
