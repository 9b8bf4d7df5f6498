/**
 * Single sign-on for staff (issue 15, item 1): the business applications registered as OpenID Connect clients of
 * Khiên's staff provider, the provider's own state (codes, tokens, grants, sessions, interactions) and the link of
 * each grant to the Khiên staff session it was issued under. A client belongs to a registered business system
 * (`access_business_systems`), so one record names the application for the decision service and for sign-in.
 */
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { businessSystems } from './business-systems.schema.ts';

/** OIDC clients (business applications) of the staff provider. Only the SHA-256 of a client secret is kept. */
export const ssoClients = pgTable('access_sso_clients', {
  /** The OAuth `client_id` (`khc_<16 hex>`). */
  id: text('id').primaryKey(),
  businessSystemId: uuid('business_system_id').notNull().references(() => businessSystems.id),
  /** `client_secret_basic`, `client_secret_post` or `private_key_jwt`. */
  authMethod: text('auth_method').notNull(),
  redirectUris: jsonb('redirect_uris').$type<string[]>().notNull(),
  postLogoutRedirectUris: jsonb('post_logout_redirect_uris').$type<string[]>().notNull(),
  backchannelLogoutUri: text('backchannel_logout_uri'),
  /** SHA-256 (hex) of the current secret; null for `private_key_jwt`. */
  secretHash: text('secret_hash'),
  secretIssuedAt: timestamp('secret_issued_at', { withTimezone: true }),
  /** The public keys of a `private_key_jwt` client (a JWK Set); null otherwise. */
  jwks: jsonb('jwks').$type<{ keys: Array<Record<string, unknown>> }>(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** The provider's state, one row per stored object (the `oidc-provider` adapter). */
export const ssoStore = pgTable(
  'access_sso_store',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    grantId: text('grant_id'),
    uid: text('uid'),
    userCode: text('user_code'),
    accountId: text('account_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.model, t.id] }),
    index('access_sso_store_grant_idx').on(t.grantId),
    index('access_sso_store_uid_idx').on(t.uid),
    index('access_sso_store_account_idx').on(t.accountId),
    index('access_sso_store_expires_idx').on(t.expiresAt),
  ],
);

/** Each grant issued to an application, bound to the Khiên staff session it was issued under. */
export const ssoGrantSessions = pgTable(
  'access_sso_grant_sessions',
  {
    grantId: text('grant_id').primaryKey(),
    clientId: text('client_id').notNull(),
    accountId: uuid('account_id').notNull(),
    /** The Khiên staff session (`auth_sessions.id`); when it ends, so do the application's tokens. */
    sessionId: uuid('session_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('access_sso_grant_sessions_account_idx').on(t.accountId)],
);
