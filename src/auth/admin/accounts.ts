/**
 * Account administration: create an account for a staff record, grant and end dated roles on unit subtrees,
 * suspend and reinstate. Every act is an `AdminEvent` recorded before the change is applied (a recorder
 * failure cancels the act).
 */
import type { StaffActor } from '../../actors/staff-actor.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, buildAuthEvent, recordEvents, SYSTEM_ORIGIN, type AdminBy, type RequestOrigin } from '../auth-events.ts';
import {
  endGrant,
  findAccountByStaff,
  findAccountWithStaff,
  findGrant,
  insertAccount,
  insertGrant,
  listAccountsInUnits,
  listGrants,
  updateAccount,
  type AccountWithStaff,
  type RoleGrant,
} from '../auth.repo.ts';
import { findStaff } from '../../org/org.repo.ts';
import { newId, newToken } from '../../platform/ids.ts';
import { hashPassword } from '../passwords/hash-password.ts';
import type { Role } from '../../actors/roles.ts';
import { revokeAccountSessions } from '../session.repo.ts';
import { notifyChange } from '../../db/change-notices.ts';
import { loadUnitTree, requireAdminOver, unitsAdministered } from './scope.ts';
import { runInTransaction } from '../../db/tx-context.ts';

/** Roles that administer accounts in their subtree. */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = ['security_officer', 'central_security_admin', 'system_admin'];

/** Who may grant each role (over the grant's unit and the account's unit). */
export const GRANTERS: Readonly<Record<Role, readonly Role[]>> = {
  staff: ['security_officer', 'central_security_admin', 'system_admin'],
  unit_head: ['security_officer', 'central_security_admin', 'system_admin'],
  security_officer: ['central_security_admin', 'system_admin'],
  auditor: ['central_security_admin', 'system_admin'],
  central_security_admin: ['system_admin'],
  system_admin: ['system_admin'],
};

/** Longest role grant, days (grants expire: DESIGN.md invariant 4). */
export const MAX_GRANT_DAYS = 366;

/** An account as shown to administrators. */
export interface AccountView {
  readonly id: string;
  readonly staffId: string;
  readonly username: string;
  readonly fullName: string;
  readonly unitId: string;
  readonly status: string;
  readonly staffStatus: string;
  readonly mustChangePassword: boolean;
  readonly totpEnrolled: boolean;
  readonly lastSignInAt: string | null;
}

/** A role grant as shown in the API. */
export interface GrantView {
  readonly id: string;
  readonly accountId: string;
  readonly role: Role;
  readonly unitId: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly revokedAt: string | null;
  readonly grantedBy: string | null;
}

/** Presents an account. */
export function presentAccount(r: AccountWithStaff): AccountView {
  return {
    id: r.account.id,
    staffId: r.account.staffId,
    username: r.account.username,
    fullName: r.fullName,
    unitId: r.unitId,
    status: r.account.status,
    staffStatus: r.staffStatus,
    mustChangePassword: r.account.mustChangePassword,
    totpEnrolled: r.account.totpConfirmedAt !== null,
    lastSignInAt: r.account.lastSignInAt?.toISOString() ?? null,
  };
}

/** Presents a grant. */
export function presentGrant(g: RoleGrant): GrantView {
  return {
    id: g.id,
    accountId: g.accountId,
    role: g.role,
    unitId: g.unitId,
    validFrom: g.validFrom.toISOString(),
    validUntil: g.validUntil.toISOString(),
    revokedAt: g.revokedAt?.toISOString() ?? null,
    grantedBy: g.grantedBy,
  };
}

async function loadAccount(ctx: AuthContext, accountId: string): Promise<AccountWithStaff> {
  const row = await findAccountWithStaff(ctx.db, accountId);
  if (!row) throw new AuthErrors.ACCOUNT_NOT_FOUND();
  return row;
}

/**
 * Creates the account of a staff record with a temporary password (to change at first sign-in).
 *
 * @param ctx - module dependencies
 * @param by - the administrator
 * @param input - staff id and reason
 * @param origin - request origin
 * @returns the account and its temporary password (shown once)
 */
export async function createAccount(
  ctx: AuthContext,
  by: AdminBy,
  input: { staffId: string; reason?: string | null },
  origin: RequestOrigin,
): Promise<{ account: AccountView; temporaryPassword: string }> {
  const at = ctx.clock.now();
  const person = await findStaff(ctx.db, input.staffId);
  if (!person) throw new AuthErrors.STAFF_NOT_FOUND();
  if (by.type === 'staff') await requireAdminOver(ctx, by, ACCOUNT_ADMIN_ROLES, person.unitId);
  if (person.status !== 'active') throw new AuthErrors.STAFF_INACTIVE();
  if (await findAccountByStaff(ctx.db, person.id)) throw new AuthErrors.ACCOUNT_EXISTS();
  const id = newId();
  const temporaryPassword = `Khien-${newToken(12)}`;
  const passwordHash = await hashPassword(temporaryPassword);
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, {
      action: 'account.create',
      target: { type: 'account', id },
      after: { staffId: person.id, username: person.staffNo, unitId: person.unitId, status: 'active' },
      reason: input.reason ?? null,
    }),
  );
  try {
    await insertAccount(ctx.db, { id, staffId: person.id, username: person.staffNo, passwordHash, mustChangePassword: true, status: 'active', createdAt: at, updatedAt: at });
  } catch {
    // A concurrent creation for the same staff record or login name.
    throw new AuthErrors.ACCOUNT_EXISTS();
  }
  return { account: presentAccount(await loadAccount(ctx, id)), temporaryPassword };
}

/**
 * Grants a role on a unit subtree until a date. Elevation ends the account's live sessions so that no token
 * issued before the change carries the new privilege (rotation on privilege change).
 *
 * @param ctx - module dependencies
 * @param by - the granter
 * @param accountId - the account
 * @param input - role, unit, period, reason
 * @param origin - request origin
 * @returns the grant
 */
export async function grantRole(
  ctx: AuthContext,
  by: AdminBy,
  accountId: string,
  input: { role: Role; unitId: string; validFrom?: Date; validUntil: Date; reason: string },
  origin: RequestOrigin,
): Promise<GrantView> {
  const at = ctx.clock.now();
  const row = await loadAccount(ctx, accountId);
  const tree = await loadUnitTree(ctx);
  if (!tree.has(input.unitId)) throw new AuthErrors.UNIT_NOT_FOUND(input.unitId);
  if (by.type === 'staff') {
    if (by.accountId === accountId) throw new AuthErrors.FORBIDDEN();
    await requireAdminOver(ctx, by, GRANTERS[input.role], input.unitId);
    await requireAdminOver(ctx, by, GRANTERS[input.role], row.unitId);
  }
  if (row.account.status !== 'active' || row.staffStatus !== 'active') throw new AuthErrors.ACCOUNT_STATE(row.account.status);
  const validFrom = input.validFrom ?? at;
  if (input.validUntil.getTime() <= Math.max(validFrom.getTime(), at.getTime()) || input.validUntil.getTime() - validFrom.getTime() > MAX_GRANT_DAYS * 86_400_000) {
    throw new AuthErrors.GRANT_INVALID();
  }
  // Other modules' conditions (e.g. a mandatory course that must be current); a refusal writes nothing.
  await ctx.grantChecks?.run({ accountId, staffId: row.account.staffId, unitId: input.unitId, role: input.role, at });
  const grant: RoleGrant = {
    id: newId(),
    accountId,
    role: input.role,
    unitId: input.unitId,
    validFrom,
    validUntil: input.validUntil,
    grantedBy: by.type === 'staff' ? by.accountId : null,
    revokedAt: null,
    createdAt: at,
  };
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, {
      action: 'role.grant',
      target: { type: 'account', id: accountId },
      after: presentGrant(grant),
      reason: input.reason,
    }),
  );
  await runInTransaction(ctx.db, async (tx) => {
    await insertGrant(tx, grant);
    await revokeAccountSessions(tx, accountId, at, 'privilege_change');
  });
  return presentGrant(grant);
}

/**
 * Ends a role grant now.
 *
 * @param ctx - module dependencies
 * @param by - the administrator
 * @param grantId - the grant
 * @param reason - recorded reason
 * @param origin - request origin
 * @returns the grant after the change
 */
export async function endRoleGrant(ctx: AuthContext, by: AdminBy, grantId: string, reason: string, origin: RequestOrigin): Promise<GrantView> {
  const at = ctx.clock.now();
  const grant = await findGrant(ctx.db, grantId);
  if (!grant) throw new AuthErrors.GRANT_NOT_FOUND();
  if (by.type === 'staff') await requireAdminOver(ctx, by, GRANTERS[grant.role], grant.unitId);
  if (grant.revokedAt) return presentGrant(grant);
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, {
      action: 'role.end',
      target: { type: 'account', id: grant.accountId },
      before: presentGrant(grant),
      after: { revokedAt: at.toISOString() },
      reason,
    }),
  );
  await endGrant(ctx.db, grantId, at);
  return presentGrant({ ...grant, revokedAt: at });
}

/**
 * Suspends an account: it cannot sign in and every session ends at once. Called by security officers and by
 * the detector's high-confidence rules (with `by` = the system).
 *
 * @param ctx - module dependencies
 * @param accountId - the account
 * @param reason - recorded reason
 * @param by - who suspends
 * @param origin - request origin (defaults to none)
 * @returns the account after the change
 */
export async function suspendAccount(ctx: AuthContext, accountId: string, reason: string, by: AdminBy, origin: RequestOrigin = SYSTEM_ORIGIN): Promise<AccountView> {
  return setAccountStatus(ctx, accountId, 'suspended', reason, by, origin);
}

/**
 * Suspends an account unless it is already suspended or disabled, in which case the request is recorded as a
 * no-op admin event (`after.unchanged`) instead of failing: the detector asks for suspensions of accounts an HR
 * exit or an earlier alert already ended (issue 21), and those are not failures.
 *
 * @param ctx - module dependencies
 * @param accountId - the account
 * @param reason - recorded reason
 * @param by - who asks (the detector: the system)
 * @param origin - request origin (defaults to none)
 * @returns the account and whether its status changed
 * @throws KHIEN_AUTH_ACCOUNT_NOT_FOUND when the account does not exist
 */
export async function ensureAccountSuspended(
  ctx: AuthContext,
  accountId: string,
  reason: string,
  by: AdminBy,
  origin: RequestOrigin = SYSTEM_ORIGIN,
): Promise<{ account: AccountView; changed: boolean }> {
  const row = await loadAccount(ctx, accountId);
  if (row.account.status === 'active') {
    try {
      return { account: await setAccountStatus(ctx, accountId, 'suspended', reason, by, origin), changed: true };
    } catch (err) {
      // Another node or the CLI ended it in between: fall through to the recorded no-op.
      if ((err as { code?: unknown }).code !== 'KHIEN_AUTH_ACCOUNT_STATE') throw err;
    }
  }
  const now = await loadAccount(ctx, accountId);
  const status = now.account.status;
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(ctx.clock.now(), origin, by, { action: 'account.suspend', target: { type: 'account', id: accountId }, before: { status }, after: { status, unchanged: true }, reason }),
  );
  return { account: presentAccount(now), changed: false };
}

/**
 * Reinstates a suspended account (sessions are not restored; the holder signs in again).
 *
 * @param ctx - module dependencies
 * @param accountId - the account
 * @param reason - recorded reason
 * @param by - who reinstates
 * @param origin - request origin
 * @returns the account after the change
 */
export async function reinstateAccount(ctx: AuthContext, accountId: string, reason: string, by: AdminBy, origin: RequestOrigin = SYSTEM_ORIGIN): Promise<AccountView> {
  return setAccountStatus(ctx, accountId, 'active', reason, by, origin);
}

async function setAccountStatus(
  ctx: AuthContext,
  accountId: string,
  status: 'active' | 'suspended',
  reason: string,
  by: AdminBy,
  origin: RequestOrigin,
): Promise<AccountView> {
  const at = ctx.clock.now();
  const row = await loadAccount(ctx, accountId);
  if (by.type === 'staff') {
    if (by.accountId === accountId) throw new AuthErrors.FORBIDDEN();
    await requireAdminOver(ctx, by, ['security_officer', 'central_security_admin'], row.unitId);
  }
  const from = row.account.status;
  if (status === 'suspended' && from !== 'active') throw new AuthErrors.ACCOUNT_STATE(from);
  if (status === 'active' && from !== 'suspended') throw new AuthErrors.ACCOUNT_STATE(from);
  const action = status === 'suspended' ? 'account.suspend' : 'account.reinstate';
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, { action, target: { type: 'account', id: accountId }, before: { status: from }, after: { status }, reason }),
    ...(status === 'suspended'
      ? [buildAuthEvent(at, origin, { accountId, username: row.account.username, action: 'session_revoked', outcome: 'success', reason: 'account_suspended' })]
      : []),
  );
  await runInTransaction(ctx.db, async (tx) => {
    await updateAccount(tx, accountId, { status, statusReason: reason }, at);
    if (status === 'suspended') await revokeAccountSessions(tx, accountId, at, 'account_suspended');
    await notifyChange(tx, 'accounts');
  });
  if (status === 'suspended') await ctx.sessionEnds.notify(accountId, 'account_suspended');
  return presentAccount({ ...row, account: { ...row.account, status, statusReason: reason } });
}

/**
 * Lists accounts the administrator manages.
 *
 * @param ctx - module dependencies
 * @param by - the administrator
 * @param page - limit and offset
 * @returns accounts
 */
export async function listManagedAccounts(ctx: AuthContext, by: StaffActor, page: { limit: number; offset: number; q?: string }): Promise<AccountView[]> {
  const units = await unitsAdministered(ctx, by, [...ACCOUNT_ADMIN_ROLES, 'unit_head']);
  if (units.length === 0) throw new AuthErrors.FORBIDDEN();
  return (await listAccountsInUnits(ctx.db, units, page.limit, page.offset, page.q)).map(presentAccount);
}

/**
 * One account with its grants, for an administrator over its unit.
 *
 * @param ctx - module dependencies
 * @param by - the administrator
 * @param accountId - the account
 * @returns account and grants
 */
export async function getManagedAccount(ctx: AuthContext, by: StaffActor, accountId: string): Promise<{ account: AccountView; grants: GrantView[] }> {
  const row = await loadAccount(ctx, accountId);
  await requireAdminOver(ctx, by, [...ACCOUNT_ADMIN_ROLES, 'unit_head'], row.unitId);
  return { account: presentAccount(row), grants: (await listGrants(ctx.db, accountId)).map(presentGrant) };
}
