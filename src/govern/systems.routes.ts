/**
 * `/api/govern/systems` and `/api/govern/dossiers`: information systems, their security-level dossiers and
 * the approval workflow, and dossier coverage per unit against the 100 % target.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { requireStaff } from '../actors/guards.ts';
import type { Clock } from '../platform/clock.ts';
import { DOSSIER_DOCUMENT_KINDS, LEGAL_BASES, SYSTEM_TYPES } from './govern.schema.ts';
import { CRITERIA } from './classification-criteria.ts';
import type { GovernModule } from './govern.module.ts';
import type { Acting } from './govern.types.ts';
import { ERRORS, IdParams, NullableDay, NullableString, NullableTime, PageQuery, SECURITY, TAGS, Time, UnitCoverageSchema, Uuid, lit } from './govern.route-schemas.ts';

/** Options of the govern route plugins. */
export interface GovernRouteOptions {
  readonly module: GovernModule;
  readonly clock: Clock;
}

/**
 * The acting staff member of a request (401 without a session).
 *
 * @param request - the request
 * @returns the acting party
 */
export function actingOf(request: FastifyRequest): Acting {
  return { actor: requireStaff(request), requestId: request.id, ip: request.ip, userAgent: request.ctx.userAgent };
}

const DossierSchema = Type.Object({
  id: Uuid,
  systemId: Uuid,
  proposedLevel: Type.Integer(),
  legalBasis: lit(LEGAL_BASES),
  criteria: Type.Array(Type.String()),
  reasoning: Type.String(),
  status: lit(['drafted', 'appraised', 'approved', 'rejected'] as const),
  draftedAt: Time,
  draftedBy: Uuid,
  appraisedAt: NullableTime,
  appraisedBy: Type.Union([Uuid, Type.Null()]),
  appraisalBody: NullableString,
  appraisalNote: NullableString,
  approvedAt: NullableTime,
  approvedBy: Type.Union([Uuid, Type.Null()]),
  approvalRef: NullableString,
  reassessDue: NullableDay,
  lastReassessedAt: NullableTime,
  current: Type.Boolean(),
  documents: Type.Array(Type.Object({ id: Uuid, kind: Type.String(), title: Type.String(), reference: Type.String(), addedAt: Time })),
});

const SystemSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  ownerUnitId: Type.String(),
  systemType: lit(SYSTEM_TYPES),
  assetIds: Type.Array(Type.String()),
  dossier: Type.Union([DossierSchema, Type.Null()]),
});

const Text = (max = 2000) => Type.String({ minLength: 1, maxLength: max });

/** Registers the system and dossier routes (prefix `/api/govern`). */
export const systemRoutes: FastifyPluginAsyncTypebox<GovernRouteOptions> = async (app, opts) => {
  const m = opts.module;
  const base = { tags: TAGS, security: SECURITY };

  app.get('/criteria', {
    schema: {
      ...base,
      operationId: 'governListCriteria',
      summary: 'Security-level criteria (Decree 331/2026, Decree 85/2016) / Tiêu chí xác định cấp độ',
      response: { 200: Type.Array(Type.Object({ code: Type.String(), level: Type.Integer(), article: Type.Record(Type.String(), Type.String()), vi: Type.String(), en: Type.String() })), ...ERRORS },
    },
  }, async (request) => {
    actingOf(request);
    return CRITERIA.map((c) => ({ ...c, article: { ...c.article } }));
  });

  app.get('/systems', {
    schema: { ...base, operationId: 'governListSystems', summary: 'Information systems in my scope / Hệ thống thông tin', querystring: Type.Object({ unitId: Type.Optional(Type.String()), ...PageQuery }), response: { 200: Type.Array(SystemSchema), ...ERRORS } },
  }, async (request) => m.dossiers.listSystems(actingOf(request), request.query.unitId, { limit: request.query.limit, offset: request.query.offset }));

  app.post('/systems', {
    schema: {
      ...base,
      operationId: 'governCreateSystem',
      summary: 'Register an information system / Đăng ký hệ thống thông tin',
      body: Type.Object({ code: Type.String({ pattern: '^[A-Z0-9-]{2,32}$' }), name: Text(200), description: Text(), ownerUnitId: Type.String(), systemType: lit(SYSTEM_TYPES), assetIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })) }, { additionalProperties: false }),
      response: { 201: SystemSchema, ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.dossiers.createSystem(actingOf(request), request.body)));

  app.put('/systems/:id/assets', {
    schema: { ...base, operationId: 'governSetSystemAssets', summary: 'Set the posture assets a system runs on / Tài sản của hệ thống', params: IdParams, body: Type.Object({ assetIds: Type.Array(Uuid, { maxItems: 200 }) }, { additionalProperties: false }), response: { 200: Type.Object({ ok: Type.Literal(true) }), ...ERRORS } },
  }, async (request) => {
    await m.dossiers.setAssets(actingOf(request), request.params.id, request.body.assetIds);
    return { ok: true as const };
  });

  app.post('/systems/:id/dossiers', {
    schema: {
      ...base,
      operationId: 'governDraftDossier',
      summary: 'Draft a security-level dossier / Lập hồ sơ đề xuất cấp độ',
      params: IdParams,
      body: Type.Object({ proposedLevel: Type.Integer({ minimum: 1, maximum: 5 }), criteria: Type.Array(Type.String(), { minItems: 1, maxItems: 20 }), legalBasis: lit(LEGAL_BASES), reasoning: Text() }, { additionalProperties: false }),
      response: { 201: DossierSchema, ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.dossiers.draftDossier(actingOf(request), request.params.id, request.body)));

  app.get('/dossiers/:id', {
    schema: { ...base, operationId: 'governGetDossier', summary: 'A dossier with its documents / Hồ sơ cấp độ', params: IdParams, response: { 200: DossierSchema, ...ERRORS } },
  }, async (request) => m.dossiers.getDossier(actingOf(request), request.params.id));

  app.post('/dossiers/:id/documents', {
    schema: {
      ...base,
      operationId: 'governAddDossierDocument',
      summary: 'Add a document to a dossier / Bổ sung tài liệu hồ sơ',
      params: IdParams,
      body: Type.Object({ kind: lit(DOSSIER_DOCUMENT_KINDS), title: Text(300), reference: Text(300) }, { additionalProperties: false }),
      response: { 201: DossierSchema, ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.dossiers.addDocument(actingOf(request), request.params.id, request.body)));

  app.post('/dossiers/:id/appraise', {
    schema: {
      ...base,
      operationId: 'governAppraiseDossier',
      summary: 'Record the appraisal of a dossier / Thẩm định hồ sơ',
      params: IdParams,
      body: Type.Object({ outcome: lit(['appraised', 'rejected'] as const), note: Text(), appraisalBody: Type.Optional(Text(200)), externalRef: Type.Optional(Text(200)) }, { additionalProperties: false }),
      response: { 200: DossierSchema, ...ERRORS },
    },
  }, async (request) => m.dossiers.appraise(actingOf(request), request.params.id, request.body));

  app.post('/dossiers/:id/approve', {
    schema: {
      ...base,
      operationId: 'governApproveDossier',
      summary: 'Approve a dossier at the competent level / Phê duyệt hồ sơ cấp độ',
      params: IdParams,
      body: Type.Object({ approvalRef: Text(200) }, { additionalProperties: false }),
      response: { 200: DossierSchema, ...ERRORS },
    },
  }, async (request) => m.dossiers.approve(actingOf(request), request.params.id, request.body));

  app.post('/dossiers/:id/reassess', {
    schema: {
      ...base,
      operationId: 'governReassessDossier',
      summary: 'Record the yearly re-assessment / Đánh giá lại hằng năm',
      params: IdParams,
      body: Type.Object({ outcome: lit(['confirmed', 'level_change_needed'] as const), note: Text() }, { additionalProperties: false }),
      response: { 200: DossierSchema, ...ERRORS },
    },
  }, async (request) => m.dossiers.reassess(actingOf(request), request.params.id, request.body));

  app.get('/units', {
    schema: { ...base, operationId: 'governListUnits', summary: 'Units in my scope (for choosing a unit) / Đơn vị trong phạm vi', response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), parentId: Type.Union([Type.String(), Type.Null()]) })), ...ERRORS } },
  }, async (request) => m.coverage.units(actingOf(request)));

  app.get('/coverage/dossiers', {
    schema: {
      ...base,
      operationId: 'governDossierCoverage',
      summary: 'Systems with an approved dossier per unit vs 100 % / Tỷ lệ hệ thống được phê duyệt cấp độ',
      querystring: Type.Object({ unitId: Type.Optional(Type.String()) }),
      response: { 200: Type.Object({ target: Type.Literal(100), units: Type.Array(Type.Intersect([UnitCoverageSchema, Type.Object({ overdueReassessment: Type.Integer(), missing: Type.Integer() })])), total: UnitCoverageSchema }), ...ERRORS },
    },
  }, async (request) => ({ target: 100 as const, ...(await m.coverage.dossiers(actingOf(request), request.query.unitId)) }));
};
