/**
 * Registered devices (issue 3, build item 4). A staff member asks for registration from the computer itself
 * (with their password, and TOTP once enrolled), which receives a signed device cookie in `pending` state;
 * a unit head or security officer over the account's unit — never the holder — approves it. Devices can be
 * revoked (their sessions die at once).
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import { AuthErrors } from './auth.errors.ts';
import type { AuthContext } from './auth-context.ts';
import { buildAdminEvent, buildAuthEvent, recordEvents, type AdminBy, type RequestOrigin } from './auth-events.ts';
import { advanceTotpStep, findAccountByUsername, findAccountWithStaff } from './auth.repo.ts';
import { issueDeviceCredential } from './device-cookie.ts';
import { findDevice, insertDevice, listDevices, listPendingDevicesInUnits, updateDevice, type Device } from './device.repo.ts';
import { requireAdminOver, unitsAdministered } from './admin/scope.ts';
import { verifyPassword } from './passwords/hash-password.ts';
import { revokeDeviceSessions } from './session.repo.ts';
import { normaliseUsername, type SignInOrigin } from './signin/sign-in.ts';
import { checkThrottle, recordFailure, recordSuccess } from './signin/throttle.ts';
import { matchTotpStep } from './totp/totp.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** Roles that approve device registrations. */
export const DEVICE_APPROVER_ROLES = ['unit_head', 'security_officer', 'central_security_admin'] as const;

/** A device as shown in the API. */
export interface DeviceView {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly status: Device['status'];
  readonly registeredBy: string | null;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  readonly revokedAt: string | null;
  readonly lastSeenAt: string | null;
  readonly createdAt: string;
  readonly demo: boolean;
}

/** Presents a device. */
export function presentDevice(d: Device): DeviceView {
  return {
    id: d.id,
    accountId: d.accountId,
    name: d.name,
    status: d.status,
    registeredBy: d.registeredBy,
    approvedBy: d.approvedBy,
    approvedAt: d.approvedAt?.toISOString() ?? null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    demo: d.demo,
  };
}

/**
 * Requests registration of the calling computer, proving identity with the password (and TOTP once enrolled).
 * Failures are throttled and answered exactly like sign-in failures.
 *
 * @param ctx - module dependencies
 * @param input - credentials and a name for the device
 * @param from - request origin
 * @returns the pending device and the cookie value to sign and set
 */
export async function requestDeviceRegistration(
  ctx: AuthContext,
  input: { username: string; password: string; totp?: string; name: string },
  from: SignInOrigin,
): Promise<{ device: DeviceView; cookieValue: string }> {
  const at = ctx.clock.now();
  const username = normaliseUsername(input.username);
  const row = await findAccountByUsername(ctx.db, username);
  const origin: RequestOrigin = { ip: from.ip, userAgent: from.userAgent, requestId: from.requestId, deviceId: null, deviceRegistered: false };
  const key = { username: username.toLowerCase(), ip: from.ip, deviceId: null, trustedDevice: false };
  const ev = (outcome: 'success' | 'failure', reason: string) =>
    buildAuthEvent(at, origin, { accountId: row?.account.id ?? null, username, action: 'device_seen', outcome, reason });
  const verdict = await checkThrottle(ctx.db, ctx.settings, key, at);
  if (!verdict.allowed) {
    await recordEvents(ctx.recorder(), ev('failure', `device_request_throttled_${verdict.reason}`));
    throw new AuthErrors.SIGNIN_FAILED();
  }
  const ok = await verifyPassword(row?.account.passwordHash ?? null, input.password);
  let totpOk = true;
  if (ok && row?.account.totpConfirmedAt && row.account.totpSecret) {
    const step = input.totp ? matchTotpStep(row.account.totpSecret, input.totp, at) : null;
    totpOk = step !== null && (await advanceTotpStep(ctx.db, row.account.id, step));
  }
  if (!row || !ok || !totpOk || row.account.status !== 'active' || row.staffStatus !== 'active') {
    if (!row || !ok || !totpOk) await recordFailure(ctx.db, ctx.settings, key, at);
    await recordEvents(ctx.recorder(), ev('failure', 'device_request_bad_credentials'));
    throw new AuthErrors.SIGNIN_FAILED();
  }
  await recordSuccess(ctx.db, key);
  const cred = issueDeviceCredential();
  const device: Device = {
    id: cred.deviceId,
    accountId: row.account.id,
    name: input.name,
    secretHash: cred.secretHash,
    status: 'pending',
    registeredBy: row.account.id,
    approvedBy: null,
    approvedAt: null,
    revokedBy: null,
    revokedAt: null,
    revokeReason: null,
    userAgent: from.userAgent?.slice(0, 300) ?? null,
    lastSeenAt: at,
    demo: false,
    claimTokenHash: null,
    createdAt: at,
  };
  await recordEvents(ctx.recorder(), { ...ev('success', 'device_registration_requested'), source: { ...ev('success', '').source, deviceId: device.id } });
  await insertDevice(ctx.db, device);
  return { device: presentDevice(device), cookieValue: cred.cookieValue };
}

async function loadForAdmin(ctx: AuthContext, by: StaffActor, deviceId: string): Promise<Device> {
  const device = await findDevice(ctx.db, deviceId);
  if (!device) throw new AuthErrors.DEVICE_NOT_FOUND();
  const owner = await findAccountWithStaff(ctx.db, device.accountId);
  if (!owner) throw new AuthErrors.DEVICE_NOT_FOUND();
  await requireAdminOver(ctx, by, DEVICE_APPROVER_ROLES, owner.unitId);
  return device;
}

/**
 * Approves or rejects a pending device (unit head or security officer over the owner's unit; not the owner).
 *
 * @param ctx - module dependencies
 * @param by - the approver
 * @param deviceId - the device
 * @param decision - approve or reject
 * @param reason - recorded reason
 * @param origin - request origin
 * @returns the device after the decision
 */
export async function decideDevice(
  ctx: AuthContext,
  by: StaffActor,
  deviceId: string,
  decision: 'approve' | 'reject',
  reason: string | null,
  origin: RequestOrigin,
): Promise<DeviceView> {
  const at = ctx.clock.now();
  const device = await loadForAdmin(ctx, by, deviceId);
  if (device.accountId === by.accountId) throw new AuthErrors.FORBIDDEN();
  if (device.status !== 'pending') throw new AuthErrors.DEVICE_STATE(device.status);
  const status: Device['status'] = decision === 'approve' ? 'approved' : 'rejected';
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, {
      action: `device.${decision}`,
      target: { type: 'device', id: device.id },
      before: { status: device.status },
      after: { status, accountId: device.accountId },
      reason,
    }),
  );
  const change: Partial<Device> =
    decision === 'approve' ? { status, approvedBy: by.accountId, approvedAt: at } : { status, revokedBy: by.accountId, revokedAt: at, revokeReason: reason };
  await updateDevice(ctx.db, device.id, change);
  return presentDevice({ ...device, ...change });
}

/**
 * Revokes a device: by its holder or by an approver over the holder's unit. Its sessions end at once.
 *
 * @param ctx - module dependencies
 * @param by - who revokes (staff, or the system)
 * @param deviceId - the device
 * @param reason - recorded reason
 * @param origin - request origin
 * @returns the device after revocation
 */
export async function revokeDevice(ctx: AuthContext, by: AdminBy, deviceId: string, reason: string, origin: RequestOrigin): Promise<DeviceView> {
  const at = ctx.clock.now();
  let device = await findDevice(ctx.db, deviceId);
  if (!device) throw new AuthErrors.DEVICE_NOT_FOUND();
  if (by.type === 'staff' && device.accountId !== by.accountId) device = await loadForAdmin(ctx, by, deviceId);
  if (device.status === 'revoked' || device.status === 'rejected') throw new AuthErrors.DEVICE_STATE(device.status);
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, by, {
      action: 'device.revoke',
      target: { type: 'device', id: device.id },
      before: { status: device.status },
      after: { status: 'revoked', accountId: device.accountId },
      reason,
    }),
  );
  const revokedBy = by.type === 'staff' ? by.accountId : null;
  await runInTransaction(ctx.db, async (tx) => {
    await updateDevice(tx, device.id, { status: 'revoked', revokedAt: at, revokedBy, revokeReason: reason });
    await revokeDeviceSessions(tx, device.id, at, 'device_revoked');
  });
  await ctx.sessionEnds.notify(device.accountId, 'device_revoked');
  return presentDevice({ ...device, status: 'revoked', revokedAt: at, revokedBy, revokeReason: reason });
}

/** The holder's own devices. */
export async function listMyDevices(ctx: AuthContext, actor: StaffActor): Promise<DeviceView[]> {
  return (await listDevices(ctx.db, actor.accountId)).map(presentDevice);
}

/**
 * Pending registrations the approver may decide (accounts in units under their approver grants).
 *
 * @param ctx - module dependencies
 * @param by - the approver
 * @returns pending devices, oldest first
 */
export async function listPendingForApprover(ctx: AuthContext, by: StaffActor): Promise<Array<DeviceView & { ownerName: string; ownerStaffNo: string }>> {
  const units = await unitsAdministered(ctx, by, DEVICE_APPROVER_ROLES);
  if (units.length === 0) throw new AuthErrors.FORBIDDEN();
  const pending = await listPendingDevicesInUnits(ctx.db, units, 1_000);
  return pending.filter((d) => d.accountId !== by.accountId).map((d) => ({ ...presentDevice(d), ownerName: d.ownerName, ownerStaffNo: d.ownerStaffNo }));
}
