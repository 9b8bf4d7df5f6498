/**
 * Incident-response tables: cases and incidents with their tasks, timeline, observables and linked alerts;
 * the incident-response duty roster; the personal-data breach record (72-hour clock, escalations, Form 08
 * details, submission to A05, notices to data subjects); notifications to the central security team; and
 * addresses blocked as a containment action.
 *
 * No table here holds an insured person's identifying numbers: persons appear only by internal id.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Case severity. */
export const CASE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** Case lifecycle. */
export const CASE_STATUSES = ['open', 'in_progress', 'contained', 'closed'] as const;
/** How a case was opened. */
export const CASE_ORIGINS = ['alert', 'manual', 'citizen_report'] as const;
/** Observable kinds. */
export const OBSERVABLE_TYPES = ['account', 'ip', 'device', 'person'] as const;
/** Task states. */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
/** Notice-to-data-subject states. */
export const NOTICE_STATUSES = ['pending', 'sent', 'failed', 'public_notice'] as const;

/** Cases and incidents (vụ việc / sự cố). */
export const cases = pgTable(
  'respond_cases',
  {
    id: uuid('id').primaryKey(),
    /** Human-facing sequence number (shown as `VV-<year>-<number>`). */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    title: text('title').notNull(),
    description: text('description'),
    origin: text('origin', { enum: CASE_ORIGINS }).notNull(),
    severity: text('severity', { enum: CASE_SEVERITIES }).notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('open'),
    /** Unit the case concerns; decides which security officers see it. */
    unitId: text('unit_id').notNull(),
    assigneeAccountId: uuid('assignee_account_id'),
    /** When the underlying event was detected (start of the 72-hour clock for a breach). */
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    /** Account that opened it; null when opened by the system (detector, citizen report). */
    openedBy: uuid('opened_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    personalDataBreach: boolean('personal_data_breach').notNull().default(false),
    /** An exercise (a drill of the govern module): never a breach, never exported to the national centre. */
    exercise: boolean('exercise').notNull().default(false),
    /** Earliest date the case may be deleted (Decree 356/2025 Art. 29: breach records kept ≥ 5 years). */
    retainUntil: timestamp('retain_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('respond_cases_unit_idx').on(t.unitId),
    index('respond_cases_status_idx').on(t.status),
    index('respond_cases_opened_idx').on(t.openedAt),
  ],
);

/** Alerts linked to a case (one alert belongs to at most one case). */
export const caseAlerts = pgTable(
  'respond_case_alerts',
  {
    alertId: text('alert_id').primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    severity: text('severity', { enum: CASE_SEVERITIES }).notNull(),
    accountId: text('account_id'),
    unitId: text('unit_id'),
    evidenceEventIds: text('evidence_event_ids').array().notNull().default(sql`'{}'::text[]`),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('respond_case_alerts_case_idx').on(t.caseId), index('respond_case_alerts_raised_idx').on(t.raisedAt)],
);

/** Tasks of a case. */
export const caseTasks = pgTable(
  'respond_case_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    assigneeAccountId: uuid('assignee_account_id'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('respond_case_tasks_case_idx').on(t.caseId)],
);

/** The timeline: one entry per action on the case, written by the service, never by hand. */
export const caseTimeline = pgTable(
  'respond_case_timeline',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Dotted action, e.g. `case.opened`, `containment.suspend_account`, `breach.escalated`. */
    action: text('action').notNull(),
    actorAccountId: uuid('actor_account_id'),
    /** Short description in Vietnamese and English — never personal data. */
    summary: text('summary').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull().default('success'),
  },
  (t) => [index('respond_case_timeline_case_idx').on(t.caseId, t.seq)],
);

/** Observables: accounts, IP addresses, devices and persons (internal id only). */
export const caseObservables = pgTable(
  'respond_case_observables',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    type: text('type', { enum: OBSERVABLE_TYPES }).notNull(),
    value: text('value').notNull(),
    note: text('note'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('respond_case_observables_uq').on(t.caseId, t.type, t.value)],
);

/** Incident-response roster: who is on duty for which unit subtree, by time window. */
export const roster = pgTable(
  'respond_roster',
  {
    id: uuid('id').primaryKey(),
    /** Root of the unit subtree covered (a provincial office, or the IT Centre for the national view). */
    unitId: text('unit_id').notNull(),
    accountId: uuid('account_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Primary officers are preferred over backups when both are on duty. */
    primary: boolean('is_primary').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('respond_roster_unit_idx').on(t.unitId, t.startsAt),
    check('respond_roster_window', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** The personal-data breach record of a case (PDPL Art. 23; Decree 356/2025 Art. 28–29). */
export const breaches = pgTable('respond_breaches', {
  caseId: uuid('case_id').primaryKey().references(() => cases.id, { onDelete: 'cascade' }),
  /** Start of the 72-hour clock. */
  detectedAt: timestamp('detected_at', { withTimezone: true }).notNull(),
  deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
  markedAt: timestamp('marked_at', { withTimezone: true }).notNull(),
  markedBy: uuid('marked_by'),
  /** Form 08 content entered by the team (see form-08.ts); never insured persons' identifiers. */
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  submittedBy: uuid('submitted_by'),
  submissionChannel: text('submission_channel'),
  submissionReference: text('submission_reference'),
  /** SHA-256 of the Form 08 JSON that was submitted. */
  submissionDigest: text('submission_digest'),
  /** Set when the clock stops (submission recorded). */
  clockStoppedAt: timestamp('clock_stopped_at', { withTimezone: true }),
});

/** Escalations of a breach clock; the primary key makes the sweep idempotent. */
export const breachEscalations = pgTable(
  'respond_breach_escalations',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    /** Hours since detection: 24, 48, 66, or 72 (deadline passed). */
    thresholdHours: integer('threshold_hours').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.thresholdHours] })],
);

/** Notices to affected data subjects (Decree 356/2025 Art. 29). */
export const breachNotices = pgTable(
  'respond_breach_notices',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    channel: text('channel', { enum: ['vssid', 'sms', 'email', 'post', 'public'] }).notNull(),
    status: text('status', { enum: NOTICE_STATUSES }).notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    reference: text('reference'),
  },
  (t) => [uniqueIndex('respond_breach_notices_uq').on(t.caseId, t.personId), index('respond_breach_notices_status_idx').on(t.status)],
);

/** Notifications to the central security team (escalations, unassigned citizen reports). */
export const notifications = pgTable(
  'respond_notifications',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    audience: text('audience', { enum: ['central_security', 'assignee'] }).notNull(),
    accountId: uuid('account_id'),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('respond_notifications_audience_idx').on(t.audience, t.createdAt)],
);

/** Network addresses blocked from a case (enforced by the HTTP layer through `isAddressBlocked`). */
export const blockedAddresses = pgTable(
  'respond_blocked_addresses',
  {
    address: text('address').primaryKey(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    blockedAt: timestamp('blocked_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    blockedBy: uuid('blocked_by'),
  },
);
