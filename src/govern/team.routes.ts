/**
 * `/api/govern/team`: the incident-response team (members, dedicated-officer check, meetings) and drills.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actingOf, type GovernRouteOptions } from './systems.routes.ts';
import { Day, ERRORS, ErrorSchema, IdParams, NullableDay, Ok, PageQuery, SECURITY, TAGS, Uuid, lit } from './govern.route-schemas.ts';

const MemberSchema = Type.Object({ id: Uuid, staffId: Uuid, staffNo: Type.String(), fullName: Type.String(), unitId: Type.String(), teamRole: lit(['leader', 'member'] as const), dedicated: Type.Boolean(), qualifications: Type.Array(Type.String()), joinedOn: Day, leftOn: NullableDay });
const TimelineEntry = Type.Object({ at: Type.String({ minLength: 1, maxLength: 40 }), what: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });
const DrillSchema = Type.Object({
  id: Uuid,
  unitId: Type.String(),
  title: Type.String(),
  scenario: Type.String(),
  heldOn: Day,
  participantMemberIds: Type.Array(Uuid),
  timeline: Type.Array(TimelineEntry),
  findings: Type.Array(Type.String()),
  lessons: Type.Array(Type.String()),
  caseId: Type.Union([Uuid, Type.Null()]),
});
const Lines = Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 100 });
const UnitQuery = Type.Object({ unitId: Type.Optional(Type.String()), ...PageQuery });
const pageOf = (q: { limit?: number; offset?: number }): { limit?: number; offset?: number } => ({ limit: q.limit, offset: q.offset });

/** Registers the team routes (prefix `/api/govern`). */
export const teamRoutes: FastifyPluginAsyncTypebox<GovernRouteOptions> = async (app, opts) => {
  const m = opts.module;
  const base = { tags: TAGS, security: SECURITY };

  app.get('/team/members', {
    schema: { ...base, operationId: 'governListTeamMembers', summary: 'Incident-response team members in my scope / Thành viên đội ứng cứu', querystring: UnitQuery, response: { 200: Type.Array(MemberSchema), ...ERRORS } },
  }, async (request) => m.team.listMembers(actingOf(request), request.query.unitId, pageOf(request.query)));

  app.post('/team/members', {
    schema: {
      ...base,
      operationId: 'governAddTeamMember',
      summary: 'Add a team member / Bổ sung thành viên đội ứng cứu',
      body: Type.Object({ staffId: Uuid, unitId: Type.String(), teamRole: lit(['leader', 'member'] as const), dedicated: Type.Boolean(), qualifications: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 }), joinedOn: Day }, { additionalProperties: false }),
      response: { 201: MemberSchema, ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.team.addMember(actingOf(request), request.body)));

  app.post('/team/members/:id/end', {
    schema: { ...base, operationId: 'governEndTeamMember', summary: 'End a membership / Kết thúc tham gia đội', params: IdParams, body: Type.Object({ leftOn: Day }, { additionalProperties: false }), response: { 200: Ok, ...ERRORS } },
  }, async (request) => {
    await m.team.endMember(actingOf(request), request.params.id, request.body.leftOn);
    return { ok: true as const };
  });

  app.get('/team/dedicated-officers', {
    schema: {
      ...base,
      operationId: 'governDedicatedOfficerCheck',
      summary: 'Dedicated security officer per provincial office (red when missing) / Viên chức chuyên trách ATTT',
      response: { 200: Type.Array(Type.Object({ unitId: Type.String(), name: Type.String(), dedicatedOfficers: Type.Integer(), members: Type.Integer(), status: lit(['green', 'red'] as const) })), ...ERRORS },
    },
  }, async (request) => m.team.dedicatedCheck(actingOf(request)));

  app.get('/team/meetings', {
    schema: {
      ...base,
      operationId: 'governListTeamMeetings',
      summary: 'Meetings of a year and the quarterly check / Họp đội theo quý',
      description: 'limit/offset page the meetings (date order); total and the quarters count the whole year.',
      querystring: Type.Object({ year: Type.Integer({ minimum: 2020, maximum: 2100 }), unitId: Type.Optional(Type.String()), ...PageQuery }),
      response: {
        200: Type.Object({
          meetings: Type.Array(Type.Object({ id: Uuid, unitId: Type.String(), heldOn: Day, attendeeMemberIds: Type.Array(Uuid), decisions: Type.Array(Type.String()) })),
          total: Type.Integer(),
          quarters: Type.Array(Type.Object({ quarter: Type.Integer(), meetings: Type.Integer(), due: Type.Boolean(), ok: Type.Boolean() })),
        }),
        ...ERRORS,
      },
    },
  }, async (request) => m.team.meetings(actingOf(request), request.query.year, request.query.unitId, pageOf(request.query)));

  app.post('/team/meetings', {
    schema: {
      ...base,
      operationId: 'governAddTeamMeeting',
      summary: 'Record a team meeting / Ghi nhận cuộc họp đội',
      body: Type.Object({ unitId: Type.String(), heldOn: Day, attendeeMemberIds: Type.Array(Uuid, { minItems: 1, maxItems: 200 }), decisions: Lines }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Uuid }), ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.team.addMeeting(actingOf(request), request.body)));

  app.get('/drills', {
    schema: { ...base, operationId: 'governListDrills', summary: 'Drills in my scope / Diễn tập', querystring: UnitQuery, response: { 200: Type.Array(DrillSchema), ...ERRORS } },
  }, async (request) => m.team.listDrills(actingOf(request), request.query.unitId, pageOf(request.query)));

  app.post('/drills', {
    schema: {
      ...base,
      operationId: 'governCreateDrill',
      summary: 'Record a drill, optionally run as an exercise case / Ghi nhận diễn tập',
      body: Type.Object(
        {
          unitId: Type.String(),
          title: Type.String({ minLength: 1, maxLength: 300 }),
          scenario: Type.String({ minLength: 1, maxLength: 4000 }),
          heldOn: Day,
          participantMemberIds: Type.Array(Uuid, { maxItems: 200 }),
          timeline: Type.Optional(Type.Array(TimelineEntry, { maxItems: 200 })),
          findings: Type.Optional(Lines),
          lessons: Type.Optional(Lines),
          runAsExercise: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      response: { 201: DrillSchema, ...ERRORS, 503: ErrorSchema },
    },
  }, async (request, reply) => reply.status(201).send(await m.team.createDrill(actingOf(request), request.body)));

  app.patch('/drills/:id', {
    schema: {
      ...base,
      operationId: 'governUpdateDrill',
      summary: 'Record a drill’s timeline, findings and lessons / Cập nhật kết quả diễn tập',
      params: IdParams,
      body: Type.Object({ timeline: Type.Optional(Type.Array(TimelineEntry, { maxItems: 200 })), findings: Type.Optional(Lines), lessons: Type.Optional(Lines) }, { additionalProperties: false }),
      response: { 200: DrillSchema, ...ERRORS },
    },
  }, async (request) => m.team.updateDrill(actingOf(request), request.params.id, request.body));
};
