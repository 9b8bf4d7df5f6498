/**
 * TypeBox schemas of the detection routes (requests and response allowlists).
 */
import { Type } from '@sinclair/typebox';
import { ALERT_STATUSES } from './detect.schema.ts';
import { SEVERITIES } from './rule.ts';

/** The error body of every failure (see `http/error-handler.ts`). */
export const ErrorResponse = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** Alert status. */
export const StatusSchema = Type.Union(ALERT_STATUSES.map((s) => Type.Literal(s)));
/** Severity. */
export const SeveritySchema = Type.Union(SEVERITIES.map((s) => Type.Literal(s)));
/** Scalar facts. */
const Facts = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]));

/** A UUID path parameter. */
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Query of the alert list. */
export const AlertListQuery = Type.Object({
  status: Type.Optional(StatusSchema),
  severity: Type.Optional(SeveritySchema),
  ruleId: Type.Optional(Type.String({ pattern: '^KHIEN-R[0-9]{3}$' })),
  accountId: Type.Optional(Type.String({ format: 'uuid' })),
  unitId: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Z0-9-]+$' })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  overdue: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
});

/** One alert as presented. */
export const AlertSchema = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  ruleName: Type.Object({ vi: Type.String(), en: Type.String() }),
  attack: Type.String(),
  severity: SeveritySchema,
  status: StatusSchema,
  accountId: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.Union([Type.String(), Type.Null()]),
  groupKey: Type.String(),
  count: Type.Integer(),
  firstEventAt: Type.String(),
  lastEventAt: Type.String(),
  createdAt: Type.String(),
  dueAt: Type.String(),
  overdue: Type.Boolean(),
  details: Facts,
  triage: Type.Union([Type.Object({ reason: Type.Union([Type.String(), Type.Null()]), by: Type.Union([Type.String(), Type.Null()]), at: Type.String() }), Type.Null()]),
  suspension: Type.Union([Type.Object({ status: Type.String(), requestedAt: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
});

/** The alert list. */
export const AlertListResponse = Type.Object({ total: Type.Integer(), items: Type.Array(AlertSchema) });

/** One alert with its evidence. */
export const AlertDetailResponse = Type.Object({
  alert: AlertSchema,
  evidence: Type.Array(Type.Object({ seq: Type.Integer(), eventId: Type.String(), eventTime: Type.String(), summary: Facts, details: Facts })),
});

/** Body of a triage transition. */
export const TriageBody = Type.Object(
  {
    status: Type.Union([Type.Literal('acknowledged'), Type.Literal('false_positive'), Type.Literal('escalated')]),
    reason: Type.Optional(Type.String({ minLength: 3, maxLength: 500 })),
  },
  { additionalProperties: false },
);

/** Query of the monitoring summary. */
export const SummaryQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  bucket: Type.Union([Type.Literal('hour'), Type.Literal('day')], { default: 'hour' }),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
});

const SevCounts = Type.Object({ low: Type.Integer(), medium: Type.Integer(), high: Type.Integer(), critical: Type.Integer() });

/** The monitoring summary. */
export const SummaryResponse = Type.Object({
  from: Type.String(),
  to: Type.String(),
  bucket: Type.String(),
  totals: Type.Object({ alerts: Type.Integer(), bySeverity: SevCounts, byStatus: Type.Record(Type.String(), Type.Integer()) }),
  buckets: Type.Array(
    Type.Object({
      start: Type.String(),
      total: Type.Integer(),
      bySeverity: SevCounts,
      byUnit: Type.Record(Type.String(), Type.Integer()),
      byRule: Type.Record(Type.String(), Type.Integer()),
    }),
  ),
  riskiestAccounts: Type.Array(
    Type.Object({ accountId: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]), score: Type.Number(), alerts: Type.Integer(), topRule: Type.String() }),
  ),
  overdue: Type.Array(
    Type.Object({
      id: Type.String(),
      ruleId: Type.String(),
      severity: SeveritySchema,
      unitId: Type.Union([Type.String(), Type.Null()]),
      accountId: Type.Union([Type.String(), Type.Null()]),
      dueAt: Type.String(),
      minutesOverdue: Type.Integer(),
    }),
  ),
  truncated: Type.Boolean(),
});

/** Query of the rejected-lines list. */
export const RejectedQuery = Type.Object({
  reason: Type.Optional(Type.String({ pattern: '^[A-Z_]{2,40}$' })),
  channel: Type.Optional(Type.Union([Type.Literal('syslog_udp'), Type.Literal('syslog_tcp'), Type.Literal('http')])),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
});

/** Rejected lines with counts. */
export const RejectedResponse = Type.Object({
  total: Type.Integer(),
  byReason: Type.Array(Type.Object({ reason: Type.String(), n: Type.Integer() })),
  counters: Type.Record(Type.String(), Type.Integer()),
  items: Type.Array(
    Type.Object({ id: Type.String(), receivedAt: Type.String(), channel: Type.String(), source: Type.String(), reason: Type.String(), line: Type.String() }),
  ),
});

/** The rule catalogue. */
export const RulesResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    name: Type.Object({ vi: Type.String(), en: Type.String() }),
    description: Type.Object({ vi: Type.String(), en: Type.String() }),
    severity: SeveritySchema,
    attack: Type.String(),
    suspends: Type.Boolean(),
    params: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Array(Type.String())])),
  }),
);

/** Body of `POST /api/ingest/events`: up to 1,000 lines (JSON objects, or strings holding JSON or syslog). */
export const IngestBody = Type.Object(
  { events: Type.Array(Type.Union([Type.String({ maxLength: 16_384 }), Type.Record(Type.String(), Type.Unknown())]), { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);

/** Result of an ingestion batch. */
export const IngestResponse = Type.Object({
  accepted: Type.Integer(),
  rejected: Type.Integer(),
  rejections: Type.Array(Type.Object({ index: Type.Integer(), reason: Type.String() })),
});
