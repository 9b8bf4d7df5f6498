/**
 * Builders of the identity module's events, and the one way to record them: a recorder that rejects makes
 * the operation fail ({@link AuthErrors.AUDIT_UNAVAILABLE}), so nothing happens that the audit log did not take.
 */
import type { AdminEvent, AuthEvent, EventActor, EventRecorder, EventSource, KhienEvent } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import { AuthErrors } from './auth.errors.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Tx } from '../db/tx-context.ts';
import { itemAt } from '../platform/arrays.ts';

/** Where a request came from, as the identity module sees it. */
export interface RequestOrigin {
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  readonly deviceId: string | null;
  readonly deviceRegistered: boolean | null;
}

/** An origin for work not started by a request (CLI, sweeps, seeding). */
export const SYSTEM_ORIGIN: RequestOrigin = Object.freeze({ ip: null, userAgent: null, requestId: null, deviceId: null, deviceRegistered: null });

function source(origin: RequestOrigin): EventSource {
  return {
    ip: origin.ip,
    userAgent: origin.userAgent,
    deviceId: origin.deviceId,
    deviceRegistered: origin.deviceRegistered,
    system: 'khien',
  };
}

/** Who performed an admin act: a signed-in staff member, or the system (CLI, sweep, detector). */
export type AdminBy = StaffActor | { readonly type: 'system'; readonly name: string };

/** The event actor of an admin act. */
export function eventActor(by: AdminBy): EventActor {
  if (by.type === 'system') return { type: 'system', accountId: null };
  return {
    type: 'staff',
    accountId: by.accountId,
    unitId: by.unitId,
    provinceCode: by.provinceCode ?? '00',
    roles: by.roles.map((r) => r.role),
    sessionId: by.sessionId,
  };
}

/**
 * Builds an auth event.
 *
 * @param at - event time
 * @param origin - request origin
 * @param fields - action, outcome, reason and subject
 * @returns the event
 */
export function buildAuthEvent(
  at: Date,
  origin: RequestOrigin,
  fields: Pick<AuthEvent, 'action' | 'outcome' | 'reason'> &
    Partial<Pick<AuthEvent, 'accountId' | 'username' | 'sessionId' | 'mfa' | 'unitId' | 'provinceCode'>>,
): AuthEvent {
  return {
    id: newId(),
    kind: 'auth',
    time: at.toISOString(),
    requestId: origin.requestId,
    source: source(origin),
    accountId: fields.accountId ?? null,
    username: fields.username ?? null,
    action: fields.action,
    outcome: fields.outcome,
    reason: fields.reason,
    sessionId: fields.sessionId ?? null,
    mfa: fields.mfa ?? null,
    unitId: fields.unitId ?? null,
    provinceCode: fields.provinceCode ?? null,
  };
}

/**
 * Builds an admin event (who, what, target, before → after, reason).
 *
 * @param at - event time
 * @param origin - request origin
 * @param by - who acted
 * @param fields - action, target, before/after, reason
 * @returns the event
 */
export function buildAdminEvent(
  at: Date,
  origin: RequestOrigin,
  by: AdminBy,
  fields: { action: string; target: { type: string; id: string }; before?: unknown; after?: unknown; reason?: string | null; outcome?: 'success' | 'failure' },
): AdminEvent {
  return {
    id: newId(),
    kind: 'admin',
    time: at.toISOString(),
    requestId: origin.requestId,
    source: source(origin),
    actor: eventActor(by),
    action: fields.action,
    target: fields.target,
    before: fields.before,
    after: fields.after,
    reason: fields.reason ?? null,
    outcome: fields.outcome ?? 'success',
  };
}

/**
 * Records events, turning a recorder failure into a catalogued error.
 *
 * @param recorder - the event recorder
 * @param events - events to record
 * @throws AuthErrors.AUDIT_UNAVAILABLE when the recorder rejects
 */
export async function recordEvents(recorder: EventRecorder, ...events: KhienEvent[]): Promise<void> {
  await recordEventsInTx(undefined, recorder, ...events);
}

/**
 * Records events inside the transaction of the change they record (STYLE.md rule 12), turning a recorder
 * failure into a catalogued error (the transaction then rolls back).
 *
 * @param tx - the transaction of the change (undefined: records on its own)
 * @param recorder - the event recorder
 * @param events - events to record
 * @throws AuthErrors.AUDIT_UNAVAILABLE when the recorder rejects
 */
export async function recordEventsInTx(tx: Tx | undefined, recorder: EventRecorder, ...events: KhienEvent[]): Promise<void> {
  if (events.length === 0) return;
  try {
    if (events.length === 1) await recorder.record(itemAt(events, 0), tx);
    else await recorder.recordMany(events, tx);
  } catch {
    throw new AuthErrors.AUDIT_UNAVAILABLE();
  }
}
