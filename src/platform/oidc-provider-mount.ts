/**
 * Mounts an `oidc-provider` instance under a path prefix of the Fastify app: the staff provider under `/sso`
 * (access) and the citizens' demo provider under `/oidc` (citizen) are mounted the same way.
 *
 * The provider is a Node request handler (Koa inside): Fastify's body parsing is switched off for its routes so
 * that it reads its own form posts (token endpoint, logout form), the reply is hijacked, and the request's URL is
 * given to it relative to the prefix with the full one in `originalUrl`, from which the provider computes its
 * mount path (oidc-provider's "mounting" guide).
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyContextConfig, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';

/** Options of {@link oidcProviderMount}. */
export interface OidcProviderMountOptions {
  readonly provider: Provider;
  /** The prefix, without a trailing slash (`/sso`); the provider's issuer is the public URL + this. */
  readonly path: string;
  /** Route config of the mounted routes (e.g. the session cookie ignored). */
  readonly routeConfig?: FastifyContextConfig;
}

/**
 * Mounts the provider at `path` and under it. Routes registered elsewhere under the prefix (interaction pages)
 * take precedence over the wildcard in Fastify's router. Register it in its own encapsulated instance: it
 * removes that instance's content-type parsers.
 *
 * @param app - the encapsulated instance
 * @param opts - the provider, the prefix and the routes' config
 */
export const oidcProviderMount: FastifyPluginAsync<OidcProviderMountOptions> = async (app, opts) => {
  const callback = opts.provider.callback();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
  const forward = (request: FastifyRequest, reply: FastifyReply): void => {
    reply.hijack();
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    const url = raw.url ?? '/';
    raw.originalUrl = url;
    const rest = url.slice(opts.path.length);
    raw.url = rest.startsWith('/') ? rest : `/${rest}`;
    void callback(raw, reply.raw);
  };
  const route = { config: opts.routeConfig ?? {}, schema: { hide: true } };
  app.all(opts.path, route, forward);
  app.all(`${opts.path}/*`, route, forward);
};
