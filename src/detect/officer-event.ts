/**
 * The admin event of a security officer's action on an alert (triage, verification report): one builder, so
 * that every such event names the officer, the session and the request the same way.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { AdminEvent } from '../events/types.ts';
import { newId } from '../platform/ids.ts';

/** Where the request came from (for the admin event). */
export interface RequestSource {
  readonly requestId: string;
  readonly ip: string;
  readonly userAgent: string | null;
}

/**
 * Builds the admin event of an officer's action.
 *
 * @param actor - the officer
 * @param source - the request
 * @param at - when
 * @param fields - what was done to what (no personal data in `before`/`after`)
 * @returns the event, ready to record
 */
export function officerEvent(
  actor: StaffActor,
  source: RequestSource,
  at: Date,
  fields: Pick<AdminEvent, 'action' | 'target' | 'before' | 'after' | 'reason'>,
): AdminEvent {
  return {
    id: newId(),
    kind: 'admin',
    time: at.toISOString(),
    requestId: source.requestId,
    source: { ip: source.ip, userAgent: source.userAgent, deviceId: actor.deviceId, deviceRegistered: actor.deviceRegistered, system: 'khien' },
    actor: {
      type: 'staff',
      accountId: actor.accountId,
      unitId: actor.unitId,
      provinceCode: actor.provinceCode,
      roles: actor.roles.map((r) => r.role),
      sessionId: actor.sessionId,
    },
    ...fields,
    outcome: 'success',
  };
}
