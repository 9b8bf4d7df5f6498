/**
 * `/api/posture/reports` and `/api/posture/signing-keys`: the monthly technical security report of each
 * unit (generate, read, sign, verify, PDF), the national roll-up of who has not reported; the older key
 * registration route delegates to auth's.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PostureRouteOptions } from './asset.routes.ts';
import { renderReportPdf } from './report-pdf.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import { RegisterSigningKeyBody, SIGNING_KEY_ERRORS, SigningKeySchema, registerSigningKey } from '../auth/signing/signing-keys.routes.ts';
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

/**
 * `POST /api/posture/signing-keys`, kept for clients that registered keys here before keys moved to auth: the
 * same handler as `POST /api/auth/signing-keys` (one table, one audit action `auth.signing_key.register`).
 * The console registers at the auth route. Registered by the posture wiring when auth is wired.
 */
export const postureSigningKeyRoute: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, opts) => {
  app.post(
    '/signing-keys',
    {
      schema: {
        operationId: 'postureRegisterSigningKey',
        tags,
        security: SESSION,
        deprecated: true,
        summary: 'Đăng ký khoá ký Ed25519 (như POST /api/auth/signing-keys) / Register an Ed25519 key (same as POST /api/auth/signing-keys)',
        body: RegisterSigningKeyBody,
        response: { 201: SigningKeySchema, ...SIGNING_KEY_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await registerSigningKey(opts.ctx, request, request.body.publicKey)),
  );
};
