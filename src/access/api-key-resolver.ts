/**
 * The `x-api-key` resolver: turns a key bound to a data-sharing agreement into an `ExternalActor`. Secrets are
 * compared in constant time, and every failure (unknown, wrong secret, revoked, expired, agreement revoked or
 * out of validity) answers the same error (STYLE.md rule 25). Requests per minute are limited per key by
 * `http/api-key-rate-limit.ts`.
 */
import type { FastifyRequest } from 'fastify';
import { safeEqual, sha256Hex } from '../platform/ids.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessContext } from './access-context.ts';
import { findAgreement, findApiKeyByPrefix } from './access.repo.ts';
import type { ExternalActor } from '../actors/external-actor.ts';
import { API_KEY_PATTERN } from './sharing-agreements.ts';
import { withRefusedCredential } from '../events/refused-credential.ts';

/**
 * Creates the resolver.
 *
 * @param ctx - access context
 * @returns a resolver: null when no `x-api-key` header is present
 * @throws AccessErrors.API_KEY_INVALID for any invalid key (the per-minute limit is `http/api-key-rate-limit.ts`)
 */
export function createApiKeyResolver(ctx: AccessContext): (request: FastifyRequest) => Promise<ExternalActor | null> {
  // A hash to compare against when the prefix is unknown, so that both paths take the same time.
  const dummy = sha256Hex('khien-dummy-secret');
  return async (request) => {
    const header = request.headers['x-api-key'];
    if (header === undefined) return null;
    const m = typeof header === 'string' ? API_KEY_PATTERN.exec(header) : null;
    // Every refusal answers the same error and names what was refused for the refusal log (http/refusal-log.ts).
    const refuse = (reason: string, keyId: string | null = null, agreementId: string | null = null): never => {
      throw withRefusedCredential(new AccessErrors.API_KEY_INVALID(), { type: 'api_key', id: keyId, reason, agreementId });
    };
    if (!m) return refuse('api_key_malformed');
    const key = await findApiKeyByPrefix(ctx.db, m[1]!);
    const presented = sha256Hex(m[2]!);
    const matches = safeEqual(presented, key?.secretHash ?? dummy) && key !== undefined;
    const now = ctx.clock.now();
    if (!key) return refuse('api_key_unknown');
    if (!matches) return refuse('api_key_wrong_secret', key.id, key.agreementId);
    if (key.revokedAt !== null) return refuse('api_key_revoked', key.id, key.agreementId);
    if (key.expiresAt <= now) return refuse('api_key_expired', key.id, key.agreementId);
    const agreement = await findAgreement(ctx.db, key.agreementId);
    if (!agreement || agreement.revokedAt !== null || agreement.validFrom > now || agreement.validUntil <= now) return refuse('api_key_agreement_inactive', key.id, key.agreementId);
    return { type: 'external', apiKeyId: key.id, agreementId: agreement.id, organisation: agreement.organisation, ratePerMinute: agreement.ratePerMinute };
  };
}
