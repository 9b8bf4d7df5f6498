/**
 * The OpenAPI document's conventions, applied in one place as routes are added (an `onRoute` hook), so that
 * every operation of the document has an `operationId`, `tags`, a declared `security` requirement (the
 * `x-csrf-token` header with the session cookie for state-changing calls) and the shared `ErrorBody` schema
 * for its error responses. The console's typed client (`web/src/api/schema.d.ts`) is generated from this
 * document, and the API explorer at `/docs` uses the declared security to make write calls.
 *
 * A route may declare its own `operationId` and `security`; what it leaves out is filled here: the operation
 * id from the method and path (`GET /api/access/assignments/:assignmentId` → `getAccessAssignmentsByAssignmentId`),
 * the security from {@link SECURITY_RULES} (no catch-all: a route under a new prefix must declare its own or
 * add a rule, and `openapi.test.ts` fails until it does).
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, RouteOptions } from 'fastify';

/** The `$id` of the shared error body schema (a component of the document). */
export const ERROR_BODY_ID = 'ErrorBody';

/** Body of every error response (`http/error-handler.ts` writes it). */
export const ErrorBodySchema = Type.Object(
  {
    code: Type.String({ description: 'Stable code `KHIEN_<MODULE>_<REASON>`' }),
    message: Type.Object({ vi: Type.String(), en: Type.String() }, { description: 'The message in Vietnamese and English' }),
    requestId: Type.String(),
    details: Type.Optional(Type.Unknown({ description: 'Per-field validation problems or other detail' })),
  },
  { $id: ERROR_BODY_ID, title: ERROR_BODY_ID, description: 'Error response / Phản hồi lỗi' },
);

/** The error body as a type. */
export type ErrorBodyShape = Static<typeof ErrorBodySchema>;

/** A security requirement list as OpenAPI writes it. */
export type SecurityRequirement = ReadonlyArray<Readonly<Record<string, readonly string[]>>>;

/** The security schemes of the document. */
export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: 'khien_session', description: 'Staff session (set by `POST /api/auth/signin`).' },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description: 'CSRF token of the staff session (returned by sign-in, also in the readable `khien_csrf` cookie); required on POST/PUT/PATCH/DELETE. The explorer at /docs sends it from the cookie.',
  },
  citizen: { type: 'apiKey', in: 'cookie', name: 'khien_citizen', description: 'Insured person session (VNeID-style OIDC sign-in).' },
  apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Key of a sharing agreement (external organisation).' },
  ingestToken: { type: 'http', scheme: 'bearer', description: 'Log ingestion token.' },
  systemCredential: { type: 'http', scheme: 'bearer', description: 'Credential of a registered business system (`khs_…`), for the decision service.' },
} as const;

const NONE: SecurityRequirement = [];
const STAFF: SecurityRequirement = [{ session: [] }];
const CITIZEN: SecurityRequirement = [{ citizen: [] }];

/**
 * Security of routes that do not declare their own, first match wins. Anonymous routes are listed one by one.
 */
export const SECURITY_RULES: ReadonlyArray<readonly [RegExp, SecurityRequirement]> = [
  [/^\/health$/, NONE],
  [/^\/api\/auth\/(signin|devices\/request|demo\/)/, NONE],
  [/^\/api\/citizen\/auth\/(login|callback)$/, NONE],
  [/^\/api\/citizen\/(auth\/logout|me)/, CITIZEN],
  [/^\/api\/(auth|admin|audit|registry|access|cases|respond|citizen\/withholdings|alerts|alert-verifications|security|monitoring|detect|ingest\/rejected|lookup)(\/|$)/, STAFF],
];

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The operation id derived from method and path.
 *
 * @param method - HTTP method
 * @param url - route path (Fastify form, `:param`)
 * @returns e.g. `getAccessAssignmentsByAssignmentId`
 */
export function deriveOperationId(method: string, url: string): string {
  const parts = url
    .replace(/^\/api\//, '/')
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => (p.startsWith(':') ? `by-${p.slice(1)}` : p))
    .flatMap((p) => p.split(/[^A-Za-z0-9]+/))
    .filter((p) => p.length > 0)
    .map((p) => p[0]!.toUpperCase() + p.slice(1));
  return method.toLowerCase() + parts.join('');
}

/**
 * The security a route gets when it declares none.
 *
 * @param url - route path
 * @returns the requirement, or undefined when no rule matches
 */
export function securityFor(url: string): SecurityRequirement | undefined {
  return SECURITY_RULES.find(([re]) => re.test(url))?.[1];
}

function withCsrf(security: SecurityRequirement): SecurityRequirement {
  return security.map((req) => ('session' in req && !('csrf' in req) ? { ...req, csrf: [] } : req));
}

function looksLikeErrorBody(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const props = (schema as { properties?: Record<string, unknown> }).properties;
  return !!props && 'code' in props && 'message' in props && 'requestId' in props;
}

type MutableSchema = Record<string, unknown> & { response?: Record<string, unknown>; hide?: boolean };

/**
 * Completes one route's schema (exported for the test).
 *
 * @param route - the route options as Fastify passes them to `onRoute`
 */
export function completeRouteSchema(route: Pick<RouteOptions, 'method' | 'url' | 'schema'> & { schema?: unknown }): void {
  const schema = (route.schema ?? {}) as MutableSchema;
  if (schema.hide) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const method = String(methods[0]);
  if (method === 'HEAD' || method === 'OPTIONS') return;
  if (typeof schema.operationId !== 'string') schema.operationId = deriveOperationId(method, route.url);
  if (!Array.isArray(schema.security)) {
    const found = securityFor(route.url);
    if (found) schema.security = found;
  }
  if (Array.isArray(schema.security) && STATE_CHANGING.has(method)) {
    schema.security = withCsrf(schema.security as SecurityRequirement);
  }
  const response = { ...(schema.response ?? {}) };
  for (const [status, body] of Object.entries(response)) {
    if (/^[45]/.test(status) && looksLikeErrorBody(body)) response[status] = { $ref: `${ERROR_BODY_ID}#` };
  }
  if (!Object.keys(response).some((s) => s.startsWith('4'))) response['4xx'] = { $ref: `${ERROR_BODY_ID}#` };
  if (!Object.keys(response).some((s) => s.startsWith('5'))) response['5xx'] = { $ref: `${ERROR_BODY_ID}#` };
  schema.response = response;
  route.schema = schema;
}

/**
 * Installs the shared schema and the hook; call before any route is registered.
 *
 * @param app - the root instance
 */
export function installOpenApiConventions(app: FastifyInstance): void {
  app.addSchema(ErrorBodySchema);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs') || route.url === '/openapi.json') return;
    completeRouteSchema(route);
  });
}

/**
 * The explorer's request interceptor: sends the readable CSRF cookie as `x-csrf-token` (runs in the browser,
 * serialised into the page by @fastify/swagger-ui, so it must be self-contained).
 *
 * @param req - Swagger UI's request
 * @returns the request
 */
export function explorerRequestInterceptor<R extends { headers?: Record<string, string> }>(req: R): R {
  const m = /(?:^|;\s*)khien_csrf=([^;]+)/.exec(globalThis.document?.cookie ?? '');
  const headers = req.headers ?? {};
  if (m && !headers['x-csrf-token']) headers['x-csrf-token'] = decodeURIComponent(m[1]!);
  req.headers = headers;
  return req;
}
