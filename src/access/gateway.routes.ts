/**
 * `GET /api/gateway/check`: the endpoint nginx's `auth_request` calls on every request of an application behind
 * the gateway (`deploy/nginx/gateway.conf.template`). nginx authenticates with the application's business-system
 * credential (`Authorization: Bearer khs_…`, set in its configuration) and forwards the original method and URI
 * (`X-Original-Method`, `X-Original-URI`), the staff session (`X-Khien-Staff-Session`: the value of Khiên's
 * session cookie or of the staff member's bearer token), the purpose (`X-Khien-Purpose`) and the address
 * (`X-Real-IP`). `auth_request` reads only the status: 204 lets the request through, 401 and 403 refuse it
 * (nginx then shows its Vietnamese page); the code and the decision's reason travel in `X-Khien-Code` and
 * `X-Khien-Reason` for that page and nginx's log.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Gateway } from './gateway.ts';
import { ERROR_RESPONSES } from './registry-api.schemas.ts';

/** Options of the plugin. */
export interface GatewayRoutesOptions {
  readonly gateway: Gateway;
}

const header = (v: string | string[] | undefined): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/**
 * Registers the check.
 *
 * @param app - the encapsulated instance
 * @param opts - the gateway
 */
export const gatewayRoutes: FastifyPluginAsyncTypebox<GatewayRoutesOptions> = async (app, opts) => {
  app.addHook('onError', async (_request, reply, error) => {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') reply.header('x-khien-code', code);
    const details = (error as { details?: unknown }).details as { reason?: unknown } | undefined;
    if (details && typeof details.reason === 'string') reply.header('x-khien-reason', details.reason);
  });

  app.get('/check', {
    schema: {
      tags: ['decisions'],
      security: [{ systemCredential: [] }],
      summary: 'Kiểm tra một yêu cầu qua cổng nginx (auth_request) / Check one request behind the nginx gateway (auth_request)',
      headers: Type.Object({
        'x-original-uri': Type.Optional(Type.String({ description: 'the original path and query ($request_uri)' })),
        'x-original-method': Type.Optional(Type.String({ description: 'the original method' })),
        'x-khien-staff-session': Type.Optional(Type.String({ description: 'the staff member\'s Khiên session token (session cookie or bearer)' })),
        'x-khien-purpose': Type.Optional(Type.String({ description: 'the purpose the application\'s form names' })),
        'x-real-ip': Type.Optional(Type.String({ description: 'the staff member\'s address' })),
      }),
      response: { 204: Type.Null({ description: 'allowed: X-Khien-Decision, X-Khien-Reason, X-Khien-Audit-Entry, X-Khien-Mask' }), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const auth = header(request.headers.authorization);
    const bearer = auth ? /^Bearer (\S+)$/.exec(auth)?.[1] ?? null : null;
    const allowed = await opts.gateway.check({
      systemCredential: bearer,
      staffSession: header(request.headers['x-khien-staff-session']),
      method: header(request.headers['x-original-method']),
      uri: header(request.headers['x-original-uri']),
      purpose: header(request.headers['x-khien-purpose']),
      clientIp: header(request.headers['x-real-ip']),
      requestId: request.id,
    });
    const d = allowed.decision;
    reply.header('cache-control', 'no-store').header('x-khien-decision', 'allow');
    if (d) {
      reply.header('x-khien-reason', d.reason).header('x-khien-audit-entry', d.auditEntryId)
        .header('x-khien-mask', Object.entries(d.mask).map(([c, l]) => `${c}=${l}`).join(','));
    } else reply.header('x-khien-reason', 'NO_PERSONAL_DATA');
    return reply.status(204).send(null);
  });
};
