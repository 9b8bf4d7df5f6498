/**
 * The one error handler (STYLE.md rules 9–10): catalogued errors and validation errors pass through with
 * their stable code and both messages; Fastify's own errors (bad URL, over-long parameter, media type, body
 * size, JSON, not found) get catalogue codes too, through `frameworkErrors` for the ones the router raises
 * before any hook; a database error caused by a value (SQLSTATE class 22, e.g. a number out of a column's
 * range) is the client's: 400. Anything else is logged with the request id and answered with a generic 500 —
 * driver messages (which embed SQL parameters, i.e. personal data) never leave the server.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrors, formatMessage, isKhienError, lookupError } from '../platform/errors.ts';
import { describeValidation } from './validation-messages.ts';

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
  FST_ERR_CTP_INVALID_TYPE: CommonErrors.UNSUPPORTED_MEDIA.code,
  FST_ERR_VALIDATION: CommonErrors.VALIDATION.code,
  FST_ERR_BAD_URL: CommonErrors.BAD_URL.code,
  FST_ERR_INVALID_URL: CommonErrors.BAD_URL.code,
  FST_ERR_MAX_PARAM_LENGTH: CommonErrors.URL_TOO_LONG.code,
  FST_ERR_NOT_FOUND: CommonErrors.ROUTE_NOT_FOUND.code,
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: CommonErrors.UNSUPPORTED_MEDIA.code,
  FST_ERR_ROUTE_MISSING_CONTENT: CommonErrors.VALIDATION.code,
};

/**
 * SQLSTATE classes and codes that a client's value causes (never a server fault): class 22 (data exception:
 * numeric value out of range, invalid text representation, datetime overflow, NUL in text, …) and 54000
 * (program limit, e.g. an index row too large for a megabyte string).
 */
function isValueError(sqlState: string): boolean {
  return sqlState.startsWith('22') || sqlState === '54000';
}

/**
 * The SQLSTATE of a database error, looked for along the `cause` chain (Drizzle wraps the driver's error in a
 * `DrizzleQueryError`; pg and PGlite both carry `code`).
 */
function sqlStateOf(error: unknown): string | null {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && ('severity' in e || 'routine' in e)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Maps one error to its response (the handler of `setErrorHandler` and of Fastify's `frameworkErrors`).
 *
 * @param error - what was thrown
 * @param request - the request
 * @param reply - the reply to send on
 * @returns the reply
 */
export function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const requestId = request.id;
  if (isKhienError(error)) {
    return reply.status(error.statusCode).send(body(error.code, error.params ?? [], requestId, error.details));
  }
  if (error.validation) {
    const details = describeValidation(error.validation, error.validationContext ?? 'body');
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
  const sqlState = sqlStateOf(error);
  if (sqlState && isValueError(sqlState)) {
    // Logged by class only: the driver's message embeds the offending value.
    request.log.warn({ sqlState, requestId }, 'value refused by the database');
    return reply.status(400).send(body(CommonErrors.VALUE_OUT_OF_RANGE.code, [], requestId));
  }
  // The first stack line repeats the message, which may embed SQL parameters: keep only the frames.
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  request.log.error({ err: { type: error.name, code: error.code, sqlState, frames }, requestId }, 'unhandled error');
  return reply.status(500).send(body(CommonErrors.INTERNAL.code, [], requestId));
}

/**
 * Answers a request Node's HTTP parser refused before Fastify saw it (malformed request line or header,
 * headers over the size limit, a request too slow to arrive) with the catalogue body — Fastify's
 * `clientErrorHandler`. Nothing of the request is logged: the parser's error carries the raw bytes.
 *
 * @param err - the parser's error (`code` like `HPE_INVALID_METHOD`, `HPE_HEADER_OVERFLOW`)
 * @param socket - the client's socket
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? CommonErrors.HEADERS_TOO_LARGE.code
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? CommonErrors.REQUEST_TIMEOUT.code
        : CommonErrors.BAD_REQUEST.code;
  const status = lookupError(code)!.status;
  const payload = JSON.stringify(body(code, [], crypto.randomUUID()));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${payload}`,
    );
  }
  socket.destroy();
}

/**
 * Installs the error and not-found handlers.
 *
 * @param app - the root Fastify instance
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send(body(CommonErrors.ROUTE_NOT_FOUND.code, [], request.id));
  });
}
