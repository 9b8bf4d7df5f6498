/**
 * VPN accounts as first-class records (owner, purpose, justification, approver, validity, OTP, last use).
 * Expiry disables them automatically (periodic sweep); HR exits disable them in the HR transaction.
 */
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, recordEvents, SYSTEM_ORIGIN } from '../auth-events.ts';
import { closeVpnAccount, findExpiredActiveVpnAccounts } from './vpn.repo.ts';

/**
 * Disables every active VPN account whose validity has ended; each is an admin event by the system.
 *
 * @param ctx - module dependencies
 * @param at - now
 * @returns how many were expired
 */
export async function expireVpnAccounts(ctx: AuthContext, at: Date): Promise<number> {
  const due = await findExpiredActiveVpnAccounts(ctx.db, at);
  let n = 0;
  for (const v of due) {
    await recordEvents(
      ctx.recorder(),
      buildAdminEvent(at, SYSTEM_ORIGIN, { type: 'system', name: 'vpn-expiry-sweep' }, {
        action: 'vpn.expire',
        target: { type: 'vpn_account', id: v.id },
        before: { status: v.status, validUntil: v.validUntil.toISOString() },
        after: { status: 'expired' },
        reason: 'validity ended',
      }),
    );
    if (await closeVpnAccount(ctx.db, v.id, 'expired', 'validity ended', at)) n++;
  }
  return n;
}
