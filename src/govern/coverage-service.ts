/**
 * Coverage figures for a scope: dossier coverage (systems of units in scope) and, in training.ts, training
 * coverage. Readers see the units of their grants' subtrees; the central team sees the nation.
 */
import { READ_ROLES, requireRole, requireUnitInScope, visibleUnits, type Units } from './govern-scope.ts';
import { dossierCoverage } from './coverage-figures.ts';
import * as repo from './govern.repo.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/**
 * The units a reader asks about: the subtree of `unitId` when given (checked), else every unit in scope.
 *
 * @param acting - the reader
 * @param units - the unit source result
 * @param now - current time
 * @param unitId - optional subtree root
 * @returns unit ids
 */
export function scopeOf(acting: Acting, units: Units, now: Date, unitId?: string): string[] {
  requireRole(acting.actor, now, READ_ROLES);
  if (unitId) {
    requireUnitInScope(acting.actor, unitId, units, now, READ_ROLES);
    return [...units.tree.subtree(unitId)];
  }
  return [...visibleUnits(acting.actor, units.tree, now, READ_ROLES)];
}

/**
 * Creates the coverage service.
 *
 * @param deps - database, clock
 * @param units - unit source
 * @returns the service
 */
export function createCoverageService(deps: GovernDeps, units: () => Promise<Units>) {
  return {
    /**
     * The units a reader sees (their grants' subtrees), in code order, for the console's unit choices.
     *
     * @param acting - a reader
     * @returns id, name, kind and parent of each unit
     */
    async units(acting: Acting): Promise<Array<{ id: string; name: string; kind: string; parentId: string | null }>> {
      const u = await units();
      return scopeOf(acting, u, deps.clock.now())
        .map((id) => u.byId.get(id))
        .filter((x) => x !== undefined)
        .map((x) => ({ id: x.id, name: x.name, kind: x.kind, parentId: x.parentId ?? null }))
        .sort((a, b) => a.id.localeCompare(b.id));
    },

    /**
     * Dossier coverage per owner unit in scope.
     *
     * @param acting - a reader
     * @param unitId - optional subtree
     * @returns per unit and total
     */
    async dossiers(acting: Acting, unitId?: string): Promise<ReturnType<typeof dossierCoverage>> {
      const now = deps.clock.now();
      const scope = scopeOf(acting, await units(), now, unitId);
      const systems = await repo.listSystemsOfUnits(deps.db, scope);
      const ds = await repo.listCurrentDossiers(deps.db, systems.map((s) => s.id));
      return dossierCoverage(systems, ds, now.toISOString().slice(0, 10));
    },
  };
}

/** The coverage service. */
export type CoverageService = ReturnType<typeof createCoverageService>;
