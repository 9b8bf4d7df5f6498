/**
 * Routes of an officer's work on an alert (registered under `/api`): the alert's account context and case,
 * the unit's verification report back to the IT Centre, and the list of reports (the central team sees every
 * unit's). Same scoping as the alert routes: a security grant's unit subtree, out of scope = not found.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import type { EventRecorder } from '../events/types.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import type { Clock } from '../platform/clock.ts';
import { pageVerifications, listVerifications, reportVerification, requireVisibleAlert, type AlertWorkPorts } from './alert-work.ts';
import {
  AlertContextResponse, ContextQuery, VerificationBody, VerificationListQuery, VerificationListResponse, VerificationSchema,
} from './alert-work.http-schemas.ts';
import { ErrorResponse, IdParams } from './detect.http-schemas.ts';
import { listAlerts } from './detect.repo.ts';
import { requireSecurityScope, type SecurityScope } from './security-scope.ts';

/** What the routes need. */
export interface AlertWorkRoutesOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly unitTree: () => Promise<UnitTree>;
  readonly recorder: () => EventRecorder;
  readonly ports: AlertWorkPorts;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const tags = ['detect'];

/**
 * The alert work routes.
 *
 * @param app - the encapsulated instance
 * @param opts - dependencies
 */
export const alertWorkRoutes: FastifyPluginAsyncTypebox<AlertWorkRoutesOptions> = async (app, opts) => {
  const scopeOf = async (request: FastifyRequest): Promise<SecurityScope> =>
    requireSecurityScope(request.ctx.actor, await opts.unitTree(), opts.clock.now());

  app.get(
    '/alerts/:id/context',
    {
      schema: {
        tags,
        summary: 'Bối cảnh tài khoản của cảnh báo / Account context of an alert',
        params: IdParams,
        querystring: ContextQuery,
        response: { 200: AlertContextResponse, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      const alert = await requireVisibleAlert(opts.db, scope, request.params.id);
      const now = opts.clock.now();
      const ctx = alert.accountId ? await opts.ports.accountContext(alert.accountId, now) : { account: null, recentActivity: [], assignments: [], devices: [] };
      const others = alert.accountId
        ? (await listAlerts(opts.db, { scope: { units: scope.units, includeUnitless: scope.includeUnitless }, accountId: alert.accountId }, 20, 0)).rows.filter((a) => a.id !== alert.id)
        : [];
      return {
        caseId: (await opts.ports.caseOfAlert(alert.id))?.caseId ?? null,
        ...ctx,
        otherAlerts: others.map((a) => ({ id: a.id, ruleId: a.ruleId, severity: a.severity, status: a.status, createdAt: a.createdAt.toISOString() })),
        verifications: await listVerifications(opts.db, alert.id),
      };
    },
  );

  app.post(
    '/alerts/:id/verification',
    {
      schema: {
        tags,
        summary: 'Báo cáo xác minh cảnh báo / Report the verification of an alert',
        params: IdParams,
        body: VerificationBody,
        response: { 201: VerificationSchema, 404: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const scope = await scopeOf(request);
      const out = await reportVerification({ db: opts.db, clock: opts.clock, recorder: opts.recorder }, scope, request.params.id, request.body, {
        requestId: request.id,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/alert-verifications',
    {
      schema: {
        tags,
        summary: 'Báo cáo xác minh của các đơn vị / Units\u2019 verification reports',
        security: [{ session: [] }],
        querystring: VerificationListQuery,
        response: { 200: VerificationListResponse, ...errors },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      const q = request.query;
      return pageVerifications(opts.db, { units: scope.units, includeUnitless: scope.includeUnitless }, { unitId: q.unitId, conclusion: q.conclusion, limit: q.limit, offset: q.offset });
    },
  );
};
