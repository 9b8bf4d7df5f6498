/**
 * Settings of citizen sign-in, derived from the frozen configuration plus the `CITIZEN_*` variables below.
 * `platform/config.ts` reads these variables into `config.citizenOidc`; this file validates them in depth.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | `CITIZEN_OIDC_ISSUER` | demo: `${PUBLIC_URL}/oidc` (local provider); production: unset = sign-in off | OpenID provider (VNeID) |
 * | `CITIZEN_OIDC_CLIENT_ID` | `khien-citizen` | client id registered with the provider |
 * | `CITIZEN_OIDC_CLIENT_SECRET` | demo: random per process | client secret (client_secret_basic) |
 * | `CITIZEN_OIDC_PID_CLAIM` | `personal_id` | claim holding the 12-digit personal identification number |
 * | `CITIZEN_SESSION_TTL_SECONDS` | 1800 | lifetime of a citizen session |
 */
import crypto from 'node:crypto';
import type { Config } from '../platform/config.ts';
import { ConfigError } from '../platform/config.ts';

/** Citizen sign-in settings. */
export interface CitizenConfig {
  /** Issuer URL, or null when citizen sign-in is not configured (production without `CITIZEN_OIDC_ISSUER`). */
  readonly issuer: string | null;
  /** Whether Khiên runs its own demo OpenID provider under `/oidc`. */
  readonly demoProvider: boolean;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Absolute redirect URI registered with the provider. */
  readonly redirectUri: string;
  /** Where the browser lands after sign-in and sign-out (same origin). */
  readonly afterSignInPath: string;
  readonly pidClaim: string;
  readonly sessionTtlSeconds: number;
  /** Whether cookies carry the Secure flag. */
  readonly secureCookies: boolean;
  /** Public base URL of Khiên (no trailing slash). */
  readonly publicUrl: string;
}

/** Path of the OpenID callback. */
export const CALLBACK_PATH = '/api/citizen/auth/callback';
/** Mount path of the demo provider. */
export const DEMO_ISSUER_PATH = '/oidc';

/**
 * Derives the citizen settings.
 *
 * @param config - the frozen application configuration
 * @param env - environment holding the `CITIZEN_*` variables
 * @returns the frozen settings
 * @throws ConfigError listing every invalid value
 */
export function loadCitizenConfig(config: Config, env: NodeJS.ProcessEnv = {}): CitizenConfig {
  const problems: string[] = [];
  const publicUrl = config.publicUrl.replace(/\/+$/, '');
  const explicitIssuer = env.CITIZEN_OIDC_ISSUER?.trim() || null;
  if (explicitIssuer && !/^https?:\/\/[^\s]+$/.test(explicitIssuer)) {
    problems.push('CITIZEN_OIDC_ISSUER: phải là URL http(s) / must be an http(s) URL');
  }
  if (explicitIssuer && config.mode === 'production' && !explicitIssuer.startsWith('https://')) {
    problems.push('CITIZEN_OIDC_ISSUER: bắt buộc https ở chế độ production / https is required in production mode');
  }
  const demoProvider = config.mode === 'demo' && !explicitIssuer;
  const ttlRaw = env.CITIZEN_SESSION_TTL_SECONDS?.trim();
  const ttl = ttlRaw ? Number(ttlRaw) : 1800;
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 86_400) {
    problems.push('CITIZEN_SESSION_TTL_SECONDS: số nguyên 60–86400 / an integer from 60 to 86400');
  }
  const secret = env.CITIZEN_OIDC_CLIENT_SECRET?.trim() || null;
  if (explicitIssuer && !secret) {
    problems.push('CITIZEN_OIDC_CLIENT_SECRET: bắt buộc khi đặt CITIZEN_OIDC_ISSUER / required with CITIZEN_OIDC_ISSUER');
  }
  const pidClaim = env.CITIZEN_OIDC_PID_CLAIM?.trim() || 'personal_id';
  if (!/^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/.test(pidClaim)) problems.push('CITIZEN_OIDC_PID_CLAIM: tên claim không hợp lệ / invalid claim name');
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    issuer: explicitIssuer ?? (demoProvider ? `${publicUrl}${DEMO_ISSUER_PATH}` : null),
    demoProvider,
    clientId: env.CITIZEN_OIDC_CLIENT_ID?.trim() || 'khien-citizen',
    clientSecret: secret ?? crypto.randomBytes(32).toString('base64url'),
    redirectUri: `${publicUrl}${CALLBACK_PATH}`,
    afterSignInPath: '/portal/',
    pidClaim,
    sessionTtlSeconds: ttl,
    secureCookies: config.secureCookies,
    publicUrl,
  });
}
