/**
 * `GET /api/security/dashboard`: the security dashboard's figures that the monitoring summary lacks (reads per
 * hour against the usual curve, auto-suspensions, ingestion sources, cases by state, running breach clocks),
 * for a security officer's unit subtree or, for the central team, the whole agency.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { UnitTree } from '../org/unit-tree.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../db/client.ts';
import { buildDashboard, type DashboardPorts } from './dashboard.ts';
import { ErrorResponse } from './detect.http-schemas.ts';
import { requireSecurityScope } from './security-scope.ts';

/** What the route needs. */
export interface DashboardRoutesOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly unitTree: () => Promise<UnitTree>;
  readonly ports: DashboardPorts;
}

const Counts = Type.Record(Type.String(), Type.Integer());

/** The dashboard figures. */
export const DashboardResponse = Type.Object({
  generatedAt: Type.String(),
  reads: Type.Object({ hours: Type.Array(Type.Object({ start: Type.String(), reads: Type.Integer(), usual: Type.Number() })) }),
  suspensions: Type.Object({
    total: Type.Integer(),
    byStatus: Counts,
    recent: Type.Array(
      Type.Object({
        alertId: Type.String(),
        ruleId: Type.String(),
        accountId: Type.Union([Type.String(), Type.Null()]),
        unitId: Type.Union([Type.String(), Type.Null()]),
        status: Type.String(),
        at: Type.String(),
      }),
    ),
  }),
  sources: Type.Array(Type.Object({ system: Type.String(), lastEventAt: Type.Union([Type.String(), Type.Null()]), silent: Type.Boolean(), revoked: Type.Boolean() })),
  cases: Counts,
  breaches: Type.Array(
    Type.Object({
      caseId: Type.String(),
      reference: Type.String(),
      unitId: Type.String(),
      detectedAt: Type.String(),
      deadlineAt: Type.String(),
      remainingMs: Type.Integer(),
      overdue: Type.Boolean(),
    }),
  ),
});

/**
 * The dashboard route.
 *
 * @param app - the encapsulated instance
 * @param opts - dependencies
 */
export const dashboardRoutes: FastifyPluginAsyncTypebox<DashboardRoutesOptions> = async (app, opts) => {
  app.get(
    '/security/dashboard',
    {
      schema: {
        tags: ['detect'],
        summary: 'Bảng điều khiển an ninh / Security dashboard figures',
        security: [{ session: [] }],
        querystring: Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) }),
        response: { 200: DashboardResponse, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const now = opts.clock.now();
      const scope = requireSecurityScope(request.ctx.actor, await opts.unitTree(), now);
      return buildDashboard(opts.db, opts.ports, { units: scope.units, includeUnitless: scope.includeUnitless }, now);
    },
  );
};
