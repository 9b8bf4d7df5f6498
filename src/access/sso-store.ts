/**
 * The staff provider's state in PostgreSQL (`access_sso_store`): authorization codes, access tokens, grants,
 * provider sessions and sign-ins in progress survive a restart of the process and are shared by every node. The
 * `Client` model is not stored here: it is read from the registered clients (`access_sso_clients`), so that a
 * disabled client or a rotated secret holds on the next request.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import {
  consumeStoreObject,
  deleteStoreObject,
  deleteStoreObjectsOfGrant,
  findEnabledSsoClient,
  findStoreObject,
  upsertStoreObject,
  type SsoClientListed,
} from './sso.repo.ts';

/** Lifetime of an object stored without one (seconds). */
const DEFAULT_TTL_SECONDS = 3600;

/**
 * The client metadata the provider is given for a registered client (`client_secret` is the SHA-256 of the
 * secret: `sso-provider.ts` compares hashes).
 *
 * @param row - the client
 * @returns the metadata
 */
export function clientMetadataOf(row: SsoClientListed): AdapterPayload {
  return {
    client_id: row.id,
    client_name: row.systemDisplayName,
    redirect_uris: row.redirectUris,
    post_logout_redirect_uris: row.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: row.authMethod as AdapterPayload['token_endpoint_auth_method'],
    id_token_signed_response_alg: 'ES256',
    ...(row.secretHash ? { client_secret: row.secretHash } : {}),
    ...(row.jwks ? { jwks: row.jwks } : {}),
    ...(row.backchannelLogoutUri ? { backchannel_logout_uri: row.backchannelLogoutUri, backchannel_logout_session_required: true } : {}),
  };
}

/**
 * Creates the adapter class for `configuration.adapter`.
 *
 * @param db - database
 * @param clock - the app's clock
 * @returns the adapter constructor
 */
export function createSsoAdapter(db: Database, clock: Clock): new (model: string) => Adapter {
  return class SsoAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      if (this.model === 'Client') return;
      const expiresAt = new Date(clock.now().getTime() + (expiresIn ?? DEFAULT_TTL_SECONDS) * 1000);
      await upsertStoreObject(db, {
        model: this.model,
        id,
        payload: payload,
        grantId: payload.grantId ?? null,
        uid: payload.uid ?? null,
        userCode: payload.userCode ?? null,
        accountId: payload.accountId ?? null,
        expiresAt,
      });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.model === 'Client') {
        const row = await findEnabledSsoClient(db, id);
        return row ? clientMetadataOf(row) : undefined;
      }
      return (await findStoreObject(db, this.model, 'id', id, clock.now()));
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return (await findStoreObject(db, this.model, 'uid', uid, clock.now()));
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return (await findStoreObject(db, this.model, 'userCode', userCode, clock.now()));
    }

    async consume(id: string): Promise<void> {
      await consumeStoreObject(db, this.model, id, Math.floor(clock.now().getTime() / 1000));
    }

    async destroy(id: string): Promise<void> {
      await deleteStoreObject(db, this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await deleteStoreObjectsOfGrant(db, grantId);
    }
  };
}
