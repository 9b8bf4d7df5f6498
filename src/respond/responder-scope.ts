/**
 * Who may work on cases: staff holding a live `security_officer` or `central_security_admin` grant, each on
 * the unit subtree of the grant (DESIGN.md: one or more security officers per provincial office; the central
 * security team for the national view and breach notifications).
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { liveGrants } from '../actors/live-grants.ts';
import { coversUnit as coversUnitOf, unitsVisibleTo } from '../org/visible-units.ts';
import { RespondErrors } from './respond.errors.ts';

/** Any caller: a staff member, or someone else (external organisation, citizen) who is never a responder. */
export type AnyActor = StaffActor | { readonly type: 'external' | 'citizen' };

const RESPONDER_ROLES: ReadonlySet<string> = new Set(['security_officer', 'central_security_admin']);
const CENTRAL_ROLES: ReadonlySet<string> = new Set(['central_security_admin']);


/**
 * Requires a staff member with a live responder role.
 *
 * @param actor - the request's actor
 * @param now - current time (grants expire)
 * @returns the staff actor
 * @throws KHIEN_AUTH_UNAUTHENTICATED without an actor; KHIEN_AUTH_FORBIDDEN for anyone else
 */
export function requireResponder(actor: AnyActor | null, now: Date): StaffActor {
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  if (actor.type !== 'staff' || actor.mustChangePassword) throw new ActorErrors.FORBIDDEN();
  if (liveGrants(actor, RESPONDER_ROLES, now).length === 0) throw new ActorErrors.FORBIDDEN();
  return actor;
}

/**
 * Whether the responder's grants cover a unit.
 *
 * @param actor - a responder
 * @param unitId - the unit of a case or roster entry
 * @param tree - the unit tree
 * @param now - current time
 * @returns true when some live responder grant's subtree contains the unit
 */
export function coversUnit(actor: StaffActor, unitId: string, tree: UnitTree, now: Date): boolean {
  return coversUnitOf(actor, RESPONDER_ROLES, tree, now, unitId);
}

/**
 * The unit ids a responder can see (union of the subtrees of their live grants).
 *
 * @param actor - a responder
 * @param tree - the unit tree
 * @param now - current time
 * @returns unit ids
 */
export function visibleUnits(actor: StaffActor, tree: UnitTree, now: Date): string[] {
  return [...unitsVisibleTo(actor, RESPONDER_ROLES, tree, now).units];
}

/**
 * Whether the actor belongs to the central security team (a live `central_security_admin` grant).
 *
 * @param actor - a staff actor
 * @param now - current time
 * @returns true for the central team
 */
export function isCentralSecurity(actor: StaffActor, now: Date): boolean {
  return liveGrants(actor, CENTRAL_ROLES, now).length > 0;
}

/**
 * Requires the central security team.
 *
 * @param actor - a responder
 * @param now - current time
 * @throws KHIEN_RESPOND_CENTRAL_ONLY otherwise
 */
export function requireCentralSecurity(actor: StaffActor, now: Date): void {
  if (!isCentralSecurity(actor, now)) throw new RespondErrors.CENTRAL_ONLY();
}
