/**
 * Wires the detection rule settings and the ingestion-token administration (called from `app/build-app.ts` right after the detection module).
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { EventRecorder } from '../events/types.ts';
import type { DetectModule } from './wire-detect.ts';
import { ruleSettingsRoutes } from '../detect/rule-settings.routes.ts';
import { ingestTokenAdminRoutes } from '../detect/ingest-token-admin.routes.ts';

/**
 * Registers the routes over the running detector's rules.
 *
 * @param app - the root instance
 * @param services - the app's services (needs `detect`)
 */
export async function wireRuleSettings(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly detect: DetectModule },
): Promise<void> {
  // Refusals of these routes are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    declareProtected(scope, 'detect');
    await scope.register(ruleSettingsRoutes, {
      prefix: '/api/detect',
      db: services.database.db,
      clock: services.clock,
      recorder: () => deps.recorder,
      rules: () => deps.detect.detector.rules,
    });
    await scope.register(ingestTokenAdminRoutes, { prefix: '/api/detect', db: services.database.db, clock: services.clock, recorder: () => deps.recorder });
  });
}
