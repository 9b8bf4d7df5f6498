/**
 * Demo mode only: a few ready-to-use accounts (one per role, in the Hà Nội provincial office `P01` and the IT
 * Centre `VSS-CNTT`) so that a person can sign in on a fresh machine, with printed passwords and TOTP secrets.
 *
 * The first-device problem (personal-data roles may sign in only from an approved device, and approval needs
 * a signed-in approver) is solved, in demo mode only, by a pre-approved demo device per account and a
 * one-click link `GET /api/auth/demo/device/<token>` that puts that device's signed cookie in the browser.
 * Each link is reissued at every start; every claim rotates the device secret and is recorded as the admin
 * event `device.demo_claim` flagged `demo: true`. The route is not registered outside demo mode, and
 * {@link ensureDemoAccounts} refuses to run there.
 */
import { makeDemoStaff } from './demo-staff.ts';
import { newId, newToken, sha256Hex } from '../../platform/ids.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, recordEvents, SYSTEM_ORIGIN, type RequestOrigin } from '../auth-events.ts';
import { findAccountByStaff, findAccountByUsername, findActiveGrants, insertAccount, insertGrant, updateAccount } from '../auth.repo.ts';
import { issueDeviceCredential } from '../device-cookie.ts';
import { findDeviceByClaimHash, insertDevice, listDevices, updateDevice } from '../device.repo.ts';
import { hashPassword } from '../passwords/hash-password.ts';
import type { Role } from '../../actors/roles.ts';
import type { StaffActor } from '../../actors/staff-actor.ts';
import { generateTotp, newTotpSecret, totpUri } from '../totp/totp.ts';

/** The demo accounts: staff number, name, unit, role and the unit its grant covers. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ staffNo: string; fullName: string; unitId: string; role: Role; grantUnitId: string; position: string }> = [
  { staffNo: 'DEMOCB01', fullName: 'Nguyễn Thị Demo', unitId: 'P01', role: 'staff', grantUnitId: 'P01', position: 'Chuyên viên thu' },
  { staffNo: 'DEMOLD01', fullName: 'Trần Văn Lãnh Đạo', unitId: 'P01', role: 'unit_head', grantUnitId: 'P01', position: 'Giám đốc' },
  { staffNo: 'DEMOAT01', fullName: 'Lê Minh An Toàn', unitId: 'P01', role: 'security_officer', grantUnitId: 'P01', position: 'Chuyên trách ATTT' },
  { staffNo: 'DEMOQT01', fullName: 'Phạm Quốc Quản Trị', unitId: 'VSS-CNTT', role: 'central_security_admin', grantUnitId: 'VSS', position: 'Quản trị ATTT' },
  { staffNo: 'DEMOTT01', fullName: 'Hoàng Thu Thanh Tra', unitId: 'VSS-CNTT', role: 'auditor', grantUnitId: 'VSS', position: 'Thanh tra viên' },
  { staffNo: 'DEMOHT01', fullName: 'Vũ Đức Hệ Thống', unitId: 'VSS-CNTT', role: 'system_admin', grantUnitId: 'VSS', position: 'Quản trị hệ thống' },
];

/**
 * The actor of an active demo account, for demo records written through other modules' services (posture's
 * demo acts as the demo security officer and central administrator): the account, its staff record and unit,
 * and its grants live now; no session, no device, MFA taken as done.
 *
 * @param ctx - module dependencies (database, clock)
 * @param username - the login name
 * @returns the actor, or null when there is no active account of that name
 */
export async function findDemoActor(ctx: AuthContext, username: string): Promise<StaffActor | null> {
  const a = await findAccountByUsername(ctx.db, username);
  if (!a || a.account.status !== 'active') return null;
  const grants = await findActiveGrants(ctx.db, a.account.id, ctx.clock.now());
  return {
    type: 'staff',
    accountId: a.account.id,
    staffId: a.account.staffId,
    username,
    unitId: a.unitId,
    provinceCode: a.provinceCode,
    roles: grants.map((g) => ({ role: g.role, unitId: g.unitId, validUntil: g.validUntil.toISOString() })),
    sessionId: 'demo-seed',
    deviceId: null,
    deviceRegistered: false,
    mfa: true,
    mustChangePassword: false,
  };
}

/** One ready demo account. */
export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly unitId: string;
  readonly password: string;
  readonly totpSecret: string;
  readonly otpauthUri: string;
  /** Link that installs this account's pre-approved demo device cookie in the browser. */
  readonly deviceLink: string;
}

const DEMO = { type: 'system', name: 'demo-bootstrap' } as const;

/**
 * Creates (first start) or refreshes (later starts) the demo accounts: new passwords and device links each
 * start, TOTP secrets kept. Demo mode only.
 *
 * @param ctx - the identity module's context (the units of the demo staff must exist: `seed/reference-data.ts`)
 * @returns the accounts and the lines `npm start` prints
 * @throws Error outside demo mode
 */
export async function ensureDemoAccounts(ctx: AuthContext): Promise<{ accounts: DemoAccount[]; lines: string[] }> {
  if (ctx.config.mode !== 'demo') throw new Error('ensureDemoAccounts runs in demo mode only');
  const accounts: DemoAccount[] = [];
  for (const spec of DEMO_ACCOUNTS) accounts.push(await ensureOne(ctx, spec));
  const at = ctx.clock.now();
  const lines = [
    '',
    'Tài khoản demo / Demo accounts (CHỈ DÙNG THỬ / DEMO ONLY — dữ liệu giả lập / synthetic data):',
    '  1. Mở liên kết thiết bị của tài khoản trong trình duyệt / open the account\'s device link in the browser',
    '  2. Thêm khóa TOTP vào ứng dụng xác thực (hoặc: oathtool --totp -b <khóa>) / add the TOTP key to an authenticator app',
    '  3. POST /api/auth/signin { username, password, totp }',
    ...accounts.flatMap((a) => [
      `  - ${a.username.padEnd(9)} ${a.role.padEnd(23)} ${a.unitId.padEnd(9)} mật khẩu/password: ${a.password}`,
      `      TOTP: ${a.totpSecret}  (mã hiện tại / current code ${generateTotp(a.totpSecret, at)})`,
      `      thiết bị / device: ${a.deviceLink}`,
    ]),
  ];
  return { accounts, lines };
}

async function ensureOne(ctx: AuthContext, spec: (typeof DEMO_ACCOUNTS)[number]): Promise<DemoAccount> {
  const at = ctx.clock.now();
  const person = await makeDemoStaff(ctx.db, spec, at);
  let account = await findAccountByStaff(ctx.db, person.id);
  const password = `Demo-${newToken(9)}`;
  const passwordHash = await hashPassword(password);
  const claim = newToken(24);
  if (!account) {
    const id = newId();
    const totpSecret = newTotpSecret();
    await recordEvents(
      ctx.recorder(),
      buildAdminEvent(at, SYSTEM_ORIGIN, DEMO, {
        action: 'account.create',
        target: { type: 'account', id },
        after: { username: spec.staffNo, unitId: spec.unitId, role: spec.role, grantUnitId: spec.grantUnitId, demo: true, totp: 'pre-enrolled' },
        reason: 'demo mode bootstrap',
      }),
    );
    await insertAccount(ctx.db, {
      id,
      staffId: person.id,
      username: spec.staffNo,
      passwordHash,
      mustChangePassword: false,
      status: 'active',
      totpSecret,
      totpConfirmedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    account = (await findAccountByStaff(ctx.db, person.id))!;
  } else {
    await recordEvents(
      ctx.recorder(),
      buildAdminEvent(at, SYSTEM_ORIGIN, DEMO, { action: 'account.password_reset', target: { type: 'account', id: account.id }, after: { demo: true }, reason: 'demo mode restart' }),
    );
    await updateAccount(ctx.db, account.id, { passwordHash, status: 'active', mustChangePassword: false }, at);
  }
  if ((await findActiveGrants(ctx.db, account.id, at)).length === 0) {
    await insertGrant(ctx.db, {
      id: newId(),
      accountId: account.id,
      role: spec.role,
      unitId: spec.grantUnitId,
      validFrom: at,
      validUntil: new Date(at.getTime() + 365 * 86_400_000),
      grantedBy: null,
      createdAt: at,
    });
  }
  const demoDevice = (await listDevices(ctx.db, account.id)).find((d) => d.demo && d.status === 'approved');
  if (demoDevice) {
    await updateDevice(ctx.db, demoDevice.id, { claimTokenHash: sha256Hex(claim) });
  } else {
    const cred = issueDeviceCredential();
    await recordEvents(
      ctx.recorder(),
      buildAdminEvent(at, SYSTEM_ORIGIN, DEMO, {
        action: 'device.approve',
        target: { type: 'device', id: cred.deviceId },
        after: { status: 'approved', accountId: account.id, demo: true },
        reason: 'demo mode: pre-approved first device (never in production)',
      }),
    );
    await insertDevice(ctx.db, {
      id: cred.deviceId,
      accountId: account.id,
      name: 'Thiết bị demo / demo device',
      secretHash: cred.secretHash,
      status: 'approved',
      approvedAt: at,
      demo: true,
      claimTokenHash: sha256Hex(claim),
      createdAt: at,
    });
  }
  return {
    username: spec.staffNo,
    role: spec.role,
    unitId: spec.unitId,
    password,
    totpSecret: account.totpSecret ?? '',
    otpauthUri: account.totpSecret ? totpUri(account.totpSecret, spec.staffNo) : '',
    deviceLink: `${ctx.config.publicUrl}/api/auth/demo/device/${claim}`,
  };
}

/**
 * Claims a demo device: rotates its secret and returns the cookie value to sign and set. Demo mode only.
 *
 * @param ctx - module dependencies
 * @param token - the claim token from the link
 * @param origin - request origin
 * @returns the cookie value and the device's account
 * @throws AuthErrors.DEMO_LINK_INVALID outside demo mode or for an unknown token
 */
export async function claimDemoDevice(ctx: AuthContext, token: string, origin: RequestOrigin): Promise<{ cookieValue: string; accountId: string }> {
  if (ctx.config.mode !== 'demo') throw new AuthErrors.DEMO_LINK_INVALID();
  const device = await findDeviceByClaimHash(ctx.db, sha256Hex(token));
  if (!device || !device.demo || device.status !== 'approved') throw new AuthErrors.DEMO_LINK_INVALID();
  const at = ctx.clock.now();
  const cred = issueDeviceCredential(device.id);
  await recordEvents(
    ctx.recorder(),
    buildAdminEvent(at, origin, DEMO, {
      action: 'device.demo_claim',
      target: { type: 'device', id: device.id },
      after: { accountId: device.accountId, demo: true },
      reason: 'demo mode: device link opened (never in production)',
    }),
  );
  await updateDevice(ctx.db, device.id, { secretHash: cred.secretHash, lastSeenAt: at, userAgent: origin.userAgent });
  return { cookieValue: cred.cookieValue, accountId: device.accountId };
}
