/**
 * The security-posture module assembled from its parts: what the composition root (`app/build-app.ts`) builds
 * once. Cross-module needs (registered devices in `auth`, alerts in `detect`, Khiên's own accounts) come in
 * through {@link PosturePorts}, connected in `app/posture-ports.ts`; the signing keys of `auth`, needed from the
 * start, through {@link PostureOptions.signingKeys}, given by `app/wire-posture.ts`. Posture imports no other
 * domain module (DESIGN.md: posture → org).
 */
import { createUnitTreeCache } from '../org/unit-tree-cache.ts';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { createAssetService, type AssetService, type DeviceLookup } from './assets.ts';
import type { PostureDeps } from './posture-action.ts';
import { createFindingService, type FindingService, type MalwareAlertInput } from './findings.ts';
import { createFindingImportService, type FindingImportService } from './finding-import.ts';
import { createIndicatorIndex, type IndicatorIndex } from './indicator-index.ts';
import { createWarningListService, type AccountLookup, type WarningListService } from './warning-lists.ts';
import { createMonthlyReportService, type ActivityLookup, type MonthlyReportService, type SignRecordLookup, type SigningKeyLookup } from './monthly-reports.ts';

/** Ports to other modules (each may be absent; the feature that needs it then does less). */
export interface PosturePorts {
  /** Devices registered in `auth`, by id. */
  devices?: DeviceLookup;
  /** Opens a detection alert about malware on a workstation (device and its account). */
  raiseMalwareAlert?: (input: MalwareAlertInput) => Promise<void>;
  /** Accounts holding a live unit-head grant over a unit (escalations). */
  unitHeads?: (unitId: string) => Promise<readonly string[]>;
  /** Khiên's own accounts by login name (listed-account checks). */
  accounts?: AccountLookup;
  /** Alerts, incidents and suspensions of units in a period (monthly report). */
  activity?: ActivityLookup;
  /** The content hash the audit log recorded with a report's signature. */
  signRecord?: SignRecordLookup;
}

/** The assembled module. */
export interface PostureModule {
  readonly deps: PostureDeps;
  readonly assets: AssetService;
  readonly findings: FindingService;
  readonly findingImport: FindingImportService;
  readonly warnings: WarningListService;
  readonly reports: MonthlyReportService;
  /** Live warning-list indicators, read by the detector (rule KHIEN-R023). */
  readonly indicators: IndicatorIndex;
  /** Starts the periodic sweep (overdue escalation, expired acceptances); returns the stopper. */
  startSweep(intervalMs: number, onError?: (err: unknown) => void): () => Promise<void>;
  /** The current unit tree (the app's cache). */
  tree(): Promise<UnitTree>;
  /** Connects ports; later calls add or replace. */
  connectPorts(ports: Partial<PosturePorts>): void;
}

/** Options of {@link createPostureModule}. */
export interface PostureOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  /** Signing keys bound to accounts (auth's), for signing and verifying monthly reports. */
  readonly signingKeys: SigningKeyLookup;
  readonly ports?: PosturePorts;
  /** The app's unit tree (`org/unit-tree-cache.ts`); a cache of its own when absent (tests). */
  readonly tree?: () => Promise<UnitTree>;
}

/**
 * Builds the module.
 *
 * @param opts - database, clock, recorder, ports
 * @returns the module
 */
export function createPostureModule(opts: PostureOptions): PostureModule {
  const deps: PostureDeps = { db: opts.db, clock: opts.clock, recorder: opts.recorder };
  const ports: PosturePorts = { ...(opts.ports ?? {}) };
  const tree = opts.tree ?? createUnitTreeCache({ db: opts.db, clock: opts.clock }).tree;
  const findings = createFindingService(deps, tree, {
    devices: () => ports.devices ?? null,
    raiseMalwareAlert: () => ports.raiseMalwareAlert ?? null,
    unitHeads: () => ports.unitHeads ?? null,
  });
  const indicators = createIndicatorIndex(opts.db, opts.clock);
  const sweep = async (): Promise<void> => {
    await findings.sweep();
    await indicators.refresh();
  };
  return {
    deps,
    indicators,
    reports: createMonthlyReportService(deps, tree, { activity: () => ports.activity ?? null, signRecord: () => ports.signRecord ?? null, signingKeys: opts.signingKeys }),
    warnings: createWarningListService(deps, tree, indicators, () => ports.accounts ?? null),
    assets: createAssetService(deps, tree, () => ports.devices ?? null),
    findings,
    findingImport: createFindingImportService(deps, tree, findings),
    startSweep: (intervalMs, onError) => {
      let running: Promise<unknown> | null = null;
      const timer = setInterval(() => {
        if (running) return;
        running = sweep().catch((err: unknown) => onError?.(err)).finally(() => {
          running = null;
        });
      }, intervalMs);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
    tree,
    connectPorts: (p) => {
      Object.assign(ports, p);
    },
  };
}
