/**
 * Access administration (`/api/access`): purposes, assignments, break-glass and notifications. Handlers
 * validate, call one service function and present.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { DataCategory } from '../events/types.ts';
import type { AccessContext } from './access-context.ts';
import {
  AssignmentParams,
  AssignmentSchema,
  AssignmentTermsBody,
  BreakGlassBody,
  BreakGlassReviewItem,
  BreakGlassSchema,
  CreateAssignmentBody,
  IdParams,
  NotificationSchema,
  PurposeBody,
  PurposeSchema,
  ReasonBody,
  ReviewBody,
  presentAssignment,
  presentBreakGlass,
  presentNotification,
} from './access-admin.schemas.ts';
import { amendAssignment, createAssignment, listMyAssignments, listVersionsFor, revokeAssignment, type AssignmentTerms } from './assignments.ts';
import { BREAK_GLASS_REASON_NAMES, BREAK_GLASS_REASONS, openBreakGlass, resolveBreakGlassTarget, reviewBreakGlassUse } from './break-glass.ts';
import type { AssignmentAction } from './decision-types.ts';
import { listReviewableNamed } from './head-lists.ts';
import { nameOf } from './head-lists.schemas.ts';
import { listMyNotifications } from './notifications.ts';
import { addPurpose, listPurposes } from './purposes.ts';
import { ERROR_RESPONSES } from './registry-api.schemas.ts';
import { staffCallerOf } from './request-caller.ts';

/** Options of the plugin. */
export interface AccessAdminOptions {
  readonly ctx: AccessContext;
}

interface TermsInput {
  documentNo: string;
  documentDate: string;
  purpose: string;
  categories: DataCategory[];
  scope: { provinces: string[]; communes: string[]; employers: string[]; persons: string[] };
  actions: AssignmentAction[];
  validFrom: string;
  validUntil: string;
}

function termsOf(body: TermsInput): AssignmentTerms {
  return { ...body, validFrom: new Date(body.validFrom), validUntil: new Date(body.validUntil) };
}

/** Registers the access administration routes. */
export const accessAdminRoutes: FastifyPluginAsyncTypebox<AccessAdminOptions> = async (app, opts) => {
  const { ctx } = opts;
  const tags = ['access'];

  app.get('/purposes', { schema: { tags, summary: 'Purpose code list', response: { 200: Type.Object({ purposes: Type.Array(PurposeSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    staffCallerOf(request);
    return { purposes: await listPurposes(ctx) };
  });

  app.post('/purposes', { schema: { tags, summary: 'Add a configurable purpose', body: PurposeBody, response: { 201: PurposeSchema, ...ERROR_RESPONSES, 409: ERROR_RESPONSES[403] } } }, async (request, reply) => {
    staffCallerOf(request, ['central_security_admin']);
    await addPurpose(ctx, request.body);
    return reply.status(201).send({ ...request.body, builtin: false });
  });

  app.post(
    '/assignments',
    { schema: { tags, summary: 'Create a written assignment (signed by the caller)', body: CreateAssignmentBody, response: { 201: AssignmentSchema, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      const caller = staffCallerOf(request, ['unit_head']);
      const row = await createAssignment(ctx, caller, { ...termsOf(request.body), assigneeAccountId: request.body.assigneeAccountId });
      return reply.status(201).send(presentAssignment(row));
    },
  );

  app.get('/assignments/mine', { schema: { tags, summary: 'My active assignments', response: { 200: Type.Object({ assignments: Type.Array(AssignmentSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    const caller = staffCallerOf(request);
    return { assignments: (await listMyAssignments(ctx, caller.actor)).map(presentAssignment) };
  });

  app.get(
    '/assignments/:assignmentId',
    { schema: { tags, summary: 'Every version of an assignment', params: AssignmentParams, response: { 200: Type.Object({ versions: Type.Array(AssignmentSchema) }), ...ERROR_RESPONSES } } },
    async (request) => {
      const caller = staffCallerOf(request);
      return { versions: (await listVersionsFor(ctx, caller.actor, request.params.assignmentId)).map(presentAssignment) };
    },
  );

  app.post(
    '/assignments/:assignmentId/amend',
    { schema: { tags, summary: 'Amend: a new version, the old one kept', params: AssignmentParams, body: AssignmentTermsBody, response: { 200: AssignmentSchema, ...ERROR_RESPONSES, 409: ERROR_RESPONSES[403] } } },
    async (request) => {
      const caller = staffCallerOf(request, ['unit_head']);
      return presentAssignment(await amendAssignment(ctx, caller, request.params.assignmentId, termsOf(request.body)));
    },
  );

  app.post(
    '/assignments/:assignmentId/revoke',
    { schema: { tags, summary: 'Revoke with immediate effect', params: AssignmentParams, body: ReasonBody, response: { 204: Type.Null(), ...ERROR_RESPONSES } } },
    async (request, reply) => {
      const caller = staffCallerOf(request);
      await revokeAssignment(ctx, caller, request.params.assignmentId, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/break-glass/reasons',
    { schema: { tags, summary: 'Break-glass reasons', response: { 200: Type.Object({ reasons: Type.Array(Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String() })) }), ...ERROR_RESPONSES } } },
    async (request) => {
      staffCallerOf(request);
      return { reasons: BREAK_GLASS_REASONS.map((code) => ({ code, ...BREAK_GLASS_REASON_NAMES[code] })) };
    },
  );

  app.post(
    '/break-glass',
    { schema: { tags, summary: 'Open one record without an assignment (reviewed within 24 h)', body: BreakGlassBody, response: { 201: BreakGlassSchema, ...ERROR_RESPONSES, 409: ERROR_RESPONSES[403] } } },
    async (request, reply) => {
      const caller = staffCallerOf(request);
      const { purpose, reason, justification } = request.body;
      const personId = await resolveBreakGlassTarget(ctx, request.body);
      return reply.status(201).send(presentBreakGlass(await openBreakGlass(ctx, caller, { personId, purpose, reason, justification })));
    },
  );

  app.get('/break-glass/pending', { schema: { tags, summary: 'Break-glass uses awaiting my review (with the grantee\'s staff number and name)', response: { 200: Type.Object({ grants: Type.Array(BreakGlassReviewItem) }), ...ERROR_RESPONSES } } }, async (request) => {
    const caller = staffCallerOf(request, ['unit_head', 'security_officer']);
    const page = await listReviewableNamed(ctx, caller.actor);
    return { grants: page.rows.map((g) => ({ ...presentBreakGlass(g), grantee: nameOf(page.names, g.accountId) })) };
  });

  app.post(
    '/break-glass/:id/review',
    { schema: { tags, summary: 'Review a break-glass use', params: IdParams, body: ReviewBody, response: { 200: BreakGlassSchema, ...ERROR_RESPONSES, 409: ERROR_RESPONSES[403] } } },
    async (request) => {
      const caller = staffCallerOf(request, ['unit_head', 'security_officer']);
      return presentBreakGlass(await reviewBreakGlassUse(ctx, caller, request.params.id, request.body));
    },
  );

  app.get('/notifications', { schema: { tags, summary: 'My notifications', response: { 200: Type.Object({ notifications: Type.Array(NotificationSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
    const caller = staffCallerOf(request);
    return { notifications: (await listMyNotifications(ctx, caller.actor)).map(presentNotification) };
  });
};
