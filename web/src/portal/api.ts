/**
 * The portal's API client: openapi-fetch over the generated types (`web/src/api/schema.d.ts`), like the
 * console's `api/client.ts`, but without the console's catalogues (which that client imports for its error
 * texts). Citizen routes use the `khien_citizen` cookie and JSON bodies; no CSRF token is involved.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../api/schema';
import { i18n } from './i18n';

/** The server's error body. */
export type ErrorBody = components['schemas']['ErrorBody'];

/** An error answered by the server, or a network failure (status 0). */
export class PortalError extends Error {
  readonly status: number;
  readonly body: ErrorBody | null;

  constructor(status: number, body: ErrorBody | null) {
    super(body?.code ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** The client. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language);
    return request;
  },
});

function isErrorBody(x: unknown): x is ErrorBody {
  return !!x && typeof x === 'object' && typeof (x as ErrorBody).code === 'string' && typeof (x as ErrorBody).message === 'object';
}

/**
 * The data of a call, or throws its error.
 *
 * @param call - an openapi-fetch call
 * @returns the response data
 * @throws PortalError
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new PortalError(0, null);
  }
  if (result.response.ok) return result.data as T;
  throw new PortalError(result.response.status, isErrorBody(result.error) ? result.error : null);
}

/** Own summary. */
export type Me = paths['/api/citizen/me/']['get']['responses'][200]['content']['application/json'];
/** Participation history with its summary. */
export type Participation = paths['/api/citizen/me/participation']['get']['responses'][200]['content']['application/json'];
/** Cards. */
export type Cards = paths['/api/citizen/me/card']['get']['responses'][200]['content']['application/json'];
/** A page of accesses. */
export type AccessPage = paths['/api/citizen/me/accesses']['get']['responses'][200]['content']['application/json'];
/** One access. */
export type Access = AccessPage['items'][number];
/** What a valid verification code says. */
export type DocumentCheck = paths['/api/citizen/documents/verify']['get']['responses'][200]['content']['application/json'];
