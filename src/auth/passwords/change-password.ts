/**
 * Password change by the account holder (requires the current password) and reset by a security officer
 * (forces a change at next sign-in). Both revoke the account's other sessions; the holder's own session is
 * rotated (privilege change).
 */
import type { StaffActor } from '../../actors/staff-actor.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, buildAuthEvent, recordEvents, type RequestOrigin } from '../auth-events.ts';
import { findAccountWithStaff, updateAccount } from '../auth.repo.ts';
import { revokeAccountSessions } from '../session.repo.ts';
import { rotateSession, type SessionTokens } from '../sessions.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { isPasswordLeaked } from './leaked-passwords.ts';
import { assertPasswordAcceptable } from './password-policy.ts';
import { requireAdminOver } from '../admin/scope.ts';
import { newToken } from '../../platform/ids.ts';
import { runInTransaction } from '../../db/tx-context.ts';

/**
 * Checks a new password against the policy and the leak corpus.
 *
 * @param ctx - module dependencies
 * @param accountId - whose password
 * @param password - the candidate
 * @throws AuthErrors.PASSWORD_TOO_SHORT / PASSWORD_WEAK
 */
export async function assertNewPassword(ctx: AuthContext, accountId: string, password: string): Promise<void> {
  const row = await findAccountWithStaff(ctx.db, accountId);
  if (!row) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  assertPasswordAcceptable(password, { fullName: row.fullName, staffNo: row.staffNo, dateOfBirth: row.dateOfBirth }, ctx.settings.minPasswordLength);
  if (await isPasswordLeaked(ctx.db, password)) throw new AuthErrors.PASSWORD_WEAK('leaked');
}

/**
 * Changes the signed-in account's password.
 *
 * @param ctx - module dependencies
 * @param actor - the signed-in staff member
 * @param current - the current password
 * @param next - the new password
 * @param origin - request origin
 * @returns new tokens for the current session
 * @throws AuthErrors.PASSWORD_CURRENT_WRONG, PASSWORD_REUSED, PASSWORD_TOO_SHORT, PASSWORD_WEAK
 */
export async function changePassword(
  ctx: AuthContext,
  actor: StaffActor,
  current: string,
  next: string,
  origin: RequestOrigin,
): Promise<SessionTokens> {
  const at = ctx.clock.now();
  const row = await findAccountWithStaff(ctx.db, actor.accountId);
  if (!row) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  const base = { accountId: actor.accountId, username: actor.username, sessionId: actor.sessionId, unitId: actor.unitId, provinceCode: actor.provinceCode ?? '00' };
  if (!(await verifyPassword(row.account.passwordHash, current))) {
    await recordEvents(ctx.recorder(), buildAuthEvent(at, origin, { ...base, action: 'password_change', outcome: 'failure', reason: 'current_password_wrong' }));
    throw new AuthErrors.PASSWORD_CURRENT_WRONG();
  }
  if (current === next) throw new AuthErrors.PASSWORD_REUSED();
  await assertNewPassword(ctx, actor.accountId, next);
  const hash = await hashPassword(next);
  await recordEvents(ctx.recorder(), buildAuthEvent(at, origin, { ...base, action: 'password_change', outcome: 'success', reason: 'by_holder' }));
  return runInTransaction(ctx.db, async (tx) => {
    await updateAccount(tx, actor.accountId, { passwordHash: hash, mustChangePassword: false, passwordLeakedAt: null, passwordChangedAt: at }, at);
    await revokeAccountSessions(tx, actor.accountId, at, 'password_change', actor.sessionId);
    return rotateSession(tx, actor.sessionId);
  });
}

/**
 * Resets an account's password (security officer over the account's unit): sets a random temporary
 * password, forces a change at next sign-in and revokes every session.
 *
 * @param ctx - module dependencies
 * @param by - the officer
 * @param accountId - target
 * @param reason - why (recorded)
 * @param origin - request origin
 * @returns the temporary password, to hand over out of band
 */
export async function resetPassword(
  ctx: AuthContext,
  by: StaffActor,
  accountId: string,
  reason: string,
  origin: RequestOrigin,
): Promise<{ temporaryPassword: string }> {
  const at = ctx.clock.now();
  const row = await findAccountWithStaff(ctx.db, accountId);
  if (!row) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  await requireAdminOver(ctx, by, ['security_officer', 'central_security_admin'], row.unitId);
  const temporaryPassword = `Khien-${newToken(12)}`;
  const hash = await hashPassword(temporaryPassword);
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, {
      action: 'account.password_reset',
      target: { type: 'account', id: accountId },
      before: { mustChangePassword: row.account.mustChangePassword },
      after: { mustChangePassword: true, sessionsRevoked: true },
      reason,
    }),
    buildAuthEvent(at, origin, { accountId, username: row.account.username, action: 'password_reset', outcome: 'success', reason: 'by_security_officer' }),
  );
  await runInTransaction(ctx.db, async (tx) => {
    await updateAccount(tx, accountId, { passwordHash: hash, mustChangePassword: true, passwordChangedAt: at }, at);
    await revokeAccountSessions(tx, accountId, at, 'password_reset');
  });
  return { temporaryPassword };
}
