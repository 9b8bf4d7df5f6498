/**
 * Who may see and triage alerts: staff holding a live `security_officer` or `central_security_admin` grant,
 * limited to the unit subtrees those grants cover. Alerts that belong to no unit (password spraying from an
 * address, unknown VPN accounts) are visible only to holders of a grant on the root of the unit tree.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { unitsVisibleTo } from '../org/visible-units.ts';

/** Roles that handle alerts. */
export const SECURITY_ROLES: ReadonlySet<string> = new Set(['security_officer', 'central_security_admin']);

/** What a security actor can see. */
export interface SecurityScope {
  readonly actor: StaffActor;
  /** Visible unit ids; null = every unit. */
  readonly units: readonly string[] | null;
  readonly includeUnitless: boolean;
}

/** The minimal actor shape this check reads (any resolved actor). */
export type AnyActor = { readonly type: string } | null;

/**
 * Resolves the caller's alert scope.
 *
 * @param actor - the request's actor
 * @param tree - the unit tree
 * @param now - current time (grant validity)
 * @returns the scope
 * @throws KHIEN_AUTH_UNAUTHENTICATED without an actor, KHIEN_AUTH_FORBIDDEN without a live security grant
 */
export function requireSecurityScope(actor: AnyActor, tree: UnitTree, now: Date): SecurityScope {
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  if (actor.type !== 'staff') throw new ActorErrors.FORBIDDEN();
  const staff = actor as StaffActor;
  const visible = unitsVisibleTo(staff, SECURITY_ROLES, tree, now);
  if (visible.grants.length === 0) throw new ActorErrors.FORBIDDEN();
  if (visible.all) return { actor: staff, units: null, includeUnitless: true };
  return { actor: staff, units: [...visible.units], includeUnitless: false };
}

/**
 * Whether an alert of a unit is visible in a scope.
 *
 * @param scope - the caller's scope
 * @param unitId - the alert's unit
 * @returns true when visible
 */
export function canSee(scope: SecurityScope, unitId: string | null): boolean {
  if (scope.units === null) return true;
  if (unitId === null) return scope.includeUnitless;
  return scope.units.includes(unitId);
}
