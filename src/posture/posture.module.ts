/**
 * The security-posture module assembled from its parts: what the composition root (`http/app.ts`) builds
 * once. Cross-module needs (registered devices in `auth`, alerts in `detect`, Khiên's own accounts) come in
 * through {@link PosturePorts}, connected in `http/posture-ports.ts`.
 */
import { listUnits } from '../org/org.repo.ts';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { EventRecorder } from '../events/types.ts';
import { buildUnitTree, type UnitTree } from '../org/unit-tree.ts';
import { createAssetService, type AssetService, type DeviceLookup } from './assets.ts';
import type { PostureDeps } from './posture-action.ts';

/** Ports to other modules (each may be absent; the feature that needs it then does less). */
export interface PosturePorts {
  /** Devices registered in `auth`, by id. */
  devices?: DeviceLookup;
}

/** The assembled module. */
export interface PostureModule {
  readonly deps: PostureDeps;
  readonly assets: AssetService;
  /** The current unit tree (cached for a minute). */
  tree(): Promise<UnitTree>;
  /** Connects ports; later calls add or replace. */
  connectPorts(ports: Partial<PosturePorts>): void;
}

/** Options of {@link createPostureModule}. */
export interface PostureOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
  readonly ports?: PosturePorts;
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
  let cached: { tree: UnitTree; at: number } | null = null;
  const tree = async (): Promise<UnitTree> => {
    const now = opts.clock.now().getTime();
    if (cached && now - cached.at < 60_000 && now >= cached.at) return cached.tree;
    cached = { tree: buildUnitTree(await listUnits(opts.db)), at: now };
    return cached.tree;
  };
  return {
    deps,
    assets: createAssetService(deps, tree, () => ports.devices ?? null),
    tree,
    connectPorts: (p) => {
      Object.assign(ports, p);
    },
  };
}
