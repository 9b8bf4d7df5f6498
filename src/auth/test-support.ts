/**
 * Test support for every module: a staff member with an account, role grants, a registered device and a live
 * session, created directly through the repositories, and the headers to send with `app.inject`.
 */
import type { KhienApp } from '../app/app-services.ts';
import { newId } from '../platform/ids.ts';
import { makeStaff } from '../seed/test-factories.ts';
import { insertAccount, insertGrant, updateAccount } from './auth.repo.ts';
import { hashPassword } from './passwords/hash-password.ts';
import { issueDeviceCredential } from './device-cookie.ts';
import { insertDevice } from './device.repo.ts';
import type { Role } from '../actors/roles.ts';
import { startSession } from './sessions.ts';
import { CSRF_COOKIE, CSRF_HEADER, DEFAULT_AUTH_SETTINGS, DEVICE_COOKIE, SESSION_COOKIE, type AuthSettings } from './settings.ts';

/** Options of {@link createStaffWithSession}. */
export interface StaffWithSessionOptions {
  /** Unit of the staff record (default `P01`, the Hà Nội provincial office). */
  unitId?: string;
  /** Role grants (default: `staff` on the staff member's unit, valid 30 days). */
  roles?: Array<{ role: Role; unitId?: string; validUntil?: Date }>;
  /** Whether the session is bound to an approved registered device (default true). */
  registeredDevice?: boolean;
  /** Whether the session passed TOTP (default true). */
  mfa?: boolean;
  fullName?: string;
}

/** What {@link createStaffWithSession} returns. */
export interface StaffWithSession {
  readonly accountId: string;
  readonly staffId: string;
  readonly username: string;
  readonly sessionId: string;
  readonly deviceId: string | null;
  /** `cookie` (session + device) and `x-csrf-token`, to spread into `app.inject({ headers })`. */
  readonly headers: Record<string, string>;
}

/**
 * Creates a staff member with an account, grants, device and live session.
 *
 * @param app - a test app (`createTestApp`)
 * @param opts - unit, roles, device, MFA, name
 * @returns ids and the request headers that act as this staff member
 */
export async function createStaffWithSession(app: KhienApp, opts: StaffWithSessionOptions = {}): Promise<StaffWithSession> {
  const db = app.khien.database.db;
  const at = app.khien.clock.now();
  const settings = app.khien.auth?.ctx.settings ?? DEFAULT_AUTH_SETTINGS;
  const person = await makeStaff(db, { unitId: opts.unitId, fullName: opts.fullName });
  const accountId = newId();
  await insertAccount(db, {
    id: accountId,
    staffId: person.id,
    username: person.staffNo,
    passwordHash: null,
    mustChangePassword: false,
    status: 'active',
    createdAt: at,
    updatedAt: at,
  });
  const roles = opts.roles ?? [{ role: 'staff' }];
  for (const r of roles) {
    await insertGrant(db, {
      id: newId(),
      accountId,
      role: r.role,
      unitId: r.unitId ?? person.unitId,
      validFrom: new Date(at.getTime() - 60_000),
      validUntil: r.validUntil ?? new Date(at.getTime() + 30 * 86_400_000),
      grantedBy: null,
      createdAt: at,
    });
  }
  let deviceId: string | null = null;
  const cookies: string[] = [];
  if (opts.registeredDevice !== false) {
    const cred = issueDeviceCredential();
    deviceId = cred.deviceId;
    await insertDevice(db, {
      id: cred.deviceId,
      accountId,
      name: 'Máy trạm thử nghiệm',
      secretHash: cred.secretHash,
      status: 'approved',
      registeredBy: accountId,
      approvedAt: at,
      createdAt: at,
    });
    cookies.push(`${DEVICE_COOKIE}=${app.signCookie(cred.cookieValue)}`);
  }
  const session = await startSession(db, settings, {
    accountId,
    deviceId,
    mfa: opts.mfa ?? true,
    ip: '127.0.0.1',
    userAgent: 'khien-test',
    roles: roles.map((r) => r.role),
    at,
  });
  cookies.unshift(`${SESSION_COOKIE}=${session.token}`);
  return {
    accountId,
    staffId: person.id,
    username: person.staffNo,
    sessionId: session.sessionId,
    deviceId,
    headers: { cookie: cookies.join('; '), [CSRF_HEADER]: session.csrfToken },
  };
}

/**
 * Sets an account's password directly (tests only; skips the policy).
 *
 * @param app - a test app
 * @param accountId - the account
 * @param password - the new password
 */
export async function setPasswordForTest(app: KhienApp, accountId: string, password: string): Promise<void> {
  const at = app.khien.clock.now();
  await updateAccount(app.khien.database.db, accountId, { passwordHash: await hashPassword(password), mustChangePassword: false }, at);
}

/**
 * Overrides identity settings of a test app (thresholds, timeouts).
 *
 * @param app - a test app
 * @param settings - values to override
 */
export function overrideAuthSettings(app: KhienApp, settings: Partial<AuthSettings>): void {
  const auth = app.khien.auth;
  if (!auth) throw new Error('identity module not wired');
  Object.assign(auth.ctx.settings, settings);
}

/** Cookies collected from responses, sent back as one `cookie` header (tests). */
export class CookieJar {
  private readonly jar = new Map<string, string>();

  /** Stores the `set-cookie` headers of a response (a cleared cookie is dropped). */
  take(res: { headers: Record<string, string | string[] | number | undefined> }): void {
    const raw = res.headers['set-cookie'];
    const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
    for (const c of list) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  /** Value of one cookie. */
  get(name: string): string | undefined {
    return this.jar.get(name);
  }

  /** Removes one cookie. */
  delete(name: string): void {
    this.jar.delete(name);
  }

  /** Headers with the cookies (and the CSRF token when a `khien_csrf` cookie is held). */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { ...extra };
    if (this.jar.size > 0) h.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.jar.get(CSRF_COOKIE);
    if (csrf) h[CSRF_HEADER] = decodeURIComponent(csrf);
    return h;
  }
}
