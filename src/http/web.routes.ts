/**
 * The console (`web/`, built by Vite into `web/dist`) served from the same origin: `/` and every address the
 * console routes (`/persons/…`, `/head/…`) answer its `index.html`; its files under `/assets/` are
 * content-hashed and cached for a year. The API stays under `/api`, the explorer under `/docs`: an unknown
 * address there is still the JSON `KHIEN_ROUTE_NOT_FOUND`. The insured person's portal is a second entry of
 * the same build (`portal.html`, its own small bundle): `/portal` and every address under it answer it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { CommonErrors } from '../platform/errors.ts';

/** Where the built console is. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** Addresses that never fall back to the console. */
const NOT_CONSOLE = /^\/(api|docs|oidc|openapi\.json|health|assets)(\/|$|\?)/;

/**
 * Whether the console is built.
 *
 * @param dist - its folder
 * @returns true when `index.html` is there
 */
export function consoleBuilt(dist: string = WEB_DIST): boolean {
  return existsSync(path.join(dist, 'index.html'));
}

/**
 * Registers the console's files and the fallback to its `index.html`.
 *
 * @param app - the root instance
 * @param opts - the built console's folder
 */
export const webRoutes: FastifyPluginAsync<{ dist: string }> = async (app, { dist }) => {
  await app.register(fastifyStatic, {
    root: path.join(dist, 'assets'),
    prefix: '/assets/',
    wildcard: false,
    index: false,
    immutable: true,
    maxAge: '365d',
  });
  const sendIndex = (reply: FastifyReply): FastifyReply =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', dist, { cacheControl: false });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  const sendPortal = (reply: FastifyReply): FastifyReply =>
    reply.header('cache-control', 'no-cache').sendFile('portal.html', dist, { cacheControl: false });
  app.get('/portal', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/portal/', 302));
  app.get('/portal/*', { schema: { hide: true } }, async (request, reply) => {
    if (path.extname(request.url.split('?')[0]!) !== '') throw new CommonErrors.ROUTE_NOT_FOUND();
    return sendPortal(reply);
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (NOT_CONSOLE.test(request.url) || path.extname(request.url.split('?')[0]!) !== '') {
      throw new CommonErrors.ROUTE_NOT_FOUND();
    }
    return sendIndex(reply);
  });
};
