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
};
