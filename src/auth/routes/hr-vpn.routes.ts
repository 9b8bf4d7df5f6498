/**
 * HR-event and VPN-account routes under `/api/admin`.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthContext } from '../auth-context.ts';
import { requireStaff } from '../../actors/guards.ts';
import { applyHrEvent } from '../hr/hr-events.ts';
import { readHrFile } from '../hr/hr-file.ts';
import { importHrRows } from '../hr/hr-import.ts';
import { createHrImportProgressBoard } from '../hr/hr-import-progress.ts';
import { createVpnAccount, disableVpnAccount, listVpnDueForReview, verifyVpnConnect } from '../vpn/vpn-accounts.ts';
import { AuthErrors } from '../auth.errors.ts';
import { originOf } from './http-support.ts';
import { AUTHED_ERRORS, ErrorResponse, IdParams, ReasonBody, ReasonSchema, UnitIdSchema, VpnAccountView } from './schemas.ts';
import { HR_EVENT_KINDS } from '../../org/hr.schema.ts';
import { leakedVpnListRoutes } from './leaked-vpn-list.routes.ts';

const security = [{ session: [] }];
const HrKind = Type.Union(HR_EVENT_KINDS.map((k) => Type.Literal(k)));
const DateOnly = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

const HrApplied = Type.Object({
  hrEventId: Type.String(),
  staffId: Type.String(),
  accountId: Type.Union([Type.String(), Type.Null()]),
  kind: HrKind,
  sessionsRevoked: Type.Integer(),
  grantsEnded: Type.Integer(),
  devicesRevoked: Type.Integer(),
  vpnDisabled: Type.Integer(),
});

const HrReport = Type.Object({
  batchId: Type.Union([Type.String(), Type.Null()]),
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  valid: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), code: Type.String() })),
  applied: Type.Boolean(),
  byKind: Type.Record(Type.String(), Type.Integer()),
  sessionsRevoked: Type.Integer(),
  grantsEnded: Type.Integer(),
  vpnDisabled: Type.Integer(),
  changes: Type.Array(
    Type.Object({
      row: Type.Integer(),
      staffNo: Type.String(),
      fullName: Type.String(),
      kind: Type.Union([HrKind, Type.Literal('hire')]),
      fromUnitId: Type.Union([Type.String(), Type.Null()]),
      toUnitId: Type.Union([Type.String(), Type.Null()]),
      effectiveOn: Type.String(),
      role: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  hires: Type.Array(Type.Object({ row: Type.Integer(), staffNo: Type.String(), accountId: Type.String(), role: Type.String(), unitId: Type.String(), temporaryPassword: Type.String() })),
});

/**
 * Registers the HR and VPN routes.
 *
 * @param app - the encapsulated instance (prefix `/api/admin`)
 * @param opts - module dependencies
 */
export const hrVpnRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, { ctx }) => {
  // The console's VPN list and leaked-password import (same prefix).
  await app.register(leakedVpnListRoutes, { ctx });
  const progress = createHrImportProgressBoard(ctx.clock);
  app.post(
    '/hr/events',
    {
      schema: {
        tags: ['hr'],
        security,
        summary: 'Record an HR event (applied at once, atomically) / Ghi nhận biến động nhân sự',
        body: Type.Object(
          { staffId: Type.String({ format: 'uuid' }), kind: HrKind, effectiveOn: DateOnly, newUnitId: Type.Optional(UnitIdSchema), reason: Type.Optional(ReasonSchema) },
          { additionalProperties: false },
        ),
        response: { 200: HrApplied, ...AUTHED_ERRORS },
      },
    },
    async (request) => applyHrEvent(ctx, requireStaff(request), request.body, originOf(request)),
  );

  app.post(
    '/hr/import',
    {
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: ['hr'],
        security,
        summary: 'Import HR events and new hires from CSV or XLSX (dry run by default) / Nhập biến động nhân sự, tuyển mới từ tệp',
        description:
          'All rows are validated first; any row error means nothing is applied (422 with the report). Without `dryRun: false` only the report (with the table of changes) is returned. A `hire` row (`tuyen_dung`) creates the staff record, its account (temporary password, returned once) and a one-year role grant (column `role`, default staff) on its unit, in the same transaction as the other rows.',
        body: Type.Object(
          {
            format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
            contentBase64: Type.String({ minLength: 4, maxLength: 14_000_000 }),
            dryRun: Type.Boolean({ default: true }),
            progressId: Type.Optional(Type.String({ format: 'uuid', description: 'An id of the caller\'s choosing to follow the import at GET /api/admin/hr/import/progress/{id}' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: HrReport, 422: ErrorResponse, 413: ErrorResponse, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const data = Buffer.from(request.body.contentBase64, 'base64');
      if (data.length === 0) throw new AuthErrors.FILE_UNREADABLE('empty');
      const { progressId } = request.body;
      const onProgress = progressId ? progress.follow(progressId, actor.accountId) : undefined;
      try {
        const rows = await readHrFile(data, request.body.format);
        return await importHrRows(ctx, actor, rows, { dryRun: request.body.dryRun, origin: originOf(request), onProgress });
      } finally {
        if (progressId) progress.finish(progressId);
      }
    },
  );

  app.get(
    '/hr/import/progress/:id',
    {
      schema: {
        tags: ['hr'],
        security,
        summary: 'Progress of an HR file import in flight / Tiến độ nhập tệp nhân sự',
        description:
          'Phase (validate, prepare: hashing the new hires\' temporary passwords, apply, done) and rows done of the import started with this `progressId` by the same account on this server. 404 when this server does not follow it.',
        params: IdParams,
        response: {
          200: Type.Object({
            phase: Type.Union([Type.Literal('validate'), Type.Literal('prepare'), Type.Literal('apply'), Type.Literal('done')]),
            done: Type.Integer({ minimum: 0 }),
            total: Type.Integer({ minimum: 0 }),
          }),
          ...AUTHED_ERRORS,
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const view = progress.read(request.params.id, actor.accountId);
      if (!view) throw new AuthErrors.HR_PROGRESS_UNKNOWN();
      return view;
    },
  );

  app.post(
    '/vpn',
    {
      schema: {
        tags: ['vpn'],
        security,
        summary: 'Create a VPN account (OTP required) / Cấp tài khoản VPN',
        body: Type.Object(
          {
            ownerAccountId: Type.String({ format: 'uuid' }),
            vpnUsername: Type.String({ minLength: 3, maxLength: 64, pattern: '^[a-zA-Z0-9._-]+$' }),
            purpose: Type.String({ minLength: 3, maxLength: 200 }),
            justification: Type.String({ minLength: 10, maxLength: 1000 }),
            validFrom: Type.Optional(Type.String({ format: 'date-time' })),
            validUntil: Type.String({ format: 'date-time' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: VpnAccountView, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const v = await createVpnAccount(
        ctx,
        requireStaff(request),
        { ...b, validFrom: b.validFrom ? new Date(b.validFrom) : undefined, validUntil: new Date(b.validUntil) },
        originOf(request),
      );
      return reply.status(201).send(v);
    },
  );

  app.post(
    '/vpn/:id/disable',
    { schema: { tags: ['vpn'], security, summary: 'Disable a VPN account / Khóa tài khoản VPN', params: IdParams, body: ReasonBody, response: { 200: VpnAccountView, ...AUTHED_ERRORS } } },
    async (request) => disableVpnAccount(ctx, requireStaff(request), request.params.id, request.body.reason, originOf(request)),
  );

  app.get(
    '/vpn/due-for-review',
    {
      schema: {
        tags: ['vpn'],
        security,
        summary: 'VPN accounts due for review: expiring, unused 30 days, owner transferred or gone / Tài khoản VPN cần rà soát',
        response: { 200: Type.Array(Type.Intersect([VpnAccountView, Type.Object({ reasons: Type.Array(Type.String()) })])), ...AUTHED_ERRORS },
      },
    },
    async (request) => listVpnDueForReview(ctx, requireStaff(request)),
  );

  app.post(
    '/vpn/connect-check',
    {
      schema: {
        tags: ['vpn'],
        security,
        summary: 'VPN gateway check of a VPN sign-in with the owner\'s TOTP (system admin session of the gateway bridge)',
        body: Type.Object({ vpnUsername: Type.String({ minLength: 1, maxLength: 64 }), code: Type.String({ minLength: 1, maxLength: 12 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ accepted: Type.Boolean() }), ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      if (!actor.roles.some((r) => r.role === 'system_admin')) throw new AuthErrors.FORBIDDEN();
      return { accepted: await verifyVpnConnect(ctx, request.body, originOf(request)) };
    },
  );
};
