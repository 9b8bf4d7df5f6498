/**
 * Ingestion tokens per source system from the console (issue 13, item 5), under `/api/detect`: list, create
 * (the secret shown once) and revoke, for the central security admin and the system admin; each change is
 * recorded in the audit log (`ingest.token_create`, `ingest.token_revoke`) in its transaction.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import { liveGrants } from '../actors/live-grants.ts';
import crypto from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import { ingestTokens } from './detect.schema.ts';
import { createIngestToken } from './ingest/ingest-tokens.ts';
import { RuleSettingsErrors } from './rule-settings.errors.ts';
import { runInTransaction, type Tx } from '../db/tx-context.ts';

/** What the routes read. */
export interface IngestTokenAdminDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
}

const ErrorBody = Type.Object({ code: Type.String(), message: Type.Object({ vi: Type.String(), en: Type.String() }), requestId: Type.String(), details: Type.Optional(Type.Unknown()) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const security = [{ session: [] }];
const tags = ['detect'];
const ROLES = ['central_security_admin', 'system_admin'];
const Token = Type.Object({ id: Type.String(), system: Type.String(), createdAt: Type.String(), lastUsedAt: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()]) });
type StaffCaller = Extract<NonNullable<FastifyRequest['ctx']['actor']>, { type: 'staff' }>;
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The plugin; register with `{ prefix: '/api/detect', ...deps }`. */
export const ingestTokenAdminRoutes: FastifyPluginAsyncTypebox<IngestTokenAdminDeps> = async (app, deps) => {
  const require = (request: FastifyRequest): StaffCaller => {
    const actor = request.ctx.actor;
    if (!actor) throw new ActorErrors.UNAUTHENTICATED();
    if (actor.type !== 'staff' || liveGrants(actor, new Set<string>(ROLES), deps.clock.now()).length === 0) throw new ActorErrors.FORBIDDEN();
    return actor;
  };
  const record = (tx: Tx, request: FastifyRequest, actor: StaffCaller, action: string, id: string, after: Record<string, unknown>, reason: string): Promise<unknown> => {
    const event: AdminEvent = {
      id: crypto.randomUUID(),
      kind: 'admin',
      time: deps.clock.now().toISOString(),
      requestId: request.ctx.requestId,
      source: { ip: request.ctx.ip, userAgent: request.ctx.userAgent, system: 'khien' },
      actor: { type: 'staff', accountId: actor.accountId, unitId: actor.unitId, sessionId: actor.sessionId, roles: actor.roles.map((r) => r.role) },
      action,
      target: { type: 'ingest_token', id },
      after,
      reason,
      outcome: 'success',
    };
    return deps.recorder().record(event, tx);
  };

  app.get('/ingest-tokens', {
    schema: { operationId: 'detectListIngestTokens', tags, security, summary: 'Mã nạp nhật ký theo hệ thống nguồn / Ingestion tokens per source system', response: { 200: Type.Array(Token), ...errors } },
  }, async (request) => {
    require(request);
    const rows = await deps.db.select().from(ingestTokens).orderBy(desc(ingestTokens.createdAt)).limit(500);
    return rows.map((r) => ({ id: r.id, system: r.system, createdAt: r.createdAt.toISOString(), lastUsedAt: iso(r.lastUsedAt), revokedAt: iso(r.revokedAt) }));
  });

  app.post('/ingest-tokens', {
    schema: {
      operationId: 'detectCreateIngestToken',
      tags,
      security,
      summary: 'Cấp mã nạp nhật ký cho một hệ thống (hiển thị một lần) / Create an ingestion token (shown once)',
      body: Type.Object({ system: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' }), reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), system: Type.String(), token: Type.String() }), ...errors },
    },
  }, async (request, reply) => {
    const actor = require(request);
    const created = await runInTransaction(deps.db, async (tx) => {
      const t = await createIngestToken(tx, deps.clock, request.body.system);
      await record(tx, request, actor, 'ingest.token_create', t.id, { system: request.body.system }, request.body.reason);
      return t;
    });
    return reply.status(201).send({ id: created.id, system: request.body.system, token: created.token });
  });

  app.post('/ingest-tokens/:id/revoke', {
    schema: {
      operationId: 'detectRevokeIngestToken',
      tags,
      security,
      summary: 'Thu hồi mã nạp nhật ký / Revoke an ingestion token',
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
      response: { 200: Token, ...errors },
    },
  }, async (request) => {
    const actor = require(request);
    const row = await runInTransaction(deps.db, async (tx) => {
      const [r] = await tx.update(ingestTokens).set({ revokedAt: deps.clock.now() }).where(and(eq(ingestTokens.id, request.params.id), isNull(ingestTokens.revokedAt))).returning();
      if (!r) return null;
      await record(tx, request, actor, 'ingest.token_revoke', r.id, { system: r.system }, request.body.reason);
      return r;
    });
    if (!row) throw new RuleSettingsErrors.TOKEN_NOT_FOUND();
    return { id: row.id, system: row.system, createdAt: row.createdAt.toISOString(), lastUsedAt: iso(row.lastUsedAt), revokedAt: iso(row.revokedAt) };
  });
};
