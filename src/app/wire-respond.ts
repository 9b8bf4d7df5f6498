/**
 * Wires the incident-response module into the app: creates it from the shared services, exposes it as
 * `services.respond` (the detector calls `services.respond.openCaseFromAlert`, the citizen view
 * `services.respond.openCaseFromCitizenReport`), registers the routes under `/api/cases` and `/api/respond`,
 * and starts the breach-clock sweep. Called from the composition root (`app/build-app.ts`).
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import type { EventRecorder } from '../events/types.ts';
import { createRespondModule, type RespondModule } from '../respond/respond.module.ts';
import { caseRoutes } from '../respond/case.routes.ts';
import { breachRoutes } from '../respond/breach.routes.ts';
import { rosterRoutes } from '../respond/roster.routes.ts';
import type { ContainmentPorts } from '../respond/respond.types.ts';
import { declareProtected } from '../http/denial-audit.ts';
import { RespondErrors } from '../respond/respond.errors.ts';


/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `respond`, a stopper)
 * @param ports - containment ports from auth (suspend account, revoke device) and access (end assignment)
 * @param sweepIntervalMs - period of the breach-clock sweep
 * @returns the module
 */
export async function wireRespond(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly ports?: Partial<ContainmentPorts>; readonly sweepIntervalMs?: number },
): Promise<RespondModule> {
  const { recorder } = deps;
  const respond = createRespondModule({ db: services.database.db, clock: services.clock, recorder, ports: deps.ports ?? {}, tree: services.units.tree });
  const opts = { module: respond, clock: services.clock, socSyslogTarget: services.config.socSyslogTarget };
  // Refusals are recorded by the root's denial hook (http/denial-audit.ts); a case that is not the caller's
  // answers like not-found and is a refusal too.
  await app.register(async (scope) => {
    declareProtected(scope, 'respond', [RespondErrors.CASE_NOT_FOUND.code]);
    await scope.register(caseRoutes, { ...opts, prefix: '/api/cases' });
    await scope.register(breachRoutes, { ...opts, prefix: '/api/cases' });
    await scope.register(rosterRoutes, { ...opts, prefix: '/api/respond' });
  });
  services.stoppers.push(
    respond.startSweep(deps.sweepIntervalMs ?? 60_000, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'breach sweep failed')),
  );
  return respond;
}
