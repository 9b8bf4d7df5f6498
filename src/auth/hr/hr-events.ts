/**
 * HR lifecycle (issue 3, build item 7; DESIGN.md invariant 4). Each HR event is validated against the staff
 * record's state, then applied in one transaction: staff record changed, account disabled, suspended or moved,
 * role grants ended, sessions revoked, devices revoked (they belong to the old desk), VPN accounts disabled,
 * and every registered {@link HrLifecycleHook} run (the access module ends assignments there). A transfer
 * carries nothing over: the account arrives in the new unit with no roles, devices or VPN accounts.
 */
import type { AdminEvent } from '../../events/types.ts';
import { findStaff, insertHrEvent, updateStaff, type Staff } from '../../org/org.repo.ts';
import type { HrEventKind } from '../../org/hr.schema.ts';
import type { StaffStatus } from '../../org/org.schema.ts';
import { newId } from '../../platform/ids.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, recordEvents, type AdminBy, type RequestOrigin } from '../auth-events.ts';
import { endAllGrants, findAccountByStaff, updateAccount, type Account } from '../auth.repo.ts';
import { revokeAccountDevices } from '../device.repo.ts';
import { revokeAccountSessions } from '../session.repo.ts';
import { notifyChange } from '../../db/change-notices.ts';
import { disableOwnerVpnAccounts } from '../vpn/vpn.repo.ts';
import { ACCOUNT_ADMIN_ROLES } from '../admin/accounts.ts';
import { loadUnitTree, requireAdminOver } from '../admin/scope.ts';
import { runInTransaction, type Tx } from '../../db/tx-context.ts';

/** One HR event as submitted. */
export interface HrEventInput {
  readonly staffId: string;
  readonly kind: HrEventKind;
  /** YYYY-MM-DD. */
  readonly effectiveOn: string;
  readonly newUnitId?: string | null;
  readonly reason?: string | null;
}

/** The state of a staff record that validation simulates (files may hold several events per person). */
export interface StaffState {
  readonly status: StaffStatus;
  readonly unitId: string;
}

/**
 * Validates one event against a state; returns the problem code or the next state.
 *
 * @param state - current (or simulated) state
 * @param e - the event
 * @param unitExists - unit lookup
 * @returns `{ error }` or `{ next }`
 */
export function nextStaffState(
  state: StaffState,
  e: Pick<HrEventInput, 'kind' | 'newUnitId' | 'effectiveOn'>,
  unitExists: (unitId: string) => boolean,
): { error: string } | { next: StaffState } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.effectiveOn) || Number.isNaN(Date.parse(`${e.effectiveOn}T00:00:00Z`))) return { error: 'effective_on_invalid' };
  switch (e.kind) {
    case 'transfer':
      if (state.status !== 'active') return { error: `staff_${state.status}` };
      if (!e.newUnitId) return { error: 'new_unit_missing' };
      if (!unitExists(e.newUnitId)) return { error: 'new_unit_unknown' };
      if (e.newUnitId === state.unitId) return { error: 'new_unit_same' };
      return { next: { status: 'active', unitId: e.newUnitId } };
    case 'retirement':
    case 'resignation':
      if (state.status !== 'active' && state.status !== 'suspended') return { error: `staff_${state.status}` };
      if (e.newUnitId) return { error: 'new_unit_not_allowed' };
      return { next: { status: e.kind === 'retirement' ? 'retired' : 'resigned', unitId: state.unitId } };
    case 'suspension':
      if (state.status !== 'active') return { error: `staff_${state.status}` };
      if (e.newUnitId) return { error: 'new_unit_not_allowed' };
      return { next: { status: 'suspended', unitId: state.unitId } };
    case 'return':
      if (state.status !== 'suspended') return { error: `staff_${state.status}` };
      if (e.newUnitId) return { error: 'new_unit_not_allowed' };
      return { next: { status: 'active', unitId: state.unitId } };
    default: {
      const never: never = e.kind;
      return { error: `kind_unknown_${String(never)}` };
    }
  }
}

/** What applying one event did. */
export interface HrApplied {
  readonly hrEventId: string;
  readonly staffId: string;
  readonly accountId: string | null;
  readonly kind: HrEventKind;
  readonly sessionsRevoked: number;
  readonly grantsEnded: number;
  readonly devicesRevoked: number;
  readonly vpnDisabled: number;
}

/**
 * Applies one validated event inside a transaction (never touches anything but `tx`).
 *
 * @param ctx - module dependencies (hooks, clock)
 * @param tx - the transaction
 * @param e - the event
 * @param meta - source, batch, who, time
 * @returns what was done
 */
export async function applyHrEventInTx(
  ctx: AuthContext,
  tx: Tx,
  e: HrEventInput,
  meta: { source: 'api' | 'import'; batchId: string | null; by: AdminBy; at: Date },
): Promise<HrApplied> {
  const person = await findStaff(tx, e.staffId);
  if (!person) throw new AuthErrors.STAFF_NOT_FOUND();
  const next = nextStaffState(person, e, () => true);
  if ('error' in next) throw new AuthErrors.HR_INVALID(next.error);
  const at = meta.at;
  const endedOn = e.kind === 'retirement' || e.kind === 'resignation' ? e.effectiveOn : undefined;
  await updateStaff(tx, person.id, { status: next.next.status, unitId: next.next.unitId, ...(endedOn ? { endedOn } : {}) });
  const hrEventId = newId();
  await insertHrEvent(tx, {
    id: hrEventId,
    staffId: person.id,
    kind: e.kind,
    effectiveOn: e.effectiveOn,
    fromUnitId: person.unitId,
    newUnitId: e.kind === 'transfer' ? (e.newUnitId ?? null) : null,
    reason: e.reason ?? null,
    source: meta.source,
    batchId: meta.batchId,
    appliedBy: meta.by.type === 'staff' ? meta.by.accountId : null,
    appliedAt: at,
  });
  const account = await findAccountByStaff(tx, person.id);
  if (!account) return { hrEventId, staffId: person.id, accountId: null, kind: e.kind, sessionsRevoked: 0, grantsEnded: 0, devicesRevoked: 0, vpnDisabled: 0 };
  let sessionsRevoked = 0;
  let grantsEnded = 0;
  let devicesRevoked = 0;
  let vpnDisabled = 0;
  if (e.kind !== 'return') {
    const why = `hr_${e.kind}`;
    sessionsRevoked = (await revokeAccountSessions(tx, account.id, at, why)).length;
    grantsEnded = (await endAllGrants(tx, account.id, at)).length;
    vpnDisabled = (await disableOwnerVpnAccounts(tx, account.id, why, at)).length;
    if (e.kind !== 'suspension') devicesRevoked = (await revokeAccountDevices(tx, account.id, at, why)).length;
  }
  const status = accountStatusAfter(account, e.kind);
  if (status !== account.status) await updateAccount(tx, account.id, { status, statusReason: status === 'active' ? null : `hr_${e.kind}` }, at);
  await ctx.hrHooks.run(tx, { accountId: account.id, staffId: person.id, kind: e.kind, newUnitId: e.kind === 'transfer' ? (e.newUnitId ?? undefined) : undefined, at });
  // Other processes (the server, when the CLI applies an HR file; other nodes) reload at COMMIT.
  await notifyChange(tx, 'accounts');
  await notifyChange(tx, 'grants');
  return { hrEventId, staffId: person.id, accountId: account.id, kind: e.kind, sessionsRevoked, grantsEnded, devicesRevoked, vpnDisabled };
}

function accountStatusAfter(account: Account, kind: HrEventKind): Account['status'] {
  switch (kind) {
    case 'transfer':
      return account.status;
    case 'retirement':
    case 'resignation':
      return 'disabled';
    case 'suspension':
      return 'suspended';
    case 'return':
      // Only lift a suspension HR put there; a security suspension stays until a security officer lifts it.
      return account.status === 'suspended' && account.statusReason === 'hr_suspension' ? 'active' : account.status;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * The admin event of an HR event.
 *
 * @param at - time
 * @param origin - request origin
 * @param by - who applies
 * @param person - the staff record before
 * @param e - the event
 * @param batchId - import batch, if any
 * @returns the event
 */
export function hrAdminEvent(at: Date, origin: RequestOrigin, by: AdminBy, person: Staff, e: HrEventInput, batchId: string | null): AdminEvent {
  return buildAdminEvent(at, origin, by, {
    action: `hr.${e.kind}`,
    target: { type: 'staff', id: person.id },
    before: { status: person.status, unitId: person.unitId },
    after: { effectiveOn: e.effectiveOn, newUnitId: e.newUnitId ?? null, batchId, access: 'revoked' },
    reason: e.reason ?? null,
  });
}

/** Roles that record HR events for staff in their subtree. */
export const HR_ADMIN_ROLES = ACCOUNT_ADMIN_ROLES;

/**
 * Records and applies one HR event (API).
 *
 * @param ctx - module dependencies
 * @param by - who records it
 * @param e - the event
 * @param origin - request origin
 * @returns what was done
 */
export async function applyHrEvent(ctx: AuthContext, by: AdminBy, e: HrEventInput, origin: RequestOrigin): Promise<HrApplied> {
  const at = ctx.clock.now();
  const person = await findStaff(ctx.db, e.staffId);
  if (!person) throw new AuthErrors.STAFF_NOT_FOUND();
  if (by.type === 'staff') await requireAdminOver(ctx, by, HR_ADMIN_ROLES, person.unitId);
  const tree = await loadUnitTree(ctx);
  const check = nextStaffState(person, e, (u) => tree.has(u));
  if ('error' in check) throw new AuthErrors.HR_INVALID(check.error);
  await recordEvents(ctx.recorder(), hrAdminEvent(at, origin, by, person, e, null));
  return runInTransaction(ctx.db, (tx) => applyHrEventInTx(ctx, tx, e, { source: 'api', batchId: null, by, at }));
}
