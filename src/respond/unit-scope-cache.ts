/**
 * A cached unit tree for the respond services: units change rarely (reorganisations), cases are looked up
 * often, so the tree is rebuilt at most once a minute.
 */
import { buildUnitTree, type TreeUnit, type UnitTree } from '../org/unit-tree.ts';
import type { Clock } from '../platform/clock.ts';

/** Returns the current tree. */
export type TreeSource = () => Promise<UnitTree>;

/**
 * Creates a cached tree source.
 *
 * @param load - loads every unit
 * @param clock - time source
 * @param ttlMs - cache lifetime
 * @returns the source
 */
export function createTreeSource(load: () => Promise<readonly TreeUnit[]>, clock: Clock, ttlMs = 60_000): TreeSource {
  let cached: { tree: UnitTree; at: number } | null = null;
  return async () => {
    const now = clock.now().getTime();
    if (cached && now - cached.at < ttlMs && now >= cached.at) return cached.tree;
    const tree = buildUnitTree(await load());
    cached = { tree, at: now };
    return tree;
  };
}
