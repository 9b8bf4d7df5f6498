/**
 * Wires the decision service for business applications (issue 15, item 2): the administration of registered
 * systems under `/api/access/systems` and the decision routes under `/api/decisions`, with the staff-session
 * port connected to the identity module. Called from the composition root after access and auth.
 */
import type { FastifyInstance } from 'fastify';
import type { AccessModule } from '../access/access.module.ts';
import { businessSystemRoutes } from '../access/business-systems.routes.ts';
import { createDecisionService, type DecisionService } from '../access/decision-service.ts';
import { decisionServiceRoutes } from '../access/decision-service.routes.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import { staffSessionLookup } from './staff-session-lookup.ts';
import { declareProtected } from '../http/denial-audit.ts';

/**
 * Registers the routes.
 *
 * @param app - the root instance
 * @param deps - the access and identity modules
 * @returns the decision service
 */
export async function wireDecisions(app: FastifyInstance, deps: { readonly access: AccessModule; readonly auth: AuthModule }): Promise<DecisionService> {
  const service = createDecisionService(deps.access.ctx, staffSessionLookup(deps.auth));
  // Refusals of the administration routes are recorded by the root's denial hook (http/denial-audit.ts); those
  // of the decision routes change nothing (a refused credential, session or batch records no decision).
  await app.register(async (scope) => {
    declareProtected(scope, 'access');
    await scope.register(businessSystemRoutes, { prefix: '/api/access/systems', ctx: deps.access.ctx });
  });
  await app.register(decisionServiceRoutes, { prefix: '/api/decisions', ctx: deps.access.ctx, service });
  return service;
}
