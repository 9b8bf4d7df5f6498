/**
 * Inspections (directive 000, annex 3.3): the yearly plan of visits per unit kept by the central team,
 * findings with a remediation owner and deadline, follow-up until closed; and the violation register
 * (annex 2.2: staff who break the security rules, with the source — a case, an inspection, a verified alert —
 * and the measures taken). Technical findings are flagged `technical` for the posture module's remediation.
 */
import { findStaff } from '../org/org.repo.ts';
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { WRITE_ROLES, covers, isCentral, requireRole, requireUnitInScope, type Units } from './govern-scope.ts';
import { findStaffNames } from './team.repo.ts';
import { scopeOf } from './coverage-service.ts';
import * as repo from './inspection.repo.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/** A finding as presented. */
export interface FindingView {
  id: string;
  inspectionId: string;
  unitId: string;
  description: string;
  technical: boolean;
  ownerStaffId: string;
  deadline: string;
  status: 'open' | 'in_progress' | 'closed';
  overdue: boolean;
  followUps: Array<{ at: string; by: string; note: string }>;
  closedAt: string | null;
}

/** An inspection as presented. */
export interface InspectionView {
  id: string;
  year: number;
  unitId: string;
  plannedOn: string;
  doneOn: string | null;
  leadInspector: string;
  summary: string | null;
}

const presentInspection = (r: repo.InspectionRow): InspectionView => ({ id: r.id, year: r.year, unitId: r.unitId, plannedOn: r.plannedOn, doneOn: r.doneOn, leadInspector: r.leadInspector, summary: r.summary });
const presentFinding = (f: repo.FindingRow, today: string): FindingView => ({
  id: f.id,
  inspectionId: f.inspectionId,
  unitId: f.unitId,
  description: f.description,
  technical: f.technical,
  ownerStaffId: f.ownerStaffId,
  deadline: f.deadline,
  status: f.status,
  overdue: f.status !== 'closed' && f.deadline < today,
  followUps: f.followUps,
  closedAt: f.closedAt?.toISOString() ?? null,
});

/**
 * Creates the inspection and violation service.
 *
 * @param deps - database, clock, recorder
 * @param units - unit source
 * @returns the service
 */
export function createInspectionService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;
  const today = (): string => clock.now().toISOString().slice(0, 10);

  async function requireCentral(acting: Acting): Promise<void> {
    if (!isCentral(acting.actor, clock.now())) throw new GovernErrors.CENTRAL_ONLY();
  }

  async function staffIn(staffId: string, unitId: string): Promise<{ id: string; unitId: string }> {
    const s = await findStaff(db, staffId);
    if (!s || !(await units()).tree.isWithin(s.unitId, unitId)) throw new GovernErrors.STAFF_NOT_FOUND();
    return s;
  }

  return {
    /**
     * Plans a visit (central team).
     *
     * @param acting - the central team
     * @param input - year, unit, planned date, lead inspector
     * @returns the inspection
     */
    async plan(acting: Acting, input: { year: number; unitId: string; plannedOn: string; leadInspector: string }): Promise<InspectionView> {
      await requireCentral(acting);
      requireUnitInScope(acting.actor, input.unitId, await units(), clock.now(), WRITE_ROLES);
      return writeAudited(deps, acting, 'govern.inspection.plan', async (tx, now) => {
        const row = await repo.insertInspection(tx, { id: newId(), ...input, createdBy: acting.actor.accountId, createdAt: now });
        return { result: presentInspection(row), target: { type: 'govern_inspection', id: row.id }, after: { year: row.year, unitId: row.unitId, plannedOn: row.plannedOn } };
      });
    },

    /**
     * Records that a visit took place (central team).
     *
     * @param acting - the central team
     * @param id - the inspection
     * @param input - date and summary
     * @returns the inspection
     */
    async recordVisit(acting: Acting, id: string, input: { doneOn: string; summary: string }): Promise<InspectionView> {
      await requireCentral(acting);
      const r = await repo.findInspection(db, id);
      if (!r) throw new GovernErrors.INSPECTION_NOT_FOUND();
      return writeAudited(deps, acting, 'govern.inspection.visit', async (tx) => {
        await repo.updateInspection(tx, id, input);
        return { result: presentInspection({ ...r, ...input }), target: { type: 'govern_inspection', id }, after: { doneOn: input.doneOn } };
      });
    },

    /**
     * The year's plan in scope.
     *
     * @param acting - a reader
     * @param year - the year
     * @param unitId - optional subtree
     * @param page - optional page (plan date order)
     * @returns inspections
     */
    async list(acting: Acting, year: number, unitId?: string, page?: repo.Page): Promise<InspectionView[]> {
      return (await repo.listInspections(db, scopeOf(acting, await units(), clock.now(), unitId), year, page)).map(presentInspection);
    },

    /**
     * Adds a finding to an inspection (central team); its owner is a staff member of the inspected unit.
     *
     * @param acting - the central team
     * @param inspectionId - the inspection
     * @param input - description, technical flag, remediation owner, deadline
     * @returns the finding
     */
    async addFinding(acting: Acting, inspectionId: string, input: { description: string; technical: boolean; ownerStaffId: string; deadline: string }): Promise<FindingView> {
      await requireCentral(acting);
      const r = await repo.findInspection(db, inspectionId);
      if (!r) throw new GovernErrors.INSPECTION_NOT_FOUND();
      await staffIn(input.ownerStaffId, r.unitId);
      return writeAudited(deps, acting, 'govern.finding.add', async (tx, now) => {
        const row = await repo.insertFinding(tx, { id: newId(), inspectionId, unitId: r.unitId, ...input, createdAt: now });
        return { result: presentFinding(row, today()), target: { type: 'govern_finding', id: row.id }, after: { unitId: row.unitId, deadline: row.deadline, technical: row.technical } };
      });
    },

    /**
     * Records a follow-up of a finding; `closed` ends it.
     *
     * @param acting - a writer covering the finding's unit
     * @param findingId - the finding
     * @param input - note and new status
     * @returns the finding
     * @throws KHIEN_GOVERN_FINDING_CLOSED
     */
    async followUp(acting: Acting, findingId: string, input: { note: string; status: 'in_progress' | 'closed' }): Promise<FindingView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const f = await repo.findFinding(db, findingId);
      if (!f || !covers(acting.actor, f.unitId, (await units()).tree, now, WRITE_ROLES)) throw new GovernErrors.FINDING_NOT_FOUND();
      return writeAudited(deps, acting, 'govern.finding.follow_up', async (tx, at) => {
        const locked = await repo.findFinding(tx, findingId, true);
        if (!locked || locked.status === 'closed') throw new GovernErrors.FINDING_CLOSED();
        const followUps = [...locked.followUps, { at: at.toISOString(), by: acting.actor.accountId, note: input.note }];
        const change = { status: input.status, followUps, closedAt: input.status === 'closed' ? at : null };
        await repo.updateFinding(tx, findingId, change);
        return { result: presentFinding({ ...locked, ...change }, today()), target: { type: 'govern_finding', id: findingId }, after: { status: input.status } };
      });
    },

    /**
     * Findings in scope.
     *
     * @param acting - a reader
     * @param q - open only, technical only, subtree, optional page (deadline order)
     * @returns findings
     */
    async findings(acting: Acting, q: { openOnly?: boolean; technical?: boolean; unitId?: string; limit?: number; offset?: number }): Promise<FindingView[]> {
      const rows = await repo.listFindings(db, scopeOf(acting, await units(), clock.now(), q.unitId), q.openOnly ?? false, { technical: q.technical, limit: q.limit, offset: q.offset });
      return rows.map((f) => presentFinding(f, today()));
    },

    /**
     * Records a violation of the security rules by a staff member.
     *
     * @param acting - a writer covering the staff member's unit
     * @param input - staff, source and its reference, description, date, measures taken
     * @returns the violation id
     */
    async recordViolation(acting: Acting, input: { staffId: string; source: 'case' | 'inspection' | 'alert'; sourceRef: string; description: string; occurredOn: string; measures: string }): Promise<{ id: string; unitId: string }> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const s = await findStaff(db, input.staffId);
      if (!s || !covers(acting.actor, s.unitId, (await units()).tree, now, WRITE_ROLES)) throw new GovernErrors.STAFF_NOT_FOUND();
      return writeAudited(deps, acting, 'govern.violation.record', async (tx, at) => {
        const row = await repo.insertViolation(tx, { id: newId(), unitId: s.unitId, ...input, recordedBy: acting.actor.accountId, recordedAt: at });
        return { result: { id: row.id, unitId: row.unitId }, target: { type: 'govern_violation', id: row.id }, after: { unitId: row.unitId, source: row.source, sourceRef: row.sourceRef } };
      });
    },

    /**
     * Violations in scope for a period.
     *
     * @param acting - a reader
     * @param q - period, optional subtree and page (date order)
     * @returns violations with the staff member's number and name
     */
    async violations(acting: Acting, q: { from: string; to: string; unitId?: string; limit?: number; offset?: number }): Promise<Array<{ id: string; unitId: string; staffId: string; staffNo: string; fullName: string; source: string; sourceRef: string; description: string; occurredOn: string; measures: string }>> {
      const rows = await repo.listViolations(db, scopeOf(acting, await units(), clock.now(), q.unitId), q.from, q.to, { limit: q.limit, offset: q.offset });
      const names = await findStaffNames(db, rows.map((v) => v.staffId));
      return rows.map((v) => ({ id: v.id, unitId: v.unitId, staffId: v.staffId, staffNo: names.get(v.staffId)?.staffNo ?? '', fullName: names.get(v.staffId)?.fullName ?? '', source: v.source, sourceRef: v.sourceRef, description: v.description, occurredOn: v.occurredOn, measures: v.measures }));
    },
  };
}

/** The inspection service. */
export type InspectionService = ReturnType<typeof createInspectionService>;
