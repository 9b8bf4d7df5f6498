/**
 * Integration of the incident response with the modules that own what it contains (DESIGN.md: respond → auth,
 * access): the containment ports of a case (suspend account, revoke device, end assignment) and the
 * enforcement of blocked addresses on every request. Lives in `http/` because only the composition root may
 * import every module.
 */
import type { FastifyInstance } from 'fastify';
import type { ShellServices } from './app-services.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { AccessModule } from '../access/access.module.ts';
import type { RespondModule } from '../respond/respond.module.ts';
import { defineErrors } from '../platform/errors.ts';
import { revokeDevice } from '../auth/devices.ts';
import { SYSTEM_ORIGIN } from '../auth/auth-events.ts';
import { endAssignmentForContainment } from '../access/assignments.ts';
import { listBlockedAddresses } from '../respond/breach.repo.ts';
import type { ContainmentRequest } from '../respond/respond.types.ts';

/** Errors of the HTTP integration layer. */
export const HttpErrors = defineErrors('HTTP', {
  ADDRESS_BLOCKED: {
    status: 403,
    vi: 'Địa chỉ truy cập này đang bị chặn do sự cố an toàn thông tin',
    en: 'Requests from this address are blocked by an incident response',
  },
});

const BLOCK_LIST_REFRESH_MS = 15_000;

function originOf(req: ContainmentRequest): typeof SYSTEM_ORIGIN {
  return { ...SYSTEM_ORIGIN, requestId: req.requestId };
}

/**
 * Connects containment ports and installs the blocked-address check.
 *
 * @param app - the root Fastify instance
 * @param services - the wired services
 */
export async function wireContainment(
  app: FastifyInstance,
  services: ShellServices,
  deps: { readonly auth: AuthModule; readonly access: AccessModule; readonly respond: RespondModule },
): Promise<void> {
  const { auth, access, respond } = deps;
  {
    const by = (req: ContainmentRequest): { type: 'system'; name: string } => ({ type: 'system', name: `case:${req.caseId}` });
    respond.connectPorts({
      suspendAccount: async (req: ContainmentRequest) => {
        await auth.suspendAccount(req.targetId, req.reason, by(req), originOf(req));
      },
      revokeDevice: async (req: ContainmentRequest) => {
        await revokeDevice(auth.ctx, by(req), req.targetId, req.reason, originOf(req));
      },
      endAssignment: async (req: ContainmentRequest) => {
        await endAssignmentForContainment(access.ctx, req.targetId, req.reason, req.actor, req.requestId);
      },
    });
  }

  // Blocked addresses: an in-memory set refreshed every few seconds, so the check costs nothing per request.
  let blocked = new Set<string>();
  const refresh = async (): Promise<void> => {
    try {
      blocked = new Set(await listBlockedAddresses(services.database.db, services.clock.now()));
    } catch (err) {
      app.log.error({ err: { type: (err as Error)?.name } }, 'blocked-address refresh failed');
    }
  };
  await refresh();
  const timer = setInterval(() => void refresh(), BLOCK_LIST_REFRESH_MS);
  timer.unref();
  services.stoppers.push(() => clearInterval(timer));
  app.addHook('onRequest', async (request) => {
    if (blocked.size > 0 && blocked.has(request.ip)) throw new HttpErrors.ADDRESS_BLOCKED();
  });
  // A block made from a case takes effect at once on this process.
  services.bus.subscribe((event) => {
    if (event.kind === 'admin' && event.action.includes('block_address')) void refresh();
  });
}
