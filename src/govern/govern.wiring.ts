/**
 * Wires the security-programme module into the app: creates it from the shared services, exposes it as
 * `services.govern`, connects its port to respond (drills run as exercise cases) and registers the routes
 * under `/api/govern`. Called from the `(modules:begin)` block of `http/app.ts`, after respond.
 */
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../http/app.ts';
import type { EventRecorder } from '../events/types.ts';
import { GovernErrors } from './govern.errors.ts';
import { createGovernModule, type GovernModule } from './govern.module.ts';
import { systemRoutes } from './systems.routes.ts';
import { teamRoutes } from './team.routes.ts';
import { planRoutes } from './plan.routes.ts';
import { trainingRoutes } from './training.routes.ts';
import { inspectionRoutes } from './inspections.routes.ts';
import { recertificationRoutes } from './recertification.routes.ts';
import { disableVpnAccount } from '../auth/vpn/vpn-accounts.ts';
import { revokeDevice } from '../auth/devices.ts';
import { endRoleGrant } from '../auth/admin/accounts.ts';
import { eventActor, type RequestOrigin } from '../auth/auth-events.ts';
import { endAssignmentForContainment } from '../access/assignments.ts';
import type { Acting } from './govern.types.ts';
import { courseGateSettingsFromEnv, createCourseGate } from './course-gate.ts';

function originOf(acting: Acting): RequestOrigin {
  return { ip: acting.ip ?? null, userAgent: acting.userAgent ?? null, requestId: acting.requestId ?? null, deviceId: acting.actor.deviceId, deviceRegistered: acting.actor.deviceRegistered };
}

declare module '../http/app.ts' {
  interface AppServices {
    /** The security-programme module (set by its wiring block). */
    govern?: GovernModule;
  }
}

/**
 * Wires the module.
 *
 * @param app - the root Fastify instance
 * @param services - the app's services (gets `govern`)
 * @returns the module
 */
export async function wireGovern(app: FastifyInstance, services: AppServices): Promise<GovernModule> {
  const recorder: EventRecorder = {
    record: (e) => services.recorder.record(e),
    recordMany: (list) => services.recorder.recordMany(list),
  };
  const govern = createGovernModule({ db: services.database.db, clock: services.clock, recorder, courseGate: courseGateSettingsFromEnv() });
  services.govern = govern;
  // Drills run as exercise cases of respond (never a breach, never exported: respond/exercise.int.test.ts).
  govern.connectPorts({
    openExerciseCase: async (acting, input) => {
      const respond = services.respond;
      if (!respond) throw new GovernErrors.RESPOND_UNAVAILABLE();
      const c = await respond.cases.openCase(
        { actor: acting.actor, requestId: acting.requestId ?? null, ip: acting.ip ?? null, userAgent: acting.userAgent ?? null },
        { title: input.title, description: input.description, severity: 'low', unitId: input.unitId, exercise: true },
      );
      return { id: c.id, reference: c.reference };
    },
  });
  // Recertification revokes through the module that owns the record, with the head as actor.
  const { auth, access } = services;
  if (auth) {
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
    });
  }
  // Course-gated role grants (off unless GOVERN_GRANT_REQUIRES_COURSE=1; `govern.courseGate` at run time).
  if (auth) auth.grantChecks.register('govern.course-gate', createCourseGate(govern.deps, govern.courseGate));
  if (access) {
    govern.connectPorts({
      endAssignment: async ({ targetId, reason, acting }) => {
        await endAssignmentForContainment(access.ctx, targetId, reason, eventActor(acting.actor), acting.requestId ?? null);
      },
    });
  }
  const opts = { module: govern, clock: services.clock };
  await app.register(async (scope) => {
    await scope.register(systemRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(teamRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(planRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(trainingRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(inspectionRoutes, { ...opts, prefix: '/api/govern' });
    await scope.register(recertificationRoutes, { ...opts, prefix: '/api/govern' });
  }, {});
  return govern;
}
