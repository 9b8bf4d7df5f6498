/**
 * `/api/cases/:id/breach…`: the personal-data breach workflow — mark, Form 08 content, Form 08 as JSON and
 * PDF, submission to A05, notices to data subjects — and the Form 08 JSON Schema.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Form08DetailsSchema, Form08Schema } from './form-08.ts';
import { actingOf, type RespondRouteOptions } from './case.routes.ts';
import {
  CaseParams,
  ClockSchema,
  ERRORS,
  MarkBreachBody,
  NoticeParams,
  NoticeUpdateBody,
  NoticesBody,
  SubmissionBody,
} from './respond.route-schemas.ts';

const tags = ['respond', 'breach'];

/** Registers the breach routes (prefix `/api/cases`). */
export const breachRoutes: FastifyPluginAsyncTypebox<RespondRouteOptions> = async (app, opts) => {
  const { module: m, clock } = opts;

  app.get(
    '/schemas/form-08.json',
    { schema: { tags, summary: 'JSON Schema of the Form 08 document', response: { 200: Type.Unknown() } } },
    async () => Form08Schema,
  );

  app.post(
    '/:id/breach',
    { schema: { tags, summary: 'Mark as a personal-data breach (starts the 72-hour clock)', params: CaseParams, body: MarkBreachBody, response: { 200: ClockSchema, ...ERRORS } } },
    async (request) => {
      const d = request.body.detectedAt;
      return m.breach.markBreach(actingOf(request, clock), request.params.id, { detectedAt: d ? new Date(d) : undefined });
    },
  );

  app.put(
    '/:id/breach/details',
    { schema: { tags, summary: 'Enter Form 08 content (merged)', params: CaseParams, body: Form08DetailsSchema, response: { 200: Form08DetailsSchema, ...ERRORS } } },
    async (request) => m.breach.updateDetails(actingOf(request, clock), request.params.id, request.body),
  );

  app.get(
    '/:id/breach/details',
    { schema: { tags, summary: 'Form 08 content entered so far', params: CaseParams, response: { 200: Form08DetailsSchema, ...ERRORS } } },
    async (request) => m.breach.getDetails(actingOf(request, clock), request.params.id),
  );

  app.get(
    '/:id/breach/form-08.json',
    { schema: { tags, summary: 'Form 08 (Decree 356/2025) as JSON', params: CaseParams, response: { 200: Form08Schema, ...ERRORS } } },
    async (request) => m.breach.form08(actingOf(request, clock), request.params.id),
  );

  app.get(
    '/:id/breach/form-08.pdf',
    {
      schema: {
        tags,
        summary: 'Form 08 (Decree 356/2025) as PDF (`inline=true`: shown in the page, for the console\'s preview)',
        params: CaseParams,
        querystring: Type.Object({ inline: Type.Optional(Type.Boolean()), lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) }),
        response: { 200: Type.Unknown(), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await m.breach.form08Pdf(actingOf(request, clock), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `${request.query.inline ? 'inline' : 'attachment'}; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/:id/breach/submission',
    { schema: { tags, summary: 'Record the submission to A05 (stops the clock)', params: CaseParams, body: SubmissionBody, response: { 200: ClockSchema, ...ERRORS } } },
    async (request) => {
      const b = request.body;
      return m.breach.recordSubmission(actingOf(request, clock), request.params.id, {
        channel: b.channel,
        reference: b.reference,
        submittedAt: b.submittedAt ? new Date(b.submittedAt) : undefined,
      });
    },
  );

  app.post(
    '/:id/breach/notices',
    { schema: { tags, summary: 'Create notices to affected persons', params: CaseParams, body: NoticesBody, response: { 201: Type.Object({ added: Type.Integer() }), ...ERRORS } } },
    async (request, reply) => reply.status(201).send(await m.breach.addNotices(actingOf(request, clock), request.params.id, request.body)),
  );

  app.patch(
    '/:id/breach/notices/:noticeId',
    { schema: { tags, summary: 'Record the outcome of a notice', params: NoticeParams, body: NoticeUpdateBody, response: { 200: Type.Object({ ok: Type.Literal(true) }), ...ERRORS } } },
    async (request) => {
      await m.breach.updateNotice(actingOf(request, clock), request.params.id, request.params.noticeId, request.body);
      return { ok: true as const };
    },
  );
};
