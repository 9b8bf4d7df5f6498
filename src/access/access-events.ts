/**
 * Building and recording access events (DESIGN.md invariant 2): one event per decision, allow or deny,
 * awaited before any data leaves; if the recorder rejects, the request is refused with a catalogued 503.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type {
  AccessEvent,
  AdminEvent,
  DataCategory,
  EventActor,
  EventRecorder,
  EventSource,
  KhienEvent,
} from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import type { Tx } from '../db/tx-context.ts';
import { AccessErrors } from './access.errors.ts';
import type { CitizenSubject, Decision } from './decision-types.ts';
import type { ExternalActor } from '../actors/external-actor.ts';

/** The caller as the access services see it: actor and request facts, resolved once by the http layer. */
export interface AccessCaller {
  readonly actor: StaffActor | ExternalActor | CitizenSubject;
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** The business application the request came through (decision service); Khiên's own requests omit it. */
  readonly channel?: string;
  /** Its display name. */
  readonly channelName?: string;
}

/**
 * The event's view of an actor.
 *
 * @param actor - the actor
 * @returns the event actor
 */
export function eventActor(actor: AccessCaller['actor']): EventActor {
  switch (actor.type) {
    case 'staff':
      return {
        type: 'staff',
        accountId: actor.accountId,
        unitId: actor.unitId,
        provinceCode: actor.provinceCode ?? '00',
        roles: actor.roles.map((r) => r.role),
        sessionId: actor.sessionId,
      };
    case 'external':
      return { type: 'external', accountId: actor.apiKeyId, agreementId: actor.agreementId };
    case 'citizen':
      return { type: 'citizen', accountId: actor.personId, sessionId: actor.sessionId ?? null };
    default: {
      const never: never = actor;
      return never;
    }
  }
}

/**
 * The event's view of the request source.
 *
 * @param caller - the caller
 * @returns the source
 */
export function eventSource(caller: AccessCaller): EventSource {
  const a = caller.actor;
  return {
    ip: caller.ip,
    userAgent: caller.userAgent,
    deviceId: a.type === 'staff' ? a.deviceId : null,
    deviceRegistered: a.type === 'staff' ? a.deviceRegistered : null,
    system: caller.channel ?? 'khien',
    ...(caller.channelName ? { systemName: caller.channelName } : {}),
  };
}

/** Categories a decision returned in clear. */
export function clearCategories(decision: Decision): DataCategory[] {
  return DATA_CATEGORIES.filter((c) => decision.mask[c] === 'clear');
}

/** Details of one access event beyond the decision. */
export interface AccessEventDetails {
  readonly action: AccessEvent['action'];
  readonly resource: AccessEvent['resource'];
  readonly subjects: readonly string[];
  readonly fields: readonly string[];
  readonly purpose: string | null;
  readonly lookup?: AccessEvent['lookup'];
  readonly justification?: string | null;
  /** Categories the returned record holds at all; the event lists those of them returned in clear. */
  readonly returns: readonly DataCategory[];
  /** Reason to use instead of the decision's (e.g. `DENY_NOT_FOUND` when no record exists). */
  readonly reason?: string;
}

/**
 * Builds the access event of a decision.
 *
 * @param caller - who asked, from where
 * @param decision - the decision (or null when no record existed to decide on)
 * @param details - action, resource, subjects, fields, purpose
 * @param at - time of the event
 * @returns the event
 */
export function buildAccessEvent(caller: AccessCaller, decision: Decision | null, details: AccessEventDetails, at: Date): AccessEvent {
  const allowed = decision?.outcome === 'allow';
  return {
    id: newId(),
    kind: 'access',
    time: at.toISOString(),
    requestId: caller.requestId,
    source: eventSource(caller),
    actor: eventActor(caller.actor),
    action: details.action,
    resource: details.resource,
    subjects: [...details.subjects],
    categories: allowed && decision ? clearCategories(decision).filter((c) => details.returns.includes(c)) : [],
    fields: allowed ? [...details.fields] : [],
    purpose: details.purpose,
    grant: decision?.grant ?? null,
    outcome: allowed ? 'allow' : 'deny',
    reason: details.reason ?? decision?.reason ?? 'DENY_NOT_FOUND',
    lookup: details.lookup ?? null,
    justification: details.justification ?? null,
  };
}

/**
 * Builds an administrative event.
 *
 * @param caller - who acted
 * @param action - dotted action name
 * @param target - what was acted on
 * @param extra - before/after/reason/outcome
 * @param at - time
 * @returns the event
 */
export function buildAdminEvent(
  caller: AccessCaller | null,
  action: string,
  target: { type: string; id: string },
  extra: { before?: unknown; after?: unknown; reason?: string | null; outcome?: 'success' | 'failure' },
  at: Date,
): AdminEvent {
  return {
    id: newId(),
    kind: 'admin',
    time: at.toISOString(),
    requestId: caller?.requestId ?? null,
    source: caller ? eventSource(caller) : { system: 'khien' },
    actor: caller ? eventActor(caller.actor) : { type: 'system', accountId: null },
    action,
    target,
    before: extra.before,
    after: extra.after,
    reason: extra.reason ?? null,
    outcome: extra.outcome ?? 'success',
  };
}

/**
 * Records events durably, refusing the request when the store cannot take them (fail closed).
 *
 * @param recorder - the event recorder
 * @param events - one or more events
 * @param tx - the transaction of the change the events record, if any (they commit or roll back with it)
 * @throws AccessErrors.AUDIT_UNAVAILABLE when the recorder rejects
 */
export async function recordOrRefuse(recorder: EventRecorder, events: KhienEvent | readonly KhienEvent[], tx?: Tx): Promise<void> {
  try {
    if (Array.isArray(events)) await recorder.recordMany(events as readonly KhienEvent[], tx);
    else await recorder.record(events as KhienEvent, tx);
  } catch {
    throw new AccessErrors.AUDIT_UNAVAILABLE();
  }
}
