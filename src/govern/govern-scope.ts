/**
 * Who may do what in the security programme. Each role is held on a unit subtree (DESIGN.md invariant 4):
 * unit heads answer for their unit (directive 002) and sign its reports; security officers keep the unit's
 * records; the central security team (IT Centre) sees and keeps every unit's; auditors read. Default deny.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { liveGrants } from '../actors/live-grants.ts';
import { coversUnit, unitsVisibleTo } from '../org/visible-units.ts';
import { GovernErrors } from './govern.errors.ts';
import type { GovernUnit } from './govern.types.ts';

/** Roles that may read the programme's records. */
export const READ_ROLES: ReadonlySet<Role> = new Set<Role>(['unit_head', 'security_officer', 'central_security_admin', 'auditor']);
/** Roles that may keep the records (create, update). */
export const WRITE_ROLES: ReadonlySet<Role> = new Set<Role>(['unit_head', 'security_officer', 'central_security_admin']);

function live(actor: StaffActor, now: Date, roles: ReadonlySet<Role>): Array<{ role: Role; unitId: string }> {
  return liveGrants(actor, roles, now);
}

/**
 * Requires a staff member with a live role among `roles`.
 *
 * @param actor - the staff actor
 * @param now - current time
 * @param roles - accepted roles
 * @returns the actor
 * @throws KHIEN_AUTH_FORBIDDEN otherwise
 */
export function requireRole(actor: StaffActor, now: Date, roles: ReadonlySet<Role>): StaffActor {
  if (actor.mustChangePassword || live(actor, now, roles).length === 0) throw new ActorErrors.FORBIDDEN();
  return actor;
}

/**
 * Whether a live grant among `roles` covers the unit.
 *
 * @param actor - the actor
 * @param unitId - the unit
 * @param tree - the unit tree
 * @param now - current time
 * @param roles - roles considered
 * @returns true when covered
 */
export function covers(actor: StaffActor, unitId: string, tree: UnitTree, now: Date, roles: ReadonlySet<Role>): boolean {
  return coversUnit(actor, roles, tree, now, unitId);
}

/**
 * Units visible through live grants among `roles`.
 *
 * @param actor - the actor
 * @param tree - the unit tree
 * @param now - current time
 * @param roles - roles considered
 * @returns unit ids
 */
export function visibleUnits(actor: StaffActor, tree: UnitTree, now: Date, roles: ReadonlySet<Role>): Set<string> {
  return new Set(unitsVisibleTo(actor, roles, tree, now).units);
}

/**
 * Whether the actor is on the central security team.
 *
 * @param actor - the actor
 * @param now - current time
 * @returns true for a live `central_security_admin` grant
 */
export function isCentral(actor: StaffActor, now: Date): boolean {
  return live(actor, now, new Set<Role>(['central_security_admin'])).length > 0;
}

/**
 * Whether the actor heads exactly this unit (a live `unit_head` grant rooted at it).
 *
 * @param actor - the actor
 * @param unitId - the unit
 * @param now - current time
 * @returns true for the unit's head
 */
export function isHeadOf(actor: StaffActor, unitId: string, now: Date): boolean {
  return live(actor, now, new Set<Role>(['unit_head'])).some((g) => g.unitId === unitId);
}

/** The unit tree with each unit's kind and name. */
export interface Units {
  readonly tree: UnitTree;
  readonly byId: ReadonlyMap<string, GovernUnit>;
}

/**
 * Checks a unit exists and lies in the actor's scope for `roles`.
 *
 * @param actor - the actor
 * @param unitId - the unit
 * @param units - the units
 * @param now - current time
 * @param roles - roles considered
 * @throws KHIEN_GOVERN_UNKNOWN_UNIT, KHIEN_GOVERN_FORBIDDEN_UNIT
 */
export function requireUnitInScope(actor: StaffActor, unitId: string, units: Units, now: Date, roles: ReadonlySet<Role>): void {
  if (!units.tree.has(unitId)) throw new GovernErrors.UNKNOWN_UNIT(unitId);
  if (!covers(actor, unitId, units.tree, now, roles)) throw new GovernErrors.FORBIDDEN_UNIT();
}
