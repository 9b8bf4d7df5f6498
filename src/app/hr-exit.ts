/**
 * What an HR event (exit, transfer, suspension) ends besides the account itself, in the order it runs inside
 * the one HR transaction (DESIGN.md invariant 4): auth applies the event to the account, its sessions, devices,
 * VPN accounts and role grants, then runs these hooks in this order; if any throws, the whole event rolls back.
 */
import type { AuthModule } from '../auth/auth.module.ts';
import type { AccessModule } from '../access/access.module.ts';

/** The hooks run inside the HR transaction, in order (names as `auth.hrHooks.names()` reports them). */
export const HR_EXIT_HOOKS = ['access.end-assignments'] as const;

/**
 * Registers the HR-event hooks of the other modules on the identity module.
 *
 * @param auth - the identity module (runs the hooks inside its HR transaction)
 * @param access - the access module (ends the person's assignments)
 */
export function connectHrExit(auth: AuthModule, access: AccessModule): void {
  auth.hrHooks.register('access.end-assignments', access.hrHook);
}
