/**
 * Khiên as the OpenID provider of the agency's business applications (issue 15, item 1): `oidc-provider` mounted
 * under `/sso` (the demo VNeID provider keeps `/oidc`). Authorization code with PKCE only; clients authenticate with
 * `client_secret_basic`, `client_secret_post` or `private_key_jwt`. Staff sign in on the interaction page
 * (`sso-interaction.routes.ts`) with the console's own rules; each grant is bound to the Khiên staff session it was
 * issued under, and that session must still be live for a token to introspect as active.
 *
 * State: PostgreSQL (`sso-store.ts`); the signing key and cookie keys are created once and kept in the same table,
 * so tokens and sign-ins in progress survive a restart and every node signs with the same key.
 */
import crypto from 'node:crypto';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { safeEqual, sha256Hex } from '../platform/ids.ts';
import { findAccountWithStaff, findActiveGrants } from '../auth/auth.repo.ts';
import { liveStaffOfSession } from '../auth/session-liveness.ts';
import { findGrantSession, findStoreObject, upsertStoreObject } from './sso.repo.ts';
import { createSsoAdapter } from './sso-store.ts';

/** Mount path of the staff provider. */
export const SSO_PATH = '/sso';

/** Path prefix of its interaction (sign-in) pages. */
export const SSO_INTERACTION_PATH = '/sso/interaction';

/** Scopes an application may ask for. */
export const SSO_SCOPES = ['openid', 'profile', 'khien'] as const;

/** Lifetimes (seconds). */
export const SSO_TTL = { Interaction: 600, Session: 12 * 3600, Grant: 12 * 3600, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 } as const;

interface ProviderKeys {
  readonly jwk: Record<string, unknown>;
  readonly cookieKeys: string[];
}

const KEYS_MODEL = 'KhienKeys';
const KEYS_ID = 'current';

/**
 * Reads the provider's keys, creating them on first use (the first node to write wins).
 *
 * @param db - database
 * @param clock - clock
 * @returns signing key (private JWK, ES256) and cookie keys
 */
async function loadKeys(db: Database, clock: Clock): Promise<ProviderKeys> {
  const existing = await findStoreObject(db, KEYS_MODEL, 'id', KEYS_ID, clock.now());
  if (existing) return existing as unknown as ProviderKeys;
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const fresh: ProviderKeys = {
    jwk: { ...privateKey.export({ format: 'jwk' }), alg: 'ES256', use: 'sig', kid: crypto.randomBytes(8).toString('hex') },
    cookieKeys: [crypto.randomBytes(32).toString('base64url')],
  };
  const racing = await findStoreObject(db, KEYS_MODEL, 'id', KEYS_ID, clock.now());
  if (racing) return racing as unknown as ProviderKeys;
  await upsertStoreObject(db, {
    model: KEYS_MODEL, id: KEYS_ID, payload: fresh as unknown as Record<string, unknown>,
    grantId: null, uid: null, userCode: null, accountId: null, expiresAt: new Date('9999-12-31T00:00:00Z'),
  });
  return fresh;
}

/**
 * Whether the Khiên staff session behind a grant is still live (session not ended, account and staff record
 * active, device still approved).
 *
 * @param db - database
 * @param grantId - the grant of a token
 * @param at - now
 * @returns true when live
 */
export async function grantSessionLive(db: Database, grantId: string | undefined, at: Date): Promise<boolean> {
  if (!grantId) return false;
  const link = await findGrantSession(db, grantId);
  if (!link) return false;
  const actor = await liveStaffOfSession(db, link.sessionId, at);
  return actor !== null && actor.accountId === link.accountId;
}

/** What the staff provider is built from. */
export interface SsoProviderOptions {
  /** `${PUBLIC_URL}/sso`. */
  readonly issuer: string;
  readonly db: Database;
  readonly clock: Clock;
}

/**
 * Builds the staff provider.
 *
 * @param opts - issuer, database, clock
 * @returns the provider
 */
export async function createSsoProvider(opts: SsoProviderOptions): Promise<Provider> {
  const { db, clock } = opts;
  const keys = await loadKeys(db, clock);
  const configuration: Configuration = {
    adapter: createSsoAdapter(db, clock),
    jwks: { keys: [keys.jwk] },
    cookies: { keys: keys.cookieKeys, long: { sameSite: 'lax' }, short: { sameSite: 'lax' } },
    scopes: [...SSO_SCOPES],
    claims: {
      openid: ['sub'],
      profile: ['name'],
      khien: ['staff_number', 'unit', 'province_code', 'roles'],
    },
    // The staff claims go into the ID token itself: an application needs no userinfo call.
    conformIdTokenClaims: false,
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    clientDefaults: { grant_types: ['authorization_code'], response_types: ['code'], id_token_signed_response_alg: 'ES256' },
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      backchannelLogout: { enabled: true },
      revocation: { enabled: true },
      introspection: {
        enabled: true,
        // Active only while the staff session the token was issued under is live, and only to its own client.
        allowedPolicy: async (_ctx: KoaContextWithOIDC, client, token) =>
          token.clientId === client.clientId && 'grantId' in token && (await grantSessionLive(db, token.grantId, clock.now())),
      },
    },
    // Every authorization passes the interaction page, which checks the staff session and records the sign-in
    // to the application: only the grant that page has just made is used, never one kept in the session.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    interactions: { url: (_ctx, interaction) => `${SSO_INTERACTION_PATH}/${interaction.uid}` },
    ttl: { ...SSO_TTL },
    // The provider's own fetch refuses private and loopback addresses (a guard against server-side request forgery
    // through URLs a client registers itself). Here the only outgoing requests are back-channel logouts to URIs the
    // central team registered (dynamic registration is off; client keys are given inline, never by URL), and the
    // agency's applications live on its private network: so requests go out with the plain fetch, same timeout.
    fetch: (input, init) => {
      const { dispatcher: _ignored, ...rest } = (init ?? {}) as RequestInit & { dispatcher?: unknown };
      return fetch(input, rest);
    },
    findAccount: async (_ctx, sub) => {
      const row = await findAccountWithStaff(db, sub);
      if (!row) return undefined;
      return {
        accountId: sub,
        claims: async () => {
          const roles = await findActiveGrants(db, sub, clock.now());
          return {
            sub,
            name: row.fullName,
            staff_number: row.staffNo,
            unit: row.unitId,
            province_code: row.provinceCode ?? '00',
            roles: [...new Set(roles.map((g) => g.role))].sort(),
          };
        },
      };
    },
  };
  const provider = new Provider(opts.issuer, configuration);
  // Only the SHA-256 of a client secret is stored (`access_sso_clients.secret_hash`), so the provider compares the
  // hash of the presented secret with it (secrets are 32 random bytes: a plain hash is enough).
  provider.Client.prototype.compareClientSecret = function compareHashed(this: { clientSecret?: string }, actual: string): boolean {
    return typeof this.clientSecret === 'string' && safeEqual(this.clientSecret, sha256Hex(actual));
  };
  // Every ID token names its session (`sid`), the one a back-channel logout token will name.
  provider.Client.prototype.includeSid = function includeSid(): boolean {
    return true;
  };
  return provider;
}
