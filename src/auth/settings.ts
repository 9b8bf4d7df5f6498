/**
 * Tunables of the identity module. Defaults follow the agency's directives (short idle sessions on shared
 * offices, throttling that slows attackers without letting them lock staff out); tests shrink them.
 */
import type { Role } from '../actors/roles.ts';

/** Settings of sessions, passwords, TOTP and throttling. */
export interface AuthSettings {
  /** Minutes of inactivity after which a session dies. */
  readonly idleMinutes: number;
  /** Hours after which a session dies regardless of activity. */
  readonly absoluteHours: number;
  /** Live sessions allowed per account, by its most permissive role (the oldest is revoked beyond it). */
  readonly maxSessionsByRole: Readonly<Record<Role, number>>;
  /** Minimum password length. */
  readonly minPasswordLength: number;
  /** Failures per account+source before each further attempt is delayed (progressive delay). */
  readonly delayAfter: number;
  /** Cap of the progressive delay, milliseconds. */
  readonly maxDelayMs: number;
  /** Failures per account+source within the window before that source is blocked for that account. */
  readonly sourceBlockAfter: number;
  /** Failures on one account from all sources within the window before the whole account is blocked. */
  readonly accountBlockAfter: number;
  /** Distinct failed accounts from one source within the window before the source is throttled (spraying). */
  readonly sprayAccountsAfter: number;
  /** Counting window, minutes. */
  readonly windowMinutes: number;
  /** Block length, minutes. */
  readonly blockMinutes: number;
  /** Days of validity of a new device cookie. */
  readonly deviceCookieDays: number;
  /** Longest VPN account validity, days. */
  readonly maxVpnDays: number;
  /** Sweep interval (VPN expiry, expired sessions), seconds. */
  readonly sweepSeconds: number;
}

/** Production defaults. */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = Object.freeze({
  idleMinutes: 30,
  absoluteHours: 10,
  maxSessionsByRole: Object.freeze({
    staff: 1,
    unit_head: 2,
    security_officer: 2,
    central_security_admin: 2,
    auditor: 1,
    system_admin: 2,
  }),
  minPasswordLength: 12,
  delayAfter: 3,
  maxDelayMs: 4_000,
  sourceBlockAfter: 10,
  accountBlockAfter: 100,
  sprayAccountsAfter: 10,
  windowMinutes: 15,
  blockMinutes: 15,
  deviceCookieDays: 365,
  maxVpnDays: 180,
  sweepSeconds: 300,
});

/** Cookie names. */
export const SESSION_COOKIE = 'khien_session';
/** Cookie holding the signed device credential. */
export const DEVICE_COOKIE = 'khien_device';
/** Header carrying the CSRF token (double submit). */
export const CSRF_HEADER = 'x-csrf-token';
/** Cookie mirroring the CSRF token for the browser (readable by script, not a credential). */
export const CSRF_COOKIE = 'khien_csrf';
