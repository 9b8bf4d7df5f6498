/**
 * TypeBox schemas of the incident-response API (requests and every response status; STYLE.md rule 5).
 * Response schemas are field allowlists (rule 25).
 */
import { Type } from '@sinclair/typebox';
import { CASE_SEVERITIES, CASE_STATUSES, NOTICE_STATUSES, OBSERVABLE_TYPES, TASK_STATUSES } from './respond.schema.ts';
import { CONTAINMENT_ACTIONS } from './respond.types.ts';
import { SUBMISSION_CHANNELS } from './breach-service.ts';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

/** Error body. */
export const ErrorSchema = Type.Object({
  code: Type.String(),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
  requestId: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

/** Error responses every route may give. */
export const ERRORS = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } as const;

const Uuid = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const NullableTime = Type.Union([Time, Type.Null()]);
/** A short text with no control characters. */
const Line = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '^[^\\u0000-\\u001f]*$' });

/** `:id` params. */
export const CaseParams = Type.Object({ id: Uuid });
/** `:id/tasks/:taskId` params. */
export const TaskParams = Type.Object({ id: Uuid, taskId: Uuid });
/** `:id/breach/notices/:noticeId` params. */
export const NoticeParams = Type.Object({ id: Uuid, noticeId: Uuid });

/** A case as listed. */
export const CaseSummarySchema = Type.Object({
  id: Uuid,
  reference: Type.String(),
  title: Type.String(),
  origin: lit(['alert', 'manual', 'citizen_report'] as const),
  severity: lit(CASE_SEVERITIES),
  status: lit(CASE_STATUSES),
  unitId: Type.String(),
  assigneeAccountId: Type.Union([Type.String(), Type.Null()]),
  detectedAt: Time,
  openedAt: Time,
  closedAt: NullableTime,
  personalDataBreach: Type.Boolean(),
  retainUntil: NullableTime,
  exercise: Type.Boolean(),
});

/** The breach clock. */
export const ClockSchema = Type.Object({
  detectedAt: Time,
  deadlineAt: Time,
  remainingMs: Type.Integer(),
  remaining: Type.String(),
  overdue: Type.Boolean(),
  stopped: Type.Boolean(),
  thresholdsPassed: Type.Array(Type.Integer()),
  nextEscalationAt: NullableTime,
});

/** A full case. */
export const CaseDetailSchema = Type.Composite([
  CaseSummarySchema,
  Type.Object({
    description: Type.Union([Type.String(), Type.Null()]),
    alerts: Type.Array(
      Type.Object({
        alertId: Type.String(),
        ruleId: Type.String(),
        severity: Type.String(),
        accountId: Type.Union([Type.String(), Type.Null()]),
        raisedAt: Time,
        evidenceEventIds: Type.Array(Type.String()),
      }),
    ),
    tasks: Type.Array(
      Type.Object({
        id: Uuid,
        title: Type.String(),
        status: Type.String(),
        assigneeAccountId: Type.Union([Type.String(), Type.Null()]),
        dueAt: NullableTime,
        completedAt: NullableTime,
      }),
    ),
    observables: Type.Array(
      Type.Object({ id: Uuid, type: Type.String(), value: Type.String(), note: Type.Union([Type.String(), Type.Null()]), addedAt: Time }),
    ),
    timeline: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        at: Time,
        action: Type.String(),
        actorAccountId: Type.Union([Type.String(), Type.Null()]),
        summary: Type.String(),
        outcome: Type.String(),
        data: Type.Record(Type.String(), Type.Unknown()),
      }),
    ),
    breach: Type.Union([
      Type.Null(),
      Type.Object({
        clock: ClockSchema,
        markedAt: Time,
        submission: Type.Union([
          Type.Null(),
          Type.Object({
            at: Time,
            by: Type.Union([Type.String(), Type.Null()]),
            channel: Type.String(),
            reference: Type.String(),
            digest: Type.Union([Type.String(), Type.Null()]),
          }),
        ]),
        escalations: Type.Array(Type.Object({ thresholdHours: Type.Integer(), at: Time })),
        notices: Type.Array(
          Type.Object({
            id: Uuid,
            personId: Uuid,
            channel: Type.String(),
            status: Type.String(),
            sentAt: NullableTime,
            reference: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
      }),
    ]),
  }),
]);

/** Body of `POST /api/cases`. */
export const OpenCaseBody = Type.Object(
  {
    title: Line(300),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    severity: lit(CASE_SEVERITIES),
    unitId: Type.String({ minLength: 1, maxLength: 40 }),
    detectedAt: Type.Optional(Time),
    assigneeAccountId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    /** A drill: never a breach, never exported. */
    exercise: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Query of `GET /api/cases/count`: the list's filters without paging. */
export const CountQuery = Type.Object(
  {
    status: Type.Optional(lit(CASE_STATUSES)),
    breach: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Query of `GET /api/cases/`. */
export const ListQuery = Type.Object(
  {
    status: Type.Optional(lit(CASE_STATUSES)),
    breach: Type.Optional(Type.Boolean()),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
    lang: Type.Optional(lit(['vi', 'en'] as const)),
  },
  { additionalProperties: false },
);

/** Body of `PATCH /api/cases/:id`. */
export const UpdateCaseBody = Type.Object(
  {
    title: Type.Optional(Line(300)),
    severity: Type.Optional(lit(CASE_SEVERITIES)),
    status: Type.Optional(lit(CASE_STATUSES)),
    assigneeAccountId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** Body of `POST /api/cases/:id/notes`. */
export const NoteBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false });

/** Body of `POST /api/cases/:id/tasks`. */
export const TaskBody = Type.Object(
  { title: Line(300), assigneeAccountId: Type.Optional(Type.Union([Uuid, Type.Null()])), dueAt: Type.Optional(Time) },
  { additionalProperties: false },
);

/** Body of `PATCH /api/cases/:id/tasks/:taskId`. */
export const UpdateTaskBody = Type.Object(
  { status: Type.Optional(lit(TASK_STATUSES)), assigneeAccountId: Type.Optional(Type.Union([Uuid, Type.Null()])) },
  { additionalProperties: false, minProperties: 1 },
);

/** Body of `POST /api/cases/:id/observables`. */
export const ObservableBody = Type.Object(
  { type: lit(OBSERVABLE_TYPES), value: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\s]+$' }), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

/** Body of `POST /api/cases/:id/containment`. */
export const ContainBody = Type.Object(
  {
    action: lit(CONTAINMENT_ACTIONS),
    targetId: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\s]+$' }),
    reason: Line(500),
    until: Type.Optional(Time),
  },
  { additionalProperties: false },
);

/** Body of `POST /api/cases/:id/breach`. */
export const MarkBreachBody = Type.Object({ detectedAt: Type.Optional(Time) }, { additionalProperties: false });

/** Body of `POST /api/cases/:id/breach/submission`. */
export const SubmissionBody = Type.Object(
  { channel: lit(SUBMISSION_CHANNELS), reference: Line(200), submittedAt: Type.Optional(Time) },
  { additionalProperties: false },
);

/** Body of `POST /api/cases/:id/breach/notices`. */
export const NoticesBody = Type.Object(
  { personIds: Type.Array(Uuid, { minItems: 1, maxItems: 10_000 }), channel: lit(['vssid', 'sms', 'email', 'post', 'public'] as const) },
  { additionalProperties: false },
);

/** Body of `PATCH /api/cases/:id/breach/notices/:noticeId`. */
export const NoticeUpdateBody = Type.Object(
  { status: lit(NOTICE_STATUSES), reference: Type.Optional(Line(200)) },
  { additionalProperties: false },
);

/** A duty window. */
export const DutySchema = Type.Object({ id: Uuid, unitId: Type.String(), accountId: Uuid, startsAt: Time, endsAt: Time, primary: Type.Boolean() });

/** Body of `POST /api/respond/roster`. */
export const DutyBody = Type.Object(
  { unitId: Type.String({ minLength: 1, maxLength: 40 }), accountId: Uuid, startsAt: Time, endsAt: Time, primary: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** Query of `GET /api/respond/roster`. */
export const DutyQuery = Type.Object(
  { unitId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })), from: Time, to: Time, lang: Type.Optional(lit(['vi', 'en'] as const)) },
  { additionalProperties: false },
);

/** Query of `GET /api/respond/on-duty`. */
export const OnDutyQuery = Type.Object(
  { unitId: Type.String({ minLength: 1, maxLength: 40 }), lang: Type.Optional(lit(['vi', 'en'] as const)) },
  { additionalProperties: false },
);

/** Officers on duty. */
export const OnDutySchema = Type.Array(
  Type.Object({ accountId: Uuid, rosterUnitId: Type.String(), primary: Type.Boolean(), endsAt: Time }),
);

/** Query of `GET /api/respond/stix`. */
export const StixQuery = Type.Object(
  { since: Time, until: Type.Optional(Time), lang: Type.Optional(lit(['vi', 'en'] as const)) },
  { additionalProperties: false },
);
