/**
 * Wires the security-posture module into the app: creates it from the shared services, exposes it as
 * `services.posture`, and registers its routes under `/api/posture`. Called from the `(modules:begin)` block
 * of `http/app.ts`; the ports to other modules are connected by `http/posture-ports.ts`.
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import type { EventRecorder } from '../events/types.ts';
import { createPostureModule, type PostureModule } from './posture.module.ts';
import { assetRoutes } from './asset.routes.ts';
import { findingRoutes } from './finding.routes.ts';
import { warningListRoutes } from './warning-list.routes.ts';
import { postureSigningKeyRoute, reportRoutes } from './report.routes.ts';

declare module '../http/app.ts' {
  interface AppServices {
    /** The security-posture module (set by its wiring block). */
    posture?: PostureModule;
  }
}

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `posture`, a stopper)
 * @param sweepIntervalMs - period of the overdue sweep (0: none; tests call `findings.sweep()`)
 * @returns the module
 */
export async function wirePosture(app: FastifyInstance, services: AppServices, sweepIntervalMs = 300_000): Promise<PostureModule> {
  // Delegate to whatever recorder the composition root holds when an event is recorded.
  const recorder: EventRecorder = {
    record: (e) => services.recorder.record(e),
    recordMany: (list) => services.recorder.recordMany(list),
  };
  const posture = createPostureModule({ db: services.database.db, clock: services.clock, recorder });
  services.posture = posture;
  await posture.indicators.refresh();
  await app.register(async (scope) => {
    await scope.register(assetRoutes, { module: posture, prefix: '/api/posture' });
    await scope.register(findingRoutes, { module: posture, prefix: '/api/posture' });
    await scope.register(warningListRoutes, { module: posture, prefix: '/api/posture' });
    await scope.register(reportRoutes, { module: posture, prefix: '/api/posture' });
    if (services.auth) await scope.register(postureSigningKeyRoute, { ctx: services.auth.ctx, prefix: '/api/posture' });
  });
  if (sweepIntervalMs > 0) {
    services.stoppers.push(posture.startSweep(sweepIntervalMs, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'posture sweep failed')));
  }
  return posture;
}
