/**
 * The relying-party side of citizen sign-in with `openid-client` (OpenID Connect Core 1.0): discovery from the
 * issuer, authorization code flow with PKCE (S256), `state` and `nonce`, ID-token validation, and the mapping of
 * the identity to a registry person by the 12-digit personal identification number claim — as with VNeID,
 * whose accounts are keyed by that number (domain-vn.md §8.6).
 */
import * as oidc from 'openid-client';
import { CitizenErrors } from './citizen.errors.ts';
import type { CitizenConfig } from './citizen-config.ts';

/** What the browser must carry from the redirect to the callback (kept server-side, keyed by a cookie). */
export interface AuthorizationStart {
  readonly url: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** The verified identity from the provider. */
export interface VerifiedIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly personalId: string;
}

/** The OpenID client of Khiên for citizens. */
export interface CitizenOidcClient {
  /**
   * Prepares a redirect to the provider.
   *
   * @param lang - UI language hint for the provider (`ui_locales`)
   * @throws KHIEN_CITIZEN_SIGNIN_UNAVAILABLE when the provider cannot be reached
   */
  start(lang: 'vi' | 'en'): Promise<AuthorizationStart>;
  /**
   * Completes the flow from the callback's query string.
   *
   * @param query - the raw query string of the callback (without `?`)
   * @param checks - the state, nonce and PKCE verifier saved at start
   * @throws KHIEN_CITIZEN_SIGNIN_FAILED on any protocol or validation error
   */
  finish(query: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<VerifiedIdentity>;
}

/**
 * Creates the client. Discovery is lazy (the demo provider is served by this same process, which is not
 * listening yet when the app is built) and retried after a failure.
 *
 * @param cfg - citizen settings (issuer must be set)
 * @param onError - reports failures by type only (never tokens or claims)
 * @returns the client
 */
export function createCitizenOidcClient(cfg: CitizenConfig, onError: (stage: string, err: unknown) => void = () => {}): CitizenOidcClient {
  let configuration: Promise<oidc.Configuration> | null = null;
  const issuer = cfg.issuer;
  const discover = (): Promise<oidc.Configuration> => {
    if (!issuer) return Promise.reject(new CitizenErrors.SIGNIN_UNAVAILABLE());
    configuration ??= oidc
      .discovery(
        new URL(issuer),
        cfg.clientId,
        { redirect_uris: [cfg.redirectUri], response_types: ['code'] },
        oidc.ClientSecretBasic(cfg.clientSecret),
        // Plain HTTP only for the demo provider on a local address; production issuers must be https.
        { execute: issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((err: unknown) => {
        configuration = null;
        onError('discovery', err);
        throw new CitizenErrors.SIGNIN_UNAVAILABLE();
      });
    return configuration;
  };

  return {
    async start(lang) {
      const config = await discover();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: cfg.redirectUri,
        scope: 'openid profile personal_id',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ui_locales: lang,
        // Always ask the provider to authenticate again: on a shared phone, signing out of Khiên must not
        // leave a provider session that signs the next person in silently.
        prompt: 'login',
      });
      return { url: url.href, state, nonce, codeVerifier };
    },
    async finish(query, checks) {
      const config = await discover();
      const current = new URL(cfg.redirectUri);
      current.search = query;
      let claims: oidc.IDToken | undefined;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (err) {
        onError('callback', err);
        throw new CitizenErrors.SIGNIN_FAILED();
      }
      const pid = claims?.[cfg.pidClaim];
      if (!claims || typeof claims.sub !== 'string' || typeof pid !== 'string' || !/^[0-9]{12}$/.test(pid)) {
        onError('claims', new Error('missing subject or personal identification number claim'));
        throw new CitizenErrors.SIGNIN_FAILED();
      }
      return { issuer: claims.iss, subject: claims.sub, personalId: pid };
    },
  };
}
