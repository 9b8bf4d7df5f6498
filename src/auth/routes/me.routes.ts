/**
 * `GET /api/auth/me`: the signed-in staff member as the server sees them.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthContext } from '../auth-context.ts';
import { requireStaff } from '../../actors/guards.ts';
import { findStaff } from '../../org/org.repo.ts';
import { ErrorResponse, MeResponse } from './schemas.ts';

/**
 * The `me` route.
 *
 * @param app - the encapsulated instance
 * @param opts - module dependencies
 */
export const meRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, { ctx }) => {
  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in staff member / Cán bộ đang đăng nhập',
        security: [{ session: [] }],
        response: { 200: MeResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireStaff(request, { allowPasswordChange: true, allowWithoutMfa: true });
      const staff = await findStaff(ctx.db, actor.staffId);
      return {
        accountId: actor.accountId,
        staffId: actor.staffId,
        username: actor.username,
        unitId: actor.unitId,
        provinceCode: actor.provinceCode,
        roles: actor.roles.map((r) => ({ role: r.role, unitId: r.unitId, validUntil: r.validUntil })),
        sessionId: actor.sessionId,
        deviceId: actor.deviceId,
        deviceRegistered: actor.deviceRegistered,
        mfa: actor.mfa,
        mustChangePassword: actor.mustChangePassword,
        fullName: staff?.fullName ?? actor.username,
        idleMinutes: ctx.settings.idleMinutes,
      };
    },
  );
};
