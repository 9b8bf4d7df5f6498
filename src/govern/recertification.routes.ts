/**
 * `/api/govern/recertifications`: campaigns, the items of each unit head, keep/revoke decisions, closing.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { RECERT_KINDS } from './govern.schema.ts';
import { actingOf, type GovernRouteOptions } from './systems.routes.ts';
import { ERRORS, ErrorSchema, IdParams, NullableString, NullableTime, SECURITY, TAGS, Time, Uuid, lit } from './govern.route-schemas.ts';

const CampaignSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  kinds: Type.Array(Type.String()),
  unitId: Type.String(),
  deadline: Time,
  status: lit(['open', 'closed'] as const),
  counts: Type.Object({ items: Type.Integer(), kept: Type.Integer(), revoked: Type.Integer(), undecided: Type.Integer(), late: Type.Integer(), proposedRevocations: Type.Integer() }),
});
const Choice = Type.Union([lit(['keep', 'revoke'] as const), Type.Null()]);
const ItemSchema = Type.Object({ id: Uuid, unitId: Type.String(), kind: lit(RECERT_KINDS), targetId: Type.String(), accountId: Type.Union([Uuid, Type.Null()]), label: Type.String(), proposal: Choice, proposalReason: NullableString, decision: Choice, reason: NullableString, decidedAt: NullableTime, late: Type.Boolean() });

/** Registers the routes (prefix `/api/govern`). */
export const recertificationRoutes: FastifyPluginAsyncTypebox<GovernRouteOptions> = async (app, opts) => {
  const m = opts.module;
  const base = { tags: TAGS, security: SECURITY };

  app.get('/recertifications', {
    schema: { ...base, operationId: 'governListRecertifications', summary: 'Recertification campaigns / Các đợt rà soát', response: { 200: Type.Array(CampaignSchema), ...ERRORS } },
  }, async (request) => m.recertification.list(actingOf(request)));

  app.post('/recertifications', {
    schema: {
      ...base,
      operationId: 'governOpenRecertification',
      summary: 'Open a campaign to the unit heads with a deadline / Mở đợt rà soát',
      body: Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }), kinds: Type.Array(lit(RECERT_KINDS), { minItems: 1, maxItems: 4, uniqueItems: true }), unitId: Type.String(), deadline: Time }, { additionalProperties: false }),
      response: { 201: CampaignSchema, ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.recertification.open(actingOf(request), { ...request.body, deadline: new Date(request.body.deadline) })));

  app.get('/recertifications/:id', {
    schema: { ...base, operationId: 'governGetRecertification', summary: 'A campaign and my units’ items / Danh sách cần rà soát', params: IdParams, response: { 200: Type.Object({ campaign: CampaignSchema, items: Type.Array(ItemSchema) }), ...ERRORS } },
  }, async (request) => m.recertification.items(actingOf(request), request.params.id));

  app.post('/recertifications/items/:id/decision', {
    schema: {
      ...base,
      operationId: 'governDecideRecertificationItem',
      summary: 'Keep or revoke with a reason (revoking is done by the owning module) / Giữ hoặc thu hồi',
      params: IdParams,
      body: Type.Object({ decision: lit(['keep', 'revoke'] as const), reason: Type.String({ minLength: 3, maxLength: 1000 }) }, { additionalProperties: false }),
      response: { 200: ItemSchema, ...ERRORS, 502: ErrorSchema },
    },
  }, async (request) => m.recertification.decide(actingOf(request), request.params.id, request.body));

  app.post('/recertifications/:id/close', {
    schema: { ...base, operationId: 'governCloseRecertification', summary: 'Close after the deadline; undecided items are flagged late / Kết thúc đợt rà soát', params: IdParams, response: { 200: CampaignSchema, ...ERRORS } },
  }, async (request) => m.recertification.close(actingOf(request), request.params.id));
};
