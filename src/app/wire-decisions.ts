/**
 * Wires the decision service for business applications (issue 15, item 2): the administration of registered
 * systems under `/api/access/systems` and the decision routes under `/api/decisions`, with the staff-session
 * port connected to the identity module, and the gateway's check for nginx (`/api/gateway/check`). Called from
 * the composition root after access and auth.
 */
import type { FastifyInstance } from 'fastify';
import type { AccessModule } from '../access/access.module.ts';
import { businessSystemRoutes } from '../access/business-systems.routes.ts';
import { createDecisionService, type DecisionService } from '../access/decision-service.ts';
import { decisionServiceRoutes } from '../access/decision-service.routes.ts';
import { createGateway } from '../access/gateway.ts';
import { gatewayRoutes } from '../access/gateway.routes.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { ShellServices } from './app-services.ts';
import { staffSessionLookup } from './staff-session-lookup.ts';
import { declareProtected } from '../http/denial-audit.ts';

/**
 * Registers the routes.
 *
 * @param app - the root instance
 * @param shell - the shell (the bus whose events empty the session cache, stoppers)
 * @param deps - the access and identity modules
 * @returns the decision service, and the function that forgets its resolved sessions (for change notices of
 *   other processes)
 */
export async function wireDecisions(
  app: FastifyInstance,
  shell: ShellServices,
  deps: { readonly access: AccessModule; readonly auth: AuthModule },
): Promise<{ readonly service: DecisionService; readonly forgetSessions: () => void }> {
  // Resolved staff sessions are kept a second (staff-session-lookup.ts) and forgotten at once on any identity or
  // administrative event on this node: sign-out, revoked session or device, blocked account, role grant, HR.
  const sessions = staffSessionLookup(deps.auth);
  shell.stoppers.push(shell.bus.subscribe((event) => {
    if (event.kind === 'auth' || event.kind === 'admin') sessions.forget();
  }));
  const service = createDecisionService(deps.access.ctx, sessions.lookup);
  // Refusals of the administration routes are recorded by the root's denial hook (http/denial-audit.ts); those
  // of the decision routes change nothing (a refused credential, session or batch records no decision).
  await app.register(async (scope) => {
    declareProtected(scope, 'access');
    await scope.register(businessSystemRoutes, { prefix: '/api/access/systems', ctx: deps.access.ctx });
  });
  await app.register(decisionServiceRoutes, { prefix: '/api/decisions', ctx: deps.access.ctx, service });
  // The gateway's check for nginx auth_request (issue 15, item 3): same service, same credential.
  await app.register(gatewayRoutes, { prefix: '/api/gateway', gateway: createGateway(deps.access.ctx, service) });
  return { service, forgetSessions: () => sessions.forget() };
}
