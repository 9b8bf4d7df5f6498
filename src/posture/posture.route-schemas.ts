/**
 * TypeBox schemas of the posture routes (requests, responses and the error body), and the acting party of
 * a request.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import type { FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Acting } from './posture-action.ts';
import { ASSET_KINDS, ASSET_STATUSES, EXPOSURES, FINDING_KINDS, FINDING_SEVERITIES, FINDING_STATES, INDICATOR_KINDS } from './posture.schema.ts';

/** The error body of every route. */
export const ErrorSchema = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** Error responses of session routes. */
export const ERRORS = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } as const;
/** Security requirement of session routes. */
export const SESSION = [{ session: [] }];
/** OpenAPI tags. */
export const tags = ['posture'];

const Line = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '^[^\\u0000-\\u001f]*$' });
const Uuid = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const NullableTime = Type.Union([Time, Type.Null()]);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const UnitId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

const Enum = <T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

/** `:id` params. */
export const IdParams = Type.Object({ id: Uuid });

/** Paging. */
const Paging = { limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }), offset: Type.Integer({ minimum: 0, default: 0 }) };

/** One installed product. */
const Software = Type.Object({ product: Line(100), version: Line(50) }, { additionalProperties: false });

/** An asset. */
export const AssetSchema = Type.Object({
  id: Uuid,
  unitId: Type.String(),
  kind: Enum(ASSET_KINDS),
  name: Type.String(),
  ref: Nullable(Type.String()),
  address: Nullable(Type.String()),
  os: Nullable(Type.String()),
  osVersion: Nullable(Type.String()),
  software: Type.Array(Type.Object({ product: Type.String(), version: Type.String() })),
  exposure: Enum(EXPOSURES),
  infoSystem: Nullable(Type.String()),
  securityLevel: Type.Union([Type.Integer(), Type.Null()]),
  status: Enum(ASSET_STATUSES),
  responsibleStaffId: Nullable(Type.String()),
  deviceId: Nullable(Type.String()),
  lastCheckInAt: NullableTime,
  createdAt: Time,
  updatedAt: Time,
});

const assetFields = {
  ref: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]*$' })),
  name: Line(200),
  kind: Enum(ASSET_KINDS),
  address: Type.Optional(Line(253)),
  os: Type.Optional(Line(100)),
  osVersion: Type.Optional(Line(50)),
  software: Type.Optional(Type.Array(Software, { maxItems: 50 })),
  exposure: Enum(EXPOSURES),
  infoSystem: Type.Optional(Line(200)),
  securityLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  status: Type.Optional(Enum(ASSET_STATUSES)),
  responsibleStaffNo: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{4,16}$' })),
  deviceId: Type.Optional(Uuid),
};

/** Body of `POST /assets`. */
export const CreateAssetBody = Type.Object({ unitId: UnitId, ...assetFields }, { additionalProperties: false });
/** Body of `PATCH /assets/:id`. */
export const UpdateAssetBody = Type.Partial(Type.Object(assetFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 });

/** Asset fields of a request, as table cells (the one checker reads those). */
export function assetCells(b: Partial<Static<typeof CreateAssetBody>>): Record<string, string | undefined> {
  const s = (v: string | number | undefined): string | undefined => (v === undefined ? undefined : String(v));
  return {
    ref: b.ref,
    name: b.name,
    kind: b.kind,
    address: b.address,
    os: b.os,
    os_version: b.osVersion,
    software: b.software === undefined ? undefined : b.software.map((x) => `${x.product}:${x.version}`).join('; '),
    exposure: b.exposure,
    info_system: b.infoSystem,
    security_level: s(b.securityLevel),
    status: b.status,
    responsible_staff: b.responsibleStaffNo,
    device_id: b.deviceId,
  };
}

/** Query of `GET /assets`. */
export const AssetQuery = Type.Object(
  { unitId: Type.Optional(UnitId), kind: Type.Optional(Enum(ASSET_KINDS)), status: Type.Optional(Enum(ASSET_STATUSES)), q: Type.Optional(Line(100)), ...Paging },
  { additionalProperties: false },
);

/** Body of a file import. */
export const ImportBody = Type.Object(
  {
    unitId: UnitId,
    format: Enum(['csv', 'xlsx'] as const),
    /** The file, base64. */
    contentBase64: Type.String({ minLength: 1, maxLength: 11_000_000, pattern: '^[A-Za-z0-9+/=\\r\\n]+$' }),
    dryRun: Type.Boolean({ default: true }),
  },
  { additionalProperties: false },
);

/** A bad row. */
const RowErrorSchema = Type.Object({ row: Type.Integer(), field: Type.String(), reason: Type.String() });

/** Result of an asset import. */
export const ImportReportSchema = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  errors: Type.Array(RowErrorSchema),
});

/** Body of an inventory feed. */
export const FeedBody = Type.Object(
  { assets: Type.Array(Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 2000 })), { minItems: 1, maxItems: 5000 }) },
  { additionalProperties: false },
);
/** Result of an inventory feed. */
export const FeedResult = Type.Object({ created: Type.Integer(), updated: Type.Integer(), rejected: Type.Array(RowErrorSchema) });

/** Body of `POST /feed-tokens`. */
export const FeedTokenBody = Type.Object({ unitId: UnitId, system: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' }) }, { additionalProperties: false });
/** A new feed token (shown once). */
export const FeedTokenSchema = Type.Object({ id: Uuid, token: Type.String() });

/** A finding. */
export const FindingSchema = Type.Object({
  id: Uuid,
  unitId: Type.String(),
  assetId: Nullable(Type.String()),
  kind: Enum(FINDING_KINDS),
  title: Type.String(),
  cve: Nullable(Type.String()),
  product: Nullable(Type.String()),
  productVersion: Nullable(Type.String()),
  cvss: Type.Union([Type.Number(), Type.Null()]),
  severity: Enum(FINDING_SEVERITIES),
  source: Type.String(),
  state: Enum(FINDING_STATES),
  ownerAccountId: Nullable(Type.String()),
  dueAt: Time,
  overdue: Type.Boolean(),
  openedAt: Time,
  fixedAt: NullableTime,
  acceptedBy: Nullable(Type.String()),
  acceptedUntil: NullableTime,
  reason: Nullable(Type.String()),
  escalatedAt: NullableTime,
  alertRequestedAt: NullableTime,
  updatedAt: Time,
});

/** Evidence of a finding. */
export const EvidenceSchema = Type.Object({ id: Uuid, at: Time, accountId: Nullable(Type.String()), note: Type.String(), fileName: Nullable(Type.String()), sha256: Nullable(Type.String()) });

/** A finding with its evidence. */
export const FindingDetailSchema = Type.Composite([FindingSchema, Type.Object({ evidence: Type.Array(EvidenceSchema) })]);

/** Body of `POST /findings`. */
export const CreateFindingBody = Type.Object(
  {
    unitId: UnitId,
    assetId: Type.Optional(Uuid),
    kind: Enum(FINDING_KINDS),
    title: Line(300),
    cve: Type.Optional(Type.String({ pattern: '^CVE-\\d{4}-\\d{4,7}$' })),
    product: Type.Optional(Line(100)),
    productVersion: Type.Optional(Line(50)),
    cvss: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
    severity: Type.Optional(Enum(FINDING_SEVERITIES)),
    ownerAccountId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

/** Query of `GET /findings`. */
export const FindingQuery = Type.Object(
  {
    unitId: Type.Optional(UnitId),
    state: Type.Optional(Enum(FINDING_STATES)),
    severity: Type.Optional(Enum(FINDING_SEVERITIES)),
    kind: Type.Optional(Enum(FINDING_KINDS)),
    assetId: Type.Optional(Uuid),
    ...Paging,
  },
  { additionalProperties: false },
);

/** Body of `POST /findings/:id/transition`. */
export const TransitionBody = Type.Object(
  {
    to: Enum(FINDING_STATES),
    reason: Type.Optional(Line(1000)),
    /** Accepted risk: until when. */
    acceptedUntil: Type.Optional(Time),
    ownerAccountId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

/** Body of `POST /findings/:id/evidence`. */
export const EvidenceBody = Type.Object(
  { note: Line(2000), fileName: Type.Optional(Line(200)), sha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$' })) },
  { additionalProperties: false },
);

/** Body of a scanner report import. */
export const ScannerBody = Type.Object(
  {
    unitId: UnitId,
    format: Enum(['openvas-xml'] as const),
    content: Type.String({ minLength: 1, maxLength: 8_000_000 }),
    dryRun: Type.Boolean({ default: true }),
  },
  { additionalProperties: false },
);

/** Result of a findings import. */
export const FindingImportSchema = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  matched: Type.Integer(),
  errors: Type.Array(RowErrorSchema),
});

/** A unit's remediation policy. */
export const PolicySchema = Type.Object({
  unitId: Type.String(),
  /** The unit the policy is defined on (itself or an ancestor); null = the default. */
  definedOn: Nullable(Type.String()),
  criticalDays: Type.Integer(),
  highDays: Type.Integer(),
  mediumDays: Type.Integer(),
  lowDays: Type.Integer(),
});
const Days = Type.Integer({ minimum: 1, maximum: 365 });
/** Body of `PUT /policies/:unitId`. */
export const PolicyBody = Type.Object({ criticalDays: Days, highDays: Days, mediumDays: Days, lowDays: Days }, { additionalProperties: false });
/** `:unitId` params. */
export const UnitParams = Type.Object({ unitId: UnitId });

/** An indicator in a request. */
const IndicatorIn = Type.Object(
  {
    kind: Enum(INDICATOR_KINDS),
    value: Line(300),
    reason: Line(500),
    validUntil: Type.Optional(Time),
  },
  { additionalProperties: false },
);
/** Body of `POST /warning-lists`. */
export const WarningListBody = Type.Object(
  {
    title: Line(300),
    source: Line(100),
    confirmBy: Time,
    unitIds: Type.Array(UnitId, { minItems: 1, maxItems: 200 }),
    validUntil: Time,
    indicators: Type.Array(IndicatorIn, { minItems: 1, maxItems: 10_000 }),
  },
  { additionalProperties: false },
);
/** An indicator. */
export const IndicatorSchema = Type.Object({ id: Uuid, kind: Enum(INDICATOR_KINDS), value: Type.String(), reason: Type.String(), validFrom: Time, validUntil: Time });
/** A unit's confirmation. */
export const ConfirmationSchema = Type.Object({ unitId: Type.String(), confirmedAt: Time, confirmedBy: Type.String(), found: Type.Boolean(), note: Nullable(Type.String()) });
/** A warning list (summary). */
export const WarningListSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  source: Type.String(),
  issuedAt: Time,
  confirmBy: Time,
  unitIds: Type.Array(Type.String()),
  indicatorCount: Type.Integer(),
  /** Units in the caller's scope the list applies to that have not confirmed. */
  pendingUnits: Type.Array(Type.String()),
  overdue: Type.Boolean(),
});
/** A warning list with indicators and confirmations. */
export const WarningListDetailSchema = Type.Composite([
  WarningListSchema,
  Type.Object({ indicators: Type.Array(IndicatorSchema), confirmations: Type.Array(ConfirmationSchema) }),
]);
/** Body of `POST /warning-lists/:id/confirmations`. */
export const ConfirmBody = Type.Object({ unitId: UnitId, found: Type.Boolean(), note: Type.Optional(Line(2000)) }, { additionalProperties: false });
/** A listed account that is one of Khiên's own. */
export const AccountMatchSchema = Type.Object({ indicatorId: Uuid, value: Type.String(), accountId: Type.String(), unitId: Nullable(Type.String()), status: Type.String() });

/** A monthly report (summary). */
export const ReportSchema = Type.Object({
  id: Uuid,
  unitId: Type.String(),
  month: Type.String(),
  status: Type.String(),
  generatedAt: Time,
  signedAt: NullableTime,
  signedBy: Nullable(Type.String()),
  contentHash: Nullable(Type.String()),
});
/** A report with its content. */
export const ReportDetailSchema = Type.Composite([ReportSchema, Type.Object({ content: Type.Unknown(), canonical: Type.String() })]);
/** Body of `POST /reports`. */
export const GenerateReportBody = Type.Object({ unitId: UnitId, month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) }, { additionalProperties: false });
/** Body of `POST /reports/:id/sign`. */
export const SignBody = Type.Object({ signature: Type.String({ pattern: '^[A-Za-z0-9+/]{86}==$' }) }, { additionalProperties: false });
/** Result of verifying a report. */
export const VerifySchema = Type.Object({
  valid: Type.Boolean(),
  signatureValid: Type.Boolean(),
  contentUnchanged: Type.Boolean(),
  auditRecorded: Type.Boolean(),
  contentHash: Nullable(Type.String()),
});
/** One row of the national roll-up. */
export const RollupSchema = Type.Array(
  Type.Object({ unitId: Type.String(), unitName: Type.String(), status: Enum(['missing', 'draft', 'signed'] as const), signedAt: NullableTime }),
);
/** Query with a month. */
export const MonthQuery = Type.Object({ month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) }, { additionalProperties: false });
/** Query of `GET /reports`. */
export const ReportQuery = Type.Object({ unitId: Type.Optional(UnitId), month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })) }, { additionalProperties: false });

/**
 * The acting party of a request (a staff member, or nobody: the services answer 401).
 *
 * @param request - the request
 * @returns the acting party
 * @throws KHIEN_AUTH_FORBIDDEN for citizens and external organisations
 */
export function actingOf(request: FastifyRequest): Acting {
  const a = request.ctx.actor;
  if (a && a.type !== 'staff') throw new ActorErrors.FORBIDDEN();
  return { actor: a ?? null, requestId: request.id, ip: request.ip, userAgent: request.ctx.userAgent };
}
