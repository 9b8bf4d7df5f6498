/**
 * The one error handler (STYLE.md rules 9–10): catalogued errors and validation errors pass through with
 * their stable code and both messages; anything else is logged with the request id and answered with a
 * generic 500 — driver messages (which embed SQL parameters, i.e. personal data) never leave the server.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrors, formatMessage, isKhienError, lookupError } from '../platform/errors.ts';

/** Body of every error response. */
export interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  requestId: string;
  details?: unknown;
}

function body(code: string, params: readonly string[], requestId: string, details?: unknown): ErrorBody {
  const spec = lookupError(code) ?? lookupError(CommonErrors.INTERNAL.code)!;
  const out: ErrorBody = {
    code,
    message: { vi: formatMessage(spec.vi, params), en: formatMessage(spec.en, params) },
    requestId,
  };
  if (details !== undefined) out.details = details;
  return out;
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: CommonErrors.BODY_TOO_LARGE.code,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: CommonErrors.UNSUPPORTED_MEDIA.code,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: CommonErrors.VALIDATION.code,
  FST_ERR_CTP_EMPTY_JSON_BODY: CommonErrors.BAD_JSON.code,
  FST_ERR_CTP_INVALID_JSON_BODY: CommonErrors.BAD_JSON.code,
  FST_ERR_VALIDATION: CommonErrors.VALIDATION.code,
};

/**
 * Installs the error and not-found handlers.
 *
 * @param app - the root Fastify instance
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const requestId = request.id;
    if (isKhienError(error)) {
      return reply.status(error.statusCode).send(body(error.code, error.params ?? [], requestId, error.details));
    }
    if (error.validation) {
      const details = error.validation.map((v) => ({
        field: `${error.validationContext ?? 'body'}${v.instancePath || ''}`.replace(/\//g, '.'),
        rule: v.keyword,
        message: v.message,
      }));
      return reply.status(400).send(body(CommonErrors.VALIDATION.code, [], requestId, details));
    }
    if (error.code && FASTIFY_CODES[error.code]) {
      const code = FASTIFY_CODES[error.code]!;
      return reply.status(lookupError(code)!.status).send(body(code, [], requestId));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body(CommonErrors.RATE_LIMITED.code, [], requestId));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // A deliberate client error from a plugin (e.g. malformed cookie): keep the status, generic body.
      return reply.status(error.statusCode).send(body(CommonErrors.VALIDATION.code, [], requestId));
    }
    // The first stack line repeats the message, which may embed SQL parameters: keep only the frames.
    const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
    request.log.error({ err: { type: error.name, code: error.code, frames }, requestId }, 'unhandled error');
    return reply.status(500).send(body(CommonErrors.INTERNAL.code, [], requestId));
  });
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send(body(CommonErrors.ROUTE_NOT_FOUND.code, [], request.id));
  });
}
