/**
 * Administration routes added for the console (issue 13, item 5), under `/api/admin`: an account's devices and
 * recent sessions, the VPN accounts of the
 * owners in the caller's scope, and the leaked-password corpus import from an uploaded list as a background
 * job with its progress (system admin, central security admin).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthContext } from '../auth-context.ts';
import { requireStaff } from '../../actors/guards.ts';
import { AuthErrors } from '../auth.errors.ts';
import { unitsAdministered } from '../admin/scope.ts';
import { listAccountsInUnits } from '../auth.repo.ts';
import { listVpnAccountsOfOwners } from '../vpn/vpn.repo.ts';
import { presentVpnAccount, VPN_ADMIN_ROLES } from '../vpn/vpn-accounts.ts';
import { leakImportJobs, type LeakImportJob } from '../passwords/leaked-import-jobs.ts';
import { originOf } from './http-support.ts';
import { AUTHED_ERRORS, IdParams, VpnAccountView } from './schemas.ts';
import { getManagedAccount } from '../admin/accounts.ts';
import { listDevices } from '../device.repo.ts';
import { listRecentSessions } from '../session.repo.ts';

const security = [{ session: [] }];
const LEAK_ROLES = ['system_admin', 'central_security_admin'];

const LeakJob = Type.Object({
  id: Type.String(),
  startedAt: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed'), Type.Literal('interrupted')], { description: 'interrupted: the server stopped while it ran (its progress stopped more than a minute ago)' }),
  bytesRead: Type.Integer(),
  totalBytes: Type.Integer(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  result: Type.Union([Type.Object({ lines: Type.Integer(), imported: Type.Integer(), rejected: Type.Integer(), rejectedLines: Type.Array(Type.Integer()) }), Type.Null()]),
});
const present = (j: LeakImportJob): typeof LeakJob.static => ({ ...j, result: j.result ? { ...j.result, rejectedLines: [...j.result.rejectedLines] } : null });

/**
 * Registers the routes.
 *
 * @param app - the encapsulated instance (prefix `/api/admin`)
 * @param opts - module dependencies
 */
export const leakedVpnListRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, { ctx }) => {
  app.get(
    '/vpn',
    {
      schema: {
        operationId: 'adminListVpnAccounts',
        tags: ['vpn'],
        security,
        summary: 'VPN accounts of owners in my scope / Tài khoản VPN thuộc phạm vi',
        response: { 200: Type.Array(Type.Intersect([VpnAccountView, Type.Object({ ownerUsername: Type.String(), ownerName: Type.String(), ownerUnitId: Type.String() })])), ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const by = requireStaff(request);
      const units = await unitsAdministered(ctx, by, [...VPN_ADMIN_ROLES]);
      if (units.length === 0) throw new AuthErrors.FORBIDDEN();
      const owners = await listAccountsInUnits(ctx.db, units, 20_000, 0);
      const byId = new Map(owners.map((o) => [o.account.id, o]));
      const rows = await listVpnAccountsOfOwners(ctx.db, [...byId.keys()]);
      return rows.map((v) => {
        const o = byId.get(v.ownerAccountId)!;
        return { ...presentVpnAccount(v), ownerUsername: o.account.username, ownerName: o.fullName, ownerUnitId: o.unitId };
      });
    },
  );

  app.get(
    '/accounts/:id/activity',
    {
      schema: {
        operationId: 'adminAccountActivity',
        tags: ['admin'],
        security,
        summary: "An account's devices and recent sessions (same scope as the account) / Thiết bị và phiên của tài khoản",
        params: IdParams,
        response: {
          200: Type.Object({
            devices: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), status: Type.String(), createdAt: Type.String(), approvedAt: Type.Union([Type.String(), Type.Null()]), lastSeenAt: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()]) })),
            sessions: Type.Array(Type.Object({ id: Type.String(), createdAt: Type.String(), lastSeenAt: Type.String(), ip: Type.Union([Type.String(), Type.Null()]), userAgent: Type.Union([Type.String(), Type.Null()]), mfa: Type.Boolean(), live: Type.Boolean(), revokeReason: Type.Union([Type.String(), Type.Null()]) })),
          }),
          ...AUTHED_ERRORS,
        },
      },
    },
    async (request) => {
      // The same scope check as the account itself (404/403 before anything is read).
      await getManagedAccount(ctx, requireStaff(request), request.params.id);
      const now = ctx.clock.now().getTime();
      const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
      const devices = await listDevices(ctx.db, request.params.id);
      const sessions = await listRecentSessions(ctx.db, request.params.id, 20);
      return {
        devices: devices.map((d) => ({ id: d.id, name: d.name, status: d.status, createdAt: d.createdAt.toISOString(), approvedAt: iso(d.approvedAt), lastSeenAt: iso(d.lastSeenAt), revokedAt: iso(d.revokedAt) })),
        sessions: sessions.map((x) => ({
          id: x.id,
          createdAt: x.createdAt.toISOString(),
          lastSeenAt: x.lastSeenAt.toISOString(),
          ip: x.ip,
          userAgent: x.userAgent?.slice(0, 120) ?? null,
          mfa: x.mfa,
          live: x.revokedAt === null && x.idleExpiresAt.getTime() > now && x.absoluteExpiresAt.getTime() > now,
          revokeReason: x.revokeReason,
        })),
      };
    },
  );

  const requireLeakAdmin = (request: Parameters<typeof requireStaff>[0]): ReturnType<typeof requireStaff> => {
    const by = requireStaff(request);
    if (!by.roles.some((g) => LEAK_ROLES.includes(g.role))) throw new AuthErrors.FORBIDDEN();
    return by;
  };

  app.post(
    '/leaked-passwords/imports',
    {
      bodyLimit: 40 * 1024 * 1024,
      schema: {
        operationId: 'adminImportLeakedPasswords',
        tags: ['admin'],
        security,
        summary: 'Import a leaked-password list ("SHA1:count" lines) in the background / Nhập danh sách mật khẩu lộ',
        body: Type.Object({ contentBase64: Type.String({ minLength: 4, maxLength: 40_000_000 }) }, { additionalProperties: false }),
        response: { 202: LeakJob, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const by = requireLeakAdmin(request);
      const data = Buffer.from(request.body.contentBase64, 'base64');
      if (data.length === 0) throw new AuthErrors.FILE_UNREADABLE('empty');
      const job = await leakImportJobs(ctx).start(by, data, originOf(request));
      return reply.status(202).send(present(job));
    },
  );

  app.get(
    '/leaked-passwords/imports',
    { schema: { operationId: 'adminListLeakedImports', tags: ['admin'], security, summary: 'Leaked-password imports, newest first (the last 20, kept across restarts), with progress', response: { 200: Type.Array(LeakJob), ...AUTHED_ERRORS } } },
    async (request) => {
      requireLeakAdmin(request);
      return (await leakImportJobs(ctx).list()).map(present);
    },
  );
};
