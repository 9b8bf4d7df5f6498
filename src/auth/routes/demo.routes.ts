/**
 * Demo mode only: `GET /api/auth/demo/device/:token` installs a demo account's pre-approved device cookie.
 * Registered by `auth.routes.ts` only when `config.mode === 'demo'`.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthContext } from '../auth-context.ts';
import { claimDemoDevice } from '../demo/demo-accounts.ts';
import { originOf, setDeviceCookie } from './http-support.ts';
import { ErrorResponse } from './schemas.ts';

/**
 * Registers the demo device route.
 *
 * @param app - the encapsulated instance (prefix `/api/auth/demo`)
 * @param opts - module dependencies
 */
export const demoRoutes: FastifyPluginAsyncTypebox<{ ctx: AuthContext }> = async (app, { ctx }) => {
  app.get(
    '/device/:token',
    {
      config: { khienAuthOptional: true },
      schema: {
        tags: ['auth'],
        summary: 'DEMO ONLY: install a demo account\'s pre-approved device cookie',
        params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) }),
        description: 'A browser (Accept: text/html) is sent on to the console\'s sign-in page; other clients get JSON.',
        response: {
          200: Type.Object({ ok: Type.Boolean(), accountId: Type.String(), demo: Type.Literal(true) }),
          303: Type.Null({ description: 'Redirect to /signin?device=ready' }),
          400: ErrorResponse,
          404: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const r = await claimDemoDevice(ctx, request.params.token, originOf(request));
      setDeviceCookie(reply, ctx.config, ctx.settings, r.cookieValue);
      if ((request.headers.accept ?? '').includes('text/html')) return reply.redirect('/signin?device=ready', 303);
      return { ok: true, accountId: r.accountId, demo: true as const };
    },
  );
};
