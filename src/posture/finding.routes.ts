/**
 * `/api/posture/findings` and `/api/posture/policies`: vulnerability and malware findings of the units in the
 * caller's subtree (manual entry, CSV/XLSX and OpenVAS imports, state changes, evidence, the overdue list
 * the dashboard reads) and the remediation policy of each unit.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PostureRouteOptions } from './asset.routes.ts';
import {
  actingOf,
  CreateFindingBody,
  ERRORS,
  ErrorSchema,
  EvidenceBody,
  FindingDetailSchema,
  FindingImportSchema,
  FindingQuery,
  FindingSchema,
  IdParams,
  ImportBody,
  PolicyBody,
  PolicySchema,
  ScannerBody,
  SESSION,
  tags,
  TransitionBody,
  UnitParams,
} from './posture.route-schemas.ts';

/** Registers the finding and policy routes (prefix `/api/posture`). */
export const findingRoutes: FastifyPluginAsyncTypebox<PostureRouteOptions> = async (app, opts) => {
  const m = opts.module;

  app.get(
    '/findings',
    { schema: { operationId: 'postureListFindings', tags, security: SESSION, summary: 'Lỗ hổng, mã độc trong phạm vi / Findings in my scope', querystring: FindingQuery, response: { 200: Type.Array(FindingSchema), ...ERRORS } } },
    async (request) => m.findings.list(actingOf(request), request.query),
  );

  app.get(
    '/findings/overdue',
    {
      schema: {
        operationId: 'postureListOverdueFindings',
        tags,
        security: SESSION,
        summary: 'Lỗ hổng quá hạn khắc phục (bảng điều khiển) / Findings past their deadline (dashboard)',
        querystring: Type.Object({ unitId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })) }, { additionalProperties: false }),
        response: { 200: Type.Array(FindingSchema), ...ERRORS },
      },
    },
    async (request) => m.findings.list(actingOf(request), { unitId: request.query.unitId, overdue: true, limit: 500, offset: 0 }),
  );

  app.post(
    '/findings',
    {
      schema: {
        operationId: 'postureCreateFinding',
        tags,
        security: SESSION,
        summary: 'Ghi nhận lỗ hổng/mã độc (khớp tài sản theo sản phẩm, phiên bản) / Record a finding (matched to assets by product and version)',
        body: CreateFindingBody,
        response: { 201: Type.Array(FindingSchema), ...ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await m.findings.create(actingOf(request), request.body)),
  );

  app.get(
    '/findings/:id',
    { schema: { operationId: 'postureGetFinding', tags, security: SESSION, summary: 'Một lỗ hổng/mã độc với bằng chứng / One finding with its evidence', params: IdParams, response: { 200: FindingDetailSchema, ...ERRORS } } },
    async (request) => m.findings.get(actingOf(request), request.params.id),
  );

  app.post(
    '/findings/:id/transition',
    {
      schema: {
        operationId: 'postureTransitionFinding',
        tags,
        security: SESSION,
        summary: 'Chuyển trạng thái (đang xử lý, đã khắc phục, chấp nhận rủi ro, cảnh báo sai) / Change state',
        params: IdParams,
        body: TransitionBody,
        response: { 200: FindingSchema, ...ERRORS },
      },
    },
    async (request) => {
      const b = request.body;
      return m.findings.transition(actingOf(request), request.params.id, {
        to: b.to,
        reason: b.reason,
        acceptedUntil: b.acceptedUntil ? new Date(b.acceptedUntil) : undefined,
        ownerAccountId: b.ownerAccountId,
      });
    },
  );

  app.post(
    '/findings/:id/evidence',
    { schema: { operationId: 'postureAddFindingEvidence', tags, security: SESSION, summary: 'Thêm bằng chứng / Add evidence', params: IdParams, body: EvidenceBody, response: { 201: FindingDetailSchema, ...ERRORS } } },
    async (request, reply) => reply.status(201).send(await m.findings.addEvidence(actingOf(request), request.params.id, request.body)),
  );

  app.post(
    '/findings/import',
    {
      bodyLimit: 12 * 1024 * 1024,
      schema: {
        operationId: 'postureImportFindings',
        tags,
        security: SESSION,
        summary: 'Nhập cảnh báo lỗ hổng từ CSV/XLSX (chạy thử trước) / Import findings from CSV/XLSX (dry run first)',
        body: ImportBody,
        response: { 200: FindingImportSchema, ...ERRORS, 413: ErrorSchema },
      },
    },
    async (request) => {
      const b = request.body;
      return m.findingImport.importFile(actingOf(request), b.unitId, b.format, Buffer.from(b.contentBase64, 'base64'), b.dryRun);
    },
  );

  app.post(
    '/findings/scanner',
    {
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        operationId: 'postureImportScannerReport',
        tags,
        security: SESSION,
        summary: 'Nhập báo cáo quét OpenVAS/Greenbone (XML) / Import an OpenVAS/Greenbone report (XML)',
        body: ScannerBody,
        response: { 200: FindingImportSchema, ...ERRORS, 413: ErrorSchema },
      },
    },
    async (request) => m.findingImport.importScanner(actingOf(request), request.body.unitId, request.body.content, request.body.dryRun),
  );

  app.get(
    '/policies/:unitId',
    { schema: { operationId: 'postureGetPolicy', tags, security: SESSION, summary: 'Thời hạn khắc phục theo mức độ / Remediation deadlines by severity', params: UnitParams, response: { 200: PolicySchema, ...ERRORS } } },
    async (request) => m.findings.getPolicy(actingOf(request), request.params.unitId),
  );

  app.put(
    '/policies/:unitId',
    { schema: { operationId: 'postureSetPolicy', tags, security: SESSION, summary: 'Đặt thời hạn khắc phục của đơn vị / Set the unit\'s remediation deadlines', params: UnitParams, body: PolicyBody, response: { 200: PolicySchema, ...ERRORS } } },
    async (request) => m.findings.setPolicy(actingOf(request), request.params.unitId, request.body),
  );
};
