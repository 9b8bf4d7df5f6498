/**
 * "Units this actor may see" (issue 11, item 5), written once for every scope check (audit, detect, respond,
 * posture, govern, account administration): the actor's live role grants among the roles a feature accepts,
 * each covering the unit subtree rooted at its unit. A grant is live while `validUntil` lies after `now`, the
 * injected clock's time (DESIGN.md invariant 4: everything that grants access expires; the expiry check itself
 * is `actors/live-grants.ts`, which modules that need no unit tree use directly).
 */
import type { ActiveRole } from '../actors/staff-actor.ts';
import { liveGrants, type GrantHolder } from '../actors/live-grants.ts';
import type { UnitTree } from './unit-tree.ts';

/** What an actor may see through its live grants. */
export interface VisibleUnits {
  /** The live grants among the roles asked for. */
  readonly grants: readonly ActiveRole[];
  /** True when a live grant sits on the root of the tree (the whole tree, and records of no unit). */
  readonly all: boolean;
  /** The union of the grants' subtrees. */
  readonly units: ReadonlySet<string>;
}

/**
 * Whether a live grant among `roles` covers the unit (the unit lies in the grant's subtree).
 *
 * @param actor - the actor
 * @param roles - roles that count
 * @param tree - the unit tree
 * @param now - current time
 * @param unitId - the unit
 * @returns true when covered
 */
export function coversUnit(actor: GrantHolder, roles: ReadonlySet<string>, tree: UnitTree, now: Date, unitId: string): boolean {
  return liveGrants(actor, roles, now).some((g) => tree.isWithin(unitId, g.unitId));
}

/**
 * The units the actor may see through live grants among `roles`.
 *
 * @param actor - the actor
 * @param roles - roles that count
 * @param tree - the unit tree
 * @param now - current time
 * @returns the live grants, whether one covers the whole tree, and the union of their subtrees
 */
export function unitsVisibleTo(actor: GrantHolder, roles: ReadonlySet<string>, tree: UnitTree, now: Date): VisibleUnits {
  const grants = liveGrants(actor, roles, now);
  const units = new Set<string>();
  for (const g of grants) for (const u of tree.subtree(g.unitId)) units.add(u);
  return { grants, all: grants.some((g) => tree.isRoot(g.unitId)), units };
}
