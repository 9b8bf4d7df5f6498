/**
 * Administration of data-sharing agreements and their API keys (`/api/access/agreements`), for the central
 * security team. A key's secret appears once, in the response that issues it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AccessContext } from './access-context.ts';
import { listAgreements, listApiKeys, type AgreementRow } from './access.repo.ts';
import { Category, IdParams, ReasonBody } from './access-admin.schemas.ts';
import { ERROR_RESPONSES, PurposeCode } from './registry-api.schemas.ts';
import { staffCallerOf } from './request-caller.ts';
import { createAgreement, issueApiKey, presentApiKey, revokeAgreement, revokeApiKey, rotateApiKey, type IssuedKey } from './sharing-agreements.ts';

/** Options of the plugin. */
export interface AgreementRoutesOptions {
  readonly ctx: AccessContext;
}

const AgreementBody = Type.Object(
  {
    organisation: Type.String({ minLength: 3, maxLength: 200 }),
    legalBasis: Type.String({ minLength: 5, maxLength: 500 }),
    purpose: PurposeCode,
    categories: Type.Array(Category, { minItems: 1, uniqueItems: true }),
    dailyRecordLimit: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    ratePerMinute: Type.Integer({ minimum: 1, maximum: 100_000 }),
    validFrom: Type.String({ format: 'date-time' }),
    validUntil: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

const AgreementSchema = Type.Object({
  id: Type.String(),
  organisation: Type.String(),
  legalBasis: Type.String(),
  purpose: Type.String(),
  categories: Type.Array(Type.String()),
  dailyRecordLimit: Type.Integer(),
  ratePerMinute: Type.Integer(),
  validFrom: Type.String(),
  validUntil: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

function presentAgreement(a: AgreementRow): Static<typeof AgreementSchema> {
  return {
    id: a.id,
    organisation: a.organisation,
    legalBasis: a.legalBasis,
    purpose: a.purpose,
    categories: a.categories,
    dailyRecordLimit: a.dailyRecordLimit,
    ratePerMinute: a.ratePerMinute,
    validFrom: a.validFrom.toISOString(),
    validUntil: a.validUntil.toISOString(),
    revokedAt: a.revokedAt?.toISOString() ?? null,
  };
}

const IssuedKeySchema = Type.Object({ id: Type.String(), prefix: Type.String(), key: Type.String(), expiresAt: Type.String() });
const KeySchema = Type.Object({ id: Type.String(), prefix: Type.String(), createdAt: Type.String(), expiresAt: Type.String(), revokedAt: Type.Union([Type.String(), Type.Null()]) });
const presentIssued = (k: IssuedKey): Static<typeof IssuedKeySchema> => ({ id: k.id, prefix: k.prefix, key: k.key, expiresAt: k.expiresAt.toISOString() });

/** Registers the agreement routes. */
export const agreementRoutes: FastifyPluginAsyncTypebox<AgreementRoutesOptions> = async (app, opts) => {
  const { ctx } = opts;
  const tags = ['access'];
  const admin = ['central_security_admin'] as const;

  app.post('/', { schema: { tags, summary: 'Create a data-sharing agreement', body: AgreementBody, response: { 201: AgreementSchema, ...ERROR_RESPONSES } } }, async (request, reply) => {
    const caller = staffCallerOf(request, admin);
    const b = request.body;
    const row = await createAgreement(ctx, caller, { ...b, validFrom: new Date(b.validFrom), validUntil: new Date(b.validUntil) });
    return reply.status(201).send(presentAgreement(row));
  });

  app.get('/', { schema: { tags, summary: 'List agreements', response: { 200: Type.Object({ agreements: Type.Array(AgreementSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    staffCallerOf(request, [...admin, 'auditor', 'security_officer']);
    return { agreements: (await listAgreements(ctx.db)).map(presentAgreement) };
  });

  app.post('/:id/revoke', { schema: { tags, summary: 'Revoke an agreement', params: IdParams, body: ReasonBody, response: { 204: Type.Null(), ...ERROR_RESPONSES } } }, async (request, reply) => {
    await revokeAgreement(ctx, staffCallerOf(request, admin), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });

  app.get('/:id/keys', { schema: { tags, summary: 'Keys of an agreement (never their secrets)', params: IdParams, response: { 200: Type.Object({ keys: Type.Array(KeySchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    staffCallerOf(request, admin);
    return { keys: (await listApiKeys(ctx.db, request.params.id)).map(presentApiKey) };
  });

  app.post('/:id/keys', { schema: { tags, summary: 'Issue a key (secret shown once)', params: IdParams, response: { 201: IssuedKeySchema, ...ERROR_RESPONSES } } }, async (request, reply) => {
    const issued = await issueApiKey(ctx, staffCallerOf(request, admin), request.params.id);
    return reply.header('cache-control', 'no-store').status(201).send(presentIssued(issued));
  });

  app.post('/keys/:id/rotate', { schema: { tags, summary: 'Rotate a key (old one revoked; new secret shown once)', params: IdParams, response: { 201: IssuedKeySchema, ...ERROR_RESPONSES } } }, async (request, reply) => {
    const issued = await rotateApiKey(ctx, staffCallerOf(request, admin), request.params.id);
    return reply.header('cache-control', 'no-store').status(201).send(presentIssued(issued));
  });

  app.post('/keys/:id/revoke', { schema: { tags, summary: 'Revoke a key', params: IdParams, body: ReasonBody, response: { 204: Type.Null(), ...ERROR_RESPONSES } } }, async (request, reply) => {
    await revokeApiKey(ctx, staffCallerOf(request, admin), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
