/**
 * `/health`: the database answers and every committed migration is applied.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { checkDatabase, type DbHandle } from '../db/client.ts';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({
    kind: Type.Union([Type.Literal('postgres'), Type.Literal('pglite')]),
    reachable: Type.Boolean(),
    migrationsApplied: Type.Integer(),
    migrationsExpected: Type.Integer(),
  }),
  time: Type.String(),
});

/** Registers `/health`. */
export const healthRoutes: FastifyPluginAsync<{ database: DbHandle }> = async (app, opts) => {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Liveness and database state', response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const state = await checkDatabase(opts.database.db);
      const ok = state.reachable && state.applied >= state.expected;
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: {
          kind: opts.database.kind,
          reachable: state.reachable,
          migrationsApplied: state.applied,
          migrationsExpected: state.expected,
        },
        time: new Date().toISOString(),
      });
    },
  );
};
