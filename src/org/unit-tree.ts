/**
 * Unit-tree logic: subtree membership for role grants and assignment signers, computed from parent links.
 */

/** The minimal unit shape the tree needs. */
export interface TreeUnit {
  readonly id: string;
  readonly parentId: string | null;
}

/** An index of the unit tree answering ancestor questions in O(depth). */
export interface UnitTree {
  /** Ids from the unit up to the root, the unit first. */
  ancestors(unitId: string): readonly string[];
  /** True when `unitId` is `rootId` or lies below it. */
  isWithin(unitId: string, rootId: string): boolean;
  /** Every unit id in the subtree rooted at `rootId` (inclusive). */
  subtree(rootId: string): readonly string[];
  has(unitId: string): boolean;
  /** True when `unitId` is a known unit at the top of the tree (no known parent). */
  isRoot(unitId: string): boolean;
}

/**
 * Builds the tree index.
 *
 * @param list - all units
 * @returns the index
 */
export function buildUnitTree(list: readonly TreeUnit[]): UnitTree {
  const parent = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  for (const u of list) {
    parent.set(u.id, u.parentId);
    if (u.parentId) {
      const c = children.get(u.parentId) ?? [];
      c.push(u.id);
      children.set(u.parentId, c);
    }
  }
  const ancestorCache = new Map<string, readonly string[]>();
  const ancestors = (unitId: string): readonly string[] => {
    const cached = ancestorCache.get(unitId);
    if (cached) return cached;
    const out: string[] = [];
    let cur: string | null | undefined = unitId;
    const seen = new Set<string>();
    while (cur && parent.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      out.push(cur);
      cur = parent.get(cur);
    }
    ancestorCache.set(unitId, out);
    return out;
  };
  return {
    ancestors,
    isWithin: (unitId, rootId) => ancestors(unitId).includes(rootId),
    subtree: (rootId) => {
      const out: string[] = [];
      const stack = [rootId];
      while (stack.length) {
        const id = stack.pop()!;
        if (!parent.has(id)) continue;
        out.push(id);
        stack.push(...(children.get(id) ?? []));
      }
      return out;
    },
    has: (unitId) => parent.has(unitId),
    isRoot: (unitId) => parent.has(unitId) && ancestors(unitId).length === 1,
  };
}
