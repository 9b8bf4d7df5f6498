/**
 * The one way a case changes: every action writes its timeline entry and its AdminEvent in the same
 * transaction as the change (ARCHITECTURE.md "Writes"), so the timeline is complete by construction and the
 * audit log sees every act. If the audit store refuses the event, the transaction rolls back (fail closed).
 */
import type { AdminEvent, EventActor, EventRecorder } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import { insertTimeline } from './respond.repo.ts';
import type { Acting } from './respond.types.ts';
import type { Tx } from '../db/tx-context.ts';

/** One case action to record. */
export interface CaseAction {
  readonly caseId: string;
  /** Dotted action name; the AdminEvent action is `case.<action>` unless it already has a prefix. */
  readonly action: string;
  /** Short bilingual summary "vi / en" (no personal data). */
  readonly summary: string;
  /** Structured detail (ids only, no personal data). */
  readonly data?: Record<string, unknown>;
  /** The admin-event target; defaults to the case. */
  readonly target?: { type: string; id: string };
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null;
  readonly outcome?: 'success' | 'failure';
}

/**
 * Builds the event actor for an acting party.
 *
 * @param acting - staff member or system
 * @returns the event actor
 */
export function eventActorOf(acting: Acting): EventActor {
  const a = acting.actor;
  if (!a) return { type: 'system', accountId: null };
  return {
    type: 'staff',
    accountId: a.accountId,
    unitId: a.unitId,
    provinceCode: a.provinceCode,
    roles: a.roles.map((r) => r.role),
    sessionId: a.sessionId,
  };
}

/**
 * Builds the AdminEvent of a case action.
 *
 * @param acting - who acted
 * @param at - time of the action
 * @param act - the action
 * @returns the event
 */
export function adminEventOf(acting: Acting, at: Date, act: CaseAction): AdminEvent {
  const actor = acting.actor;
  return {
    id: newId(),
    kind: 'admin',
    time: at.toISOString(),
    requestId: acting.requestId ?? null,
    source: {
      ip: acting.ip ?? null,
      userAgent: acting.userAgent ?? null,
      deviceId: actor?.deviceId ?? null,
      deviceRegistered: actor?.deviceRegistered ?? null,
      system: actor ? 'khien' : `khien/${acting.system ?? 'respond'}`,
    },
    actor: eventActorOf(acting),
    action: act.action.includes('.') ? `respond.${act.action}` : `respond.case.${act.action}`,
    target: act.target ?? { type: 'case', id: act.caseId },
    before: act.before,
    after: act.after ?? { caseId: act.caseId, ...(act.data ?? {}) },
    reason: act.reason ?? null,
    outcome: act.outcome ?? 'success',
  };
}

/**
 * Records one action on a case: timeline entry, then AdminEvent (inside the caller's transaction).
 *
 * @param tx - the transaction of the change
 * @param recorder - the durable event recorder
 * @param acting - who acted
 * @param at - time of the action (from the Clock)
 * @param act - the action
 * @throws whatever the recorder throws (the caller's transaction then rolls back)
 */
export async function recordCaseAction(
  tx: Tx,
  recorder: EventRecorder,
  acting: Acting,
  at: Date,
  act: CaseAction,
): Promise<void> {
  await insertTimeline(tx, {
    id: newId(),
    caseId: act.caseId,
    at,
    action: act.action,
    actorAccountId: acting.actor?.accountId ?? null,
    summary: act.summary,
    data: act.data ?? {},
    outcome: act.outcome ?? 'success',
  });
  await recorder.record(adminEventOf(acting, at, act), tx);
}
