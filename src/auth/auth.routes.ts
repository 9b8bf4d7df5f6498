/**
 * Routes of the identity module, registered under `/api`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuthModule } from './auth.module.ts';
import { meRoutes } from './routes/me.routes.ts';

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
  await app.register(meRoutes, { prefix: '/api/auth', ctx: opts.auth.ctx });
};
