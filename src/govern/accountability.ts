/**
 * The per-unit accountability page of a unit head (directive 002: heads answer for their unit): incidents,
 * overdue findings, systems without an approved dossier, training gaps, recertification items left undecided
 * past their deadline, violations — the same figures the central team sees for that unit.
 */
import { and, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { scopeOf } from './coverage-service.ts';
import { dossierCoverage, trainingCoverage } from './coverage-figures.ts';
import { recertCampaigns, recertItems } from './govern.schema.ts';
import type { Units } from './govern-scope.ts';
import * as govRepo from './govern.repo.ts';
import * as trainingRepo from './training.repo.ts';
import { listActiveStaffWithRoles } from './active-staff.ts';
import * as inspRepo from './inspection.repo.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/** The accountability figures of a unit (its subtree). */
export interface Accountability {
  unitId: string;
  year: number;
  incidents: { thisYear: number; open: number; breaches: number };
  findings: { open: number; overdue: number };
  dossiers: { systems: number; missing: number; overdueReassessment: number; percent: number };
  training: { staff: number; overdue: number; percent: number };
  recertification: { lateItems: number };
  violations: number;
}

/**
 * Creates the accountability service.
 *
 * @param deps - database, clock
 * @param units - unit source
 * @returns the service
 */
export function createAccountabilityService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;
  return {
    /**
     * The figures of a unit in scope.
     *
     * @param acting - a reader covering the unit (its head, its officer, the central team, an auditor)
     * @param unitId - the unit
     * @returns the figures
     */
    async forUnit(acting: Acting, unitId: string): Promise<Accountability> {
      const now = clock.now();
      const sub = scopeOf(acting, await units(), now, unitId);
      const today = now.toISOString().slice(0, 10);
      const year = now.getUTCFullYear();
      const yearStart = new Date(Date.UTC(year, 0, 1));
      // Incidents of the subtree (exercise cases of drills are not incidents).
      const inc = await deps.reads.incidents(sub, yearStart);
      const open = await inspRepo.listFindings(db, sub, true);
      const systems = await govRepo.listSystemsOfUnits(db, sub);
      const dc = dossierCoverage(systems, await govRepo.listCurrentDossiers(db, systems.map((s) => s.id)), today);
      const missing = dc.units.reduce((n, u) => n + u.missing, 0);
      const overdueRe = dc.units.reduce((n, u) => n + u.overdueReassessment, 0);
      const staff = await listActiveStaffWithRoles(deps, sub, now);
      const tc = trainingCoverage(staff, await trainingRepo.listCourses(db), await trainingRepo.listAttendance(db, staff.map((s) => s.id)), today);
      const [late] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(recertItems)
        .innerJoin(recertCampaigns, eq(recertCampaigns.id, recertItems.campaignId))
        .where(and(inArray(recertItems.unitId, sub), isNull(recertItems.decision), lt(recertCampaigns.deadline, now), gte(recertCampaigns.createdAt, yearStart)));
      const viol = await inspRepo.listViolations(db, sub, `${year}-01-01`, `${year}-12-31`);
      return {
        unitId,
        year,
        incidents: { thisYear: inc.opened, open: inc.open, breaches: inc.breaches },
        findings: { open: open.length, overdue: open.filter((f) => f.deadline < today).length },
        dossiers: { systems: systems.length, missing, overdueReassessment: overdueRe, percent: dc.total.percent },
        training: { staff: tc.total.total, overdue: tc.overdue.length, percent: tc.total.percent },
        recertification: { lateItems: late?.n ?? 0 },
        violations: viol.length,
      };
    },
  };
}

/** The accountability service. */
export type AccountabilityService = ReturnType<typeof createAccountabilityService>;
