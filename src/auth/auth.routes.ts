/**
 * Routes of the identity module: the holder's routes under `/api/auth`, administration under `/api/admin`,
 * and — in demo mode only — the demo device link.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthModule } from './auth.module.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { demoRoutes } from './routes/demo.routes.ts';
import { hrVpnRoutes } from './routes/hr-vpn.routes.ts';
import { meRoutes } from './routes/me.routes.ts';
import { signInRoutes } from './routes/signin.routes.ts';
import { signingKeyRoutes } from './signing/signing-keys.routes.ts';

/** Options of {@link authRoutes}. */
export interface AuthRoutesOptions {
  readonly auth: AuthModule;
}

/**
 * The identity module's routes.
 *
 * @param app - the encapsulated instance
 * @param opts - the module
 */
export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, opts) => {
  const ctx = opts.auth.ctx;
  await app.register(meRoutes, { prefix: '/api/auth', ctx });
  await app.register(signInRoutes, { prefix: '/api/auth', ctx });
  await app.register(signingKeyRoutes, { prefix: '/api/auth', ctx });
  await app.register(adminRoutes, { prefix: '/api/admin', ctx });
  await app.register(hrVpnRoutes, { prefix: '/api/admin', ctx });
  if (ctx.config.mode === 'demo') await app.register(demoRoutes, { prefix: '/api/auth/demo', ctx });
};
