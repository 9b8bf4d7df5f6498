/**
 * Administrative scope: an actor administers a unit when one of their active grants of an allowed role is on
 * that unit or an ancestor of it (a provincial security officer administers the province and its local offices).
 */
import type { StaffActor } from '../../actors/staff-actor.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { listUnits } from '../../org/org.repo.ts';
import { buildUnitTree, type UnitTree } from '../../org/unit-tree.ts';
import type { Role } from '../../actors/roles.ts';

const TREE_TTL_MS = 60_000;
const trees = new WeakMap<AuthContext, { tree: UnitTree; loadedAt: number }>();

/**
 * The unit tree, cached for a minute per module instance.
 *
 * @param ctx - module dependencies
 * @returns the tree
 */
export async function loadUnitTree(ctx: AuthContext): Promise<UnitTree> {
  const now = Date.now();
  const cached = trees.get(ctx);
  if (cached && now - cached.loadedAt < TREE_TTL_MS) return cached.tree;
  const tree = buildUnitTree(await listUnits(ctx.db));
  trees.set(ctx, { tree, loadedAt: now });
  return tree;
}

/** Forgets the cached tree (after units change; tests). */
export function forgetUnitTree(ctx: AuthContext): void {
  trees.delete(ctx);
}

/**
 * Whether the actor holds one of `roles` over `unitId`.
 *
 * @param tree - the unit tree
 * @param actor - the actor
 * @param roles - allowed roles
 * @param unitId - the target unit
 * @returns true when in scope
 */
export function holdsRoleOver(tree: UnitTree, actor: StaffActor, roles: readonly Role[], unitId: string): boolean {
  return actor.roles.some((g) => roles.includes(g.role) && tree.isWithin(unitId, g.unitId));
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
  if (!actor.roles.some((g) => roles.includes(g.role))) throw new AuthErrors.FORBIDDEN();
  const tree = await loadUnitTree(ctx);
  if (!holdsRoleOver(tree, actor, roles, unitId)) throw new AuthErrors.NOT_IN_SCOPE();
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
  const out = new Set<string>();
  for (const g of actor.roles) if (roles.includes(g.role)) for (const u of tree.subtree(g.unitId)) out.add(u);
  return [...out];
}
