/**
 * The active staff of units with the roles of their live grants: who must hold which course (training
 * coverage, the reports, the accountability page, the course gate's sibling figures). Staff are org's; their
 * grants are auth's and come through the `liveRolesOfStaff` read connected in `app/govern-reads.ts`.
 */
import * as repo from './training.repo.ts';
import type { GovernDeps } from './govern.types.ts';

/** A staff member with the roles of their live grants. */
export interface StaffWithRoles {
  id: string;
  staffNo: string;
  fullName: string;
  unitId: string;
  roles: string[];
}

/**
 * Active staff of units (by staff number) with the roles of their live grants (not revoked, not expired).
 *
 * @param deps - database and reads
 * @param unitIds - the units
 * @param now - current time
 * @returns the staff
 */
export async function listActiveStaffWithRoles(deps: Pick<GovernDeps, 'db' | 'reads'>, unitIds: readonly string[], now: Date): Promise<StaffWithRoles[]> {
  const people = await repo.listActiveStaff(deps.db, unitIds);
  if (people.length === 0) return [];
  const roles = new Map<string, string[]>();
  for (const g of await deps.reads.liveRolesOfStaff(people.map((p) => p.id), now)) {
    const list = roles.get(g.staffId) ?? [];
    if (!list.includes(g.role)) list.push(g.role);
    roles.set(g.staffId, list);
  }
  return people.map((p) => ({ ...p, roles: roles.get(p.id) ?? [] }));
}
