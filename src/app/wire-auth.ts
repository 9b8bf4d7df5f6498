/**
 * Wires the identity module into the app: creates it from the shared services, exposes it as
 * `services.auth`, adds the session-cookie resolver, registers the routes and the periodic sweeps.
 * Called from the composition root (`app/build-app.ts`).
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { EventRecorder } from '../events/types.ts';
import type { ActorResolver } from '../actors/context.ts';
import { createAuthModule, type AuthModule } from '../auth/auth.module.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { startAuthSweeps } from '../auth/sweeps.ts';

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `auth`, a stopper)
 * @param resolvers - the app's actor resolvers (gets the session resolver)
 * @returns the module
 */
export async function wireAuth(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly resolvers: ActorResolver[] },
): Promise<AuthModule> {
  const auth = createAuthModule({
    db: services.database.db,
    clock: services.clock,
    config: services.config,
    recorder: () => deps.recorder,
    unitTree: services.units.tree,
  });
  deps.resolvers.push(auth.resolveActor);
  // Refusals of these routes are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    declareProtected(scope, 'auth');
    await scope.register(authRoutes, { auth });
  });
  services.stoppers.push(startAuthSweeps(auth.ctx, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'auth sweep failed')));
  return auth;
}
