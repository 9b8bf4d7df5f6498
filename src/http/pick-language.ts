/**
 * The response language of a request (the request context's `lang`).
 */
import type { FastifyRequest } from 'fastify';

/**
 * Picks the response language: `?lang=en|vi`, then the `khien_lang` cookie, then Accept-Language; Vietnamese by default.
 *
 * @param request - the request
 * @returns `vi` or `en`
 */
export function pickLanguage(request: FastifyRequest): 'vi' | 'en' {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'vi') return q;
  const cookie = request.headers.cookie ?? '';
  const m = /(?:^|;\s*)khien_lang=(vi|en)/.exec(cookie);
  if (m) return m[1] as 'vi' | 'en';
  const al = request.headers['accept-language'] ?? '';
  if (/^\s*en/i.test(al)) return 'en';
  return 'vi';
}
