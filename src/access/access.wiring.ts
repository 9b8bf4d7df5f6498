/**
 * Wires the access module into the app: creates it, loads the grant index, registers the HR hook with the
 * identity module (when present), the registry API under `/api/registry`, the administration API under
 * `/api/access`, and the background work. Called from the `(modules:begin)` block of `http/app.ts`, after
 * the identity module.
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import type { ActorResolver } from '../http/context.ts';
import { accessAdminRoutes } from './access-admin.routes.ts';
import { createAccessModule, type AccessModule } from './access.module.ts';
import { reloadGrants } from './grant-sync.ts';
import { agreementRoutes } from './agreements.routes.ts';
import { createApiKeyResolver } from './api-key-resolver.ts';
import { headListRoutes } from './head-lists.routes.ts';
import { exportRoutes } from './exports.routes.ts';
import { externalApiRoutes } from './external-api.routes.ts';
import { registryApiRoutes } from './registry-api.routes.ts';

declare module '../http/app.ts' {
  interface AppServices {
    /** The access module (set by its wiring block). */
    access?: AccessModule;
  }
}

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `access`, a stopper)
 * @param resolvers - the app's actor resolvers (gets the API-key resolver)
 * @returns the module
 */
export async function wireAccess(app: FastifyInstance, services: AppServices, resolvers: ActorResolver[]): Promise<AccessModule> {
  const access = createAccessModule({ db: services.database.db, clock: services.clock, recorder: () => services.recorder });
  services.access = access;
  // Catalogue of routes registered from here on (this module's and every module wired after it).
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) access.routes.push({ method, url: route.url, personalData: route.config?.personalData === true });
  });
  await reloadGrants(access.ctx);
  services.auth?.hrHooks.register('access.end-assignments', access.hrHook);
  resolvers.push(createApiKeyResolver(access.ctx));
  await app.register(registryApiRoutes, { prefix: '/api/registry', accessor: access.accessor });
  await app.register(accessAdminRoutes, { prefix: '/api/access', ctx: access.ctx });
  await app.register(exportRoutes, { prefix: '/api/access/exports', ctx: access.ctx });
  await app.register(headListRoutes, { prefix: '/api/access', ctx: access.ctx });
  await app.register(agreementRoutes, { prefix: '/api/access/agreements', ctx: access.ctx });
  await app.register(externalApiRoutes, { prefix: '/api/external', accessor: access.accessor });
  services.stoppers.push(access.start((err) => app.log.error({ err: { type: (err as Error)?.name } }, 'access background task failed')));
  return access;
}
