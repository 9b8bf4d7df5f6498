/**
 * Wires the detection rule settings and the ingestion-token administration (called from `http/app.ts` right after the detection module).
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import { ruleSettingsRoutes } from './rule-settings.routes.ts';
import { ingestTokenAdminRoutes } from './ingest-token-admin.routes.ts';

/**
 * Registers the routes over the running detector's rules.
 *
 * @param app - the root instance
 * @param services - the app's services (needs `detect`)
 */
export async function wireRuleSettings(app: FastifyInstance, services: AppServices): Promise<void> {
  await app.register(ruleSettingsRoutes, {
    prefix: '/api/detect',
    db: services.database.db,
    clock: services.clock,
    recorder: () => services.recorder,
    rules: () => services.detect?.detector.rules ?? [],
  });
  await app.register(ingestTokenAdminRoutes, { prefix: '/api/detect', db: services.database.db, clock: services.clock, recorder: () => services.recorder });
}
