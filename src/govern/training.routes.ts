/**
 * `/api/govern/training`: courses, attendance import (CSV/XLSX), coverage per unit and staff overdue.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ROLES } from '../actors/roles.ts';
import { actingOf, type GovernRouteOptions } from './systems.routes.ts';
import { ERRORS, PageQuery, SECURITY, TAGS, UnitCoverageSchema, Uuid, lit } from './govern.route-schemas.ts';

/** Registers the training routes (prefix `/api/govern`). */
export const trainingRoutes: FastifyPluginAsyncTypebox<GovernRouteOptions> = async (app, opts) => {
  const m = opts.module;
  const base = { tags: TAGS, security: SECURITY };

  app.get('/training/courses', {
    schema: { ...base, operationId: 'governListCourses', summary: 'Courses and briefings / Khóa đào tạo, phổ biến', response: { 200: Type.Array(Type.Object({ id: Uuid, code: Type.String(), title: Type.String(), kind: Type.String(), mandatoryFor: Type.Array(Type.String()), validityMonths: Type.Integer() })), ...ERRORS } },
  }, async (request) => m.training.listCourses(actingOf(request)));

  app.post('/training/courses', {
    schema: {
      ...base,
      operationId: 'governCreateCourse',
      summary: 'Add a course (central team) / Thêm khóa đào tạo',
      body: Type.Object({ code: Type.String({ pattern: '^[A-Z0-9-]{2,32}$' }), title: Type.String({ minLength: 1, maxLength: 300 }), kind: lit(['course', 'briefing'] as const), mandatoryFor: Type.Array(lit(['*', ...ROLES] as const), { maxItems: 10 }), validityMonths: Type.Integer({ minimum: 1, maximum: 120 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Uuid }), ...ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await m.training.createCourse(actingOf(request), request.body)));

  app.post('/training/attendance/import', {
    bodyLimit: 12 * 1024 * 1024,
    schema: {
      ...base,
      operationId: 'governImportAttendance',
      summary: 'Import attendance from CSV or XLSX (all or nothing; dryRun checks without writing) / Nhập danh sách tham dự',
      body: Type.Object({ format: lit(['csv', 'xlsx'] as const), contentBase64: Type.String({ minLength: 1, maxLength: 12_000_000 }), dryRun: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Type.Object({ rows: Type.Integer(), added: Type.Integer(), dryRun: Type.Boolean() }), ...ERRORS },
    },
  }, async (request) => m.training.importAttendance(actingOf(request), request.body.format, Buffer.from(request.body.contentBase64, 'base64'), request.body.dryRun ?? false));

  app.get('/coverage/training', {
    schema: {
      ...base,
      operationId: 'governTrainingCoverage',
      summary: 'Staff current on mandatory courses per unit vs 100 %, and who is overdue / Tỷ lệ cán bộ được đào tạo',
      description: 'limit/offset page the overdue list (unit, then staff number); overdueTotal counts it whole.',
      querystring: Type.Object({ unitId: Type.Optional(Type.String()), ...PageQuery }),
      response: {
        200: Type.Object({ target: Type.Literal(100), units: Type.Array(UnitCoverageSchema), total: UnitCoverageSchema, overdue: Type.Array(Type.Object({ staffId: Uuid, staffNo: Type.String(), fullName: Type.String(), unitId: Type.String(), courses: Type.Array(Type.String()) })), overdueTotal: Type.Integer() }),
        ...ERRORS,
      },
    },
  }, async (request) => ({ target: 100 as const, ...(await m.training.coverage(actingOf(request), request.query.unitId, { limit: request.query.limit, offset: request.query.offset })) }));
};
