/**
 * TypeBox schemas of the registry API. Response schemas are field allowlists: Fastify's serializer drops any
 * property not listed, behind the presenters' masking (STYLE.md rule 25).
 */
import { Type } from '@sinclair/typebox';
import { PURPOSE_CODE_PATTERN } from './purposes.ts';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer> | ReturnType<typeof Type.Number>>(t: T) =>
  Type.Union([t, Type.Null()]);

/** A purpose code. */
export const PurposeCode = Type.String({ pattern: PURPOSE_CODE_PATTERN, description: 'purpose code (mục đích xử lý)' });

/** `?purpose=` of every read. */
export const PurposeQuery = Type.Object({ purpose: PurposeCode }, { additionalProperties: false });

/** `:personId` (internal id, not an identifier: safe in a URL). */
export const PersonParams = Type.Object({ personId: Type.String({ format: 'uuid' }) });

/** Search body: exactly one key (checked by the handler), always with a purpose. */
export const SearchBody = Type.Object(
  {
    purpose: PurposeCode,
    personalId: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    socialInsuranceNo: Type.Optional(Type.String({ pattern: '^[0-9]{10}$' })),
    cardCode: Type.Optional(Type.String({ pattern: '^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$' })),
    fullName: Type.Optional(Type.String({ minLength: 2, maxLength: 120 })),
    dateOfBirth: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);

/** One search row. */
export const SearchRowSchema = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  dateOfBirth: Nullable(Type.String()),
  personalId: Nullable(Type.String()),
  provinceCode: Type.String(),
  communeCode: Nullable(Type.String()),
});

/** Search response. */
export const SearchResponse = Type.Object({ rows: Type.Array(SearchRowSchema), truncated: Type.Boolean() });

/** A masked person. */
export const PersonSchema = Type.Object({
  id: Type.String(),
  personalId: Nullable(Type.String()),
  socialInsuranceNo: Nullable(Type.String()),
  fullName: Type.String(),
  sex: Type.Union([Type.Literal('M'), Type.Literal('F'), Type.Null()]),
  dateOfBirth: Nullable(Type.String()),
  provinceCode: Type.String(),
  communeCode: Nullable(Type.String()),
  street: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  status: Type.String(),
  masked: Type.Array(Type.String()),
});

/** Participation history. */
export const ParticipationResponse = Type.Object({
  periods: Type.Array(
    Type.Object({
      employerCode: Type.String(),
      employerName: Type.String(),
      fromMonth: Type.String(),
      toMonth: Nullable(Type.String()),
      jobTitle: Nullable(Type.String()),
      salaryBasis: Nullable(Type.Number()),
      allowances: Nullable(Type.Number()),
      insuranceTypes: Type.Array(Type.String()),
      contractType: Type.String(),
    }),
  ),
});

/** Household. */
export const HouseholdResponse = Type.Object({
  household: Type.Union([
    Type.Object({
      code: Type.String(),
      provinceCode: Type.String(),
      communeCode: Nullable(Type.String()),
      members: Type.Array(Type.Object({ relation: Type.String(), person: PersonSchema }), {
        description: 'Only the members the caller may see; nothing else of the others is described.',
      }),
      othersOutsideScope: Type.Optional(Type.Integer({ minimum: 0, description: 'Members outside the caller’s assignment, only for purposes that need the size of the household' })),
    }),
    Type.Null(),
  ]),
});

/** Health cards. */
export const CardsResponse = Type.Object({
  cards: Type.Array(
    Type.Object({
      cardCode: Type.String(),
      groupCode: Type.String(),
      registeredClinicCode: Type.String(),
      registeredClinicName: Type.String(),
      validFrom: Type.String(),
      fiveYearsDate: Nullable(Type.String()),
      benefitLevel: Nullable(Type.Integer()),
    }),
  ),
});

/** Contact/address correction. */
export const ContactBody = Type.Object(
  {
    purpose: PurposeCode,
    reason: Type.String({ minLength: 5, maxLength: 500 }),
    phone: Type.Optional(Type.Union([Type.String({ pattern: '^0[0-9]{9}$' }), Type.Null()])),
    street: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    communeCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
  },
  { additionalProperties: false },
);

/** Fields that can be unmasked. */
export const UnmaskField = Type.Union(
  (['personalId', 'socialInsuranceNo', 'dateOfBirth', 'phone', 'street', 'salary'] as const).map((f) => Type.Literal(f)),
);

/** Unmask request. */
export const UnmaskBody = Type.Object(
  { purpose: PurposeCode, field: UnmaskField, justification: Type.String({ minLength: 5, maxLength: 500 }) },
  { additionalProperties: false },
);

/** Unmask response. */
export const UnmaskResponse = Type.Object({
  personId: Type.String(),
  field: Type.String(),
  value: Type.Union([Type.String(), Type.Number(), Type.Null()]),
});

/** Error body (as the one error handler writes it). */
export const ErrorSchema = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** Error responses every personal-data route may answer. */
export const ERROR_RESPONSES = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  429: ErrorSchema,
  503: ErrorSchema,
} as const;
