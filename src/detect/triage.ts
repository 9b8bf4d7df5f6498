/**
 * Alert triage: new → acknowledged → false positive (with a reason) or escalated; new may go straight to
 * either end. Each transition is an admin event recorded through the event recorder (audit log, then bus).
 */
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import { officerEvent, type RequestSource } from './officer-event.ts';
import type { Clock } from '../platform/clock.ts';
import type { AlertService } from './alerts.ts';
import { DetectErrors } from './detect.errors.ts';
import { findAlert, transitionAlert, type AlertRow } from './detect.repo.ts';
import type { AlertStatus } from './detect.schema.ts';
import { canSee, type SecurityScope } from './security-scope.ts';

/** Allowed moves. */
export const TRANSITIONS: Readonly<Record<AlertStatus, readonly AlertStatus[]>> = {
  new: ['acknowledged', 'false_positive', 'escalated'],
  acknowledged: ['false_positive', 'escalated'],
  false_positive: [],
  escalated: [],
};

/** Dependencies of {@link triageAlert}. */
export interface TriageDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  readonly alerts: AlertService;
  /** Called after an escalation (e.g. the response module opens a case). */
  readonly onEscalated?: (alert: AlertRow) => Promise<void> | void;
}

/**
 * Moves an alert to a new triage state.
 *
 * @param deps - database, clock, recorder, alert service
 * @param scope - the caller's security scope
 * @param id - alert id
 * @param to - target status
 * @param reason - justification (required for false positives)
 * @param source - request facts for the admin event
 * @returns the updated alert
 * @throws KHIEN_DETECT_ALERT_NOT_FOUND (also when out of scope), KHIEN_DETECT_REASON_REQUIRED, KHIEN_DETECT_BAD_TRANSITION
 */
export async function triageAlert(
  deps: TriageDeps,
  scope: SecurityScope,
  id: string,
  to: AlertStatus,
  reason: string | null,
  source: RequestSource,
): Promise<AlertRow> {
  const alert = await findAlert(deps.db, id);
  if (!alert || !canSee(scope, alert.unitId)) throw new DetectErrors.ALERT_NOT_FOUND();
  const why = reason?.trim() || null;
  if (to === 'false_positive' && !why) throw new DetectErrors.REASON_REQUIRED();
  if (!TRANSITIONS[alert.status].includes(to)) throw new DetectErrors.BAD_TRANSITION(alert.status, to);
  const at = deps.clock.now();
  const changed = await transitionAlert(deps.db, id, alert.status, { status: to, reason: why, by: scope.actor.accountId, at });
  if (!changed) throw new DetectErrors.BAD_TRANSITION(alert.status, to);
  deps.alerts.noteStatus(id, to, at);
  // A false positive suppresses the same account × rule (× group key) until it expires: recorded with the triage.
  const suppressedUntil = to === 'false_positive' ? deps.alerts.suppressedUntil(at) : null;
  const event = officerEvent(scope.actor, source, at, {
    action: 'alert.triage',
    target: { type: 'alert', id },
    before: { status: alert.status },
    after: suppressedUntil ? { status: to, suppressedUntil: suppressedUntil.toISOString(), suppression: { accountId: alert.accountId, ruleId: alert.ruleId, groupKey: alert.groupKey } } : { status: to },
    reason: why,
  });
  await deps.recorder().record(event);
  const updated: AlertRow = { ...alert, status: to, triageReason: why, triagedBy: scope.actor.accountId, triagedAt: at, updatedAt: at };
  if (to === 'escalated' && deps.onEscalated) await deps.onEscalated(updated);
  return updated;
}
