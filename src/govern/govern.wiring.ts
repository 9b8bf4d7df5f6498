/**
 * Wires the security-programme module into the app: creates it from the shared services, exposes it as
 * `services.govern`, connects its port to respond (drills run as exercise cases) and registers the routes
 * under `/api/govern`. Called from the `(modules:begin)` block of `http/app.ts`, after respond.
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import type { EventRecorder } from '../events/types.ts';
import { createGovernModule, type GovernModule } from './govern.module.ts';
import { systemRoutes } from './systems.routes.ts';

declare module '../http/app.ts' {
  interface AppServices {
    /** The security-programme module (set by its wiring block). */
    govern?: GovernModule;
  }
}

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `govern`)
 * @returns the module
 */
export async function wireGovern(app: FastifyInstance, services: AppServices): Promise<GovernModule> {
  const recorder: EventRecorder = {
    record: (e) => services.recorder.record(e),
    recordMany: (list) => services.recorder.recordMany(list),
  };
  const govern = createGovernModule({ db: services.database.db, clock: services.clock, recorder });
  services.govern = govern;
  const opts = { module: govern, clock: services.clock };
  await app.register(async (scope) => {
    await scope.register(systemRoutes, { ...opts, prefix: '/api/govern' });
  }, {});
  return govern;
}
