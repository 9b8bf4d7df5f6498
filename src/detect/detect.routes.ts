/**
 * Routes of the detection module (registered under `/api`): alerts (`/alerts`, list with filters, one with
 * its evidence, triage), monitoring (`/monitoring/summary`), the rule catalogue (`/detect/rules`) and the
 * rejected log lines (`/ingest/rejected`). All for staff holding a live security role, scoped to the unit
 * subtrees of their grants.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import type { Clock } from '../platform/clock.ts';
import type { AlertService } from './alerts.ts';
import { DetectErrors } from './detect.errors.ts';
import {
  AlertDetailResponse, AlertListQuery, AlertListResponse, ErrorResponse, IdParams, RejectedQuery, RejectedResponse,
  RulesResponse, SummaryQuery, SummaryResponse, TriageBody,
} from './detect.http-schemas.ts';
import { findAlert, listAlerts, listEvidence, listRejected, type AlertRow } from './detect.repo.ts';
import type { Detector } from './detector.ts';
import { buildMonitoringSummary } from './monitoring.ts';
import { presentAlert, presentEvidence } from './present-alert.ts';
import { canSee, requireSecurityScope, type SecurityScope } from './security-scope.ts';
import { triageAlert } from './triage.ts';
import type { FastifyRequest } from 'fastify';

/** What the routes need. */
export interface DetectRoutesOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly alerts: AlertService;
  readonly detector: Pick<Detector, 'rules'>;
  readonly suspendRules: ReadonlySet<string>;
  readonly unitTree: () => Promise<UnitTree>;
  readonly recorder: () => EventRecorder;
  /** Ingestion counters (lines accepted/rejected per channel). */
  readonly ingestCounters: () => Record<string, number>;
  readonly onEscalated?: (alert: AlertRow) => Promise<void> | void;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

/**
 * The detection routes.
 *
 * @param app - the encapsulated instance
 * @param opts - dependencies
 */
export const detectRoutes: FastifyPluginAsyncTypebox<DetectRoutesOptions> = async (app, opts) => {
  const scopeOf = async (request: FastifyRequest): Promise<SecurityScope> =>
    requireSecurityScope(request.ctx.actor, await opts.unitTree(), opts.clock.now());

  app.get(
    '/alerts',
    { schema: { tags: ['detect'], summary: 'Danh sách cảnh báo / List alerts', querystring: AlertListQuery, response: { 200: AlertListResponse, ...errors } } },
    async (request) => {
      const scope = await scopeOf(request);
      const q = request.query;
      const from = q.from ? new Date(q.from) : undefined;
      const to = q.to ? new Date(q.to) : undefined;
      if (from && to && from.getTime() > to.getTime()) throw new DetectErrors.BAD_RANGE();
      const now = opts.clock.now();
      const { rows, total } = await listAlerts(
        opts.db,
        {
          scope: { units: scope.units, includeUnitless: scope.includeUnitless },
          status: q.status, severity: q.severity, ruleId: q.ruleId, accountId: q.accountId, unitId: q.unitId, from, to,
          overdueAt: q.overdue ? now : undefined,
        },
        q.limit,
        q.offset,
      );
      return { total, items: rows.map((r) => presentAlert(r, now)) };
    },
  );

  app.get(
    '/alerts/:id',
    { schema: { tags: ['detect'], summary: 'Cảnh báo và bằng chứng / Alert with evidence', params: IdParams, response: { 200: AlertDetailResponse, 404: ErrorResponse, ...errors } } },
    async (request) => {
      const scope = await scopeOf(request);
      const alert = await findAlert(opts.db, request.params.id);
      if (!alert || !canSee(scope, alert.unitId)) throw new DetectErrors.ALERT_NOT_FOUND();
      const evidence = await listEvidence(opts.db, alert.id);
      return { alert: presentAlert(alert, opts.clock.now()), evidence: evidence.map(presentEvidence) };
    },
  );

  app.post(
    '/alerts/:id/triage',
    {
      schema: {
        tags: ['detect'],
        summary: 'Xử lý cảnh báo / Triage an alert',
        params: IdParams,
        body: TriageBody,
        response: { 200: AlertDetailResponse, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      const updated = await triageAlert(
        { db: opts.db, clock: opts.clock, recorder: opts.recorder, alerts: opts.alerts, onEscalated: opts.onEscalated },
        scope,
        request.params.id,
        request.body.status,
        request.body.reason ?? null,
        { requestId: request.id, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      );
      const evidence = await listEvidence(opts.db, updated.id);
      return { alert: presentAlert(updated, opts.clock.now()), evidence: evidence.map(presentEvidence) };
    },
  );

  app.get(
    '/monitoring/summary',
    { schema: { tags: ['detect'], summary: 'Số liệu giám sát / Monitoring summary', querystring: SummaryQuery, response: { 200: SummaryResponse, ...errors } } },
    async (request) => {
      const scope = await scopeOf(request);
      const now = opts.clock.now();
      const to = request.query.to ? new Date(request.query.to) : now;
      const span = request.query.bucket === 'day' ? 30 * 86_400_000 : 86_400_000;
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - span);
      if (from.getTime() >= to.getTime() || to.getTime() - from.getTime() > 366 * 86_400_000) throw new DetectErrors.BAD_RANGE();
      if (request.query.bucket === 'hour' && to.getTime() - from.getTime() > 31 * 86_400_000) throw new DetectErrors.BAD_RANGE();
      return buildMonitoringSummary(opts.db, { units: scope.units, includeUnitless: scope.includeUnitless }, { from, to, bucket: request.query.bucket }, now);
    },
  );

  app.get(
    '/detect/rules',
    { schema: { tags: ['detect'], summary: 'Danh mục quy tắc phát hiện / Detection rules', response: { 200: RulesResponse, ...errors } } },
    async (request) => {
      await scopeOf(request);
      return opts.detector.rules.map(({ rule, params }) => ({
        id: rule.id,
        name: rule.name,
        description: rule.description,
        severity: rule.severity,
        attack: rule.attack,
        suspends: opts.suspendRules.has(rule.id),
        params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])) as Record<string, number | string | boolean | string[]>,
      }));
    },
  );

  app.get(
    '/ingest/rejected',
    { schema: { tags: ['detect'], summary: 'Dòng nhật ký bị từ chối / Rejected log lines', querystring: RejectedQuery, response: { 200: RejectedResponse, ...errors } } },
    async (request) => {
      const scope = await scopeOf(request);
      // Raw lines of other systems may name any account: only holders of a grant on the tree root see them.
      if (scope.units !== null) throw new ActorErrors.FORBIDDEN();
      const q = request.query;
      const out = await listRejected(opts.db, { limit: q.limit, offset: q.offset, reason: q.reason, channel: q.channel });
      return {
        total: out.total,
        byReason: out.byReason,
        counters: opts.ingestCounters(),
        items: out.rows.map((r) => ({ id: r.id, receivedAt: r.receivedAt.toISOString(), channel: r.channel, source: r.source, reason: r.reason, line: r.line })),
      };
    },
  );
};
