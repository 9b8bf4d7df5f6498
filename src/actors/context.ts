/**
 * The request context: resolved once in an `onRequest` hook and declared as a request decorator.
 * Modules contribute actor resolvers (session cookie, API key, citizen cookie) through {@link ActorResolver};
 * no other code reads auth headers or cookies.
 */
import type { FastifyRequest } from 'fastify';
import type { StaffActor } from './staff-actor.ts';
import type { CitizenActor } from './citizen-actor.ts';
import type { ExternalActor } from './external-actor.ts';

/** Anyone who can act on Khiên. */
export type Actor = StaffActor | ExternalActor | CitizenActor;

/** Per-request context. */
export interface RequestContext {
  readonly requestId: string;
  actor: Actor | null;
  readonly ip: string;
  readonly userAgent: string | null;
  readonly lang: 'vi' | 'en';
}

/**
 * Tries to resolve the caller from the request; returns null when its credential is absent.
 * Throws a catalogued error when a credential is present but invalid (expired session, revoked key).
 */
export type ActorResolver = (request: FastifyRequest) => Promise<Actor | null>;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}
