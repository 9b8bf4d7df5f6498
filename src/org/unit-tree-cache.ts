/**
 * The one cached unit tree of the app (issue 11, item 5). Units change only at reorganisations and staff move
 * between them through HR events, while every scope check reads the tree, so the composition root builds one
 * cache, hands it to each module's wiring, and drops it when units or HR change (`invalidate`, called on the
 * bus's `hr.*`/`unit.*` admin events and on change notices). Between changes it is reloaded at most once per
 * `ttlMs` on the injected clock (a unit inserted by another process that sent no notice is seen within that).
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { listUnits, type Unit } from './org.repo.ts';
import { buildUnitTree, type UnitTree } from './unit-tree.ts';

/** The units as one load gives them: the tree index and each unit's row. */
export interface OrgUnits {
  readonly tree: UnitTree;
  readonly byId: ReadonlyMap<string, Unit>;
}

/** The shared cache. */
export interface UnitTreeCache {
  /** The current tree (loaded on first use, after an invalidation, or once `ttlMs` has passed). */
  tree(): Promise<UnitTree>;
  /** The current tree with the unit rows. */
  units(): Promise<OrgUnits>;
  /** Drops the loaded tree; the next call loads it again. */
  invalidate(): void;
}

/** Options of {@link createUnitTreeCache}. */
export interface UnitTreeCacheOptions {
  readonly db: Database;
  readonly clock: Clock;
  /** Longest time a loaded tree is used without a change notice (default 60 s). */
  readonly ttlMs?: number;
}

/**
 * Creates the cache. Concurrent callers share one load; a failed or empty load is not kept.
 *
 * @param opts - database, clock, lifetime
 * @returns the cache
 */
export function createUnitTreeCache(opts: UnitTreeCacheOptions): UnitTreeCache {
  const ttlMs = opts.ttlMs ?? 60_000;
  let loaded: { units: Promise<OrgUnits>; at: number } | null = null;
  const units = (): Promise<OrgUnits> => {
    const now = opts.clock.now().getTime();
    // A clock set back (tests) reloads as well.
    if (loaded && now - loaded.at < ttlMs && now >= loaded.at) return loaded.units;
    const entry = {
      at: now,
      units: listUnits(opts.db).then((list) => ({ tree: buildUnitTree(list), byId: new Map(list.map((u) => [u.id, u])) })),
    };
    // A failed load is not kept, nor an empty one (a database whose reference data is not loaded yet).
    entry.units.then(
      (u) => {
        if (u.byId.size === 0 && loaded === entry) loaded = null;
      },
      () => {
        if (loaded === entry) loaded = null;
      },
    );
    loaded = entry;
    return entry.units;
  };
  return {
    units,
    tree: async () => (await units()).tree,
    invalidate: () => {
      loaded = null;
    },
  };
}

/**
 * Whether an admin event changes the unit tree or who sits where (HR events, unit changes), so that the
 * cache must be dropped.
 *
 * @param action - the admin event's dotted action
 * @returns true for `hr.*` and `unit.*`
 */
export function changesUnits(action: string): boolean {
  return action.startsWith('hr.') || action.startsWith('unit.');
}
