/**
 * Declared log mappings per source system (issue 15, item 4), under `/api/detect`: list, and declare or replace
 * the mapping of a system, for the central security admin and the system admin; each declaration is an admin
 * event (`ingest.mapping_set`) recorded in its transaction.
 */
import crypto from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { liveGrants } from '../actors/live-grants.ts';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import { SourceMappingSchema, type SourceMapping } from './ingest/source-mapping.ts';
import { listSourceMappings, upsertSourceMapping, type SourceMappingCache } from './source-mappings.repo.ts';
import { ActorErrors } from '../actors/actor-errors.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** What the routes need. */
export interface SourceMappingRoutesDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  readonly cache: SourceMappingCache;
}

const ErrorBody = Type.Object({ code: Type.String(), message: Type.Object({ vi: Type.String(), en: Type.String() }), requestId: Type.String(), details: Type.Optional(Type.Unknown()) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const security = [{ session: [] }];
const tags = ['detect'];
const ROLES = new Set<string>(['central_security_admin', 'system_admin']);
const Listed = Type.Object({ system: Type.String(), mapping: SourceMappingSchema, updatedAt: Type.String() });
type StaffCaller = Extract<NonNullable<FastifyRequest['ctx']['actor']>, { type: 'staff' }>;

/** The plugin; register with `{ prefix: '/api/detect', ...deps }`. */
export const sourceMappingRoutes: FastifyPluginAsyncTypebox<SourceMappingRoutesDeps> = async (app, deps) => {
  const require = (request: FastifyRequest): StaffCaller => {
    const actor = request.ctx.actor;
    if (!actor) throw new ActorErrors.UNAUTHENTICATED();
    if (actor.type !== 'staff' || liveGrants(actor, ROLES, deps.clock.now()).length === 0) throw new ActorErrors.FORBIDDEN();
    return actor;
  };

  app.get('/source-mappings', {
    schema: { operationId: 'detectListSourceMappings', tags, security, summary: 'Ánh xạ nhật ký truy cập theo hệ thống / Access-log mappings per source system', response: { 200: Type.Array(Listed), ...errors } },
  }, async (request) => {
    require(request);
    return (await listSourceMappings(deps.db)).map((r) => ({ system: r.system, mapping: r.mapping as SourceMapping, updatedAt: r.updatedAt.toISOString() }));
  });

  app.put('/source-mappings/:system', {
    schema: {
      operationId: 'detectSetSourceMapping',
      tags,
      security,
      summary: 'Khai báo ánh xạ nhật ký truy cập của một hệ thống / Declare the access-log mapping of a system',
      params: Type.Object({ system: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' }) }),
      body: Type.Object({ mapping: SourceMappingSchema, reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
      response: { 200: Listed, ...errors },
    },
  }, async (request) => {
    const actor = require(request);
    const { system } = request.params;
    const { mapping, reason } = request.body;
    const now = deps.clock.now();
    await runInTransaction(deps.db, async (tx) => {
      await upsertSourceMapping(tx, { system, displayName: mapping.displayName, mapping, updatedAt: now, updatedBy: actor.accountId });
      const event: AdminEvent = {
        id: crypto.randomUUID(),
        kind: 'admin',
        time: now.toISOString(),
        requestId: request.ctx.requestId,
        source: { ip: request.ctx.ip, userAgent: request.ctx.userAgent, system: 'khien' },
        actor: { type: 'staff', accountId: actor.accountId, unitId: actor.unitId, sessionId: actor.sessionId, roles: actor.roles.map((r) => r.role) },
        action: 'ingest.mapping_set',
        target: { type: 'source_system', id: system },
        after: mapping,
        reason,
        outcome: 'success',
      };
      await deps.recorder().record(event, tx);
    });
    deps.cache.invalidate();
    return { system, mapping, updatedAt: now.toISOString() };
  });
};
