/**
 * Wires the security-posture module into the app: creates it from the shared services, exposes it as
 * `services.posture`, and registers its routes under `/api/posture`. Called from the composition root
 * of `app/build-app.ts`; the ports to other modules are connected by `app/posture-ports.ts`.
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { EventRecorder } from '../events/types.ts';
import { createPostureModule, type PostureModule } from '../posture/posture.module.ts';
import { assetRoutes } from '../posture/asset.routes.ts';
import { findingRoutes } from '../posture/finding.routes.ts';
import { warningListRoutes } from '../posture/warning-list.routes.ts';
import { reportRoutes } from '../posture/report.routes.ts';
import { postureSigningKeyRoute } from '../auth/signing/signing-keys.routes.ts';
import { findNewestLiveSigningKey, findSigningKey } from '../auth/signing/signing-keys.ts';

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `posture`, a stopper)
 * @param sweepIntervalMs - period of the overdue sweep (0: none; tests call `findings.sweep()`)
 * @returns the module
 */
export async function wirePosture(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly auth: AuthModule; readonly sweepIntervalMs?: number },
): Promise<PostureModule> {
  const { recorder, auth } = deps;
  const sweepIntervalMs = deps.sweepIntervalMs ?? 300_000;
  const db = services.database.db;
  // Monthly reports are signed with keys bound to accounts in auth (posture's port, auth's look-ups).
  const signingKeys = { newestLiveKey: (accountId: string) => findNewestLiveSigningKey(db, accountId), keyById: (id: string) => findSigningKey(db, id) };
  const posture = createPostureModule({ db, clock: services.clock, recorder, signingKeys, tree: services.units.tree });
  await posture.indicators.refresh();
  // Refusals are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    declareProtected(scope, 'posture');
    await scope.register(assetRoutes, { module: posture, prefix: '/api/posture' });
    await scope.register(findingRoutes, { module: posture, prefix: '/api/posture' });
    await scope.register(warningListRoutes, { module: posture, prefix: '/api/posture' });
    await scope.register(reportRoutes, { module: posture, prefix: '/api/posture' });
    // Auth's older key registration, kept under its posture URL.
    await scope.register(postureSigningKeyRoute, { ctx: auth.ctx, prefix: '/api/posture' });
  });
  if (sweepIntervalMs > 0) {
    services.stoppers.push(posture.startSweep(sweepIntervalMs, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'posture sweep failed')));
  }
  return posture;
}
