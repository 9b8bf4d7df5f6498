/**
 * The typed API client (openapi-fetch over the types generated from the server's OpenAPI document; no
 * hand-written request or response types). Sends the CSRF token on state-changing calls and the chosen
 * language; `unwrap` turns an error response into an {@link ApiError} carrying the server's `ErrorBody`.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { i18n } from '../i18n';

/** The server's error body. */
export type ErrorBody = components['schemas']['ErrorBody'];

/** An error answered by the server (or a network failure, with a local code). */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.code);
    this.status = status;
    this.body = body;
  }
}

/**
 * Reads a cookie readable by scripts.
 *
 * @param name - cookie name
 * @returns the value or null
 */
export function readCookie(name: string): string | null {
  const m = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : null;
}

const headers: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method)) {
      const token = readCookie('khien_csrf');
      if (token) request.headers.set('x-csrf-token', token);
    }
    request.headers.set('accept-language', i18n.language);
    return request;
  },
  onResponse({ response }) {
    if (response.ok) window.dispatchEvent(new CustomEvent('khien:activity'));
    return response;
  },
};

/** The client. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(headers);

function isErrorBody(x: unknown): x is ErrorBody {
  return !!x && typeof x === 'object' && typeof (x as ErrorBody).code === 'string' && typeof (x as ErrorBody).message === 'object';
}

/**
 * The data of a call, or throws its error.
 *
 * @param call - an openapi-fetch call
 * @returns the response data
 * @throws ApiError for an error response or when the server cannot be reached
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, { code: 'KHIEN_WEB_NETWORK', message: { vi: i18n.t('errors.network', { lng: 'vi' }), en: i18n.t('errors.network', { lng: 'en' }) }, requestId: '' });
  }
  if (result.response.ok) return result.data as T;
  const body = isErrorBody(result.error)
    ? result.error
    : { code: 'KHIEN_WEB_UNEXPECTED', message: { vi: i18n.t('errors.unexpected', { lng: 'vi' }), en: i18n.t('errors.unexpected', { lng: 'en' }) }, requestId: '' };
  throw new ApiError(result.response.status, body);
}
