/**
 * Wires the security-programme module into the app: creates it from the shared services, exposes it as
 * `services.govern`, connects its port to respond (drills run as exercise cases) and registers the routes
 * under `/api/govern`. Called from the composition root (`app/build-app.ts`), after respond.
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import { declareProtected } from '../http/denial-audit.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { AccessModule } from '../access/access.module.ts';
import type { RespondModule } from '../respond/respond.module.ts';
import type { EventRecorder } from '../events/types.ts';
import { createGovernModule, type GovernModule } from '../govern/govern.module.ts';
import { systemRoutes } from '../govern/systems.routes.ts';
import { teamRoutes } from '../govern/team.routes.ts';
import { planRoutes } from '../govern/plan.routes.ts';
import { trainingRoutes } from '../govern/training.routes.ts';
import { inspectionRoutes } from '../govern/inspections.routes.ts';
import { recertificationRoutes } from '../govern/recertification.routes.ts';
import { disableVpnAccount } from '../auth/vpn/vpn-accounts.ts';
import { revokeDevice } from '../auth/devices.ts';
import { endRoleGrant } from '../auth/admin/accounts.ts';
import { eventActor, type RequestOrigin } from '../auth/auth-events.ts';
import { endAssignmentForContainment } from '../access/assignments.ts';
import type { Acting } from '../govern/govern.types.ts';
import { courseGateSettingsFromEnv, createCourseGate } from '../govern/course-gate.ts';
import { governReads } from './govern-reads.ts';

function originOf(acting: Acting): RequestOrigin {
  return { ip: acting.ip ?? null, userAgent: acting.userAgent ?? null, requestId: acting.requestId ?? null, deviceId: acting.actor.deviceId, deviceRegistered: acting.actor.deviceRegistered };
}


/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `govern`)
 * @returns the module
 */
export async function wireGovern(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly recorder: EventRecorder; readonly auth: AuthModule; readonly access: AccessModule; readonly respond: RespondModule },
): Promise<GovernModule> {
  const { recorder, auth, access, respond } = deps;
  const govern = createGovernModule({ db: services.database.db, clock: services.clock, recorder, reads: governReads(services.database.db), courseGate: courseGateSettingsFromEnv(), units: services.units.units });
  // Drills run as exercise cases of respond (never a breach, never exported: respond/exercise.int.test.ts).
  govern.connectPorts({
    openExerciseCase: async (acting, input) => {
      const c = await respond.cases.openCase(
        { actor: acting.actor, requestId: acting.requestId ?? null, ip: acting.ip ?? null, userAgent: acting.userAgent ?? null },
        { title: input.title, description: input.description, severity: 'low', unitId: input.unitId, exercise: true },
      );
      return { id: c.id, reference: c.reference };
    },
  });
  // Recertification revokes through the module that owns the record, with the head as actor.
  govern.connectPorts({
    revokeVpnAccount: async ({ targetId, reason, acting }) => {
      await disableVpnAccount(auth.ctx, acting.actor, targetId, reason, originOf(acting));
    },
    revokeDevice: async ({ targetId, reason, acting }) => {
      await revokeDevice(auth.ctx, acting.actor, targetId, reason, originOf(acting));
    },
    revokeRoleGrant: async ({ targetId, reason, acting }) => {
      await endRoleGrant(auth.ctx, acting.actor, targetId, reason, originOf(acting));
    },
    endAssignment: async ({ targetId, reason, acting }) => {
      await endAssignmentForContainment(access.ctx, targetId, reason, eventActor(acting.actor), acting.requestId ?? null);
    },
  });
  // Course-gated role grants (off unless GOVERN_GRANT_REQUIRES_COURSE=1; `govern.courseGate` at run time).
  auth.grantChecks.register('govern.course-gate', createCourseGate(govern.deps, govern.courseGate));
  const opts = { module: govern, clock: services.clock };
  // Refusals are recorded by the root's denial hook (http/denial-audit.ts).
  await app.register(async (scope) => {
    declareProtected(scope, 'govern');
    await scope.register(systemRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(teamRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(planRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(trainingRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(inspectionRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(recertificationRoutes, { ...opts, prefix: '/api/govern' });
  }, {});
  return govern;
}
