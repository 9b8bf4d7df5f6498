/**
 * The demo OpenID provider (demo mode only): `oidc-provider` standing in for VNeID so that citizen sign-in
 * works out of the box. Mounted under `/oidc` in the same Fastify server through the provider's Node callback;
 * its login and consent steps are served by {@link ./demo-idp.routes.ts} under `/citizen/signin/:uid`.
 *
 * Demo citizens are registry persons: anyone in the registry signs in with their 12-digit personal
 * identification number and the demo password shown on the page. Each gets an opaque `sub` (kept in
 * `citizen_demo_accounts`), and the provider releases `name` and `personal_id`; Khiên's client maps the
 * identity to the registry by `personal_id`, as it would with the real VNeID.
 */
import crypto from 'node:crypto';
import Provider, { type Configuration } from 'oidc-provider';
import type { Database } from '../db/client.ts';
import { findDemoAccountClaims } from './citizen.repo.ts';
import { createDemoIdpAdapter } from './demo-idp-store.ts';

/** The demo password, shown on the sign-in page (demo-only). */
export const DEMO_CITIZEN_PASSWORD = 'vneid-demo';

/** Path prefix of the interaction pages. */
export const INTERACTION_PATH = '/citizen/signin';

/** What the demo provider is built from. */
export interface DemoProviderOptions {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** Where the provider may send the browser after sign-out. */
  readonly postLogoutRedirectUri: string;
  readonly db: Database;
}

/**
 * Builds the demo provider with a fresh signing key and cookie keys (in-memory state: sign-ins in progress do
 * not survive a restart, which is fine for a demo).
 *
 * @param opts - issuer, the one client, database
 * @returns the provider
 */
export function createDemoProvider(opts: DemoProviderOptions): Provider {
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'ES256', use: 'sig', kid: crypto.randomBytes(8).toString('hex') };
  const configuration: Configuration = {
    adapter: createDemoIdpAdapter(),
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [opts.redirectUri],
        post_logout_redirect_uris: [opts.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'], personal_id: ['personal_id'] },
    // Claims go into the ID token itself: Khiên needs no userinfo call.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `${INTERACTION_PATH}/${interaction.uid}` },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, IdToken: 300, AccessToken: 300 },
    findAccount: async (_ctx, sub) => {
      const found = await findDemoAccountClaims(opts.db, sub);
      if (!found) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: found.fullName, personal_id: found.personalId }),
      };
    },
  };
  return new Provider(opts.issuer, configuration);
}
