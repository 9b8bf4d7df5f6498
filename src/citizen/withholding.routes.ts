/**
 * Withholding decisions under `/api/citizen/withholdings` (central security admin, auditor): hide accesses
 * made for an inspection or investigation from the citizen view until a date.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import {
  CreateWithholdingBody,
  ErrorBody,
  ListWithholdingsQuery,
  Withholding,
  WithholdingParams,
} from './citizen.http-schemas.ts';
import {
  createWithholding,
  liftWithholdingDecision,
  listWithholdingDecisions,
  presentWithholding,
  requireWithholdingRole,
} from './withholding-admin.ts';

/** Options of {@link withholdingRoutes}. */
export interface WithholdingRoutesOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
}

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Registers the withholding routes (prefix `/api/citizen/withholdings`). */
export const withholdingRoutes: FastifyPluginAsyncTypebox<WithholdingRoutesOptions> = async (app, opts) => {
  const deps = () => ({ db: opts.db, clock: opts.clock, recorder: opts.recorder() });

  app.post(
    '/',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Withhold accesses from the citizen view until a date (by subject and/or purpose)',
        body: CreateWithholdingBody,
        response: { 201: Withholding, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireWithholdingRole(request.ctx.actor, opts.clock.now());
      const row = await createWithholding(deps(), actor, request.body, request.ctx.requestId);
      return reply.status(201).send(presentWithholding(row));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['citizen'],
        summary: 'List withholding decisions',
        querystring: ListWithholdingsQuery,
        response: { 200: Type.Object({ items: Type.Array(Withholding) }), ...errors },
      },
    },
    async (request) => {
      requireWithholdingRole(request.ctx.actor, opts.clock.now());
      const rows = await listWithholdingDecisions(deps(), { subjectPersonId: request.query.subjectPersonId, limit: request.query.limit });
      return { items: rows.map(presentWithholding) };
    },
  );

  app.post(
    '/:id/lift',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Lift a withholding decision before its date',
        params: WithholdingParams,
        response: { 200: Withholding, ...errors },
      },
    },
    async (request) => {
      const actor = requireWithholdingRole(request.ctx.actor, opts.clock.now());
      return presentWithholding(await liftWithholdingDecision(deps(), actor, request.params.id, request.ctx.requestId));
    },
  );
};
