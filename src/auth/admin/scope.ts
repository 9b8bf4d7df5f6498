/**
 * Administrative scope: an actor administers a unit when one of their active grants of an allowed role is on
 * that unit or an ancestor of it (a provincial security officer administers the province and its local offices).
 */
import type { StaffActor } from '../../actors/staff-actor.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import type { UnitTree } from '../../org/unit-tree.ts';
import type { Role } from '../../actors/roles.ts';
import { liveGrants } from '../../actors/live-grants.ts';
import { coversUnit, unitsVisibleTo } from '../../org/visible-units.ts';

/**
 * The unit tree (the app's one cache, `org/unit-tree-cache.ts`).
 *
 * @param ctx - module dependencies
 * @returns the tree
 */
export function loadUnitTree(ctx: AuthContext): Promise<UnitTree> {
  return ctx.unitTree();
}

/**
 * Whether the actor holds a live grant of one of `roles` over `unitId` (the shared rule, `org/visible-units.ts`).
 *
 * @param tree - the unit tree
 * @param actor - the actor
 * @param roles - allowed roles
 * @param unitId - the target unit
 * @param now - current time (grants expire)
 * @returns true when in scope
 */
export function holdsRoleOver(tree: UnitTree, actor: StaffActor, roles: readonly Role[], unitId: string, now: Date): boolean {
  return coversUnit(actor, new Set(roles), tree, now, unitId);
}

/**
 * Requires the actor to hold one of `roles` over `unitId`.
 *
 * @param ctx - module dependencies
 * @param actor - the actor
 * @param roles - allowed roles
 * @param unitId - the target unit
 * @throws AuthErrors.FORBIDDEN when the actor holds none of the roles; NOT_IN_SCOPE when not over that unit
 */
export async function requireAdminOver(ctx: AuthContext, actor: StaffActor, roles: readonly Role[], unitId: string): Promise<void> {
  const now = ctx.clock.now();
  if (liveGrants(actor, new Set(roles), now).length === 0) throw new AuthErrors.FORBIDDEN();
  const tree = await loadUnitTree(ctx);
  if (!holdsRoleOver(tree, actor, roles, unitId, now)) throw new AuthErrors.NOT_IN_SCOPE();
}

/**
 * Every unit the actor administers with one of `roles`.
 *
 * @param ctx - module dependencies
 * @param actor - the actor
 * @param roles - allowed roles
 * @returns unit ids
 */
export async function unitsAdministered(ctx: AuthContext, actor: StaffActor, roles: readonly Role[]): Promise<string[]> {
  const tree = await loadUnitTree(ctx);
  return [...unitsVisibleTo(actor, new Set(roles), tree, ctx.clock.now()).units];
}
