/**
 * Logger options: structured JSON (pino) that never carries secrets or personal data. Requests are logged by
 * route pattern, never by raw URL (a URL could hold an identifier), and credential headers are redacted.
 */
import type { FastifyServerOptions } from 'fastify';

/**
 * Builds Fastify's logger options.
 *
 * @param level - pino level
 * @returns logger options for Fastify
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', 'password', '*.password', 'totp', '*.totp'],
      censor: '[redacted]',
    },
    serializers: {
      req(request: { method: string; routeOptions?: { url?: string }; id: string }) {
        return { method: request.method, route: request.routeOptions?.url ?? '(unmatched)', id: request.id };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}
