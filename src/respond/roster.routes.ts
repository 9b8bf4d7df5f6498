/**
 * `/api/respond`: the duty roster, "who is on duty for unit X now", the central team's notifications and the
 * STIX export for the national SOC.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { listNotifications } from './respond.repo.ts';
import { presentNotification } from './case-presenter.ts';
import { isCentralSecurity } from './responder-scope.ts';
import { exportStix, sendCefToSoc } from './soc-export.ts';
import { actingOf, type RespondRouteOptions } from './case.routes.ts';
import { DutyBody, DutyQuery, DutySchema, ERRORS, ErrorSchema, OnDutyQuery, OnDutySchema, StixQuery } from './respond.route-schemas.ts';
import { RespondErrors } from './respond.errors.ts';

const tags = ['respond'];

/** Registers the roster, notification and SOC routes (prefix `/api/respond`). */
export const rosterRoutes: FastifyPluginAsyncTypebox<RespondRouteOptions> = async (app, opts) => {
  const { module: m, clock } = opts;

  app.get(
    '/roster',
    { schema: { tags, summary: 'Duty windows in my scope', querystring: DutyQuery, response: { 200: Type.Array(DutySchema), ...ERRORS } } },
    async (request) => {
      const q = request.query;
      return m.roster.listDuties(actingOf(request, clock), { unitId: q.unitId, from: new Date(q.from), to: new Date(q.to) });
    },
  );

  app.post(
    '/roster',
    { schema: { tags, summary: 'Add a duty window', body: DutyBody, response: { 201: DutySchema, ...ERRORS } } },
    async (request, reply) => {
      const b = request.body;
      const out = await m.roster.addDuty(actingOf(request, clock), {
        unitId: b.unitId,
        accountId: b.accountId,
        startsAt: new Date(b.startsAt),
        endsAt: new Date(b.endsAt),
        primary: b.primary,
      });
      return reply.status(201).send(out);
    },
  );

  app.delete(
    '/roster/:dutyId',
    { schema: { tags, summary: 'Remove a duty window', params: Type.Object({ dutyId: Type.String({ format: 'uuid' }) }), response: { 200: Type.Object({ ok: Type.Literal(true) }), ...ERRORS } } },
    async (request) => {
      await m.roster.removeDuty(actingOf(request, clock), request.params.dutyId);
      return { ok: true as const };
    },
  );

  app.get(
    '/on-duty',
    { schema: { tags, summary: 'Who is on duty for a unit now', querystring: OnDutyQuery, response: { 200: OnDutySchema, ...ERRORS } } },
    async (request) => {
      const out = await m.roster.onDuty(actingOf(request, clock), request.query.unitId);
      return out.map((o) => ({ ...o, endsAt: o.endsAt.toISOString() }));
    },
  );

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications (central team: escalations and unassigned cases)',
        response: {
          200: Type.Array(Type.Object({ id: Type.String(), caseId: Type.Union([Type.String(), Type.Null()]), kind: Type.String(), message: Type.String(), createdAt: Type.String() })),
          ...ERRORS,
        },
      },
    },
    async (request) => {
      const acting = actingOf(request, clock);
      const actor = acting.actor!;
      const rows = isCentralSecurity(actor, clock.now())
        ? await listNotifications(m.deps.db, 'central_security', 100)
        : await listNotifications(m.deps.db, 'assignee', 100, actor.accountId);
      return rows.map(presentNotification);
    },
  );

  app.get(
    '/stix',
    { schema: { tags, summary: 'STIX 2.1 bundle of incidents and alerts (central team)', querystring: StixQuery, response: { 200: Type.Unknown(), ...ERRORS } } },
    async (request) => {
      const acting = actingOf(request, clock);
      if (!isCentralSecurity(acting.actor!, clock.now())) throw new RespondErrors.CENTRAL_ONLY();
      // The period is half-open [since, until); without `until` it includes everything up to now.
      const until = request.query.until ? new Date(request.query.until) : new Date(clock.now().getTime() + 1);
      return exportStix(m.deps.db, { since: new Date(request.query.since), until });
    },
  );

  app.post(
    '/soc/send',
    {
      schema: {
        tags,
        summary: 'Send incidents and alerts to the national SOC as CEF over syslog (central team)',
        body: Type.Object({ since: Type.String({ format: 'date-time' }), transport: Type.Optional(Type.Union([Type.Literal('tcp'), Type.Literal('udp')])) }, { additionalProperties: false }),
        response: { 200: Type.Object({ cases: Type.Integer(), alerts: Type.Integer() }), ...ERRORS, 502: ErrorSchema },
      },
    },
    async (request) => {
      const acting = actingOf(request, clock);
      if (!isCentralSecurity(acting.actor!, clock.now())) throw new RespondErrors.CENTRAL_ONLY();
      return sendCefToSoc(m.deps.db, opts.socSyslogTarget, request.body.transport ?? 'tcp', { since: new Date(request.body.since), until: new Date(clock.now().getTime() + 1) });
    },
  );
};
