/**
 * TypeBox schemas and presenters of the access administration API (assignments, break-glass, notifications,
 * purposes).
 */
import { Type, type Static } from '@sinclair/typebox';
import { DATA_CATEGORIES } from '../events/types.ts';
import type { AssignmentRow, BreakGlassRow, NotificationRow } from './access.repo.ts';
import { BREAK_GLASS_REASONS } from './break-glass.ts';
import { ASSIGNMENT_ACTIONS } from './decision-types.ts';
import { PurposeCode } from './registry-api.schemas.ts';

/** A data category. */
export const Category = Type.Union(DATA_CATEGORIES.map((c) => Type.Literal(c)));
/** An assignment action. */
export const Action = Type.Union(ASSIGNMENT_ACTIONS.map((a) => Type.Literal(a)));

const Codes = (pattern: string) => Type.Array(Type.String({ pattern }), { maxItems: 5000, uniqueItems: true, default: [] });

/** Terms of an assignment (create and amend). */
export const AssignmentTermsBody = Type.Object(
  {
    documentNo: Type.String({ minLength: 1, maxLength: 60 }),
    documentDate: Type.String({ format: 'date' }),
    purpose: PurposeCode,
    categories: Type.Array(Category, { minItems: 1, uniqueItems: true }),
    scope: Type.Object(
      {
        provinces: Codes('^[0-9]{2}$'),
        communes: Codes('^[0-9]{5}$'),
        employers: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 5000, uniqueItems: true, default: [] }),
        persons: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 5000, uniqueItems: true, default: [] }),
      },
      { additionalProperties: false },
    ),
    actions: Type.Array(Action, { minItems: 1, uniqueItems: true }),
    validFrom: Type.String({ format: 'date-time' }),
    validUntil: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

/** Create body. */
export const CreateAssignmentBody = Type.Composite([AssignmentTermsBody, Type.Object({ assigneeAccountId: Type.String({ format: 'uuid' }) })], {
  additionalProperties: false,
});

/** An assignment version as presented. */
export const AssignmentSchema = Type.Object({
  id: Type.String(),
  assignmentId: Type.String(),
  version: Type.Integer(),
  documentNo: Type.String(),
  documentDate: Type.String(),
  signerAccountId: Type.String(),
  assigneeAccountId: Type.String(),
  purpose: Type.String(),
  categories: Type.Array(Type.String()),
  scope: Type.Object({
    provinces: Type.Array(Type.String()),
    communes: Type.Array(Type.String()),
    employers: Type.Array(Type.String()),
    persons: Type.Array(Type.String()),
  }),
  actions: Type.Array(Type.String()),
  validFrom: Type.String(),
  validUntil: Type.String(),
  status: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  endReason: Type.Union([Type.String(), Type.Null()]),
});

/** Presents an assignment version. */
export function presentAssignment(r: AssignmentRow): Static<typeof AssignmentSchema> {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    version: r.version,
    documentNo: r.documentNo,
    documentDate: r.documentDate,
    signerAccountId: r.signerAccountId,
    assigneeAccountId: r.assigneeAccountId,
    purpose: r.purpose,
    categories: r.categories,
    scope: { provinces: r.scopeProvinces, communes: r.scopeCommunes, employers: r.scopeEmployers, persons: r.scopePersons },
    actions: r.actions,
    validFrom: r.validFrom.toISOString(),
    validUntil: r.validUntil.toISOString(),
    status: r.status,
    endedAt: r.endedAt?.toISOString() ?? null,
    endReason: r.endReason,
  };
}

/** Revoke body. */
export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 5, maxLength: 500 }) }, { additionalProperties: false });

/** `:assignmentId`. */
export const AssignmentParams = Type.Object({ assignmentId: Type.String({ format: 'uuid' }) });
/** `:id`. */
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/**
 * Opening a break-glass: the record by its internal id (from a page already open) or by one identifier the
 * clerk has in hand (personal id, social insurance number, card code), never a typed UUID.
 */
export const BreakGlassBody = Type.Object(
  {
    personId: Type.Optional(Type.String({ format: 'uuid' })),
    personalId: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    socialInsuranceNo: Type.Optional(Type.String({ pattern: '^[0-9]{10}$' })),
    cardCode: Type.Optional(Type.String({ pattern: '^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$' })),
    purpose: PurposeCode,
    reason: Type.Union(BREAK_GLASS_REASONS.map((r) => Type.Literal(r))),
    justification: Type.String({ minLength: 20, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

/** Reviewing a break-glass. */
export const ReviewBody = Type.Object(
  { outcome: Type.Union([Type.Literal('justified'), Type.Literal('unjustified')]), note: Type.String({ minLength: 5, maxLength: 1000 }) },
  { additionalProperties: false },
);

/** A break-glass grant as presented. */
export const BreakGlassSchema = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  personId: Type.String(),
  purpose: Type.String(),
  reason: Type.String(),
  justification: Type.String(),
  unitId: Type.String(),
  grantedAt: Type.String(),
  expiresAt: Type.String(),
  reviewDueAt: Type.String(),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  reviewOutcome: Type.Union([Type.String(), Type.Null()]),
});

/** An account as a person reads it: staff number and name. */
export const AccountNameSchema = Type.Object({ accountId: Type.String(), username: Type.String(), fullName: Type.String() });

/** A break-glass use awaiting review, with the grantee named. */
export const BreakGlassReviewItem = Type.Composite([BreakGlassSchema, Type.Object({ grantee: AccountNameSchema })]);

/** Presents a break-glass grant. */
export function presentBreakGlass(g: BreakGlassRow): Static<typeof BreakGlassSchema> {
  return {
    id: g.id,
    accountId: g.accountId,
    personId: g.personId,
    purpose: g.purpose,
    reason: g.reason,
    justification: g.justification,
    unitId: g.unitId,
    grantedAt: g.grantedAt.toISOString(),
    expiresAt: g.expiresAt.toISOString(),
    reviewDueAt: g.reviewDueAt.toISOString(),
    reviewedAt: g.reviewedAt?.toISOString() ?? null,
    reviewOutcome: g.reviewOutcome,
  };
}

/** A notification as presented. */
export const NotificationSchema = Type.Object({ id: Type.String(), kind: Type.String(), refId: Type.String(), createdAt: Type.String(), readAt: Type.Union([Type.String(), Type.Null()]) });

/** Presents a notification. */
export function presentNotification(n: NotificationRow): Static<typeof NotificationSchema> {
  return { id: n.id, kind: n.kind, refId: n.refId, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}

/** A purpose as presented. */
export const PurposeSchema = Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String(), builtin: Type.Boolean() });

/** New configurable purpose. */
export const PurposeBody = Type.Object(
  { code: PurposeCode, vi: Type.String({ minLength: 3, maxLength: 200 }), en: Type.String({ minLength: 3, maxLength: 200 }) },
  { additionalProperties: false },
);
