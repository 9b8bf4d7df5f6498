/**
 * `/api/govern/plan` and `/api/govern/reports`: the action-plan register with per-unit progress, and the
 * six-monthly and yearly reports (assemble, signing payload, sign, verify, PDF, national roll-up).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { REPORT_KINDS } from './govern.schema.ts';
import { actingOf, type GovernRouteOptions } from './systems.routes.ts';
import { Day, ERRORS, IdParams, NullableString, NullableTime, SECURITY, TAGS, Time, Uuid, lit } from './govern.route-schemas.ts';

const STATUSES = ['not_started', 'in_progress', 'done'] as const;
const TaskSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  groupTitle: Type.String(),
  task: Type.String(),
  leadUnit: Type.String(),
  cooperatingUnits: Type.String(),
  deadline: Type.String(),
  dueOn: Type.Union([Day, Type.Null()]),
  expectedResult: Type.String(),
  progress: Type.Array(Type.Object({ unitId: Type.String(), status: lit(STATUSES), evidence: Type.String(), updatedAt: Time })),
});
const ReportHead = {
  id: Uuid,
  unitId: Type.String(),
  kind: lit(REPORT_KINDS),
  year: Type.Integer(),
  dueOn: Day,
  status: lit(['draft', 'signed'] as const),
  contentSha256: Type.String(),
  assembledAt: Time,
  signedBy: Type.Union([Uuid, Type.Null()]),
  signedAt: NullableTime,
  signingKeyId: Type.Union([Uuid, Type.Null()]),
  signature: NullableString,
};
const ReportSchema = Type.Object({ ...ReportHead, content: Type.Record(Type.String(), Type.Unknown()) });
const Year = Type.Integer({ minimum: 2020, maximum: 2100 });

/** Registers the register and report routes (prefix `/api/govern`). */
export const planRoutes: FastifyPluginAsyncTypebox<GovernRouteOptions> = async (app, opts) => {
  const m = opts.module;
  const base = { tags: TAGS, security: SECURITY };

  app.get('/plan/tasks', {
    schema: { ...base, operationId: 'governListPlanTasks', summary: 'The action-plan register with progress / Danh mục nhiệm vụ Chương trình hành động', querystring: Type.Object({ unitId: Type.Optional(Type.String()) }), response: { 200: Type.Array(TaskSchema), ...ERRORS } },
  }, async (request) => m.plan.listTasks(actingOf(request), request.query.unitId));

  app.put('/plan/tasks/:id/progress', {
    schema: {
      ...base,
      operationId: 'governSetTaskProgress',
      summary: 'Record a unit’s status and evidence of a task / Cập nhật tiến độ nhiệm vụ',
      params: IdParams,
      body: Type.Object({ unitId: Type.String(), status: lit(STATUSES), evidence: Type.String({ maxLength: 4000 }) }, { additionalProperties: false }),
      response: { 200: TaskSchema, ...ERRORS },
    },
  }, async (request) => m.plan.setProgress(actingOf(request), request.params.id, request.body));

  app.get('/reports', {
    schema: { ...base, operationId: 'governListReports', summary: 'Reports of my scope / Báo cáo của các đơn vị', querystring: Type.Object({ year: Year, kind: Type.Optional(lit(REPORT_KINDS)) }), response: { 200: Type.Array(Type.Object(ReportHead)), ...ERRORS } },
  }, async (request) => m.reports.list(actingOf(request), request.query.year, request.query.kind));

  app.post('/reports', {
    schema: {
      ...base,
      operationId: 'governAssembleReport',
      summary: 'Assemble a unit’s six-monthly or yearly report / Tổng hợp báo cáo',
      body: Type.Object({ unitId: Type.String(), kind: lit(REPORT_KINDS), year: Year }, { additionalProperties: false }),
      response: { 201: ReportSchema, ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.reports.assemble(actingOf(request), request.body)));

  app.get('/reports/rollup', {
    schema: {
      ...base,
      operationId: 'governReportRollup',
      summary: 'National roll-up of a report round / Tổng hợp toàn quốc',
      querystring: Type.Object({ year: Year, kind: lit(REPORT_KINDS) }),
      response: {
        200: Type.Object({
          dueOn: Day,
          units: Type.Array(Type.Object({ unitId: Type.String(), name: Type.String(), status: lit(['missing', 'draft', 'signed'] as const), late: Type.Boolean(), tasksDone: Type.Union([Type.Integer(), Type.Null()]), dossierPercent: Type.Union([Type.Number(), Type.Null()]), trainingPercent: Type.Union([Type.Number(), Type.Null()]) })),
          totals: Type.Object({ units: Type.Integer(), signed: Type.Integer(), late: Type.Integer(), missing: Type.Integer() }),
        }),
        ...ERRORS,
      },
    },
  }, async (request) => m.reports.rollup(actingOf(request), request.query.kind, request.query.year));

  app.get('/reports/:id', {
    schema: { ...base, operationId: 'governGetReport', summary: 'A report / Báo cáo', params: IdParams, response: { 200: ReportSchema, ...ERRORS } },
  }, async (request) => m.reports.get(actingOf(request), request.params.id));

  app.get('/reports/:id/signing-payload', {
    schema: { ...base, operationId: 'governReportSigningPayload', summary: 'What the head signs (canonical JSON) / Nội dung cần ký', params: IdParams, response: { 200: Type.Object({ canonical: Type.String(), sha256: Type.String() }), ...ERRORS } },
  }, async (request) => m.reports.payload(actingOf(request), request.params.id));

  app.post('/reports/:id/sign', {
    schema: {
      ...base,
      operationId: 'governSignReport',
      summary: 'Sign a report as head of the reporting unit (Ed25519) / Thủ trưởng đơn vị ký số báo cáo',
      params: IdParams,
      body: Type.Object({ keyId: Uuid, signature: Type.String({ minLength: 80, maxLength: 100, description: 'Ed25519 signature over the canonical JSON, base64' }) }, { additionalProperties: false }),
      response: { 200: ReportSchema, ...ERRORS },
    },
  }, async (request) => m.reports.sign(actingOf(request), request.params.id, request.body));

  app.get('/reports/:id/verify', {
    schema: { ...base, operationId: 'governVerifyReport', summary: 'Verify a report’s signature / Kiểm tra chữ ký', params: IdParams, response: { 200: Type.Object({ valid: Type.Boolean(), signedBy: Type.Union([Uuid, Type.Null()]), fingerprint: NullableString, contentSha256: Type.String() }), ...ERRORS } },
  }, async (request) => m.reports.verify(actingOf(request), request.params.id));

  app.get('/reports/:id/pdf', {
    schema: { ...base, operationId: 'governReportPdf', summary: 'The report as PDF / Báo cáo dạng PDF', params: IdParams, response: { 200: Type.Unknown({ description: 'application/pdf' }), ...ERRORS } },
  }, async (request, reply) => {
    const { pdf, fileName } = await m.reports.pdf(actingOf(request), request.params.id);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
  });
};
