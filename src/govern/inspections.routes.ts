/**
 * `/api/govern/inspections`, `/api/govern/findings`, `/api/govern/violations` and
 * `/api/govern/accountability`: the inspection plan and findings with follow-up, the violation register,
 * and a unit's accountability figures.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actingOf, type GovernRouteOptions } from './systems.routes.ts';
import { Day, ERRORS, IdParams, NullableDay, NullableString, NullableTime, PageQuery, SECURITY, TAGS, Uuid, lit } from './govern.route-schemas.ts';

const InspectionSchema = Type.Object({ id: Uuid, year: Type.Integer(), unitId: Type.String(), plannedOn: Day, doneOn: NullableDay, leadInspector: Type.String(), summary: NullableString });
const FindingSchema = Type.Object({
  id: Uuid,
  inspectionId: Uuid,
  unitId: Type.String(),
  description: Type.String(),
  technical: Type.Boolean(),
  ownerStaffId: Uuid,
  deadline: Day,
  status: lit(['open', 'in_progress', 'closed'] as const),
  overdue: Type.Boolean(),
  followUps: Type.Array(Type.Object({ at: Type.String(), by: Type.String(), note: Type.String() })),
  closedAt: NullableTime,
});
const ViolationSchema = Type.Object({ id: Uuid, unitId: Type.String(), staffId: Uuid, staffNo: Type.String(), fullName: Type.String(), source: Type.String(), sourceRef: Type.String(), description: Type.String(), occurredOn: Day, measures: Type.String() });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Count = Type.Integer();

/** Registers the routes (prefix `/api/govern`). */
export const inspectionRoutes: FastifyPluginAsyncTypebox<GovernRouteOptions> = async (app, opts) => {
  const m = opts.module;
  const base = { tags: TAGS, security: SECURITY };

  app.get('/inspections', {
    schema: { ...base, operationId: 'governListInspections', summary: 'The year’s inspection plan / Kế hoạch kiểm tra', querystring: Type.Object({ year: Type.Integer({ minimum: 2020, maximum: 2100 }), unitId: Type.Optional(Type.String()), ...PageQuery }), response: { 200: Type.Array(InspectionSchema), ...ERRORS } },
  }, async (request) => m.inspections.list(actingOf(request), request.query.year, request.query.unitId, { limit: request.query.limit, offset: request.query.offset }));

  app.post('/inspections', {
    schema: { ...base, operationId: 'governPlanInspection', summary: 'Plan an inspection visit (central team) / Lập kế hoạch kiểm tra', body: Type.Object({ year: Type.Integer({ minimum: 2020, maximum: 2100 }), unitId: Type.String(), plannedOn: Day, leadInspector: Text(200) }, { additionalProperties: false }), response: { 201: InspectionSchema, ...ERRORS } },
  }, async (request, reply) => reply.status(201).send(await m.inspections.plan(actingOf(request), request.body)));

  app.post('/inspections/:id/visit', {
    schema: { ...base, operationId: 'governRecordInspectionVisit', summary: 'Record the visit / Ghi nhận kết quả kiểm tra', params: IdParams, body: Type.Object({ doneOn: Day, summary: Text(4000) }, { additionalProperties: false }), response: { 200: InspectionSchema, ...ERRORS } },
  }, async (request) => m.inspections.recordVisit(actingOf(request), request.params.id, request.body));

  app.post('/inspections/:id/findings', {
    schema: { ...base, operationId: 'governAddFinding', summary: 'Add a finding with owner and deadline / Kết luận kiểm tra', params: IdParams, body: Type.Object({ description: Text(4000), technical: Type.Boolean(), ownerStaffId: Uuid, deadline: Day }, { additionalProperties: false }), response: { 201: FindingSchema, ...ERRORS } },
  }, async (request, reply) => reply.status(201).send(await m.inspections.addFinding(actingOf(request), request.params.id, request.body)));

  app.get('/findings', {
    schema: { ...base, operationId: 'governListFindings', summary: 'Findings in my scope / Kết luận kiểm tra', querystring: Type.Object({ openOnly: Type.Optional(Type.Boolean()), technical: Type.Optional(Type.Boolean()), unitId: Type.Optional(Type.String()), ...PageQuery }), response: { 200: Type.Array(FindingSchema), ...ERRORS } },
  }, async (request) => m.inspections.findings(actingOf(request), request.query));

  app.post('/findings/:id/follow-up', {
    schema: { ...base, operationId: 'governFollowUpFinding', summary: 'Follow up a finding until closed / Theo dõi khắc phục', params: IdParams, body: Type.Object({ note: Text(4000), status: lit(['in_progress', 'closed'] as const) }, { additionalProperties: false }), response: { 200: FindingSchema, ...ERRORS } },
  }, async (request) => m.inspections.followUp(actingOf(request), request.params.id, request.body));

  app.get('/violations', {
    schema: { ...base, operationId: 'governListViolations', summary: 'Violation register / Sổ theo dõi vi phạm', querystring: Type.Object({ from: Day, to: Day, unitId: Type.Optional(Type.String()), ...PageQuery }), response: { 200: Type.Array(ViolationSchema), ...ERRORS } },
  }, async (request) => m.inspections.violations(actingOf(request), request.query));

  app.post('/violations', {
    schema: {
      ...base,
      operationId: 'governRecordViolation',
      summary: 'Record a violation and the measures taken / Ghi nhận vi phạm',
      body: Type.Object({ staffId: Uuid, source: lit(['case', 'inspection', 'alert'] as const), sourceRef: Text(200), description: Text(4000), occurredOn: Day, measures: Text(4000) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Uuid, unitId: Type.String() }), ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.inspections.recordViolation(actingOf(request), request.body)));

  app.get('/accountability', {
    schema: {
      ...base,
      operationId: 'governAccountability',
      summary: 'A unit’s accountability figures / Trách nhiệm người đứng đầu',
      querystring: Type.Object({ unitId: Type.String() }),
      response: {
        200: Type.Object({
          unitId: Type.String(),
          year: Type.Integer(),
          incidents: Type.Object({ thisYear: Count, open: Count, breaches: Count }),
          findings: Type.Object({ open: Count, overdue: Count }),
          dossiers: Type.Object({ systems: Count, missing: Count, overdueReassessment: Count, percent: Type.Number() }),
          training: Type.Object({ staff: Count, overdue: Count, percent: Type.Number() }),
          recertification: Type.Object({ lateItems: Count }),
          violations: Count,
        }),
        ...ERRORS,
      },
    },
  }, async (request) => m.accountability.forUnit(actingOf(request), request.query.unitId));
};
