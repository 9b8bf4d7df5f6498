/**
 * VPN accounts as first-class records (owner, purpose, justification, approver, validity, OTP, last use).
 * Expiry disables them automatically (periodic sweep); HR exits disable them in the HR transaction.
 */
import type { StaffActor } from '../../actors/staff-actor.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, buildAuthEvent, recordEvents, SYSTEM_ORIGIN, type RequestOrigin } from '../auth-events.ts';
import { advanceTotpStep, findAccountWithStaff, listAccountsInUnits } from '../auth.repo.ts';
import { requireAdminOver, unitsAdministered } from '../admin/scope.ts';
import { matchTotpStep } from '../totp/totp.ts';
import { newId } from '../../platform/ids.ts';
import {
  closeVpnAccount,
  findExpiredActiveVpnAccounts,
  findVpnAccount,
  findVpnAccountByUsername,
  insertVpnAccount,
  listVpnAccountsApprovedBy,
  listVpnAccountsOfOwners,
  touchVpnAccount,
  type VpnAccount,
} from './vpn.repo.ts';

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

/** Roles that create, disable and review VPN accounts for owners in their subtree. */
export const VPN_ADMIN_ROLES = ['unit_head', 'security_officer', 'central_security_admin'] as const;
/** Days without use after which a VPN account is due for review. */
export const VPN_UNUSED_DAYS = 30;
/** Days before expiry from which a VPN account is due for review. */
export const VPN_EXPIRING_DAYS = 14;

/** A VPN account as shown in the API. */
export interface VpnAccountView {
  readonly id: string;
  readonly vpnUsername: string;
  readonly ownerAccountId: string;
  readonly purpose: string;
  readonly justification: string;
  readonly approvedBy: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly otpRequired: boolean;
  readonly status: VpnAccount['status'];
  readonly disabledReason: string | null;
  readonly lastUsedAt: string | null;
  readonly createdAt: string;
}

/** Presents a VPN account. */
export function presentVpnAccount(v: VpnAccount): VpnAccountView {
  return {
    id: v.id,
    vpnUsername: v.vpnUsername,
    ownerAccountId: v.ownerAccountId,
    purpose: v.purpose,
    justification: v.justification,
    approvedBy: v.approvedBy,
    validFrom: v.validFrom.toISOString(),
    validUntil: v.validUntil.toISOString(),
    otpRequired: v.otpRequired,
    status: v.status,
    disabledReason: v.disabledReason,
    lastUsedAt: v.lastUsedAt?.toISOString() ?? null,
    createdAt: v.createdAt.toISOString(),
  };
}

/**
 * Creates a VPN account for a staff member (the creator, a unit head or security officer over the owner's
 * unit, is the approver of record). OTP is always required: the owner must have enrolled TOTP.
 *
 * @param ctx - module dependencies
 * @param by - the approver
 * @param input - owner, VPN user name, purpose, justification, validity
 * @param origin - request origin
 * @returns the VPN account
 */
export async function createVpnAccount(
  ctx: AuthContext,
  by: StaffActor,
  input: { ownerAccountId: string; vpnUsername: string; purpose: string; justification: string; validFrom?: Date; validUntil: Date },
  origin: RequestOrigin,
): Promise<VpnAccountView> {
  const at = ctx.clock.now();
  const owner = await findAccountWithStaff(ctx.db, input.ownerAccountId);
  if (!owner) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  await requireAdminOver(ctx, by, VPN_ADMIN_ROLES, owner.unitId);
  if (by.accountId === owner.account.id) throw new AuthErrors.FORBIDDEN();
  if (owner.account.status !== 'active' || owner.staffStatus !== 'active') throw new AuthErrors.ACCOUNT_STATE(owner.account.status);
  if (!owner.account.totpConfirmedAt) throw new AuthErrors.MFA_ENROLMENT_REQUIRED();
  const validFrom = input.validFrom ?? at;
  if (input.validUntil.getTime() <= Math.max(at.getTime(), validFrom.getTime()) || input.validUntil.getTime() - validFrom.getTime() > ctx.settings.maxVpnDays * 86_400_000) {
    throw new AuthErrors.VPN_PERIOD_INVALID(ctx.settings.maxVpnDays);
  }
  if (await findVpnAccountByUsername(ctx.db, input.vpnUsername)) throw new AuthErrors.VPN_EXISTS();
  const row: VpnAccount = {
    id: newId(),
    vpnUsername: input.vpnUsername,
    ownerAccountId: owner.account.id,
    purpose: input.purpose,
    justification: input.justification,
    approvedBy: by.accountId,
    validFrom,
    validUntil: input.validUntil,
    otpRequired: true,
    status: 'active',
    disabledReason: null,
    disabledAt: null,
    lastUsedAt: null,
    createdBy: by.accountId,
    createdAt: at,
  };
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, { action: 'vpn.create', target: { type: 'vpn_account', id: row.id }, after: presentVpnAccount(row), reason: input.justification }),
  );
  try {
    await insertVpnAccount(ctx.db, row);
  } catch {
    throw new AuthErrors.VPN_EXISTS();
  }
  return presentVpnAccount(row);
}

/**
 * Disables a VPN account now.
 *
 * @param ctx - module dependencies
 * @param by - who disables
 * @param id - the VPN account
 * @param reason - recorded reason
 * @param origin - request origin
 * @returns the account after the change
 */
export async function disableVpnAccount(ctx: AuthContext, by: StaffActor, id: string, reason: string, origin: RequestOrigin): Promise<VpnAccountView> {
  const at = ctx.clock.now();
  const v = await findVpnAccount(ctx.db, id);
  if (!v) throw new AuthErrors.VPN_NOT_FOUND();
  const owner = await findAccountWithStaff(ctx.db, v.ownerAccountId);
  if (owner) await requireAdminOver(ctx, by, VPN_ADMIN_ROLES, owner.unitId);
  else await requireAdminOver(ctx, by, ['central_security_admin'], 'VSS');
  if (v.status !== 'active') throw new AuthErrors.ACCOUNT_STATE(v.status);
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, { action: 'vpn.disable', target: { type: 'vpn_account', id }, before: { status: v.status }, after: { status: 'disabled' }, reason }),
  );
  await closeVpnAccount(ctx.db, id, 'disabled', reason, at);
  return presentVpnAccount({ ...v, status: 'disabled', disabledReason: reason, disabledAt: at });
}

/** Why a VPN account is due for review. */
export type VpnReviewReason = 'expiring' | 'unused_30_days' | 'owner_transferred' | 'owner_left' | 'owner_inactive';

/**
 * VPN accounts of owners in the reviewer's subtree (and owners who left it through a transfer since the VPN
 * account was created) that are due for review, with the reasons.
 *
 * @param ctx - module dependencies
 * @param by - the unit head or security officer
 * @returns due accounts with reasons
 */
export async function listVpnDueForReview(ctx: AuthContext, by: StaffActor): Promise<Array<VpnAccountView & { reasons: VpnReviewReason[] }>> {
  const at = ctx.clock.now();
  const units = await unitsAdministered(ctx, by, VPN_ADMIN_ROLES);
  if (units.length === 0) throw new AuthErrors.FORBIDDEN();
  const owners = await listAccountsInUnits(ctx.db, units, 20_000, 0);
  const ownerById = new Map(owners.map((o) => [o.account.id, o]));
  const all = await listVpnAccountsOfOwners(ctx.db, [...ownerById.keys()]);
  // Owners transferred out of the subtree: their VPN accounts were disabled by the HR transaction, but the
  // reviewer who approved them still sees them until reviewed.
  const approved = (await listVpnAccountsApprovedBy(ctx.db, by.accountId)).filter((v) => !ownerById.has(v.ownerAccountId));
  const out: Array<VpnAccountView & { reasons: VpnReviewReason[] }> = [];
  const expiring = at.getTime() + VPN_EXPIRING_DAYS * 86_400_000;
  const unusedSince = at.getTime() - VPN_UNUSED_DAYS * 86_400_000;
  for (const v of [...all, ...approved]) {
    const reasons: VpnReviewReason[] = [];
    const owner = ownerById.get(v.ownerAccountId) ?? (await findAccountWithStaff(ctx.db, v.ownerAccountId));
    if (v.status === 'active') {
      if (v.validUntil.getTime() <= expiring) reasons.push('expiring');
      const lastUse = v.lastUsedAt?.getTime() ?? v.validFrom.getTime();
      if (lastUse < unusedSince) reasons.push('unused_30_days');
    }
    if (owner) {
      if (owner.staffStatus === 'retired' || owner.staffStatus === 'resigned') reasons.push('owner_left');
      else if (owner.staffStatus !== 'active' || owner.account.status !== 'active') reasons.push('owner_inactive');
      if (!ownerById.has(v.ownerAccountId) || v.disabledReason === 'hr_transfer') reasons.push('owner_transferred');
    }
    if (reasons.length > 0 && (v.status === 'active' || v.disabledReason?.startsWith('hr_'))) out.push({ ...presentVpnAccount(v), reasons });
  }
  return out;
}

/**
 * Checks a VPN sign-in for the VPN gateway (RADIUS bridge): the VPN account must be active and valid, its
 * owner active, and the owner's TOTP code right (replay refused). Records a `vpn_connect` auth event and
 * the last use.
 *
 * @param ctx - module dependencies
 * @param input - VPN user name and code
 * @param origin - gateway origin
 * @returns true when accepted
 */
export async function verifyVpnConnect(ctx: AuthContext, input: { vpnUsername: string; code: string }, origin: RequestOrigin): Promise<boolean> {
  const at = ctx.clock.now();
  const v = await findVpnAccountByUsername(ctx.db, input.vpnUsername);
  const owner = v ? await findAccountWithStaff(ctx.db, v.ownerAccountId) : undefined;
  let reason = 'ok';
  if (!v || !owner) reason = 'unknown_vpn_account';
  else if (v.status !== 'active' || v.validFrom.getTime() > at.getTime() || v.validUntil.getTime() <= at.getTime()) reason = `vpn_${v.status === 'active' ? 'outside_validity' : v.status}`;
  else if (owner.account.status !== 'active' || owner.staffStatus !== 'active') reason = 'owner_inactive';
  else if (!owner.account.totpSecret || !owner.account.totpConfirmedAt) reason = 'owner_no_totp';
  else {
    const step = matchTotpStep(owner.account.totpSecret, input.code, at);
    if (step === null) reason = 'totp_invalid';
    else if (!(await advanceTotpStep(ctx.db, owner.account.id, step))) reason = 'totp_replayed';
  }
  const ok = reason === 'ok';
  await recordEvents(
    ctx.recorder(),
    buildAuthEvent(at, origin, {
      accountId: owner?.account.id ?? null,
      username: input.vpnUsername,
      action: 'vpn_connect',
      outcome: ok ? 'success' : 'failure',
      reason,
      mfa: ok,
      unitId: owner?.unitId ?? null,
      provinceCode: owner ? (owner.provinceCode ?? '00') : null,
    }),
  );
  if (ok && v) await touchVpnAccount(ctx.db, v.id, at);
  return ok;
}
