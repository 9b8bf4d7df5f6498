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
import { buildDashboard, type DashboardPeriod, type DashboardPorts } from './dashboard.ts';
import { DetectErrors } from './detect.errors.ts';
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
  period: Type.Object({ from: Type.String(), to: Type.String(), bucket: Type.Union([Type.Literal('hour'), Type.Literal('day')]) }),
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
 * The period asked for, as the monitoring summary reads it (same limits, same error).
 *
 * @param from - optional start
 * @param to - optional end (default now)
 * @param bucket - hour or day
 * @param now - reference time
 * @returns the period
 * @throws KHIEN_DETECT_BAD_RANGE when empty, reversed, or longer than 31 days by hour or 366 days by day
 */
function periodOf(from: string | undefined, to: string | undefined, bucket: 'hour' | 'day', now: Date): DashboardPeriod {
  const end = to ? new Date(to) : now;
  const start = from ? new Date(from) : new Date(end.getTime() - (bucket === 'day' ? 30 : 1) * 86_400_000);
  const span = end.getTime() - start.getTime();
  if (span <= 0 || span > (bucket === 'day' ? 366 : 31) * 86_400_000) throw new DetectErrors.BAD_RANGE();
  return { from: start, to: end, bucket };
}

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
        querystring: Type.Object({
          from: Type.Optional(Type.String({ format: 'date-time', description: 'Start of the period (default: 24 hours, or 30 days by day, before `to`)' })),
          to: Type.Optional(Type.String({ format: 'date-time', description: 'End of the period (default: now)' })),
          bucket: Type.Optional(Type.Union([Type.Literal('hour'), Type.Literal('day')], { description: 'Reads per hour (at most 31 days) or per day (at most 366 days)' })),
          lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
        }),
        response: { 200: DashboardResponse, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const now = opts.clock.now();
      const scope = requireSecurityScope(request.ctx.actor, await opts.unitTree(), now);
      const { from, to, bucket } = request.query;
      const period = from || to || bucket ? periodOf(from, to, bucket ?? 'hour', now) : undefined;
      return buildDashboard(opts.db, opts.ports, { units: scope.units, includeUnitless: scope.includeUnitless }, now, period);
    },
  );
};
