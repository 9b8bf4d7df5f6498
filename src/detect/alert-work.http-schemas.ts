/**
 * TypeBox schemas of the alert work routes: an alert's account context and case, verification reports.
 */
import { Type } from '@sinclair/typebox';
import { VERIFICATION_CONCLUSIONS } from './verification.schema.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Lang = Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')]));

/** A conclusion. */
export const ConclusionSchema = Type.Union(VERIFICATION_CONCLUSIONS.map((c) => Type.Literal(c)));

/** A verification report. */
export const VerificationSchema = Type.Object({
  id: Type.String(),
  alertId: Type.String(),
  unitId: Nullable(Type.String()),
  findings: Type.String(),
  conclusion: ConclusionSchema,
  measures: Type.String(),
  reportedBy: Type.String(),
  reportedAt: Type.String(),
});

/** Body of a verification report. */
export const VerificationBody = Type.Object(
  {
    findings: Type.String({ minLength: 3, maxLength: 4000 }),
    conclusion: ConclusionSchema,
    measures: Type.String({ minLength: 3, maxLength: 4000 }),
  },
  { additionalProperties: false },
);

/** Query of the alert context. */
export const ContextQuery = Type.Object({ lang: Lang });

/** An alert's account context, case and reports. */
export const AlertContextResponse = Type.Object({
  caseId: Nullable(Type.String()),
  account: Type.Union([Type.Object({ id: Type.String(), username: Type.String(), status: Type.String(), unitId: Nullable(Type.String()) }), Type.Null()]),
  recentActivity: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      time: Type.String(),
      kind: Type.String(),
      action: Nullable(Type.String()),
      outcome: Nullable(Type.String()),
      purpose: Nullable(Type.String()),
      unitId: Nullable(Type.String()),
      subjects: Type.Integer(),
    }),
  ),
  assignments: Type.Array(
    Type.Object({
      assignmentId: Type.String(),
      documentNo: Type.String(),
      purpose: Type.String(),
      status: Type.String(),
      validFrom: Type.String(),
      validUntil: Type.String(),
      provinces: Type.Array(Type.String()),
      actions: Type.Array(Type.String()),
    }),
  ),
  devices: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), status: Type.String(), createdAt: Type.String(), lastSeenAt: Nullable(Type.String()) })),
  otherAlerts: Type.Array(Type.Object({ id: Type.String(), ruleId: Type.String(), severity: Type.String(), status: Type.String(), createdAt: Type.String() })),
  verifications: Type.Array(VerificationSchema),
});

/** Query of the verification report list. */
export const VerificationListQuery = Type.Object({
  unitId: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Z0-9-]+$' })),
  conclusion: Type.Optional(ConclusionSchema),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  lang: Lang,
});

/** A page of verification reports. */
export const VerificationListResponse = Type.Object({ total: Type.Integer(), items: Type.Array(VerificationSchema) });
