/**
 * Sign-in (issue 3, build items 2–6): throttling first, then argon2id, account and staff status, active
 * roles, the registered device, TOTP or a recovery code, the leaked-password check, and a new session.
 * Every outcome is an `AuthEvent` with source address, device and user agent; every credential failure is
 * the one generic `KHIEN_AUTH_SIGNIN_FAILED`.
 */
import type { AuthEvent, KhienEvent } from '../../events/types.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAuthEvent, recordEvents, type RequestOrigin } from '../auth-events.ts';
import { advanceTotpStep, findAccountByUsername, findActiveGrants, updateAccount, type AccountWithStaff } from '../auth.repo.ts';
import { deviceSecretMatches, type PresentedDevice } from '../device-cookie.ts';
import { findDevice, updateDevice } from '../device.repo.ts';
import { verifyPassword } from '../passwords/hash-password.ts';
import { isPasswordLeaked } from '../passwords/leaked-passwords.ts';
import { PERSONAL_DATA_ROLES } from '../../actors/roles.ts';
import { revokeSession } from '../session.repo.ts';
import { startSession, type SessionTokens } from '../sessions.ts';
import { consumeRecoveryCode } from '../totp/recovery-codes.ts';
import { matchTotpStep } from '../totp/totp.ts';
import { checkThrottle, recordFailure, recordSuccess, type AttemptKey } from './throttle.ts';

/** What the client sends. */
export interface SignInInput {
  readonly username: string;
  readonly password: string;
  readonly totp?: string;
  readonly recoveryCode?: string;
}

/** Where the attempt comes from. */
export interface SignInOrigin {
  readonly ip: string;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  /** The signed device cookie, if presented and correctly signed. */
  readonly device: PresentedDevice | null;
}

/** A successful sign-in. */
export interface SignInResult {
  readonly tokens: SessionTokens;
  readonly accountId: string;
  readonly mfa: boolean;
  readonly mustChangePassword: boolean;
  /** The account holds a personal-data role but has not enrolled TOTP yet: only enrolment is open. */
  readonly totpEnrolmentRequired: boolean;
  readonly passwordLeaked: boolean;
}

/**
 * Normalises a login name (staff numbers are upper-case).
 *
 * @param username - as typed
 * @returns the normalised name
 */
export function normaliseUsername(username: string): string {
  return username.trim().toUpperCase();
}

/**
 * Signs a staff member in.
 *
 * @param ctx - module dependencies
 * @param input - credentials
 * @param from - request origin and presented device
 * @returns the session and what the client must do next
 * @throws AuthErrors.SIGNIN_FAILED for every credential failure, block and inactive account
 * @throws AuthErrors.MFA_REQUIRED when the password is right and a code is needed but missing
 * @throws AuthErrors.AUDIT_UNAVAILABLE when the events cannot be recorded
 */
export async function signIn(ctx: AuthContext, input: SignInInput, from: SignInOrigin): Promise<SignInResult> {
  const at = ctx.clock.now();
  const username = normaliseUsername(input.username);
  const row = await findAccountByUsername(ctx.db, username);
  const account = row?.account;
  let deviceId: string | null = from.device?.deviceId ?? null;
  let trusted = false;
  let pendingHere = false;
  if (from.device) {
    const device = await findDevice(ctx.db, from.device.deviceId);
    if (!device) deviceId = null;
    else {
      const own = !!account && device.accountId === account.id && deviceSecretMatches(from.device, device.secretHash);
      trusted = own && device.status === 'approved';
      pendingHere = own && device.status === 'pending';
    }
  }
  const origin: RequestOrigin = { ip: from.ip, userAgent: from.userAgent, requestId: from.requestId, deviceId, deviceRegistered: trusted };
  const key: AttemptKey = { username: username.toLowerCase(), ip: from.ip, deviceId, trustedDevice: trusted };
  const ev = (fields: Pick<AuthEvent, 'action' | 'outcome' | 'reason'> & Partial<AuthEvent>): AuthEvent =>
    buildAuthEvent(at, origin, {
      accountId: account?.id ?? null,
      username,
      unitId: row?.unitId ?? null,
      provinceCode: row ? (row.provinceCode ?? '00') : null,
      ...fields,
    });
  // `refusal`: the error said in words once the password was right (suspended, no device, …); before that,
  // every failure is the one generic error.
  const fail = async (reason: string, countIt: boolean, extra: KhienEvent[] = [], mfaMissing = false, refusal?: Error): Promise<never> => {
    const events: KhienEvent[] = [ev({ action: 'signin', outcome: 'failure', reason }), ...extra];
    if (countIt) {
      const effects = await recordFailure(ctx.db, ctx.settings, key, at);
      if (effects.sourceBlocked) events.push(ev({ action: 'throttled', outcome: 'failure', reason: 'source_blocked' }));
      if (effects.sprayingSource) events.push(ev({ action: 'throttled', outcome: 'failure', reason: 'spraying_source' }));
      if (effects.accountBlocked) events.push(ev({ action: 'account_blocked', outcome: 'failure', reason: 'account_wide_threshold' }));
    }
    await recordEvents(ctx.recorder(), ...events);
    if (mfaMissing) throw new AuthErrors.MFA_REQUIRED();
    if (refusal) throw refusal;
    throw new AuthErrors.SIGNIN_FAILED();
  };

  const verdict = await checkThrottle(ctx.db, ctx.settings, key, at);
  if (!verdict.allowed) {
    await recordEvents(ctx.recorder(), ev({ action: 'throttled', outcome: 'failure', reason: verdict.reason }));
    // Said as such (the same for any name, existing or not, so it tells nothing about accounts).
    throw new AuthErrors.SIGNIN_THROTTLED();
  }
  const passwordOk = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!row || !account) return fail('unknown_account', true);
  if (!passwordOk) return fail('bad_password', true);
  if (account.status === 'suspended') return fail(`account_${account.status}`, false, [], false, new AuthErrors.SIGNIN_SUSPENDED());
  if (account.status !== 'active') return fail(`account_${account.status}`, false, [], false, new AuthErrors.SIGNIN_DISABLED());
  if (row.staffStatus !== 'active') return fail(`staff_${row.staffStatus}`, false, [], false, new AuthErrors.SIGNIN_DISABLED());
  const grants = await findActiveGrants(ctx.db, account.id, at);
  if (grants.length === 0) return fail('no_active_role', false, [], false, new AuthErrors.SIGNIN_NO_ROLE());
  const roles = grants.map((g) => g.role);
  const personalData = roles.some((r) => PERSONAL_DATA_ROLES.has(r));
  if (!trusted) {
    const seen = ev({ action: 'device_seen', outcome: 'failure', reason: deviceId ? 'device_not_approved' : 'no_device' });
    if (personalData) return fail('unregistered_device', false, [seen], false, pendingHere ? new AuthErrors.DEVICE_PENDING() : new AuthErrors.DEVICE_NOT_REGISTERED());
    await recordEvents(ctx.recorder(), seen);
  }
  const mfa = await checkSecondFactor(ctx, row, input, at, fail);
  const events: KhienEvent[] = [];
  const leaked = await isPasswordLeaked(ctx.db, input.password);
  if (leaked) events.push(ev({ action: 'password_leaked', outcome: 'failure', reason: 'password_in_leak_list' }));
  const totpEnrolmentRequired = personalData && !account.totpConfirmedAt;
  const mustChangePassword = account.mustChangePassword || leaked;

  await recordSuccess(ctx.db, key);
  const session = await startSession(ctx.db, ctx.settings, {
    accountId: account.id,
    deviceId: trusted ? deviceId : null,
    mfa,
    ip: from.ip,
    userAgent: from.userAgent,
    roles,
    at,
  });
  events.unshift(ev({ action: 'signin', outcome: 'success', reason: mfa ? 'password_totp' : 'password', sessionId: session.sessionId, mfa }));
  for (const id of session.displaced) events.push(ev({ action: 'session_revoked', outcome: 'success', reason: 'concurrent_limit', sessionId: id }));
  try {
    await recordEvents(ctx.recorder(), ...events);
  } catch (err) {
    await revokeSession(ctx.db, session.sessionId, at, 'audit_unavailable');
    throw err;
  }
  await updateAccount(
    ctx.db,
    account.id,
    { lastSignInAt: at, ...(leaked ? { mustChangePassword: true, passwordLeakedAt: at } : {}) },
    at,
  );
  if (trusted && deviceId) await updateDevice(ctx.db, deviceId, { lastSeenAt: at });
  return { tokens: session, accountId: account.id, mfa, mustChangePassword, totpEnrolmentRequired, passwordLeaked: leaked };
}

/**
 * Checks TOTP or a recovery code when the account has enrolled TOTP.
 *
 * @returns whether the session is multi-factor
 */
async function checkSecondFactor(
  ctx: AuthContext,
  row: AccountWithStaff,
  input: SignInInput,
  at: Date,
  fail: (reason: string, countIt: boolean, extra?: KhienEvent[], mfaMissing?: boolean) => Promise<never>,
): Promise<boolean> {
  const account = row.account;
  if (!account.totpConfirmedAt || !account.totpSecret) return false;
  if (input.totp) {
    const step = matchTotpStep(account.totpSecret, input.totp, at);
    if (step === null) return fail('totp_invalid', true);
    if (!(await advanceTotpStep(ctx.db, account.id, step))) return fail('totp_replayed', true);
    return true;
  }
  if (input.recoveryCode) {
    if (!(await consumeRecoveryCode(ctx.db, account.id, input.recoveryCode, at))) return fail('recovery_code_invalid', true);
    return true;
  }
  return fail('mfa_missing', false, [], true);
}
