/**
 * Periodic work of the identity module: disable expired VPN accounts, end expired grants' sessions' leftovers,
 * and delete long-dead sessions. Runs on an unref'd timer and stops with the app.
 */
import type { AuthContext } from './auth-context.ts';
import { deleteEndedSessions } from './session.repo.ts';
import { expireVpnAccounts } from './vpn/vpn-accounts.ts';

/** How long dead sessions are kept for "my sessions" and investigations. */
const KEEP_DEAD_SESSIONS_MS = 90 * 86_400_000;

/**
 * Runs one sweep.
 *
 * @param ctx - module dependencies
 * @returns counts of what was done
 */
export async function runAuthSweep(ctx: AuthContext): Promise<{ vpnExpired: number; sessionsDeleted: number }> {
  const at = ctx.clock.now();
  const vpnExpired = await expireVpnAccounts(ctx, at);
  const sessionsDeleted = await deleteEndedSessions(ctx.db, new Date(at.getTime() - KEEP_DEAD_SESSIONS_MS));
  return { vpnExpired, sessionsDeleted };
}

/**
 * Starts the periodic sweep.
 *
 * @param ctx - module dependencies
 * @param onError - called when a sweep fails (the next one retries)
 * @returns a stopper
 */
export function startAuthSweeps(ctx: AuthContext, onError: (err: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runAuthSweep(ctx)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, ctx.settings.sweepSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
