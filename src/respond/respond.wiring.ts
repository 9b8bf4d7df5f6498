/**
 * Wires the incident-response module into the app: creates it from the shared services, exposes it as
 * `services.respond` (the detector calls `services.respond.openCaseFromAlert`, the citizen view
 * `services.respond.openCaseFromCitizenReport`), registers the routes under `/api/cases` and `/api/respond`,
 * and starts the breach-clock sweep. Called from the `(modules:begin)` block of `http/app.ts`.
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import type { EventRecorder } from '../events/types.ts';
import { createRespondModule, type RespondModule } from './respond.module.ts';
import { caseRoutes } from './case.routes.ts';
import { breachRoutes } from './breach.routes.ts';
import { rosterRoutes } from './roster.routes.ts';
import type { ContainmentPorts } from './respond.types.ts';
import { createDenyAudit } from './deny-audit.ts';

declare module '../http/app.ts' {
  interface AppServices {
    /** The incident-response module (set by its wiring block). */
    respond?: RespondModule;
  }
}

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
  services: AppServices,
  ports: Partial<ContainmentPorts> = {},
  sweepIntervalMs = 60_000,
): Promise<RespondModule> {
  // Delegate to whatever recorder the composition root holds when an event is recorded (it is replaced by
  // the audit-backed recorder during wiring).
  const recorder: EventRecorder = {
    record: (e) => services.recorder.record(e),
    recordMany: (list) => services.recorder.recordMany(list),
  };
  const respond = createRespondModule({ db: services.database.db, clock: services.clock, recorder, ports });
  services.respond = respond;
  const opts = { module: respond, clock: services.clock, socSyslogTarget: services.config.socSyslogTarget };
  // One encapsulated scope so that the denial-audit hook covers exactly the respond routes.
  await app.register(async (scope) => {
    scope.addHook('onError', createDenyAudit(recorder, services.clock, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'denial audit failed')));
    await scope.register(caseRoutes, { ...opts, prefix: '/api/cases' });
    await scope.register(breachRoutes, { ...opts, prefix: '/api/cases' });
    await scope.register(rosterRoutes, { ...opts, prefix: '/api/respond' });
  });
  services.stoppers.push(
    respond.startSweep(sweepIntervalMs, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'breach sweep failed')),
  );
  return respond;
}
