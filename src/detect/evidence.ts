/**
 * Compact copies of events kept as alert evidence. They carry what an investigator needs to follow the
 * trail (event id and time, kind, action, outcome, account, session, source address, device, system, counts)
 * and never the insured persons touched: subjects appear only as a count, the full event stays in the
 * audit log under its id.
 */
import type { KhienEvent } from '../events/types.ts';

/** A compact event. */
export type CompactEvent = Record<string, string | number | boolean | null>;

/**
 * Builds the compact copy of an event.
 *
 * @param e - the event
 * @returns fields safe to store with an alert
 */
export function compactEvent(e: KhienEvent): CompactEvent {
  const base: CompactEvent = {
    id: e.id,
    kind: e.kind,
    time: e.time,
    ip: e.source.ip ?? null,
    deviceId: e.source.deviceId ?? null,
    deviceRegistered: e.source.deviceRegistered ?? null,
    system: e.source.system ?? null,
    userAgent: e.source.userAgent ? e.source.userAgent.slice(0, 200) : null,
  };
  switch (e.kind) {
    case 'access':
      return {
        ...base,
        action: e.action,
        resource: e.resource,
        outcome: e.outcome,
        reason: e.reason,
        accountId: e.actor.accountId,
        actorType: e.actor.type,
        sessionId: e.actor.sessionId ?? null,
        unitId: e.actor.unitId ?? null,
        subjectCount: e.subjects.length,
        purpose: e.purpose,
        grantType: e.grant?.type ?? null,
        lookupBy: e.lookup?.by ?? null,
      };
    case 'auth':
      return { ...base, action: e.action, outcome: e.outcome, reason: e.reason, accountId: e.accountId, sessionId: e.sessionId ?? null, mfa: e.mfa ?? null };
    case 'admin':
      return { ...base, action: e.action, outcome: e.outcome, accountId: e.actor.accountId, targetType: e.target.type, targetId: e.target.id };
    case 'external':
      return { ...base, eventType: e.eventType, outcome: e.outcome ?? null };
  }
}
