/**
 * HTTP schemas of the administration of single sign-on applications (`/api/access/sso-clients`).
 */
import { Type } from '@sinclair/typebox';

const Uri = Type.String({ minLength: 8, maxLength: 500, pattern: '^https?://' });

/** A JSON Web Key (public): only its shape is checked here; the provider validates the key set. */
const Jwk = Type.Object({ kty: Type.String({ maxLength: 10 }) }, { additionalProperties: true, maxProperties: 20 });

/** Registration body. */
export const RegisterSsoClientBody = Type.Object(
  {
    businessSystemId: Type.String({ format: 'uuid', description: 'the registered business system this application is' }),
    authMethod: Type.Union([Type.Literal('client_secret_basic'), Type.Literal('client_secret_post'), Type.Literal('private_key_jwt')]),
    redirectUris: Type.Array(Uri, { minItems: 1, maxItems: 10 }),
    postLogoutRedirectUris: Type.Optional(Type.Array(Uri, { maxItems: 10 })),
    backchannelLogoutUri: Type.Optional(Uri),
    jwks: Type.Optional(Type.Object({ keys: Type.Array(Jwk, { minItems: 1, maxItems: 5 }) }, { additionalProperties: false, description: 'public keys, for private_key_jwt' })),
  },
  { additionalProperties: false },
);

/** A client as listed (never its secret). */
export const SsoClientSchema = Type.Object({
  clientId: Type.String(),
  businessSystemId: Type.String(),
  systemName: Type.String(),
  systemDisplayName: Type.String(),
  authMethod: Type.String(),
  redirectUris: Type.Array(Type.String()),
  postLogoutRedirectUris: Type.Array(Type.String()),
  backchannelLogoutUri: Type.Union([Type.String(), Type.Null()]),
  secretIssuedAt: Type.Union([Type.String(), Type.Null()]),
  disabledAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

/** A client as registered or rotated: the secret appears here once (null for private_key_jwt). */
export const IssuedSsoClientSchema = Type.Object({
  clientId: Type.String(),
  clientSecret: Type.Union([Type.String(), Type.Null()]),
  issuer: Type.String(),
});
