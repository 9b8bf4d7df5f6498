/**
 * Denials are audited too (STYLE.md rule 17): a Fastify `onError` hook for the respond routes that records one
 * AdminEvent `respond.access_denied` (outcome failure, the error code as reason, the route pattern as target)
 * whenever a caller is refused — not signed in, not a responder, outside their units, or a case that is not
 * theirs (which answers like not-found).
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminEvent, EventActor, EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { RespondErrors } from './respond.errors.ts';

const DENIALS = new Set<string>([
  ActorErrors.UNAUTHENTICATED.code,
  ActorErrors.FORBIDDEN.code,
  RespondErrors.FORBIDDEN_UNIT.code,
  RespondErrors.CENTRAL_ONLY.code,
  RespondErrors.CASE_NOT_FOUND.code,
]);

function actorOf(request: FastifyRequest): EventActor {
  const a = request.ctx?.actor;
  if (!a) return { type: 'system', accountId: null };
  if (a.type === 'staff') {
    return { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: a.roles.map((r) => r.role), sessionId: a.sessionId };
  }
  // Citizens and external organisations are never responders; keep only their kind (no identifiers).
  return { type: a.type, accountId: null };
}

/**
 * Builds the hook.
 *
 * @param recorder - the event recorder
 * @param clock - the clock
 * @param onFail - reports a recorder failure (the denial response is sent regardless)
 * @returns the `onError` hook
 */
export function createDenyAudit(recorder: EventRecorder, clock: Clock, onFail: (err: unknown) => void) {
  return async (request: FastifyRequest, _reply: FastifyReply, error: FastifyError): Promise<void> => {
    if (typeof error.code !== 'string' || !DENIALS.has(error.code)) return;
    const event: AdminEvent = {
      id: newId(),
      kind: 'admin',
      time: clock.now().toISOString(),
      requestId: request.id,
      source: { ip: request.ip, userAgent: request.ctx?.userAgent ?? null, system: 'khien' },
      actor: actorOf(request),
      action: 'respond.access_denied',
      target: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? '(unmatched)'}` },
      reason: error.code,
      outcome: 'failure',
    };
    try {
      await recorder.record(event);
    } catch (err) {
      onFail(err);
    }
  };
}
