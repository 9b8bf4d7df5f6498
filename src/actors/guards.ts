/**
 * Guards for routes that need a signed-in staff member. Any module may use them.
 */
import type { FastifyRequest } from 'fastify';
import type { StaffActor } from './staff-actor.ts';
import { ActorErrors } from './actor-errors.ts';
import { PERSONAL_DATA_ROLES } from './roles.ts';

/** What a route requires beyond a live session. */
export interface StaffGuardOptions {
  /** Allow while the password must be changed (password-change route). */
  readonly allowPasswordChange?: boolean;
  /** Allow a session without TOTP even for personal-data roles (TOTP enrolment routes). */
  readonly allowWithoutMfa?: boolean;
}

/**
 * Returns the staff actor of the request or throws.
 *
 * @param request - the request
 * @param opts - relaxations for the credential routes
 * @returns the actor
 * @throws ActorErrors.UNAUTHENTICATED without a staff session
 * @throws ActorErrors.PASSWORD_CHANGE_REQUIRED while a password change is pending
 * @throws ActorErrors.MFA_ENROLMENT_REQUIRED for personal-data roles on a session without TOTP
 */
export function requireStaff(request: FastifyRequest, opts: StaffGuardOptions = {}): StaffActor {
  const actor = request.ctx.actor;
  if (!actor || actor.type !== 'staff') throw new ActorErrors.UNAUTHENTICATED();
  if (actor.mustChangePassword && !opts.allowPasswordChange) throw new ActorErrors.PASSWORD_CHANGE_REQUIRED();
  if (!actor.mfa && !opts.allowWithoutMfa && actor.roles.some((r) => PERSONAL_DATA_ROLES.has(r.role))) {
    throw new ActorErrors.MFA_ENROLMENT_REQUIRED();
  }
  return actor;
}
