/**
 * TypeBox schemas of the citizen routes. Response schemas are field allowlists (STYLE.md rule 25): a field
 * not listed here never reaches the client, whatever a presenter returns.
 */
import { Type } from '@sinclair/typebox';
import { SeqInteger } from '../platform/bounded-numbers.ts';

const LabelFields = { vi: Type.String(), en: Type.String() };

/** Error body (see http/error-handler.ts). */
export const ErrorBody = Type.Object({
  code: Type.String(),
  message: Type.Object(LabelFields),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** `GET /api/citizen/me`. */
export const SummaryResponse = Type.Object({
  fullName: Type.String(),
  sex: Type.Union([Type.Literal('M'), Type.Literal('F')]),
  dateOfBirth: Type.String(),
  personalIdMasked: Type.String(),
  socialInsuranceNoMasked: Type.Union([Type.String(), Type.Null()]),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  address: Type.Object({
    street: Type.String(),
    commune: Type.Union([Type.String(), Type.Null()]),
    province: Type.Union([Type.String(), Type.Null()]),
  }),
  status: Type.String(),
});

/** `GET /api/citizen/me/participation`. */
export const ParticipationResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      fromMonth: Type.String(),
      toMonth: Type.Union([Type.String(), Type.Null()]),
      jobTitle: Type.String(),
      salaryBasis: Type.Number(),
      allowances: Type.Number(),
      insuranceTypes: Type.Array(Type.String()),
      contractType: Type.String(),
      employerCode: Type.Union([Type.String(), Type.Null()]),
      employerName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  summary: Type.Object({
    asOfMonth: Type.String(),
    totals: Type.Array(Type.Object({ type: Type.String(), months: Type.Integer() })),
    gaps: Type.Array(Type.Object({ fromMonth: Type.String(), toMonth: Type.String(), months: Type.Integer() })),
    monthsCovered: Type.Integer(),
  }),
});

/** `GET /api/citizen/me/participation/pdf` query. */
export const ParticipationPdfQuery = Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) });

/** `GET /api/citizen/documents/verify` query. */
export const DocumentVerifyQuery = Type.Object({ code: Type.Optional(Type.String({ maxLength: 2000 })) });

/** What a valid verification code says (the signed facts, spelled out). */
export const DocumentVerifyResponse = Type.Object({
  valid: Type.Literal(true),
  kind: Type.Literal('participation'),
  number: Type.String(),
  issuedAt: Type.String(),
  holderName: Type.String(),
  personalIdLast4: Type.String(),
  periods: Type.Integer(),
  digest: Type.String(),
  totals: Type.Array(Type.Object({ type: Type.String(), months: Type.Integer() })),
  keyId: Type.String(),
});

/** `GET /api/citizen/me/card`. */
export const CardResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      cardCode: Type.String(),
      groupCode: Type.String(),
      registeredClinic: Type.Object({ code: Type.String(), name: Type.String() }),
      validFrom: Type.String(),
      fiveYearsDate: Type.Union([Type.String(), Type.Null()]),
      currentBenefitLevel: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

/** `GET /api/citizen/me/accesses` query. */
export const AccessesQuery = Type.Object({
  before: Type.Optional(SeqInteger()),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  /** First day of the period (Vietnam time), inclusive. */
  from: Type.Optional(Type.String({ format: 'date' })),
  /** Last day of the period (Vietnam time), inclusive. */
  to: Type.Optional(Type.String({ format: 'date' })),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
});

const Checkpoint = Type.Object({
  treeSize: Type.Integer(),
  rootHash: Type.String(),
  time: Type.String(),
  keyId: Type.String(),
  text: Type.String(),
  note: Type.Optional(Type.String()),
  signature: Type.String(),
  publicKey: Type.String(),
});

/** `GET /api/citizen/me/accesses`. */
export const AccessesResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      time: Type.String(),
      action: Type.Object({ code: Type.String(), ...LabelFields }),
      resource: Type.String(),
      actorKind: Type.Union([Type.Literal('staff'), Type.Literal('external'), Type.Literal('system')]),
      unit: Type.Union([Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
      organisation: Type.Union([
        Type.Object({ agreementId: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
        Type.Null(),
      ]),
      application: Type.Union([Type.Object({ system: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
      purpose: Type.Union([Type.Object({ code: Type.String(), ...LabelFields }), Type.Null()]),
      categories: Type.Array(Type.Object({ code: Type.String(), ...LabelFields })),
      breakGlass: Type.Boolean(),
      disputed: Type.Boolean(),
      dispute: Type.Union([
        Type.Object({ reference: Type.String(), reportedAt: Type.String(), caseStatus: Type.Union([Type.String(), Type.Null()]) }),
        Type.Null(),
      ]),
      withheldUntil: Type.Union([Type.String(), Type.Null()]),
      proof: Type.Union([
        Type.Object({ leafIndex: Type.Integer(), leafHash: Type.String(), path: Type.Array(Type.String()) }),
        Type.Null(),
      ]),
    }),
  ),
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
  checkpoint: Type.Union([Checkpoint, Type.Null()]),
});

/** `POST /api/citizen/me/accesses/:seq/dispute`. */
export const DisputeParams = Type.Object({ seq: SeqInteger() });
/** Body of a dispute. */
export const DisputeBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
/** Answer to a dispute. */
export const DisputeResponse = Type.Object({
  reference: Type.String(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  created: Type.Boolean(),
});

/** Query of the sign-in start. */
export const LoginQuery = Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) });
/** Query of the OpenID callback (validated by openid-client; here only bounded). */
export const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 2048 })),
  state: Type.Optional(Type.String({ maxLength: 512 })),
  iss: Type.Optional(Type.String({ maxLength: 2048 })),
  error: Type.Optional(Type.String({ maxLength: 256 })),
  error_description: Type.Optional(Type.String({ maxLength: 2048 })),
});

const isoDate = { format: 'date-time', maxLength: 40 } as const;

/** A withholding decision. */
export const Withholding = Type.Object({
  id: Type.String(),
  subjectPersonId: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.Union([Type.String(), Type.Null()]),
  accessedFrom: Type.Union([Type.String(), Type.Null()]),
  accessedTo: Type.Union([Type.String(), Type.Null()]),
  withheldUntil: Type.String(),
  reason: Type.String(),
  createdBy: Type.String(),
  createdAt: Type.String(),
  liftedAt: Type.Union([Type.String(), Type.Null()]),
});

/** Body of `POST /api/citizen/withholdings`. */
export const CreateWithholdingBody = Type.Object(
  {
    subjectPersonId: Type.Optional(Type.String({ format: 'uuid' })),
    purpose: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]{2,40}$' })),
    accessedFrom: Type.Optional(Type.String(isoDate)),
    accessedTo: Type.Optional(Type.String(isoDate)),
    withheldUntil: Type.String(isoDate),
    reason: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);

/** Query of `GET /api/citizen/withholdings`. */
export const ListWithholdingsQuery = Type.Object({
  subjectPersonId: Type.Optional(Type.String({ format: 'uuid' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});

/** Params naming one withholding. */
export const WithholdingParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
