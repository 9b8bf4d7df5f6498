/**
 * Administration routes under `/api/admin`: accounts, role grants, password reset, suspension, device
 * approval and revocation. Each handler checks the caller's scope in the service and records an admin event.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthContext } from '../auth-context.ts';
import { createAccount, endRoleGrant, getManagedAccount, grantRole, listManagedAccounts, reinstateAccount, suspendAccount } from '../admin/accounts.ts';
import { decideDevice, listPendingForApprover, revokeDevice } from '../devices.ts';
import { requireStaff } from '../../actors/guards.ts';
import { resetPassword } from '../passwords/change-password.ts';
import { originOf } from './http-support.ts';
import { AccountView, AUTHED_ERRORS, DeviceView, GrantView, PendingDeviceView, IdParams, ReasonBody, ReasonSchema, RoleSchema, UnitIdSchema } from './schemas.ts';

const tags = ['admin'];
const security = [{ session: [] }];

/**
 * Registers the account and device administration routes.
 *
 * @param app - the encapsulated instance (prefix `/api/admin`)
 * @param opts - module dependencies
 */
export const adminRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, { ctx }) => {
  app.post(
    '/accounts',
    {
      schema: {
        tags,
        security,
        summary: 'Create the account of a staff record / Tạo tài khoản',
        body: Type.Object({ staffId: Type.String({ format: 'uuid' }), reason: Type.Optional(ReasonSchema) }, { additionalProperties: false }),
        response: { 201: Type.Object({ account: AccountView, temporaryPassword: Type.String() }), ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const r = await createAccount(ctx, requireStaff(request), { staffId: request.body.staffId, reason: request.body.reason }, originOf(request));
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/accounts',
    {
      schema: {
        tags,
        security,
        summary: 'Accounts I manage / Tài khoản thuộc phạm vi',
        querystring: Type.Object({
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
          offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'Staff number or part of the name' })),
        }),
        response: { 200: Type.Array(AccountView), ...AUTHED_ERRORS },
      },
    },
    async (request) => listManagedAccounts(ctx, requireStaff(request), request.query),
  );

  app.get(
    '/accounts/:id',
    { schema: { tags, security, summary: 'One account with its grants', params: IdParams, response: { 200: Type.Object({ account: AccountView, grants: Type.Array(GrantView) }), ...AUTHED_ERRORS } } },
    async (request) => getManagedAccount(ctx, requireStaff(request), request.params.id),
  );

  app.post(
    '/accounts/:id/grants',
    {
      schema: {
        tags,
        security,
        summary: 'Grant a role on a unit subtree until a date / Phân quyền',
        params: IdParams,
        body: Type.Object(
          {
            role: RoleSchema,
            unitId: UnitIdSchema,
            validFrom: Type.Optional(Type.String({ format: 'date-time' })),
            validUntil: Type.String({ format: 'date-time' }),
            reason: ReasonSchema,
          },
          { additionalProperties: false },
        ),
        response: { 201: GrantView, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const grant = await grantRole(
        ctx,
        requireStaff(request),
        request.params.id,
        { role: b.role, unitId: b.unitId, validFrom: b.validFrom ? new Date(b.validFrom) : undefined, validUntil: new Date(b.validUntil), reason: b.reason },
        originOf(request),
      );
      return reply.status(201).send(grant);
    },
  );

  app.post(
    '/grants/:id/end',
    { schema: { tags, security, summary: 'End a role grant now / Thu hồi quyền', params: IdParams, body: ReasonBody, response: { 200: GrantView, ...AUTHED_ERRORS } } },
    async (request) => endRoleGrant(ctx, requireStaff(request), request.params.id, request.body.reason, originOf(request)),
  );

  app.post(
    '/accounts/:id/password-reset',
    {
      schema: {
        tags,
        security,
        summary: 'Reset a password (forces a change) / Đặt lại mật khẩu',
        params: IdParams,
        body: ReasonBody,
        response: { 200: Type.Object({ temporaryPassword: Type.String() }), ...AUTHED_ERRORS },
      },
    },
    async (request) => resetPassword(ctx, requireStaff(request), request.params.id, request.body.reason, originOf(request)),
  );

  app.post(
    '/accounts/:id/suspend',
    { schema: { tags, security, summary: 'Suspend an account / Tạm khóa tài khoản', params: IdParams, body: ReasonBody, response: { 200: AccountView, ...AUTHED_ERRORS } } },
    async (request) => suspendAccount(ctx, request.params.id, request.body.reason, requireStaff(request), originOf(request)),
  );

  app.post(
    '/accounts/:id/reinstate',
    { schema: { tags, security, summary: 'Reinstate a suspended account / Mở khóa tài khoản', params: IdParams, body: ReasonBody, response: { 200: AccountView, ...AUTHED_ERRORS } } },
    async (request) => reinstateAccount(ctx, request.params.id, request.body.reason, requireStaff(request), originOf(request)),
  );

  app.get(
    '/devices/pending',
    { schema: { tags, security, summary: 'Device registrations awaiting my approval', response: { 200: Type.Array(PendingDeviceView), ...AUTHED_ERRORS } } },
    async (request) => listPendingForApprover(ctx, requireStaff(request)),
  );

  app.post(
    '/devices/:id/approve',
    {
      schema: {
        tags,
        security,
        summary: 'Approve a device / Duyệt thiết bị',
        params: IdParams,
        body: Type.Object({ reason: Type.Optional(ReasonSchema) }, { additionalProperties: false }),
        response: { 200: DeviceView, ...AUTHED_ERRORS },
      },
    },
    async (request) => decideDevice(ctx, requireStaff(request), request.params.id, 'approve', request.body.reason ?? null, originOf(request)),
  );

  app.post(
    '/devices/:id/reject',
    { schema: { tags, security, summary: 'Reject a device / Từ chối thiết bị', params: IdParams, body: ReasonBody, response: { 200: DeviceView, ...AUTHED_ERRORS } } },
    async (request) => decideDevice(ctx, requireStaff(request), request.params.id, 'reject', request.body.reason, originOf(request)),
  );

  app.post(
    '/devices/:id/revoke',
    { schema: { tags, security, summary: 'Revoke a device / Thu hồi thiết bị', params: IdParams, body: ReasonBody, response: { 200: DeviceView, ...AUTHED_ERRORS } } },
    async (request) => revokeDevice(ctx, requireStaff(request), request.params.id, request.body.reason, originOf(request)),
  );
};
