/**
 * `/api/cases`: cases and incidents, tasks, notes, observables and containment. Handlers only read validated
 * input, call one service function and return its presented output (STYLE.md rule 6).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../platform/clock.ts';
import { requireResponder } from './responder-scope.ts';
import type { RespondModule } from './respond.module.ts';
import type { Acting } from './respond.types.ts';
import {
  CaseDetailSchema,
  CaseParams,
  CaseSummarySchema,
  ContainBody,
  ERRORS,
  ErrorSchema,
  CountQuery,
  ListQuery,
  NoteBody,
  ObservableBody,
  OpenCaseBody,
  TaskBody,
  TaskParams,
  UpdateCaseBody,
  UpdateTaskBody,
} from './respond.route-schemas.ts';

/** Options of the respond route plugins. */
export interface RespondRouteOptions {
  readonly module: RespondModule;
  readonly clock: Clock;
  /** `host:port` of the national SOC collector (config `socSyslogTarget`). */
  readonly socSyslogTarget?: string;
}

/**
 * The acting responder of a request (401 without an actor, 403 for anyone not a responder).
 *
 * @param request - the request
 * @param clock - the clock
 * @returns the acting party
 */
export function actingOf(request: FastifyRequest, clock: Clock): Acting {
  const actor = requireResponder(request.ctx.actor, clock.now());
  return { actor, requestId: request.id, ip: request.ip, userAgent: request.ctx.userAgent };
}

const tags = ['respond'];
const Ok = Type.Object({ ok: Type.Literal(true) });

/** Registers the case routes (prefix `/api/cases`). */
export const caseRoutes: FastifyPluginAsyncTypebox<RespondRouteOptions> = async (app, opts) => {
  const { module: m, clock } = opts;
  const date = (s: string | undefined): Date | undefined => (s === undefined ? undefined : new Date(s));

  app.get(
    '/',
    { schema: { tags, summary: 'Cases in my scope', querystring: ListQuery, response: { 200: Type.Array(CaseSummarySchema), ...ERRORS } } },
    async (request) => {
      const { status, breach, limit, offset } = request.query;
      return m.cases.listCases(actingOf(request, clock), { status, breach, limit, offset });
    },
  );

  app.get(
    '/count',
    { schema: { tags, summary: 'How many cases in my scope match the filter / Số vụ việc', querystring: CountQuery, response: { 200: Type.Object({ total: Type.Integer() }), ...ERRORS } } },
    async (request) => {
      const { status, breach } = request.query;
      return { total: await m.cases.countCases(actingOf(request, clock), { status, breach }) };
    },
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Open a case by hand', body: OpenCaseBody, response: { 201: CaseSummarySchema, ...ERRORS } } },
    async (request, reply) => {
      const b = request.body;
      const out = await m.cases.openCase(actingOf(request, clock), {
        title: b.title,
        description: b.description ?? null,
        severity: b.severity,
        unitId: b.unitId,
        detectedAt: date(b.detectedAt),
        assigneeAccountId: b.assigneeAccountId,
        exercise: b.exercise,
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'A case with tasks, observables, timeline and breach clock', params: CaseParams, response: { 200: CaseDetailSchema, ...ERRORS } } },
    async (request) => m.cases.getCase(actingOf(request, clock), request.params.id),
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Change status, severity, title or assignee', params: CaseParams, body: UpdateCaseBody, response: { 200: CaseSummarySchema, ...ERRORS } } },
    async (request) => m.cases.updateCase(actingOf(request, clock), request.params.id, request.body),
  );

  app.delete(
    '/:id',
    { schema: { tags, summary: 'Delete a case (refused during breach-record retention)', params: CaseParams, response: { 200: Ok, ...ERRORS } } },
    async (request) => {
      await m.cases.deleteCase(actingOf(request, clock), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/:id/notes',
    { schema: { tags, summary: 'Add a note to the timeline', params: CaseParams, body: NoteBody, response: { 201: Ok, ...ERRORS } } },
    async (request, reply) => {
      await m.cases.addNote(actingOf(request, clock), request.params.id, request.body.text);
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.post(
    '/:id/tasks',
    { schema: { tags, summary: 'Add a task', params: CaseParams, body: TaskBody, response: { 201: Type.Object({ id: Type.String() }), ...ERRORS } } },
    async (request, reply) => {
      const b = request.body;
      const out = await m.cases.addTask(actingOf(request, clock), request.params.id, {
        title: b.title,
        assigneeAccountId: b.assigneeAccountId,
        dueAt: date(b.dueAt) ?? null,
      });
      return reply.status(201).send(out);
    },
  );

  app.patch(
    '/:id/tasks/:taskId',
    { schema: { tags, summary: 'Change a task', params: TaskParams, body: UpdateTaskBody, response: { 200: Ok, ...ERRORS } } },
    async (request) => {
      await m.cases.updateTask(actingOf(request, clock), request.params.id, request.params.taskId, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/:id/observables',
    { schema: { tags, summary: 'Add an observable', params: CaseParams, body: ObservableBody, response: { 201: Type.Object({ added: Type.Boolean() }), ...ERRORS } } },
    async (request, reply) => reply.status(201).send(await m.cases.addObservable(actingOf(request, clock), request.params.id, request.body)),
  );

  app.post(
    '/:id/containment',
    {
      schema: {
        tags,
        summary: 'Contain: suspend account, revoke device, end assignment, block address',
        params: CaseParams,
        body: ContainBody,
        response: { 200: Type.Object({ action: Type.String(), targetId: Type.String() }), ...ERRORS, 502: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (request) => {
      const b = request.body;
      return m.containment.contain(actingOf(request, clock), request.params.id, {
        action: b.action,
        targetId: b.targetId,
        reason: b.reason,
        until: date(b.until) ?? null,
      });
    },
  );
};
