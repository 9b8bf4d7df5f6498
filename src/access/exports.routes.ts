/**
 * Bulk export API (`/api/access/exports`): request, approve/reject (four eyes), download once.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AccessContext } from './access-context.ts';
import type { ExportRequestRow } from './access.repo.ts';
import { Category, IdParams } from './access-admin.schemas.ts';
import { decideExport, downloadExport, requestExport } from './exports.ts';
import { ERROR_RESPONSES, PurposeCode } from './registry-api.schemas.ts';
import { staffCallerOf } from './request-caller.ts';

/** Options of the plugin. */
export interface ExportRoutesOptions {
  readonly ctx: AccessContext;
}

const ExportRequestBody = Type.Object(
  {
    personIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10_000, uniqueItems: true }),
    purpose: PurposeCode,
    categories: Type.Array(Category, { minItems: 1, uniqueItems: true }),
    format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
    recipientName: Type.String({ minLength: 3, maxLength: 200 }),
    reason: Type.String({ minLength: 10, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

/** An export request as presented. */
export const ExportRequestSchema = Type.Object({
  id: Type.String(),
  requestNo: Type.String(),
  requesterAccountId: Type.String(),
  recipientName: Type.String(),
  purpose: Type.String(),
  categories: Type.Array(Type.String()),
  records: Type.Integer(),
  provinces: Type.Array(Type.String()),
  format: Type.String(),
  status: Type.String(),
  approverAccountId: Type.Union([Type.String(), Type.Null()]),
  downloadExpiresAt: Type.Union([Type.String(), Type.Null()]),
});

/** Presents a request (never its person ids or canary). */
export function presentExportRequest(r: ExportRequestRow): Static<typeof ExportRequestSchema> {
  return {
    id: r.id,
    requestNo: r.requestNo,
    requesterAccountId: r.requesterAccountId,
    recipientName: r.recipientName,
    purpose: r.purpose,
    categories: r.categories,
    records: r.personIds.length,
    provinces: r.provinces,
    format: r.format,
    status: r.status,
    approverAccountId: r.approverAccountId,
    downloadExpiresAt: r.downloadExpiresAt?.toISOString() ?? null,
  };
}

const DecisionBody = Type.Object({ note: Type.String({ minLength: 3, maxLength: 1000 }) }, { additionalProperties: false });

/** Registers the export routes. */
export const exportRoutes: FastifyPluginAsyncTypebox<ExportRoutesOptions> = async (app, opts) => {
  const { ctx } = opts;
  const tags = ['access'];
  const conflict = { 409: ERROR_RESPONSES[403], 410: ERROR_RESPONSES[403] };

  app.post('/', { schema: { tags, summary: 'Request a bulk export (approved by a second person above the threshold)', body: ExportRequestBody, response: { 201: ExportRequestSchema, ...ERROR_RESPONSES, ...conflict } } }, async (request, reply) => {
    const caller = staffCallerOf(request);
    return reply.status(201).send(presentExportRequest(await requestExport(ctx, caller, request.body)));
  });

  app.post('/:id/approve', { schema: { tags, summary: 'Approve (not the requester)', params: IdParams, body: DecisionBody, response: { 200: ExportRequestSchema, ...ERROR_RESPONSES, ...conflict } } }, async (request) => {
    const caller = staffCallerOf(request, ['unit_head']);
    return presentExportRequest(await decideExport(ctx, caller, request.params.id, { approve: true, note: request.body.note }));
  });

  app.post('/:id/reject', { schema: { tags, summary: 'Reject', params: IdParams, body: DecisionBody, response: { 200: ExportRequestSchema, ...ERROR_RESPONSES, ...conflict } } }, async (request) => {
    const caller = staffCallerOf(request, ['unit_head']);
    return presentExportRequest(await decideExport(ctx, caller, request.params.id, { approve: false, note: request.body.note }));
  });

  app.get(
    '/:id/download',
    {
      config: { personalData: true },
      schema: { tags, summary: 'Download the file once (every record recorded as read)', params: IdParams, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...ERROR_RESPONSES, ...conflict } },
    },
    async (request, reply) => {
      const caller = staffCallerOf(request);
      const file = await downloadExport(ctx, caller, request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
