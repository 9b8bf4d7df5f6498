/**
 * Presenters of cases and their parts (STYLE.md rule 25): the only shapes that leave the module.
 */
import type { CaseAlertRow, CaseRow, NotificationRow, ObservableRow, TaskRow, TimelineRow } from './respond.repo.ts';
import type { BreachRow, NoticeRow } from './breach.repo.ts';
import { breachClockState, type BreachClockState } from './breach-clock.ts';

/**
 * The human-facing reference of a case, `VV-<year opened>-<number, 6 digits>` (vụ việc).
 *
 * @param row - the case
 * @returns the reference
 */
export function caseReference(row: Pick<CaseRow, 'number' | 'openedAt'>): string {
  return `VV-${row.openedAt.getUTCFullYear()}-${String(row.number).padStart(6, '0')}`;
}

/** A case as listed. */
export interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  origin: CaseRow['origin'];
  severity: CaseRow['severity'];
  status: CaseRow['status'];
  unitId: string;
  assigneeAccountId: string | null;
  detectedAt: string;
  openedAt: string;
  closedAt: string | null;
  personalDataBreach: boolean;
  retainUntil: string | null;
  /** A drill: never a breach, never exported. */
  exercise: boolean;
}

/** Presents a case row. */
export function presentCaseSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    reference: caseReference(row),
    title: row.title,
    origin: row.origin,
    severity: row.severity,
    status: row.status,
    unitId: row.unitId,
    assigneeAccountId: row.assigneeAccountId,
    detectedAt: row.detectedAt.toISOString(),
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    personalDataBreach: row.personalDataBreach,
    retainUntil: row.retainUntil?.toISOString() ?? null,
    exercise: row.exercise,
  };
}

/** The breach part of a case. */
export interface BreachView {
  clock: BreachClockState;
  markedAt: string;
  submission: { at: string; by: string | null; channel: string; reference: string; digest: string | null } | null;
  escalations: Array<{ thresholdHours: number; at: string }>;
  notices: Array<{ id: string; personId: string; channel: string; status: string; sentAt: string | null; reference: string | null }>;
}

/** A case with everything on it. */
export interface CaseDetail extends CaseSummary {
  description: string | null;
  alerts: Array<{ alertId: string; ruleId: string; severity: string; accountId: string | null; raisedAt: string; evidenceEventIds: string[] }>;
  tasks: Array<{ id: string; title: string; status: string; assigneeAccountId: string | null; dueAt: string | null; completedAt: string | null }>;
  observables: Array<{ id: string; type: string; value: string; note: string | null; addedAt: string }>;
  timeline: Array<{ seq: number; at: string; action: string; actorAccountId: string | null; summary: string; outcome: string; data: Record<string, unknown> }>;
  breach: BreachView | null;
}

/** Everything a case detail is presented from. */
export interface CaseParts {
  readonly row: CaseRow;
  readonly alerts: readonly CaseAlertRow[];
  readonly tasks: readonly TaskRow[];
  readonly observables: readonly ObservableRow[];
  readonly timeline: readonly TimelineRow[];
  readonly breach: BreachRow | undefined;
  readonly escalations: ReadonlyArray<{ thresholdHours: number; at: Date }>;
  readonly notices: readonly NoticeRow[];
}

/**
 * Presents a full case.
 *
 * @param p - the parts
 * @param now - current time (for the breach clock)
 * @returns the detail
 */
export function presentCaseDetail(p: CaseParts, now: Date): CaseDetail {
  const b = p.breach;
  return {
    ...presentCaseSummary(p.row),
    description: p.row.description,
    alerts: p.alerts.map((a) => ({
      alertId: a.alertId,
      ruleId: a.ruleId,
      severity: a.severity,
      accountId: a.accountId,
      raisedAt: a.raisedAt.toISOString(),
      evidenceEventIds: [...a.evidenceEventIds],
    })),
    tasks: p.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      status: t.status,
      assigneeAccountId: t.assigneeAccountId,
      dueAt: t.dueAt?.toISOString() ?? null,
      completedAt: t.completedAt?.toISOString() ?? null,
    })),
    observables: p.observables.map((o) => ({ id: o.id, type: o.type, value: o.value, note: o.note, addedAt: o.addedAt.toISOString() })),
    timeline: p.timeline.map((t) => ({
      seq: t.seq,
      at: t.at.toISOString(),
      action: t.action,
      actorAccountId: t.actorAccountId,
      summary: t.summary,
      outcome: t.outcome,
      data: t.data,
    })),
    breach: b
      ? {
          clock: breachClockState(b.detectedAt, now, b.clockStoppedAt),
          markedAt: b.markedAt.toISOString(),
          submission:
            b.submittedAt && b.submissionChannel && b.submissionReference
              ? {
                  at: b.submittedAt.toISOString(),
                  by: b.submittedBy,
                  channel: b.submissionChannel,
                  reference: b.submissionReference,
                  digest: b.submissionDigest,
                }
              : null,
          escalations: p.escalations.map((e) => ({ thresholdHours: e.thresholdHours, at: e.at.toISOString() })),
          notices: p.notices.map((n) => ({
            id: n.id,
            personId: n.personId,
            channel: n.channel,
            status: n.status,
            sentAt: n.sentAt?.toISOString() ?? null,
            reference: n.reference,
          })),
        }
      : null,
  };
}

/** Presents a notification. */
export function presentNotification(n: NotificationRow): { id: string; caseId: string | null; kind: string; message: string; createdAt: string } {
  return { id: n.id, caseId: n.caseId, kind: n.kind, message: n.message, createdAt: n.createdAt.toISOString() };
}
