/**
 * `/api/posture/reports`: the monthly technical security report of each unit (generate, read, sign, verify,
 * PDF), the national roll-up of who has not reported. The older key registration route served under
 * `/api/posture/signing-keys` is auth's (auth/signing/signing-keys.routes.ts), registered there by the app.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PostureRouteOptions } from './asset.routes.ts';
import { renderReportPdf } from './report-pdf.ts';
import {
  actingOf,
  ERRORS,
  GenerateReportBody,
  IdParams,
  MonthQuery,
  ReportDetailSchema,
  ReportQuery,
  ReportSchema,
  RollupSchema,
  SESSION,
  SignBody,
  tags,
  VerifySchema,
} from './posture.route-schemas.ts';

/** Registers the report routes (prefix `/api/posture`). */
export const reportRoutes: FastifyPluginAsyncTypebox<PostureRouteOptions> = async (app, opts) => {
  const m = opts.module;

  app.get(
    '/reports',
    { schema: { operationId: 'postureListReports', tags, security: SESSION, summary: 'Báo cáo tháng trong phạm vi / Monthly reports in my scope', querystring: ReportQuery, response: { 200: Type.Array(ReportSchema), ...ERRORS } } },
    async (request) => m.reports.list(actingOf(request), request.query),
  );

  app.post(
    '/reports',
    {
      schema: { operationId: 'postureGenerateReport', tags, security: SESSION, summary: 'Lập (lại) báo cáo kỹ thuật tháng / Assemble the monthly report', body: GenerateReportBody, response: { 201: ReportDetailSchema, ...ERRORS } },
    },
    async (request, reply) => reply.status(201).send(await m.reports.generate(actingOf(request), request.body.unitId, request.body.month)),
  );

  app.get(
    '/reports/rollup',
    { schema: { operationId: 'postureReportRollup', tags, security: SESSION, summary: 'Tổng hợp toàn quốc: đơn vị chưa báo cáo / National roll-up: who has not reported', querystring: MonthQuery, response: { 200: RollupSchema, ...ERRORS } } },
    async (request) => m.reports.rollup(actingOf(request), request.query.month),
  );

  app.get(
    '/reports/:id',
    { schema: { operationId: 'postureGetReport', tags, security: SESSION, summary: 'Một báo cáo với nội dung chuẩn hoá để ký / One report with the canonical text to sign', params: IdParams, response: { 200: ReportDetailSchema, ...ERRORS } } },
    async (request) => m.reports.get(actingOf(request), request.params.id),
  );

  app.post(
    '/reports/:id/sign',
    { schema: { operationId: 'postureSignReport', tags, security: SESSION, summary: 'Lãnh đạo đơn vị ký báo cáo (Ed25519) / The unit head signs (Ed25519)', params: IdParams, body: SignBody, response: { 200: ReportDetailSchema, ...ERRORS } } },
    async (request) => m.reports.sign(actingOf(request), request.params.id, request.body.signature),
  );

  app.get(
    '/reports/:id/verify',
    { schema: { operationId: 'postureVerifyReport', tags, security: SESSION, summary: 'Kiểm tra chữ ký và sửa đổi sau khi ký / Check the signature and edits after signing', params: IdParams, response: { 200: VerifySchema, ...ERRORS } } },
    async (request) => m.reports.verify(actingOf(request), request.params.id),
  );

  app.get(
    '/reports/:id/pdf',
    {
      schema: {
        operationId: 'postureReportPdf',
        tags,
        security: SESSION,
        summary: 'Tải báo cáo PDF / Download the report as PDF',
        params: IdParams,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { row, verification } = await m.reports.forPdf(actingOf(request), request.params.id);
      const pdf = await renderReportPdf(row, verification);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="bao-cao-attt-${row.unitId}-${row.month.slice(0, 7)}.pdf"`)
        .send(pdf);
    },
  );
};
