/**
 * Each read of the audit log is itself recorded (issue 5, build item 5): an admin event naming the caller, the
 * operation and the filter, recorded BEFORE the data is returned so that an unrecorded query returns nothing.
 */
import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AdminEvent, EventActor, EventRecorder } from '../events/types.ts';
import type { Actor } from '../actors/context.ts';
import type { Clock } from '../platform/clock.ts';
import { isKhienError } from '../platform/errors.ts';
import { AuditErrors } from './audit.errors.ts';

function eventActor(actor: Actor | null): EventActor {
  if (!actor) return { type: 'system', accountId: null };
  switch (actor.type) {
    case 'staff':
      return { type: 'staff', accountId: actor.accountId, unitId: actor.unitId, provinceCode: actor.provinceCode, roles: actor.roles.map((r) => r.role), sessionId: actor.sessionId };
    case 'external':
      return { type: 'external', accountId: actor.apiKeyId, agreementId: actor.agreementId };
    case 'citizen':
      return { type: 'citizen', accountId: actor.subject, sessionId: actor.sessionId };
    default: {
      const never: never = actor;
      return never;
    }
  }
}

/**
 * Records one audit-log operation.
 *
 * @param recorder - the event recorder
 * @param clock - time source
 * @param request - the request (actor, ids, source)
 * @param action - e.g. `audit.query`, `audit.export`, `audit.checkpoint`
 * @param outcome - success, or failure for a refused attempt
 * @param details - the filter or target (internal ids only, never personal data)
 * @throws KHIEN_AUDIT_UNAVAILABLE when the record cannot be made (the caller then returns nothing)
 */
export async function recordAuditOperation(
  recorder: EventRecorder,
  clock: Clock,
  request: FastifyRequest,
  action: string,
  outcome: 'success' | 'failure',
  details: Record<string, unknown>,
): Promise<void> {
  const actor = request.ctx.actor;
  const event: AdminEvent = {
    id: crypto.randomUUID(),
    kind: 'admin',
    time: clock.now().toISOString(),
    requestId: request.ctx.requestId,
    source: {
      ip: request.ctx.ip,
      userAgent: request.ctx.userAgent,
      deviceId: actor?.type === 'staff' ? actor.deviceId : null,
      deviceRegistered: actor?.type === 'staff' ? actor.deviceRegistered : null,
      system: 'khien',
    },
    actor: eventActor(actor),
    action,
    target: { type: 'audit_log', id: action },
    after: details,
    outcome,
  };
  try {
    await recorder.record(event);
  } catch (err) {
    if (isKhienError(err)) throw err;
    throw new AuditErrors.UNAVAILABLE();
  }
}
