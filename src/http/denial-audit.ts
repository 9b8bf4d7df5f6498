/**
 * Denials are audited (STYLE.md rule 17), by one hook for every route that declares itself protected (issue 11,
 * item 5). A route is protected when its `config.protected` is set: each module's wiring marks its routes with
 * {@link declareProtected} (every route whose OpenAPI schema names a `security` requirement), and a route may
 * name the operation a refusal stands for. The root's `onError` hook ({@link createDenialAudit}) then records one
 * AdminEvent per refused request — outcome failure, the error code as reason, the route pattern as target —
 * before the refusal is answered: not signed in (401), not allowed (403), or a refusal the route answers like
 * not-found (`deniedAs`, e.g. a case that is not the caller's).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminEvent, EventActor, EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';

/** How a protected route's refusals are recorded. */
export interface ProtectedRoute {
  /** The module answering (`respond`, `detect`, …; set by {@link declareProtected}): refusals are `<area>.access_denied`. */
  readonly area?: string;
  /** The operation a known caller was refused (e.g. `audit.query`); an anonymous refusal is always `<area>.access_denied`. */
  readonly action?: string;
  /** Error codes that are refusals although their status is neither 401 nor 403 (a denial that looks like not-found). */
  readonly deniedAs?: readonly string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on every route behind sign-in or a key: its refusals are recorded (`http/denial-audit.ts`). */
    protected?: ProtectedRoute;
  }
}

/**
 * Marks every route registered in `scope` from now on whose schema declares a `security` requirement as
 * protected for `area` (what the route itself set in `config.protected` wins).
 *
 * @param scope - the module's encapsulated scope
 * @param area - the module's name
 * @param deniedAs - codes of the module that are refusals answered like not-found
 */
export function declareProtected(scope: FastifyInstance, area: string, deniedAs: readonly string[] = []): void {
  scope.addHook('onRoute', (route) => {
    const security = (route.schema as { security?: unknown } | undefined)?.security;
    const own = route.config?.protected;
    if (!own && !(Array.isArray(security) && security.length > 0)) return;
    route.config = { ...route.config, protected: { area, deniedAs, ...own } };
  });
}

function actorOf(request: FastifyRequest): EventActor {
  const a = request.ctx?.actor;
  if (!a) return { type: 'system', accountId: null };
  if (a.type === 'staff') {
    return { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: a.roles.map((r) => r.role), sessionId: a.sessionId };
  }
  // Citizens and external organisations: keep only their kind (no identifiers of a person in a denial).
  return { type: a.type, accountId: null };
}

/**
 * Whether an error refuses the caller on a protected route.
 *
 * @param route - the route's declaration
 * @param error - the error answered
 * @returns true for 401, 403 and the route's `deniedAs` codes
 */
export function isDenial(route: ProtectedRoute, error: FastifyError): boolean {
  if (typeof error.code === 'string' && route.deniedAs?.includes(error.code)) return true;
  return error.statusCode === 401 || error.statusCode === 403;
}

/**
 * Builds the root's `onError` hook.
 *
 * @param recorder - the current recorder (read at call time)
 * @param clock - the clock
 * @param onFail - reports a recorder failure (the refusal is answered regardless: nothing was given away)
 * @returns the hook
 */
export function createDenialAudit(recorder: () => EventRecorder, clock: Clock, onFail: (err: unknown) => void) {
  return async (request: FastifyRequest, _reply: FastifyReply, error: FastifyError): Promise<void> => {
    const route = request.routeOptions.config?.protected;
    if (!route || !isDenial(route, error)) return;
    const actor = actorOf(request);
    const event: AdminEvent = {
      id: newId(),
      kind: 'admin',
      time: clock.now().toISOString(),
      requestId: request.id,
      source: { ip: request.ip, userAgent: request.ctx?.userAgent ?? null, system: 'khien' },
      actor,
      action: actor.type !== 'system' && route.action ? route.action : `${route.area ?? 'khien'}.access_denied`,
      target: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? '(unmatched)'}` },
      reason: typeof error.code === 'string' ? error.code : String(error.statusCode ?? ''),
      outcome: 'failure',
    };
    try {
      await recorder().record(event);
    } catch (err) {
      onFail(err);
    }
  };
}
