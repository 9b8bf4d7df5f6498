/**
 * The gateway for legacy applications (issue 15, item 3): nginx in front of an application that cannot change
 * asks Khiên about every request through `auth_request` (`deploy/nginx/gateway.conf.template`). The check
 * authenticates nginx with the application's business-system credential, finds the request in the
 * application's route map, resolves the staff session (Khiên's session cookie or a bearer token, which nginx
 * forwards), picks the purpose (the request's `X-Khien-Purpose`, else the route's, else the staff member's
 * assignments when they name one purpose only) and decides the read through the decision service: the same
 * `decide()`, recorded durably before the answer with the application named as the channel.
 *
 * The route map is declared per system by the central security team; a malformed map is refused whole with
 * every problem named, and the map in force stays.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import { runInTransaction } from '../db/tx-context.ts';
import { sha256Hex } from '../platform/ids.ts';
import type { AccessContext } from './access-context.ts';
import { AccessErrors } from './access.errors.ts';
import { buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import { findBusinessSystemForUpdate, updateBusinessSystemGatewayRoutes } from './business-systems.repo.ts';
import { forgetVerifiedSystems, verifySystemCredential, type VerifiedSystem } from './business-systems.ts';
import type { DecisionService, SubjectDecision } from './decision-service.ts';
import { compileRouteMap, validateRouteMap, type CompiledRouteMap, type GatewayRouteMap } from './gateway-route-map.ts';

type StaffCaller = AccessCaller & { actor: StaffActor };

/** What nginx forwards of one request. */
export interface GatewayCheckInput {
  /** The application's business-system credential (`khs_…`), set by the nginx template. */
  readonly systemCredential: string | null;
  /** The staff member's Khiên session token (from the session cookie or a bearer token). */
  readonly staffSession: string | null;
  /** `X-Original-Method`. */
  readonly method: string | null;
  /** `X-Original-URI` (nginx's `$request_uri`: path and query as sent). */
  readonly uri: string | null;
  /** `X-Khien-Purpose`, when the application's form sets it. */
  readonly purpose: string | null;
  /** The staff member's address as nginx saw it. */
  readonly clientIp: string | null;
  readonly requestId: string;
}

/** An allowed request. */
export interface GatewayAllowed {
  readonly system: VerifiedSystem;
  /** The decision, or null for a page the map says shows no person (nothing recorded). */
  readonly decision: SubjectDecision | null;
}

const PURPOSE = /^[a-z][a-z0-9_]{1,63}$/;
const IP = /^[0-9a-fA-F:.]{2,45}$/;

/**
 * The purpose of a request: named by the request, else by the route, else the one purpose of the staff
 * member's assignments in force (null when they name none or several).
 *
 * @param ctx - access context (grant store, clock)
 * @param actor - the staff member
 * @param requested - header value
 * @param routePurpose - the route's declared purpose
 * @returns the purpose or null
 */
export function gatewayPurpose(ctx: AccessContext, actor: StaffActor, requested: string | null, routePurpose: string | null): string | null {
  if (requested && PURPOSE.test(requested)) return requested;
  if (routePurpose) return routePurpose;
  const now = ctx.clock.now().getTime();
  const purposes = new Set(ctx.store.assignmentsOf(actor.accountId).filter((a) => a.validFrom <= now && now < a.validUntil).map((a) => a.purpose));
  return purposes.size === 1 ? ([...purposes][0] ?? null) : null;
}

/** The gateway's check. */
export interface Gateway {
  /**
   * Decides one request nginx forwards.
   *
   * @throws AccessErrors.SYSTEM_CREDENTIAL_INVALID, STAFF_SESSION_INVALID (401); GATEWAY_NO_ROUTE_MAP,
   *   GATEWAY_ROUTE_UNMAPPED, GATEWAY_REQUEST_INVALID, GATEWAY_PURPOSE_NEEDED, GATEWAY_DENIED (403);
   *   AUDIT_UNAVAILABLE (503)
   */
  check(input: GatewayCheckInput): Promise<GatewayAllowed>;
}

/**
 * Creates the gateway.
 *
 * @param ctx - access context
 * @param service - the decision service (decides and records)
 * @returns the gateway
 */
export function createGateway(ctx: AccessContext, service: DecisionService): Gateway {
  // Compiled maps per system, replaced when the stored map's time changes.
  const compiled = new Map<string, { at: number; map: CompiledRouteMap }>();
  const mapOf = (system: VerifiedSystem): CompiledRouteMap => {
    if (system.gatewayRoutes === null || system.gatewayRoutes === undefined) throw new AccessErrors.GATEWAY_NO_ROUTE_MAP();
    const at = system.gatewayRoutesUpdatedAt?.getTime() ?? 0;
    const hit = compiled.get(system.id);
    if (hit && hit.at === at) return hit.map;
    // Stored maps were validated when stored; one that no longer validates (a later, stricter rule) refuses.
    if (validateRouteMap(system.gatewayRoutes).length > 0) throw new AccessErrors.GATEWAY_NO_ROUTE_MAP();
    const map = compileRouteMap(system.gatewayRoutes as GatewayRouteMap);
    compiled.set(system.id, { at, map });
    return map;
  };

  return {
    async check(input) {
      const system = await verifySystemCredential(ctx, input.systemCredential ?? '');
      const map = mapOf(system);
      if (!input.uri || !input.method || input.uri.length > 4096) throw new AccessErrors.GATEWAY_REQUEST_INVALID();
      const match = map.match(input.method, input.uri);
      if (match.kind === 'unmapped') throw new AccessErrors.GATEWAY_ROUTE_UNMAPPED();
      if (match.kind === 'bad_uri' || match.kind === 'subject_missing') throw new AccessErrors.GATEWAY_REQUEST_INVALID();
      const token = input.staffSession ?? '';
      const actor = token ? await service.sessions(token, system.id) : null;
      if (!actor) throw new AccessErrors.STAFF_SESSION_INVALID();
      if (match.kind === 'no_person') return { system, decision: null };
      const purpose = gatewayPurpose(ctx, actor, input.purpose, match.purpose);
      if (!purpose) throw new AccessErrors.GATEWAY_PURPOSE_NEEDED();
      const [decision] = await service.decideAs({ system, requestId: input.requestId }, actor, {
        action: match.action, record: match.record, purpose, subjects: [match.subject],
        clientIp: input.clientIp && IP.test(input.clientIp) ? input.clientIp : null,
      });
      if (!decision) throw new AccessErrors.AUDIT_UNAVAILABLE();
      if (decision.outcome !== 'allow') {
        const err = new AccessErrors.GATEWAY_DENIED();
        err.details = { reason: decision.reason, auditEntryId: decision.auditEntryId };
        throw err;
      }
      return { system, decision };
    },
  };
}

/**
 * Replaces a system's route map after validating it; a map with any problem is refused whole (the map in
 * force stays) with every problem in the error's details. The change is an admin event in its transaction.
 *
 * @param ctx - access context
 * @param caller - a central security admin
 * @param id - the system
 * @param routeMap - the declared map
 * @param reason - why
 * @returns the number of routes stored
 * @throws AccessErrors.GATEWAY_ROUTE_MAP_INVALID, SYSTEM_NOT_FOUND
 */
export async function declareGatewayRoutes(ctx: AccessContext, caller: StaffCaller, id: string, routeMap: unknown, reason: string): Promise<{ routes: number }> {
  const problems = validateRouteMap(routeMap);
  if (problems.length > 0) {
    const err = new AccessErrors.GATEWAY_ROUTE_MAP_INVALID(problems.length);
    err.details = problems;
    throw err;
  }
  const map = routeMap as GatewayRouteMap;
  const now = ctx.clock.now();
  return runInTransaction(ctx.db, async (tx) => {
    const row = await findBusinessSystemForUpdate(tx, id);
    if (!row || row.revokedAt !== null) throw new AccessErrors.SYSTEM_NOT_FOUND();
    await updateBusinessSystemGatewayRoutes(tx, id, map, now);
    const digest = (v: unknown): string | null => (v === null || v === undefined ? null : sha256Hex(JSON.stringify(v)));
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'business_system.gateway_routes', { type: 'business_system', id }, {
      before: { sha256: digest(row.gatewayRoutes) }, after: { routes: map.routes.length, sha256: digest(map) }, reason,
    }, now), tx);
    return { routes: map.routes.length };
  }).finally(() => forgetVerifiedSystems(ctx)); // the verified systems carry the map
}
