/**
 * Who may read which part of the audit log: staff holding an unexpired security_officer,
 * central_security_admin or auditor role, each over the unit subtree of its grant. A grant on the tree's root
 * also covers entries with no unit (sign-ins before the account is known, ingested logs).
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { Actor } from '../actors/context.ts';
import type { Role } from '../actors/roles.ts';
import type { StaffActor } from '../actors/staff-actor.ts';

/** Roles that may read the audit log. */
export const AUDIT_READER_ROLES: ReadonlySet<Role> = new Set<Role>(['security_officer', 'central_security_admin', 'auditor']);

/**
 * The unit tree as the scope needs it, with the shared "units this actor may see" rule
 * (`org/visible-units.ts`), adapted by the wiring (audit imports no domain module).
 */
export interface ScopeTree {
  /** Ids of the subtree rooted at `rootId` (inclusive), empty when unknown. */
  subtree(rootId: string): readonly string[];
  /** The actor's live grants among `roles`, whether one is on the root, and the units they cover. */
  visibleTo(actor: StaffActor, roles: ReadonlySet<Role>, now: Date): { readonly grants: readonly unknown[]; readonly all: boolean; readonly units: ReadonlySet<string> };
}

/** The part of the log an actor may read. */
export type AuditScope = { readonly all: true } | { readonly all: false; readonly unitIds: ReadonlySet<string> };

/**
 * Computes the actor's audit scope.
 *
 * @param actor - the caller (null when unauthenticated)
 * @param roles - roles that qualify (e.g. only central_security_admin for checkpoints)
 * @param now - current time, to ignore expired grants
 * @param tree - unit tree
 * @returns the scope
 * @throws KHIEN_AUTH_UNAUTHENTICATED without an actor; KHIEN_AUTH_FORBIDDEN without a qualifying role
 */
export function resolveAuditScope(actor: Actor | null, roles: ReadonlySet<Role>, now: Date, tree: ScopeTree): AuditScope {
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  if (actor.type !== 'staff') throw new ActorErrors.FORBIDDEN();
  const visible = tree.visibleTo(actor, roles, now);
  if (visible.grants.length === 0) throw new ActorErrors.FORBIDDEN();
  if (visible.all) return { all: true };
  return { all: false, unitIds: visible.units };
}

/**
 * Narrows a requested unit filter to the scope.
 *
 * @param scope - the actor's scope
 * @param unitId - the unit asked for, if any (its subtree is meant)
 * @param tree - unit tree
 * @returns unit ids to filter by, or undefined for no filter
 * @throws KHIEN_AUTH_FORBIDDEN when the unit lies outside the scope
 */
export function narrowUnits(scope: AuditScope, unitId: string | undefined, tree: ScopeTree): readonly string[] | undefined {
  if (unitId === undefined) return scope.all ? undefined : [...scope.unitIds];
  if (!scope.all && !scope.unitIds.has(unitId)) throw new ActorErrors.FORBIDDEN();
  const sub = tree.subtree(unitId);
  return sub.length > 0 ? sub : [unitId];
}
