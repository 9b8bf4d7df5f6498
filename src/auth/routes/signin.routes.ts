/**
 * The holder's own routes under `/api/auth`: sign-in and sign-out, password change, TOTP enrolment,
 * "my sessions", device registration requests and "my devices".
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthContext } from '../auth-context.ts';
import { listMyDevices, requestDeviceRegistration, revokeDevice } from '../devices.ts';
import { requireStaff } from '../../actors/guards.ts';
import { listMySessions, revokeMySession } from '../my-sessions.ts';
import { changePassword } from '../passwords/change-password.ts';
import { signIn } from '../signin/sign-in.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from '../totp/enrol-totp.ts';
import { clearSessionCookies, originOf, setDeviceCookie, setSessionCookies, signInOriginOf } from './http-support.ts';
import { AUTHED_ERRORS, DeviceView, ErrorResponse, IdParams, OkResponse, ReasonBody, SessionView, SignInBody, SignInResponse } from './schemas.ts';

const tags = ['auth'];
const security = [{ session: [] }];
const Csrf = Type.Object({ csrfToken: Type.String() });

/**
 * Registers the holder routes.
 *
 * @param app - the encapsulated instance (prefix `/api/auth`)
 * @param opts - module dependencies
 */
export const signInRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, { ctx }) => {
  app.post(
    '/signin',
    {
      config: { khienAuthOptional: true },
      schema: {
        tags,
        summary: 'Sign in / Đăng nhập',
        description: 'Password, then TOTP (or a recovery code) when enrolled. Sets `khien_session` (HttpOnly, SameSite=Strict) and returns the CSRF token to send as `x-csrf-token`.',
        body: SignInBody,
        response: { 200: SignInResponse, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const r = await signIn(ctx, request.body, signInOriginOf(request));
      setSessionCookies(reply, ctx.config, ctx.settings, r.tokens);
      return { accountId: r.accountId, csrfToken: r.tokens.csrfToken, mfa: r.mfa, mustChangePassword: r.mustChangePassword, totpEnrolmentRequired: r.totpEnrolmentRequired };
    },
  );

  app.post(
    '/signout',
    { schema: { tags, security, summary: 'Sign out / Đăng xuất', response: { 200: OkResponse, ...AUTHED_ERRORS } } },
    async (request, reply) => {
      const actor = requireStaff(request, { allowPasswordChange: true, allowWithoutMfa: true });
      await revokeMySession(ctx, actor, 'current', originOf(request));
      clearSessionCookies(reply, ctx.config);
      return { ok: true };
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags,
        security,
        summary: 'Change my password / Đổi mật khẩu',
        body: Type.Object(
          { currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Type.String({ minLength: 1, maxLength: 256 }) },
          { additionalProperties: false },
        ),
        response: { 200: Csrf, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request, { allowPasswordChange: true, allowWithoutMfa: true });
      const tokens = await changePassword(ctx, actor, request.body.currentPassword, request.body.newPassword, originOf(request));
      setSessionCookies(reply, ctx.config, ctx.settings, tokens);
      return { csrfToken: tokens.csrfToken };
    },
  );

  app.post(
    '/totp/enrol',
    {
      schema: {
        tags,
        security,
        summary: 'Start TOTP enrolment / Bắt đầu đăng ký OTP',
        response: { 200: Type.Object({ secret: Type.String(), otpauthUri: Type.String(), qrPngDataUrl: Type.String() }), ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const actor = requireStaff(request, { allowWithoutMfa: true });
      return startTotpEnrolment(ctx, actor);
    },
  );

  app.post(
    '/totp/confirm',
    {
      schema: {
        tags,
        security,
        summary: 'Confirm TOTP with a first code / Xác nhận OTP',
        body: Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ recoveryCodes: Type.Array(Type.String()), csrfToken: Type.String() }), ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request, { allowWithoutMfa: true });
      const r = await confirmTotpEnrolment(ctx, actor, request.body.code, originOf(request));
      setSessionCookies(reply, ctx.config, ctx.settings, r.tokens);
      return { recoveryCodes: r.recoveryCodes, csrfToken: r.tokens.csrfToken };
    },
  );

  app.get(
    '/sessions',
    { schema: { tags, security, summary: 'My sessions / Phiên của tôi', response: { 200: Type.Array(SessionView), ...AUTHED_ERRORS } } },
    async (request) => listMySessions(ctx, requireStaff(request, { allowPasswordChange: true, allowWithoutMfa: true })),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Revoke one of my sessions / Thu hồi phiên',
        params: Type.Object({ id: Type.Union([Type.String({ format: 'uuid' }), Type.Literal('others')]) }),
        response: { 200: Type.Object({ revoked: Type.Integer() }), ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const actor = requireStaff(request, { allowPasswordChange: true, allowWithoutMfa: true });
      return { revoked: await revokeMySession(ctx, actor, request.params.id, originOf(request)) };
    },
  );

  app.post(
    '/devices/request',
    {
      config: { khienAuthOptional: true },
      schema: {
        tags,
        summary: 'Ask to register this computer / Đề nghị đăng ký thiết bị',
        description: 'Proves identity with the password (and TOTP once enrolled); sets the signed `khien_device` cookie in pending state until a unit head or security officer approves it.',
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 32 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
            totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
            name: Type.String({ minLength: 2, maxLength: 80 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: DeviceView, 400: ErrorResponse, 401: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const r = await requestDeviceRegistration(ctx, request.body, signInOriginOf(request));
      setDeviceCookie(reply, ctx.config, ctx.settings, r.cookieValue);
      return r.device;
    },
  );

  app.get(
    '/devices',
    { schema: { tags, security, summary: 'My devices / Thiết bị của tôi', response: { 200: Type.Array(DeviceView), ...AUTHED_ERRORS } } },
    async (request) => listMyDevices(ctx, requireStaff(request, { allowPasswordChange: true, allowWithoutMfa: true })),
  );

  app.post(
    '/devices/:id/revoke',
    {
      schema: { tags, security, summary: 'Revoke one of my devices / Thu hồi thiết bị', params: IdParams, body: ReasonBody, response: { 200: DeviceView, ...AUTHED_ERRORS } },
    },
    async (request) => {
      const actor = requireStaff(request, { allowWithoutMfa: true });
      return revokeDevice(ctx, actor, request.params.id, request.body.reason, originOf(request));
    },
  );
};
