/**
 * Wires the access module into the app: creates it, loads the grant index, registers the HR hook with the
 * identity module (when present), the registry API under `/api/registry`, the administration API under
 * `/api/access`, and the background work. Called from the composition root (`app/build-app.ts`), after
 * the identity module.
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { EventRecorder } from '../events/types.ts';
import type { ActorResolver } from '../actors/context.ts';
import { accessAdminRoutes } from '../access/access-admin.routes.ts';
import { createAccessModule, type AccessModule } from '../access/access.module.ts';
import { reloadGrants } from '../access/grant-sync.ts';
import { agreementRoutes } from '../access/agreements.routes.ts';
import { createApiKeyResolver } from '../access/api-key-resolver.ts';
import { headListRoutes } from '../access/head-lists.routes.ts';
import { exportRoutes } from '../access/exports.routes.ts';
import { externalApiRoutes } from '../access/external-api.routes.ts';
import { registryApiRoutes } from '../access/registry-api.routes.ts';


/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `access`, a stopper)
 * @param resolvers - the app's actor resolvers (gets the API-key resolver)
 * @returns the module
 */
export async function wireAccess(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly resolvers: ActorResolver[] },
): Promise<AccessModule> {
  const access = createAccessModule({ db: services.database.db, clock: services.clock, recorder: () => deps.recorder, units: services.units });
  // Catalogue of routes registered from here on (this module's and every module wired after it).
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) access.routes.push({ method, url: route.url, personalData: route.config?.personalData === true });
  });
  await reloadGrants(access.ctx);
  deps.resolvers.push(createApiKeyResolver(access.ctx));
  // Refusals of these routes are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    declareProtected(scope, 'access');
    await scope.register(registryApiRoutes, { prefix: '/api/registry', accessor: access.accessor });
    await scope.register(accessAdminRoutes, { prefix: '/api/access', ctx: access.ctx });
    await scope.register(exportRoutes, { prefix: '/api/access/exports', ctx: access.ctx });
    await scope.register(headListRoutes, { prefix: '/api/access', ctx: access.ctx });
    await scope.register(agreementRoutes, { prefix: '/api/access/agreements', ctx: access.ctx });
    await scope.register(externalApiRoutes, { prefix: '/api/external', accessor: access.accessor });
  });
  services.stoppers.push(access.start((err) => app.log.error({ err: { type: (err as Error)?.name } }, 'access background task failed')));
  return access;
}
