/**
 * Administration of the business systems that call the decision service (`/api/access/systems`), for the
 * central security team. A credential's secret appears once, in the answer that issues it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AccessContext } from './access-context.ts';
import { IdParams, ReasonBody } from './access-admin.schemas.ts';
import { listBusinessSystems } from './business-systems.repo.ts';
import { presentBusinessSystem, registerBusinessSystem, revokeBusinessSystemAccess, rotateBusinessSystemCredential } from './business-systems.ts';
import { BusinessSystemSchema, IssuedSystemCredentialSchema, RegisterSystemBody } from './decision-service.schemas.ts';
import { ERROR_RESPONSES } from './registry-api.schemas.ts';
import { declareGatewayRoutes } from './gateway.ts';
import { GatewayRouteMapSchema } from './gateway-route-map.ts';
import { findBusinessSystemById } from './business-systems.repo.ts';
import { AccessErrors } from './access.errors.ts';
import { staffCallerOf } from './request-caller.ts';

/** Options of the plugin. */
export interface BusinessSystemRoutesOptions {
  readonly ctx: AccessContext;
}

/**
 * Registers the administration routes.
 *
 * @param app - the encapsulated instance
 * @param opts - the access context
 */
export const businessSystemRoutes: FastifyPluginAsyncTypebox<BusinessSystemRoutesOptions> = async (app, opts) => {
  const { ctx } = opts;
  const tags = ['access'];
  const admin = ['central_security_admin'] as const;

  app.post('/', { schema: { tags, summary: 'Register a business system (credential shown once)', body: RegisterSystemBody, response: { 201: IssuedSystemCredentialSchema, 409: ERROR_RESPONSES[400], ...ERROR_RESPONSES } } }, async (request, reply) => {
    const issued = await registerBusinessSystem(ctx, staffCallerOf(request, admin), request.body);
    return reply.header('cache-control', 'no-store').status(201).send(issued);
  });

  app.get('/', { schema: { tags, summary: 'List business systems (never their secrets)', response: { 200: Type.Object({ systems: Type.Array(BusinessSystemSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    staffCallerOf(request, [...admin, 'auditor', 'security_officer']);
    return { systems: (await listBusinessSystems(ctx.db)).map(presentBusinessSystem) };
  });

  app.post('/:id/rotate', { schema: { tags, summary: 'Rotate a system\'s credential (old one stops at once; new one shown once)', params: IdParams, response: { 201: IssuedSystemCredentialSchema, ...ERROR_RESPONSES } } }, async (request, reply) => {
    const issued = await rotateBusinessSystemCredential(ctx, staffCallerOf(request, admin), request.params.id);
    return reply.header('cache-control', 'no-store').status(201).send(issued);
  });

  app.post('/:id/revoke', { schema: { tags, summary: 'Revoke a business system', params: IdParams, body: ReasonBody, response: { 204: Type.Null(), ...ERROR_RESPONSES } } }, async (request, reply) => {
    await revokeBusinessSystemAccess(ctx, staffCallerOf(request, admin), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });

  // The body's map is validated by `declareGatewayRoutes` (every problem, one stable code), not by the schema:
  // the schema documents the shape only.
  app.put('/:id/gateway-routes', {
    schema: {
      tags,
      summary: 'Declare the gateway route map of a system (a malformed map is refused whole; the map in force stays)',
      params: IdParams,
      body: Type.Object({ reason: Type.String({ minLength: 5, maxLength: 500 }), routeMap: GatewayRouteMapSchema }),
      response: { 200: Type.Object({ routes: Type.Integer() }), ...ERROR_RESPONSES },
    },
    attachValidation: true,
  }, async (request) => {
    const caller = staffCallerOf(request, admin);
    if (request.validationError && (request.validationError as { validationContext?: string }).validationContext !== 'body') throw request.validationError;
    const body = (request.body ?? {}) as { reason?: unknown; routeMap?: unknown };
    if (typeof body.reason !== 'string' || body.reason.length < 5 || body.reason.length > 500) throw request.validationError ?? new AccessErrors.GATEWAY_ROUTE_MAP_INVALID(0);
    return declareGatewayRoutes(ctx, caller, request.params.id, body.routeMap, body.reason);
  });

  app.get('/:id/gateway-routes', {
    schema: { tags, summary: 'The gateway route map of a system', params: IdParams, response: { 200: Type.Object({ routeMap: Type.Union([GatewayRouteMapSchema, Type.Null()]), updatedAt: Type.Union([Type.String(), Type.Null()]) }), ...ERROR_RESPONSES } },
  }, async (request) => {
    staffCallerOf(request, [...admin, 'auditor', 'security_officer']);
    const row = await findBusinessSystemById(ctx.db, request.params.id);
    if (!row) throw new AccessErrors.SYSTEM_NOT_FOUND();
    return { routeMap: (row.gatewayRoutes ?? null) as never, updatedAt: row.gatewayRoutesUpdatedAt?.toISOString() ?? null };
  });
};
