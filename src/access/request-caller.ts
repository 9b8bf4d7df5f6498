/**
 * Turns the request context (resolved once by the http layer's `onRequest` hook) into the caller the access
 * services take. No other code of this module reads the actor off the request.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { FastifyRequest } from 'fastify';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessCaller } from './access-events.ts';
import type { ExternalActor } from '../actors/external-actor.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** True on every route that returns registry (personal) data; such routes must go through the accessor. */
    personalData?: boolean;
  }
}

/**
 * The caller of a request, whoever it is.
 *
 * @param request - the request
 * @returns the caller
 * @throws ActorErrors.UNAUTHENTICATED when no actor was resolved
 */
export function callerOf(request: FastifyRequest): AccessCaller {
  const actor = request.ctx?.actor;
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  return { actor, requestId: request.id, ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

/**
 * The caller, who must be a staff member (optionally holding one of `roles`).
 *
 * @param request - the request
 * @param roles - roles of which one is required (any role when omitted)
 * @returns the staff caller
 * @throws ActorErrors.UNAUTHENTICATED / FORBIDDEN
 */
export function staffCallerOf(request: FastifyRequest, roles?: readonly Role[]): AccessCaller & { actor: StaffActor } {
  const caller = callerOf(request);
  const actor = caller.actor;
  if (actor.type !== 'staff') throw new ActorErrors.FORBIDDEN();
  if (roles && !actor.roles.some((r) => roles.includes(r.role))) throw new ActorErrors.FORBIDDEN();
  return { ...caller, actor };
}

/**
 * The caller, who must be an external organisation.
 *
 * @param request - the request
 * @returns the external caller
 * @throws AccessErrors.API_KEY_INVALID when the request carries no valid API key
 */
export function externalCallerOf(request: FastifyRequest): AccessCaller & { actor: ExternalActor } {
  const actor = request.ctx?.actor;
  if (!actor || actor.type !== 'external') throw new AccessErrors.API_KEY_INVALID();
  return { actor, requestId: request.id, ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}
