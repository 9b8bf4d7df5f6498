/**
 * The lists behind the console's unit-head and export pages (`/api/access`): the unit's assignments and
 * export requests (mine, or the units I head), paged and filtered on the server.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AccessContext } from './access-context.ts';
import { listExports, listUnitAssignments } from './head-lists.ts';
import { ExportListItem, ExportListQuery, presentExportListItem, presentUnitAssignment, UnitAssignmentItem, UnitAssignmentsQuery } from './head-lists.schemas.ts';
import { ERROR_RESPONSES } from './registry-api.schemas.ts';
import { staffCallerOf } from './request-caller.ts';

/** Options of the plugin. */
export interface HeadListsOptions {
  readonly ctx: AccessContext;
}

/** Registers the list routes. */
export const headListRoutes: FastifyPluginAsyncTypebox<HeadListsOptions> = async (app, { ctx }) => {
  const tags = ['access'];

  app.get(
    '/assignments',
    {
      schema: {
        tags,
        summary: 'Assignments of the staff of the units I head (current versions, soonest ending first)',
        querystring: UnitAssignmentsQuery,
        response: { 200: Type.Object({ items: Type.Array(UnitAssignmentItem), total: Type.Integer() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const caller = staffCallerOf(request, ['unit_head']);
      const q = request.query;
      const page = await listUnitAssignments(ctx, caller.actor, { assigneeAccountId: q.assignee, status: q.status, endingWithinDays: q.endingWithinDays, limit: q.limit, offset: q.offset });
      return { items: page.rows.map((r) => presentUnitAssignment(r, page.names)), total: page.total };
    },
  );

  app.get(
    '/exports',
    {
      schema: {
        tags,
        summary: 'Export requests: mine, or those filed from the units I head (newest first)',
        querystring: ExportListQuery,
        response: { 200: Type.Object({ items: Type.Array(ExportListItem), total: Type.Integer() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query;
      const caller = staffCallerOf(request, q.scope === 'unit' ? ['unit_head'] : undefined);
      const page = await listExports(ctx, caller.actor, { scope: q.scope, status: q.status, limit: q.limit, offset: q.offset });
      return { items: page.rows.map((r) => presentExportListItem(r, page.names)), total: page.total };
    },
  );
};
