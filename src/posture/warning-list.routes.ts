/**
 * `/api/posture/warning-lists`: warning lists issued by the central team, each unit's confirmation, and the
 * listed accounts that are Khiên's own.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PostureRouteOptions } from './asset.routes.ts';
import {
  AccountMatchSchema,
  actingOf,
  ConfirmBody,
  ERRORS,
  IdParams,
  SESSION,
  tags,
  WarningListBody,
  WarningListDetailSchema,
  WarningListSchema,
} from './posture.route-schemas.ts';

/** Registers the warning-list routes (prefix `/api/posture`). */
export const warningListRoutes: FastifyPluginAsyncTypebox<PostureRouteOptions> = async (app, opts) => {
  const m = opts.module;

  app.get(
    '/warning-lists',
    { schema: { operationId: 'postureListWarningLists', tags, security: SESSION, summary: 'Danh sách cảnh báo liên quan đơn vị / Warning lists for my units', response: { 200: Type.Array(WarningListSchema), ...ERRORS } } },
    async (request) => m.warnings.list(actingOf(request)),
  );

  app.post(
    '/warning-lists',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: { operationId: 'postureIssueWarningList', tags, security: SESSION, summary: 'Ban hành danh sách cảnh báo (đội ATTT trung tâm) / Issue a warning list (central team)', body: WarningListBody, response: { 201: WarningListSchema, ...ERRORS } },
    },
    async (request, reply) => {
      const b = request.body;
      const out = await m.warnings.issue(actingOf(request), {
        title: b.title,
        source: b.source,
        confirmBy: new Date(b.confirmBy),
        validUntil: new Date(b.validUntil),
        unitIds: b.unitIds,
        indicators: b.indicators.map((i) => ({ kind: i.kind, value: i.value, reason: i.reason, validUntil: i.validUntil ? new Date(i.validUntil) : undefined })),
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/warning-lists/:id',
    { schema: { operationId: 'postureGetWarningList', tags, security: SESSION, summary: 'Một danh sách cảnh báo / One warning list', params: IdParams, response: { 200: WarningListDetailSchema, ...ERRORS } } },
    async (request) => m.warnings.get(actingOf(request), request.params.id),
  );

  app.post(
    '/warning-lists/:id/confirmations',
    {
      schema: { operationId: 'postureConfirmWarningList', tags, security: SESSION, summary: 'Đơn vị xác nhận đã rà soát / A unit confirms its check', params: IdParams, body: ConfirmBody, response: { 200: WarningListDetailSchema, ...ERRORS } },
    },
    async (request) => m.warnings.confirm(actingOf(request), request.params.id, request.body),
  );

  app.get(
    '/warning-lists/:id/account-matches',
    {
      schema: { operationId: 'postureWarningListAccountMatches', tags, security: SESSION, summary: 'Tài khoản trong danh sách là tài khoản Khiên / Listed accounts that are Khiên accounts', params: IdParams, response: { 200: Type.Array(AccountMatchSchema), ...ERRORS } },
    },
    async (request) => m.warnings.accountMatches(actingOf(request), request.params.id),
  );
};
