/**
 * Administration of single sign-on applications (`/api/access/sso-clients`), for the central security team; the
 * security officers and auditors may list them. A secret appears once, in the answer that issues it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AccessContext } from './access-context.ts';
import { ReasonBody } from './access-admin.schemas.ts';
import { ERROR_RESPONSES } from './registry-api.schemas.ts';
import { staffCallerOf } from './request-caller.ts';
import { listSsoClients } from './sso.repo.ts';
import { disableSsoClient, presentSsoClient, registerSsoClient, rotateSsoClientSecret, type SsoAdminDeps } from './sso-clients.ts';
import { IssuedSsoClientSchema, RegisterSsoClientBody, SsoClientSchema } from './sso-clients.schemas.ts';

/** Options of the plugin. */
export interface SsoClientRoutesOptions extends SsoAdminDeps {
  readonly ctx: AccessContext;
}

const ClientParams = Type.Object({ clientId: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) });

/**
 * Registers the administration routes.
 *
 * @param app - the encapsulated instance
 * @param opts - the access context, provider and issuer
 */
export const ssoClientRoutes: FastifyPluginAsyncTypebox<SsoClientRoutesOptions> = async (app, opts) => {
  const { ctx } = opts;
  const tags = ['access'];
  const admin = ['central_security_admin'] as const;

  app.post('/', {
    schema: {
      tags,
      summary: 'Register a business application for single sign-on (secret shown once) / Đăng ký ứng dụng đăng nhập một lần',
      body: RegisterSsoClientBody,
      response: { 201: IssuedSsoClientSchema, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const issued = await registerSsoClient(ctx, opts, staffCallerOf(request, admin), request.body);
    return reply.header('cache-control', 'no-store').status(201).send(issued);
  });

  app.get('/', { schema: { tags, summary: 'List single sign-on applications (never their secrets)', response: { 200: Type.Object({ clients: Type.Array(SsoClientSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    staffCallerOf(request, [...admin, 'auditor', 'security_officer']);
    return { clients: (await listSsoClients(ctx.db)).map(presentSsoClient) };
  });

  app.post('/:clientId/rotate', {
    schema: { tags, summary: 'Rotate an application\'s client secret (old one stops at once; new one shown once)', params: ClientParams, response: { 201: IssuedSsoClientSchema, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const issued = await rotateSsoClientSecret(ctx, opts, staffCallerOf(request, admin), request.params.clientId);
    return reply.header('cache-control', 'no-store').status(201).send(issued);
  });

  app.post('/:clientId/disable', {
    schema: { tags, summary: 'Disable a single sign-on application', params: ClientParams, body: ReasonBody, response: { 204: Type.Null(), ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    await disableSsoClient(ctx, staffCallerOf(request, admin), request.params.clientId, request.body.reason);
    return reply.status(204).send(null);
  });
};
