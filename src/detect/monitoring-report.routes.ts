/**
 * The monitoring report of a unit and period (`GET /api/security/monitoring-report`, and `.pdf`): for the
 * unit's security officer and head (their subtree) and the central team (any unit). Downloading the PDF is
 * recorded (`monitoring_report.export`).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Database } from '../db/client.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { DetectErrors } from './detect.errors.ts';
import { ErrorResponse, SeveritySchema } from './detect.http-schemas.ts';
import { buildMonitoringReport, reportScope } from './monitoring-report.ts';
import { renderMonitoringReportPdf } from './monitoring-report-pdf.ts';

/** What the routes need. */
export interface MonitoringReportRoutesOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly unitTree: () => Promise<UnitTree>;
  readonly recorder: () => EventRecorder;
  readonly usernames: (ids: readonly string[]) => Promise<Map<string, string>>;
}

const Counts = Type.Record(Type.String(), Type.Integer());

/** Query: unit and period (default: this month so far, Vietnam time). */
export const ReportQuery = Type.Object({
  unitId: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Z0-9-]+$' }),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
});

/** The report. */
export const ReportResponse = Type.Object({
  unit: Type.Object({ id: Type.String(), name: Type.String() }),
  from: Type.String(),
  to: Type.String(),
  generatedAt: Type.String(),
  alerts: Type.Object({ total: Type.Integer(), bySeverity: Counts, byStatus: Counts }),
  verified: Type.Object({ total: Type.Integer(), byConclusion: Counts, unverified: Type.Integer() }),
  abnormalAccounts: Type.Object({
    total: Type.Integer(),
    top: Type.Array(
      Type.Object({ accountId: Type.String(), username: Type.Union([Type.String(), Type.Null()]), unitId: Type.Union([Type.String(), Type.Null()]), alerts: Type.Integer(), highest: SeveritySchema }),
    ),
  }),
  overdueReviews: Type.Object({ total: Type.Integer(), stillOpen: Type.Integer(), lateTriaged: Type.Integer() }),
  suspensions: Type.Object({ total: Type.Integer(), byStatus: Counts }),
});

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

/** Start of the current month in Vietnam (UTC+7) as an instant. */
function monthStart(now: Date): Date {
  const vn = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), 1) - 7 * 3_600_000);
}

/**
 * The report routes.
 *
 * @param app - the encapsulated instance
 * @param opts - dependencies
 */
export const monitoringReportRoutes: FastifyPluginAsyncTypebox<MonitoringReportRoutesOptions> = async (app, opts) => {
  const build = async (actor: Parameters<typeof reportScope>[0], q: { unitId: string; from?: string; to?: string }) => {
    const now = opts.clock.now();
    const tree = await opts.unitTree();
    const scope = reportScope(actor, tree, now);
    if (!tree.has(q.unitId) || (scope.units !== null && !scope.units.has(q.unitId))) throw new DetectErrors.UNIT_NOT_FOUND();
    const to = q.to ? new Date(q.to) : now;
    const from = q.from ? new Date(q.from) : monthStart(now);
    if (from.getTime() >= to.getTime() || to.getTime() - from.getTime() > 366 * 86_400_000) throw new DetectErrors.BAD_RANGE();
    return { scope, report: await buildMonitoringReport(opts.db, tree, q.unitId, from, to, now, opts.usernames) };
  };

  app.get(
    '/security/monitoring-report',
    { schema: { tags: ['detect'], security: [{ session: [] }], summary: 'Báo cáo giám sát của đơn vị / Unit monitoring report', querystring: ReportQuery, response: { 200: ReportResponse, ...errors } } },
    async (request) => (await build(request.ctx.actor, request.query)).report,
  );

  app.get(
    '/security/monitoring-report.pdf',
    { schema: { tags: ['detect'], security: [{ session: [] }], summary: 'Báo cáo giám sát (PDF) / Unit monitoring report (PDF)', querystring: ReportQuery, response: { 200: Type.Unknown(), ...errors } } },
    async (request, reply) => {
      const { scope, report } = await build(request.ctx.actor, request.query);
      const pdf = await renderMonitoringReportPdf(report);
      const a = scope.actor;
      const event: AdminEvent = {
        id: newId(),
        kind: 'admin',
        time: report.generatedAt,
        requestId: request.id,
        source: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, deviceId: a.deviceId, deviceRegistered: a.deviceRegistered, system: 'khien' },
        actor: { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: a.roles.map((r) => r.role), sessionId: a.sessionId },
        action: 'monitoring_report.export',
        target: { type: 'unit', id: report.unit.id },
        after: { from: report.from, to: report.to, alerts: report.alerts.total },
        reason: null,
        outcome: 'success',
      };
      await opts.recorder().record(event);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="bao-cao-giam-sat-${report.unit.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
