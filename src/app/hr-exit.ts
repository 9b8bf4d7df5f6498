/**
 * What an HR event (exit, transfer, suspension) ends besides the account itself, in the order it runs inside
 * the one HR transaction (DESIGN.md invariant 4): auth applies the event to the account, its sessions, devices,
 * VPN accounts and role grants, then runs these hooks in this order; if any throws, the whole event rolls back.
 */
import type { AuthModule } from '../auth/auth.module.ts';
import type { AccessModule } from '../access/access.module.ts';
import { afterCommit } from '../db/tx-context.ts';
import type { SsoLogout } from './wire-sso.ts';

/** The hooks run inside the HR transaction, in order (names as `auth.hrHooks.names()` reports them). */
export const HR_EXIT_HOOKS = ['access.end-assignments', 'access.sso-logout'] as const;

/**
 * Registers the HR-event hooks of the other modules on the identity module.
 *
 * @param auth - the identity module (runs the hooks inside its HR transaction)
 * @param access - the access module (ends the person's assignments)
 * @param ssoLogout - ends the person's sign-ins to business applications (after COMMIT: back-channel logout is
 *   sent only for a change that holds)
 */
export function connectHrExit(auth: AuthModule, access: AccessModule, ssoLogout: SsoLogout): void {
  auth.hrHooks.register('access.end-assignments', access.hrHook);
  auth.hrHooks.register('access.sso-logout', async (tx, change) => {
    if (change.kind === 'return') return;
    afterCommit(tx, async () => {
      await ssoLogout(change.accountId, `hr_${change.kind}`).catch(() => undefined);
    });
  });
}
