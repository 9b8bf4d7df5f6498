/**
 * Who may work on a unit's security posture: staff holding a live `security_officer`,
 * `central_security_admin` or `unit_head` grant, each on the unit subtree of the grant (the same rule as
 * detection's alert scope and respond's cases). Unit heads read their units' posture, approve accepted risks
 * and sign the monthly report; security officers keep assets and findings; the central team issues warning
 * lists and sees the national roll-up.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { liveGrants } from '../actors/live-grants.ts';
import { unitsVisibleTo } from '../org/visible-units.ts';
import { PostureErrors } from './posture.errors.ts';

/** Roles that see posture records. */
export const POSTURE_ROLES: ReadonlySet<string> = new Set(['security_officer', 'central_security_admin', 'unit_head']);
/** Roles that change assets and findings. */
const WORK_ROLES: ReadonlySet<string> = new Set(['security_officer', 'central_security_admin']);
/** Roles that approve and sign for a unit. */
const HEAD_ROLES: ReadonlySet<string> = new Set(['unit_head']);

/** The minimal actor shape this check reads (any resolved actor). */
export type AnyActor = { readonly type: string } | null;

/** What a posture actor can see and do. */
export interface PostureScope {
  readonly actor: StaffActor;
  /** Visible unit ids; null = every unit. */
  readonly units: ReadonlySet<string> | null;
  /** Whether the actor belongs to the central security team. */
  readonly central: boolean;
  /** Whether the actor can change records of a unit. */
  canWork(unitId: string): boolean;
  /** Whether the actor is a unit head over a unit. */
  isHeadOf(unitId: string): boolean;
  /** Whether a unit is visible. */
  canSee(unitId: string): boolean;
}

function roots(actor: StaffActor, roles: ReadonlySet<string>, now: Date): string[] {
  return liveGrants(actor, roles, now).map((r) => r.unitId);
}

/**
 * Resolves the caller's posture scope.
 *
 * @param actor - the request's actor
 * @param tree - the unit tree
 * @param now - current time (grant validity)
 * @returns the scope
 * @throws KHIEN_AUTH_UNAUTHENTICATED without an actor, KHIEN_AUTH_FORBIDDEN without a live posture grant
 */
export function requirePostureScope(actor: AnyActor, tree: UnitTree, now: Date): PostureScope {
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  if (actor.type !== 'staff') throw new ActorErrors.FORBIDDEN();
  const staff = actor as StaffActor;
  if (staff.mustChangePassword) throw new ActorErrors.FORBIDDEN();
  const seen = unitsVisibleTo(staff, POSTURE_ROLES, tree, now);
  if (seen.grants.length === 0) throw new ActorErrors.FORBIDDEN();
  const work = roots(staff, WORK_ROLES, now);
  const heads = roots(staff, HEAD_ROLES, now);
  const central = roots(staff, new Set(['central_security_admin']), now).length > 0;
  const visible = seen.all ? null : seen.units;
  return {
    actor: staff,
    units: visible,
    central,
    canSee: (unitId) => visible === null || visible.has(unitId),
    canWork: (unitId) => work.some((r) => tree.isWithin(unitId, r)),
    isHeadOf: (unitId) => heads.some((r) => tree.isWithin(unitId, r)),
  };
}

/**
 * Requires that a unit exists and is visible.
 *
 * @param scope - the caller's scope
 * @param tree - the unit tree
 * @param unitId - the unit acted on
 * @throws KHIEN_POSTURE_UNKNOWN_UNIT, KHIEN_POSTURE_FORBIDDEN_UNIT
 */
export function requireVisibleUnit(scope: PostureScope, tree: UnitTree, unitId: string): void {
  if (!tree.has(unitId)) throw new PostureErrors.UNKNOWN_UNIT(unitId);
  if (!scope.canSee(unitId)) throw new PostureErrors.FORBIDDEN_UNIT();
}

/**
 * Requires that the caller may change a unit's records (security officer or central team over it).
 *
 * @param scope - the caller's scope
 * @param tree - the unit tree
 * @param unitId - the unit acted on
 * @throws KHIEN_POSTURE_UNKNOWN_UNIT, KHIEN_POSTURE_FORBIDDEN_UNIT, KHIEN_AUTH_FORBIDDEN
 */
export function requireWorkUnit(scope: PostureScope, tree: UnitTree, unitId: string): void {
  requireVisibleUnit(scope, tree, unitId);
  if (!scope.canWork(unitId)) throw new ActorErrors.FORBIDDEN();
}
