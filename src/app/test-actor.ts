/**
 * Test-only actor injection: `createTestApp({}, clock, { actors })` style helpers can pass
 * {@link headerActorResolver} in `extraResolvers` so that a test request carrying `x-test-actor: <key>`
 * acts as the registered actor. Only tests pass it; the production app never registers it.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor, ActorResolver } from '../actors/context.ts';

/**
 * Builds a resolver mapping `x-test-actor` header values to actors.
 *
 * @param actors - key → actor
 * @returns the resolver
 */
export function headerActorResolver(actors: ReadonlyMap<string, Actor>): ActorResolver {
  return async (request: FastifyRequest) => {
    const key = request.headers['x-test-actor'];
    if (typeof key !== 'string') return null;
    return actors.get(key) ?? null;
  };
}
