/**
 * Registration of business applications as single sign-on clients (issue 15, item 1), by the central security
 * team: each client is a registered business system's (`access_business_systems`), so the application has one
 * record for the decision service and for sign-in. Registration, secret rotation and disabling are admin events
 * recorded in the same transaction as the change. A secret is 32 random bytes, shown once; only its SHA-256 is
 * kept. The provider itself validates the metadata (redirect URIs, key set) before anything is stored.
 */
import crypto from 'node:crypto';
import type Provider from 'oidc-provider';
import type { StaffActor } from '../actors/staff-actor.ts';
import { runInTransaction } from '../db/tx-context.ts';
import { sha256Hex } from '../platform/ids.ts';
import type { AccessContext } from './access-context.ts';
import { AccessErrors } from './access.errors.ts';
import { buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import { findBusinessSystemForUpdate } from './business-systems.repo.ts';
import { findSsoClient, insertSsoClient, updateSsoClient, type SsoClientListed } from './sso.repo.ts';
import { clientMetadataOf } from './sso-store.ts';

type StaffCaller = AccessCaller & { actor: StaffActor };

/** What a registration asks for. */
export interface SsoClientInput {
  readonly businessSystemId: string;
  readonly authMethod: 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris?: readonly string[];
  readonly backchannelLogoutUri?: string;
  readonly jwks?: { readonly keys: ReadonlyArray<Record<string, unknown>> };
}

/** A client as issued (`clientSecret` is shown once; null for `private_key_jwt`). */
export interface IssuedSsoClient {
  readonly clientId: string;
  readonly clientSecret: string | null;
  readonly issuer: string;
}

/** A client as listed. */
export interface SsoClientView {
  readonly clientId: string;
  readonly businessSystemId: string;
  readonly systemName: string;
  readonly systemDisplayName: string;
  readonly authMethod: string;
  readonly redirectUris: string[];
  readonly postLogoutRedirectUris: string[];
  readonly backchannelLogoutUri: string | null;
  readonly secretIssuedAt: string | null;
  readonly disabledAt: string | null;
  readonly createdAt: string;
}

/** What the administration needs besides the access context. */
export interface SsoAdminDeps {
  readonly provider: Provider;
  readonly issuer: string;
}

const newSecret = (): string => crypto.randomBytes(32).toString('base64url');
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkUri(uri: string, what: string): void {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new AccessErrors.SSO_CLIENT_INVALID(what);
  }
  if (url.hash) throw new AccessErrors.SSO_CLIENT_INVALID(what);
  // Plain HTTP only on this machine's loopback (development, tests): everything else over TLS.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw new AccessErrors.SSO_CLIENT_INVALID(what);
}

/**
 * Presents a client.
 *
 * @param row - the client with its system's names
 * @returns the view
 */
export function presentSsoClient(row: SsoClientListed): SsoClientView {
  return {
    clientId: row.id,
    businessSystemId: row.businessSystemId,
    systemName: row.systemName,
    systemDisplayName: row.systemDisplayName,
    authMethod: row.authMethod,
    redirectUris: row.redirectUris,
    postLogoutRedirectUris: row.postLogoutRedirectUris,
    backchannelLogoutUri: row.backchannelLogoutUri,
    secretIssuedAt: row.secretIssuedAt?.toISOString() ?? null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Registers an application as a client of the staff provider.
 *
 * @param ctx - access context
 * @param deps - the provider (validates the metadata) and its issuer
 * @param caller - a central security admin
 * @param input - business system, authentication method, URIs, keys
 * @returns the client id and secret (shown once)
 * @throws AccessErrors.SYSTEM_NOT_FOUND when the business system is unknown or revoked
 * @throws AccessErrors.SSO_CLIENT_INVALID when the metadata is refused
 */
export async function registerSsoClient(ctx: AccessContext, deps: SsoAdminDeps, caller: StaffCaller, input: SsoClientInput): Promise<IssuedSsoClient> {
  const now = ctx.clock.now();
  input.redirectUris.forEach((u) => checkUri(u, 'redirectUris'));
  (input.postLogoutRedirectUris ?? []).forEach((u) => checkUri(u, 'postLogoutRedirectUris'));
  if (input.backchannelLogoutUri) checkUri(input.backchannelLogoutUri, 'backchannelLogoutUri');
  const keyBased = input.authMethod === 'private_key_jwt';
  if (keyBased !== (input.jwks !== undefined)) throw new AccessErrors.SSO_CLIENT_INVALID('jwks');
  const clientId = `khc_${crypto.randomBytes(8).toString('hex')}`;
  const secret = keyBased ? null : newSecret();
  const row = {
    id: clientId,
    businessSystemId: input.businessSystemId,
    authMethod: input.authMethod,
    redirectUris: [...input.redirectUris],
    postLogoutRedirectUris: [...(input.postLogoutRedirectUris ?? [])],
    backchannelLogoutUri: input.backchannelLogoutUri ?? null,
    secretHash: secret ? sha256Hex(secret) : null,
    secretIssuedAt: secret ? now : null,
    jwks: input.jwks ? { keys: input.jwks.keys.map((k) => ({ ...k })) } : null,
    disabledAt: null,
    createdBy: caller.actor.accountId,
    createdAt: now,
  };
  try {
    await deps.provider.Client.validate({ ...clientMetadataOf({ ...row, systemName: 'check', systemDisplayName: 'check' }), client_id: clientId });
  } catch (err) {
    const field = (err as { error_description?: string }).error_description ?? 'metadata';
    throw new AccessErrors.SSO_CLIENT_INVALID(field.slice(0, 200));
  }
  await runInTransaction(ctx.db, async (tx) => {
    const system = await findBusinessSystemForUpdate(tx, input.businessSystemId);
    if (!system || system.revokedAt !== null) throw new AccessErrors.SYSTEM_NOT_FOUND();
    await insertSsoClient(tx, row);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'sso_client.register', { type: 'sso_client', id: clientId }, {
      after: {
        businessSystemId: input.businessSystemId, system: system.name, authMethod: input.authMethod, redirectUris: row.redirectUris,
        backchannelLogoutUri: row.backchannelLogoutUri,
      },
    }, now), tx);
  });
  return { clientId, clientSecret: secret, issuer: deps.issuer };
}

/**
 * Replaces a client's secret; the old one stops working at once.
 *
 * @param ctx - access context
 * @param deps - issuer
 * @param caller - a central security admin
 * @param clientId - the client
 * @returns the new secret (shown once)
 * @throws AccessErrors.SSO_CLIENT_NOT_FOUND when unknown or disabled
 * @throws AccessErrors.SSO_CLIENT_NO_SECRET for a private_key_jwt client
 */
export async function rotateSsoClientSecret(ctx: AccessContext, deps: SsoAdminDeps, caller: StaffCaller, clientId: string): Promise<IssuedSsoClient> {
  const now = ctx.clock.now();
  const secret = newSecret();
  await runInTransaction(ctx.db, async (tx) => {
    const row = await findSsoClient(tx, clientId, true);
    if (!row || row.disabledAt !== null) throw new AccessErrors.SSO_CLIENT_NOT_FOUND();
    if (row.authMethod === 'private_key_jwt') throw new AccessErrors.SSO_CLIENT_NO_SECRET();
    await updateSsoClient(tx, clientId, { secretHash: sha256Hex(secret), secretIssuedAt: now });
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'sso_client.rotate_secret', { type: 'sso_client', id: clientId }, {
      before: { secretIssuedAt: row.secretIssuedAt?.toISOString() ?? null }, after: { secretIssuedAt: now.toISOString() },
    }, now), tx);
  });
  return { clientId, clientSecret: secret, issuer: deps.issuer };
}

/**
 * Disables a client: it can no longer authenticate, sign anyone in or introspect (its tokens stay unusable).
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param clientId - the client
 * @param reason - why
 * @throws AccessErrors.SSO_CLIENT_NOT_FOUND when unknown or already disabled
 */
export async function disableSsoClient(ctx: AccessContext, caller: StaffCaller, clientId: string, reason: string): Promise<void> {
  const now = ctx.clock.now();
  await runInTransaction(ctx.db, async (tx) => {
    const row = await findSsoClient(tx, clientId, true);
    if (!row || row.disabledAt !== null) throw new AccessErrors.SSO_CLIENT_NOT_FOUND();
    await updateSsoClient(tx, clientId, { disabledAt: now });
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'sso_client.disable', { type: 'sso_client', id: clientId }, { reason }, now), tx);
  });
}
