/**
 * Rate limits of API keys through `@fastify/rate-limit` (issue 21, defect 8): each key may make its agreement's
 * `ratePerMinute` requests per minute; beyond that the answer is `429 KHIEN_ACCESS_API_RATE_LIMITED` with
 * `Retry-After` and the `x-ratelimit-*` headers. With `REDIS_URL` the counts live in Redis, shared by every node
 * behind the load balancer; without it, in this process's memory.
 *
 * The key is the API key's id and the minute of the app's clock, so that windows follow the injected clock
 * (tests move it) and every node counts the same minute; the store's own expiry only cleans up.
 * Only callers resolved as an API key are counted: staff and citizens have their own throttles.
 */
import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { AccessErrors } from './access.errors.ts';
import type { Clock } from '../platform/clock.ts';

/** Options of {@link registerApiKeyRateLimit}. */
export interface ApiKeyRateLimitOptions {
  readonly clock: Clock;
  /** Shared store (`redis://…`); unset: in memory. */
  readonly redisUrl?: string;
  /** Key prefix in Redis (tests use their own). */
  readonly nameSpace?: string;
}

const MINUTE = 60_000;

/**
 * Registers the limiter on the root instance, before any route (it hooks every route as it is added).
 *
 * @param app - the root Fastify instance
 * @param opts - clock and store
 * @returns a stopper that closes the Redis connection, if any
 */
export async function registerApiKeyRateLimit(app: FastifyInstance, opts: ApiKeyRateLimitOptions): Promise<() => Promise<void>> {
  // Short timeouts and one retry: a request must not hang on a Redis that went away (it fails instead).
  const redis = opts.redisUrl ? new Redis(opts.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, enableAutoPipelining: true }) : null;
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: MINUTE,
    ...(redis ? { redis, nameSpace: opts.nameSpace ?? 'khien-api-rate-' } : {}),
    allowList: (request) => request.ctx?.actor?.type !== 'external',
    keyGenerator: (request) => {
      const actor = request.ctx?.actor;
      return actor?.type === 'external' ? `${actor.apiKeyId}:${Math.floor(opts.clock.now().getTime() / MINUTE)}` : 'none';
    },
    max: async (request) => {
      const actor = request.ctx?.actor;
      return actor?.type === 'external' ? actor.ratePerMinute : Number.MAX_SAFE_INTEGER;
    },
    // Headers only on the answers of API-key callers; the refusal is the catalogued error.
    addHeadersOnExceeding: { 'x-ratelimit-limit': true, 'x-ratelimit-remaining': true, 'x-ratelimit-reset': true },
    errorResponseBuilder: () => new AccessErrors.API_RATE_LIMITED(),
  });
  return async () => {
    if (redis) await redis.quit().catch(() => redis.disconnect());
  };
}
