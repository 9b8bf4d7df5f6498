/**
 * TOTP enrolment by the account holder: start (a pending secret, its `otpauth://` URI and a QR code), then
 * confirm with a first code, which activates the secret, issues ten recovery codes and rotates the session
 * (now multi-factor).
 */
import type { StaffActor } from '../../actors/staff-actor.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAuthEvent, recordEvents, type RequestOrigin } from '../auth-events.ts';
import { findAccount, updateAccount } from '../auth.repo.ts';
import { rotateSession, type SessionTokens } from '../sessions.ts';
import { issueRecoveryCodes } from './recovery-codes.ts';
import { matchTotpStep, newTotpSecret, totpQrDataUrl, totpUri } from './totp.ts';
import { runInTransaction } from '../../db/tx-context.ts';

/** A started enrolment. */
export interface TotpEnrolment {
  /** Base32 secret, for manual entry. */
  readonly secret: string;
  readonly otpauthUri: string;
  /** PNG data URL of the QR code. */
  readonly qrPngDataUrl: string;
}

/**
 * Starts (or restarts) an enrolment. An already confirmed secret stays active until the new one is confirmed.
 *
 * @param ctx - module dependencies
 * @param actor - the account holder
 * @returns secret, URI and QR code
 */
export async function startTotpEnrolment(ctx: AuthContext, actor: StaffActor): Promise<TotpEnrolment> {
  const at = ctx.clock.now();
  const account = await findAccount(ctx.db, actor.accountId);
  if (!account) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  // Replacing a confirmed secret needs a multi-factor session: a stolen password alone must not re-bind TOTP.
  if (account.totpConfirmedAt && !actor.mfa) throw new AuthErrors.MFA_REQUIRED();
  const secret = newTotpSecret();
  await updateAccount(ctx.db, actor.accountId, { totpPendingSecret: secret }, at);
  const otpauthUri = totpUri(secret, actor.username);
  return { secret, otpauthUri, qrPngDataUrl: await totpQrDataUrl(otpauthUri) };
}

/**
 * Confirms an enrolment with a first code.
 *
 * @param ctx - module dependencies
 * @param actor - the account holder
 * @param code - the first code from the authenticator
 * @param origin - request origin
 * @returns the ten recovery codes (shown once) and the rotated session tokens
 * @throws AuthErrors.TOTP_NOT_PENDING, TOTP_INVALID
 */
export async function confirmTotpEnrolment(
  ctx: AuthContext,
  actor: StaffActor,
  code: string,
  origin: RequestOrigin,
): Promise<{ recoveryCodes: string[]; tokens: SessionTokens }> {
  const at = ctx.clock.now();
  const account = await findAccount(ctx.db, actor.accountId);
  if (!account?.totpPendingSecret) throw new AuthErrors.TOTP_NOT_PENDING();
  const base = { accountId: actor.accountId, username: actor.username, sessionId: actor.sessionId, unitId: actor.unitId, provinceCode: actor.provinceCode ?? '00' };
  const step = matchTotpStep(account.totpPendingSecret, code, at);
  if (step === null) {
    await recordEvents(ctx.recorder(), buildAuthEvent(at, origin, { ...base, action: 'totp', outcome: 'failure', reason: 'enrolment_code_invalid' }));
    throw new AuthErrors.TOTP_INVALID();
  }
  await recordEvents(ctx.recorder(), buildAuthEvent(at, origin, { ...base, action: 'totp', outcome: 'success', reason: 'enrolled', mfa: true }));
  return runInTransaction(ctx.db, async (tx) => {
    await updateAccount(tx, actor.accountId, { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpConfirmedAt: at, totpLastStep: step }, at);
    const recoveryCodes = await issueRecoveryCodes(tx, actor.accountId, at);
    const tokens = await rotateSession(tx, actor.sessionId, true);
    return { recoveryCodes, tokens };
  });
}
