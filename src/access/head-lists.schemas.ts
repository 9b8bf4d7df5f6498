/**
 * Schemas and presenters of the unit head's lists (assignments, export requests): rows name accounts by staff
 * number and name, never by id alone.
 */
import { Type, type Static } from '@sinclair/typebox';
import { AccountNameSchema, AssignmentSchema, presentAssignment } from './access-admin.schemas.ts';
import type { AssignmentRow, ExportRequestRow } from './access.repo.ts';
import { ExportRequestSchema, presentExportRequest } from './exports.routes.ts';
import type { AccountName } from './head-lists.repo.ts';

const EXPORT_STATUSES = ['pending', 'approved', 'rejected', 'downloaded', 'expired'] as const;

const Page = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
};

/** Query of the unit's assignments. */
export const UnitAssignmentsQuery = Type.Object(
  {
    ...Page,
    assignee: Type.Optional(Type.String({ format: 'uuid', description: 'Account of the staff member (picked by staff number or name)' })),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('ended')])),
    endingWithinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 366, description: 'Active assignments ending within this many days' })),
  },
  { additionalProperties: false },
);

/** An assignment in the unit's list. */
export const UnitAssignmentItem = Type.Composite([AssignmentSchema, Type.Object({ assignee: AccountNameSchema, signer: AccountNameSchema })]);

/** Query of export requests. */
export const ExportListQuery = Type.Object(
  {
    ...Page,
    scope: Type.Union([Type.Literal('mine'), Type.Literal('unit')], { description: 'mine: my requests; unit: requests filed from the units I head' }),
    status: Type.Optional(Type.Union(EXPORT_STATUSES.map((s) => Type.Literal(s)))),
  },
  { additionalProperties: false },
);

/** An export request in a list. */
export const ExportListItem = Type.Composite([
  ExportRequestSchema,
  Type.Object({
    requester: AccountNameSchema,
    approver: Type.Union([AccountNameSchema, Type.Null()]),
    reason: Type.String(),
    decisionNote: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    decidedAt: Type.Union([Type.String(), Type.Null()]),
    downloadedAt: Type.Union([Type.String(), Type.Null()]),
  }),
]);

/**
 * An account's name from a lookup (an account gone from the lookup shows its id).
 *
 * @param names - id → name
 * @param id - the account
 * @returns the name
 */
export function nameOf(names: ReadonlyMap<string, AccountName>, id: string): Static<typeof AccountNameSchema> {
  const n = names.get(id);
  return { accountId: id, username: n?.username ?? id, fullName: n?.fullName ?? '' };
}

/** Presents an assignment of the unit's list. */
export function presentUnitAssignment(r: AssignmentRow, names: ReadonlyMap<string, AccountName>): Static<typeof UnitAssignmentItem> {
  return { ...presentAssignment(r), assignee: nameOf(names, r.assigneeAccountId), signer: nameOf(names, r.signerAccountId) };
}

/** Presents an export request of a list. */
export function presentExportListItem(r: ExportRequestRow, names: ReadonlyMap<string, AccountName>): Static<typeof ExportListItem> {
  return {
    ...presentExportRequest(r),
    requester: nameOf(names, r.requesterAccountId),
    approver: r.approverAccountId ? nameOf(names, r.approverAccountId) : null,
    reason: r.reason,
    decisionNote: r.decisionNote,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    downloadedAt: r.downloadedAt?.toISOString() ?? null,
  };
}
