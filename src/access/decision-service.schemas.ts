/**
 * OpenAPI (TypeBox) schemas of the decision service and of the business-system administration. Response
 * schemas are allowlists (STYLE.md rule 25).
 */
import { Type } from '@sinclair/typebox';
import { DATA_CATEGORIES } from '../events/types.ts';
import { FIELD_CATEGORY } from './decision-types.ts';
import { PurposeCode } from './registry-api.schemas.ts';
import { SYSTEM_NAME_PATTERN } from './business-systems.ts';

const Level = Type.Union([Type.Literal('clear'), Type.Literal('partial'), Type.Literal('hidden')]);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const Subject = Type.String({
  pattern: '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]{10})$',
  description: 'Khiên person id (UUID) or 10-digit social insurance number (mã số BHXH)',
});

const common = {
  staffSession: Type.String({ minLength: 20, maxLength: 100, description: 'the staff member\'s Khiên session token, or the access token Khiên issued to this system at single sign-on' }),
  action: Type.Union([Type.Literal('search'), Type.Literal('view'), Type.Literal('update'), Type.Literal('export')]),
  record: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('participation'), Type.Literal('household'), Type.Literal('card')], { description: 'record about to be shown (default person)' })),
  purpose: PurposeCode,
  clientIp: Type.Optional(Type.String({ maxLength: 45, pattern: '^[0-9a-fA-F:.]{2,45}$', description: 'the staff member\'s address as the application saw it' })),
};

/** `POST /api/decisions`. */
export const DecisionBody = Type.Object({ ...common, subject: Subject }, { additionalProperties: false });

/** `POST /api/decisions/batch` (the limit of 500 is checked by the service, to answer a catalogued error). */
export const DecisionBatchBody = Type.Object({ ...common, subjects: Type.Array(Subject, { minItems: 1, maxItems: 20_000 }) }, { additionalProperties: false });

/** The answer for one subject. */
export const SubjectDecisionSchema = Type.Object({
  subject: Type.String(),
  personId: Nullable(Type.String()),
  outcome: Type.Union([Type.Literal('allow'), Type.Literal('deny')]),
  reason: Type.String({ description: 'stable reason code, e.g. ALLOW_ASSIGNMENT, DENY_OUT_OF_SCOPE, DENY_NOT_FOUND' }),
  grant: Type.Union([Type.Object({ type: Type.String(), id: Type.String(), version: Type.Optional(Type.Integer()) }), Type.Null()]),
  mask: Type.Object(Object.fromEntries(DATA_CATEGORIES.map((c) => [c, Level]))),
  fields: Type.Object(Object.fromEntries(Object.keys(FIELD_CATEGORY).map((f) => [f, Level]))),
  auditEntryId: Type.String({ description: 'id of the audit entry recording this decision (durable before the answer)' }),
  auditSeq: Type.Integer(),
});

/** Batch answer. */
export const DecisionBatchResponse = Type.Object({ decisions: Type.Array(SubjectDecisionSchema) });

/** Registration body. */
export const RegisterSystemBody = Type.Object(
  {
    name: Type.String({ pattern: SYSTEM_NAME_PATTERN, description: 'short name, recorded as the channel of its decisions' }),
    displayName: Type.String({ minLength: 3, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** A credential as issued (shown once). */
export const IssuedSystemCredentialSchema = Type.Object({ systemId: Type.String(), name: Type.String(), prefix: Type.String(), credential: Type.String() });

/** A system as listed. */
export const BusinessSystemSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  displayName: Type.String(),
  prefix: Type.String(),
  credentialIssuedAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
