/**
 * Cases and incidents: opened from alerts, from a citizen's "I don't recognise this access" report or by
 * hand; listing, reading, assignment, status and deletion (notes, tasks and observables: case-work.ts). Every change goes through `recordCaseAction`, so the
 * timeline and the audit log see each act. Containment and the breach workflow live in their own files.
 */
import type { Database } from '../db/client.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId } from '../platform/ids.ts';
import { RespondErrors } from './respond.errors.ts';
import * as repo from './respond.repo.ts';
import type { CaseRow } from './respond.repo.ts';
import { findBreach, listEscalations, listNotices } from './breach.repo.ts';
import { adminEventOf, recordCaseAction } from './case-action.ts';
import { findOnDuty } from './roster.ts';
import { breachRetainUntil } from './breach-clock.ts';
import { coversUnit, requireResponder, visibleUnits } from './responder-scope.ts';
import { presentCaseDetail, presentCaseSummary, type CaseDetail, type CaseSummary } from './case-presenter.ts';
import type { Acting, AlertInput, RespondDeps, Severity, TreeSource } from './respond.types.ts';
import type { CASE_STATUSES } from './respond.schema.ts';
import { addObservableAction, loadCaseFor } from './case-work.ts';
import { runInTransaction, type Tx } from '../db/tx-context.ts';

type Status = (typeof CASE_STATUSES)[number];

/** Input of a case opened by hand. */
export interface OpenCaseInput {
  readonly title: string;
  readonly description?: string | null;
  readonly severity: Severity;
  readonly unitId: string;
  /** Detection time (defaults to now); cannot be in the future. */
  readonly detectedAt?: Date;
  readonly assigneeAccountId?: string | null;
  /** A drill (govern module): never marked as a breach, never exported to the national centre. */
  readonly exercise?: boolean;
}

/** Input of a citizen's "I don't recognise this access" report. */
export interface CitizenReportInput {
  /** Internal registry id of the reporting person. */
  readonly personId: string;
  /** Audit sequence number of the access the person does not recognise. */
  readonly auditSeq: number;
  /** Unit whose staff made the access. */
  readonly unitId: string;
  /** The person's own words (kept on the case; never logged or put into events). */
  readonly note?: string | null;
}

/** Changes to a case. */
export interface CaseChange {
  readonly title?: string;
  readonly severity?: Severity;
  readonly status?: Status;
  readonly assigneeAccountId?: string | null;
}

/** The case service. */
export type CaseService = ReturnType<typeof createCaseService>;

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * Creates the case service.
 *
 * @param deps - database, clock, recorder, central unit
 * @param tree - cached unit tree
 * @returns the service functions
 */
export function createCaseService(deps: RespondDeps, tree: TreeSource) {
  const { db, clock, recorder } = deps;

  const tx = <T>(fn: (t: Tx) => Promise<T>): Promise<T> => runInTransaction(db, fn);

  const loadCase = (acting: Acting, caseId: string): Promise<{ row: CaseRow; tree: UnitTree }> => loadCaseFor(deps, tree, acting, caseId);

  async function onDutyAssignee(t: UnitTree, unitId: string): Promise<string | null> {
    const duty = await findOnDuty(db, t, unitId, clock.now(), deps.centralUnitId);
    return duty[0]?.accountId ?? null;
  }

  async function notifyCentral(t: Database, caseId: string, kind: string, message: string): Promise<void> {
    await repo.insertNotification(t, {
      id: newId(),
      caseId,
      audience: 'central_security',
      accountId: null,
      kind,
      message,
      createdAt: clock.now(),
    });
  }

  async function notifyAssignee(t: Database, caseId: string, accountId: string, kind: string, message: string): Promise<void> {
    await repo.insertNotification(t, { id: newId(), caseId, audience: 'assignee', accountId, kind, message, createdAt: clock.now() });
  }

  return {
    /**
     * Opens a case by hand.
     *
     * @param acting - the responder
     * @param input - title, severity, unit, detection time
     * @returns the case
     * @throws KHIEN_RESPOND_FORBIDDEN_UNIT, KHIEN_RESPOND_UNKNOWN_UNIT, KHIEN_RESPOND_DETECTED_IN_FUTURE
     */
    async openCase(acting: Acting, input: OpenCaseInput): Promise<CaseSummary> {
      const now = clock.now();
      const actor = requireResponder(acting.actor, now);
      const t = await tree();
      if (!t.has(input.unitId)) throw new RespondErrors.UNKNOWN_UNIT(input.unitId);
      if (!coversUnit(actor, input.unitId, t, now)) throw new RespondErrors.FORBIDDEN_UNIT();
      const detectedAt = input.detectedAt ?? now;
      if (detectedAt.getTime() > now.getTime()) throw new RespondErrors.DETECTED_IN_FUTURE();
      const assignee = input.assigneeAccountId === undefined ? await onDutyAssignee(t, input.unitId) : input.assigneeAccountId;
      const row = await tx(async (d) => {
        const c = await repo.insertCase(d, {
          id: newId(),
          title: input.title,
          description: input.description ?? null,
          origin: 'manual',
          exercise: input.exercise ?? false,
          severity: input.severity,
          unitId: input.unitId,
          assigneeAccountId: assignee,
          detectedAt,
          openedAt: now,
          openedBy: actor.accountId,
          updatedAt: now,
        });
        await recordCaseAction(d, recorder, acting, now, {
          caseId: c.id,
          action: 'opened',
          summary: 'Mở vụ việc / Case opened',
          data: { origin: 'manual', severity: c.severity, unitId: c.unitId, assigneeAccountId: assignee, exercise: c.exercise },
        });
        if (assignee) await notifyAssignee(d, c.id, assignee, 'case.assigned', 'Bạn được giao một vụ việc / A case was assigned to you');
        return c;
      });
      return presentCaseSummary(row);
    },

    /**
     * Opens a case from a detector alert (or links the alert to the case it already belongs to). Called by
     * the detector wiring for high-severity alerts and when an officer escalates an alert.
     *
     * @param alert - the alert
     * @param acting - who escalated; the system (`detect`) by default
     * @returns the case and whether it was created now
     */
    async openCaseFromAlert(alert: AlertInput, acting: Acting = { actor: null, system: 'detect' }): Promise<{ case: CaseSummary; created: boolean }> {
      const now = clock.now();
      const existing = await repo.findCaseIdByAlert(db, alert.id);
      if (existing) {
        const row = await repo.findCase(db, existing);
        if (row) return { case: presentCaseSummary(row), created: false };
      }
      const t = await tree();
      const unitId = alert.unitId && t.has(alert.unitId) ? alert.unitId : deps.centralUnitId;
      const raisedAt = new Date(alert.time);
      const detectedAt = Number.isNaN(raisedAt.getTime()) || raisedAt.getTime() > now.getTime() ? now : raisedAt;
      const assignee = await onDutyAssignee(t, unitId);
      const ruleTitle = alert.ruleName ? `${alert.ruleName.vi} / ${alert.ruleName.en}` : alert.ruleId;
      const row = await tx(async (d) => {
        const c = await repo.insertCase(d, {
          id: newId(),
          title: `Cảnh báo / Alert: ${ruleTitle}`,
          description: null,
          origin: 'alert',
          severity: alert.severity,
          unitId,
          assigneeAccountId: assignee,
          detectedAt,
          openedAt: now,
          openedBy: acting.actor?.accountId ?? null,
          updatedAt: now,
        });
        const linked = await repo.linkAlert(d, {
          alertId: alert.id,
          caseId: c.id,
          ruleId: alert.ruleId,
          severity: alert.severity,
          accountId: alert.accountId,
          unitId: alert.unitId,
          evidenceEventIds: [...alert.evidenceEventIds],
          raisedAt: detectedAt,
          linkedAt: now,
        });
        // A concurrent call linked it first: roll this case back and return that one.
        if (!linked) throw new AlertAlreadyLinked();
        await recordCaseAction(d, recorder, acting, now, {
          caseId: c.id,
          action: 'opened',
          summary: 'Mở vụ việc từ cảnh báo / Case opened from an alert',
          data: { origin: 'alert', alertId: alert.id, ruleId: alert.ruleId, technique: alert.technique ?? null, severity: alert.severity, unitId, assigneeAccountId: assignee },
        });
        if (alert.accountId) await addObservableAction(d, recorder, clock.now(), acting, c.id, 'account', alert.accountId, null);
        if (alert.ip) await addObservableAction(d, recorder, clock.now(), acting, c.id, 'ip', alert.ip, null);
        if (alert.deviceId) await addObservableAction(d, recorder, clock.now(), acting, c.id, 'device', alert.deviceId, null);
        if (assignee) await notifyAssignee(d, c.id, assignee, 'case.assigned', 'Vụ việc mới từ cảnh báo / New case from an alert');
        else await notifyCentral(d, c.id, 'case.unassigned', 'Vụ việc chưa có người trực nhận / Case with nobody on duty');
        return c;
      }).catch(async (err: unknown) => {
        if (!(err instanceof AlertAlreadyLinked)) throw err;
        const id = await repo.findCaseIdByAlert(db, alert.id);
        const found = id ? await repo.findCase(db, id) : undefined;
        if (!found) throw err;
        return { ...found, __existing: true as const };
      });
      const created = !('__existing' in row);
      return { case: presentCaseSummary(row), created };
    },

    /**
     * Opens a case from a citizen's "Tôi không nhận ra truy cập này / I don't recognise this access"
     * report, assigned to the security officer on duty for the unit whose staff made the access.
     *
     * @param input - person (internal id), audit entry, unit, note
     * @returns the case
     */
    async openCaseFromCitizenReport(input: CitizenReportInput): Promise<CaseSummary> {
      const now = clock.now();
      const acting: Acting = { actor: null, system: 'citizen' };
      const t = await tree();
      const unitId = t.has(input.unitId) ? input.unitId : deps.centralUnitId;
      const assignee = await onDutyAssignee(t, unitId);
      const row = await tx(async (d) => {
        const c = await repo.insertCase(d, {
          id: newId(),
          title: 'Người tham gia không nhận ra truy cập / Insured person does not recognise an access',
          description: input.note?.normalize('NFC').slice(0, 2000) ?? null,
          origin: 'citizen_report',
          severity: 'medium',
          unitId,
          assigneeAccountId: assignee,
          detectedAt: now,
          openedAt: now,
          openedBy: null,
          updatedAt: now,
        });
        await recordCaseAction(d, recorder, acting, now, {
          caseId: c.id,
          action: 'opened',
          summary: 'Mở vụ việc từ phản ánh của người tham gia / Case opened from a citizen report',
          data: { origin: 'citizen_report', auditSeq: input.auditSeq, unitId, assigneeAccountId: assignee },
        });
        await addObservableAction(d, recorder, clock.now(), acting, c.id, 'person', input.personId, `audit #${input.auditSeq}`);
        if (assignee) await notifyAssignee(d, c.id, assignee, 'case.assigned', 'Phản ánh mới của người tham gia / New citizen report');
        else await notifyCentral(d, c.id, 'case.unassigned', 'Phản ánh chưa có người trực nhận / Citizen report with nobody on duty');
        return c;
      });
      return presentCaseSummary(row);
    },

    /**
     * Lists the cases in the responder's scope.
     *
     * @param acting - the responder
     * @param filter - status, breach flag, paging
     * @returns cases, newest first
     */
    async listCases(acting: Acting, filter: { status?: Status; breach?: boolean; limit: number; offset: number }): Promise<CaseSummary[]> {
      const now = clock.now();
      const actor = requireResponder(acting.actor, now);
      const units = visibleUnits(actor, await tree(), now);
      const rows = await repo.listCases(db, { ...filter, unitIds: units });
      return rows.map(presentCaseSummary);
    },

    /**
     * How many cases in the responder's scope match the filter (for the list's total).
     *
     * @param acting - the responder
     * @param filter - status, breach flag
     * @returns the count
     */
    async countCases(acting: Acting, filter: { status?: Status; breach?: boolean }): Promise<number> {
      const now = clock.now();
      const actor = requireResponder(acting.actor, now);
      return repo.countCases(db, { ...filter, unitIds: visibleUnits(actor, await tree(), now) });
    },

    /**
     * A case with its alerts, tasks, observables, timeline and breach clock.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @returns the detail
     * @throws KHIEN_RESPOND_CASE_NOT_FOUND when absent or out of scope
     */
    async getCase(acting: Acting, caseId: string): Promise<CaseDetail> {
      const { row } = await loadCase(acting, caseId);
      return loadDetail(db, row, clock.now());
    },

    /**
     * Changes title, severity, status or assignee. Closing a breach case needs the notification submitted;
     * closing sets the retention date of a breach record to five years after remediation.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param change - the change
     * @returns the case
     */
    async updateCase(acting: Acting, caseId: string, change: CaseChange): Promise<CaseSummary> {
      await loadCase(acting, caseId);
      const now = clock.now();
      return tx(async (d) => {
        const row = (await repo.lockCase(d, caseId))!;
        const set: Partial<CaseRow> = { updatedAt: now };
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        const note = (k: keyof CaseChange, from: unknown, to: unknown): void => {
          before[k] = from;
          after[k] = to;
        };
        if (change.status && change.status !== row.status) {
          if (row.status === 'closed' && change.status !== 'open') throw new RespondErrors.BAD_TRANSITION(row.status, change.status);
          if (change.status === 'closed' && row.personalDataBreach) {
            const b = await findBreach(d, caseId);
            if (!b?.clockStoppedAt) throw new RespondErrors.BAD_TRANSITION(row.status, change.status);
          }
          set.status = change.status;
          set.closedAt = change.status === 'closed' ? now : null;
          if (row.personalDataBreach && change.status === 'closed') {
            const keep = breachRetainUntil(row.detectedAt, now);
            if (!row.retainUntil || keep > row.retainUntil) set.retainUntil = keep;
          }
          note('status', row.status, change.status);
        } else if (row.status === 'closed' && (change.title || change.severity || change.assigneeAccountId !== undefined)) {
          throw new RespondErrors.CASE_CLOSED();
        }
        if (change.title && change.title !== row.title) {
          set.title = change.title;
          note('title', row.title, change.title);
        }
        if (change.severity && change.severity !== row.severity) {
          set.severity = change.severity;
          note('severity', row.severity, change.severity);
        }
        if (change.assigneeAccountId !== undefined && change.assigneeAccountId !== row.assigneeAccountId) {
          set.assigneeAccountId = change.assigneeAccountId;
          note('assigneeAccountId', row.assigneeAccountId, change.assigneeAccountId);
          if (change.assigneeAccountId) await notifyAssignee(d, caseId, change.assigneeAccountId, 'case.assigned', 'Bạn được giao một vụ việc / A case was assigned to you');
        }
        if (Object.keys(after).length === 0) return presentCaseSummary(row);
        await repo.updateCase(d, caseId, set);
        const escalated = change.severity && SEVERITY_RANK[change.severity] > SEVERITY_RANK[row.severity];
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: set.status ? `status.${set.status}` : 'updated',
          summary: set.status
            ? `Trạng thái: ${set.status} / Status: ${set.status}`
            : escalated
              ? 'Nâng mức nghiêm trọng / Severity raised'
              : 'Cập nhật vụ việc / Case updated',
          before,
          after,
          data: after,
        });
        return presentCaseSummary({ ...row, ...set });
      });
    },

    /**
     * Deletes a case, refused while a breach record must be kept (Decree 356/2025 Art. 29).
     *
     * @param acting - the responder
     * @param caseId - the case
     * @throws KHIEN_RESPOND_RETENTION before the retention date
     */
    async deleteCase(acting: Acting, caseId: string): Promise<void> {
      const { row } = await loadCase(acting, caseId);
      const now = clock.now();
      const retainUntil = row.retainUntil ?? (row.personalDataBreach ? breachRetainUntil(row.detectedAt, row.closedAt) : null);
      if (retainUntil && retainUntil.getTime() > now.getTime()) {
        await recorder.record(
          adminEventOf(acting, now, {
            caseId,
            action: 'deleted',
            summary: 'Từ chối xoá / Deletion refused',
            outcome: 'failure',
            reason: 'retention',
          }),
        );
        throw new RespondErrors.RETENTION(retainUntil.toISOString().slice(0, 10));
      }
      await tx(async (d) => {
        await repo.deleteCase(d, caseId);
        await recorder.record(
          adminEventOf(acting, now, {
            caseId,
            action: 'deleted',
            summary: 'Xoá vụ việc / Case deleted',
            before: presentCaseSummary(row),
          }),
          d,
        );
      });
    },
  };
}

class AlertAlreadyLinked extends Error {}

/**
 * Loads every part of a case and presents it.
 *
 * @param db - database
 * @param row - the case
 * @param now - current time
 * @returns the detail
 */
export async function loadDetail(db: Database, row: CaseRow, now: Date): Promise<CaseDetail> {
  const [alerts, tasks, observables, timeline, breach, escalations, notices] = await Promise.all([
    repo.listAlertsOfCases(db, [row.id]),
    repo.listTasks(db, row.id),
    repo.listObservables(db, [row.id]),
    repo.listTimeline(db, row.id),
    findBreach(db, row.id),
    listEscalations(db, row.id),
    listNotices(db, row.id),
  ]);
  return presentCaseDetail({ row, alerts, tasks, observables, timeline, breach, escalations, notices }, now);
}
