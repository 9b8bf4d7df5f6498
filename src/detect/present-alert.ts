/**
 * Presenters of alerts and evidence (response allowlists).
 */
import type { AlertRow, EvidenceRow } from './detect.repo.ts';
import { findRule } from './rules/index.ts';

/** An alert as the API shows it. */
export interface PresentedAlert {
  id: string;
  ruleId: string;
  ruleName: { vi: string; en: string };
  attack: string;
  severity: AlertRow['severity'];
  status: AlertRow['status'];
  accountId: string | null;
  unitId: string | null;
  groupKey: string;
  count: number;
  firstEventAt: string;
  lastEventAt: string;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  details: Record<string, string | number | boolean>;
  triage: { reason: string | null; by: string | null; at: string } | null;
  suspension: { status: string; requestedAt: string | null } | null;
}

/**
 * Presents an alert.
 *
 * @param a - the row
 * @param now - reference time for `overdue`
 * @returns the API view
 */
export function presentAlert(a: AlertRow, now: Date): PresentedAlert {
  const rule = findRule(a.ruleId);
  return {
    id: a.id,
    ruleId: a.ruleId,
    ruleName: rule ? { vi: rule.name.vi, en: rule.name.en } : { vi: a.ruleId, en: a.ruleId },
    attack: rule?.attack ?? '',
    severity: a.severity,
    status: a.status,
    accountId: a.accountId,
    unitId: a.unitId,
    groupKey: a.groupKey,
    count: a.count,
    firstEventAt: a.firstEventAt.toISOString(),
    lastEventAt: a.lastEventAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    overdue: (a.status === 'new' || a.status === 'acknowledged') && a.dueAt.getTime() < now.getTime(),
    details: a.details,
    triage: a.triagedAt ? { reason: a.triageReason, by: a.triagedBy, at: a.triagedAt.toISOString() } : null,
    suspension: a.suspensionStatus ? { status: a.suspensionStatus, requestedAt: a.suspensionRequestedAt?.toISOString() ?? null } : null,
  };
}

/** Presents one evidence row. */
export function presentEvidence(e: EvidenceRow): {
  seq: number;
  eventId: string;
  eventTime: string;
  summary: Record<string, string | number | boolean | null>;
  details: Record<string, string | number | boolean>;
} {
  return { seq: e.seq, eventId: e.eventId, eventTime: e.eventTime.toISOString(), summary: e.summary, details: e.details };
}
