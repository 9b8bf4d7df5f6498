/**
 * Detection tables: alerts (grouped per account × rule × key, deduplicated within a window, with triage
 * state and target time), their evidence (compact copies of the triggering events without personal data),
 * ingestion tokens of other systems (only SHA-256 hashes are stored) and the log lines that could not be
 * parsed, kept with their reason so that nothing is dropped silently.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Alert triage states. */
export const ALERT_STATUSES = ['new', 'acknowledged', 'false_positive', 'escalated'] as const;
/** An alert triage state. */
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Alerts. */
export const alerts = pgTable(
  'detect_alerts',
  {
    id: uuid('id').primaryKey(),
    ruleId: text('rule_id').notNull(),
    severity: text('severity', { enum: ['low', 'medium', 'high', 'critical'] }).notNull(),
    status: text('status', { enum: ALERT_STATUSES }).notNull().default('new'),
    accountId: uuid('account_id'),
    unitId: text('unit_id'),
    /** Extra grouping key within account × rule (source address, device, kind); '' when none. */
    groupKey: text('group_key').notNull().default(''),
    /** Number of detections folded into this alert. */
    count: integer('count').notNull().default(1),
    firstEventAt: timestamp('first_event_at', { withTimezone: true }).notNull(),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }).notNull(),
    /** When the alert was raised (detection time). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** Triage target: acknowledge before this time (per severity). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** Facts of the latest detection (no personal data). */
    details: jsonb('details').$type<Record<string, string | number | boolean>>().notNull(),
    triageReason: text('triage_reason'),
    triagedBy: uuid('triaged_by'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    /** Set when this alert asked the identity module to suspend the account. */
    suspensionRequestedAt: timestamp('suspension_requested_at', { withTimezone: true }),
    suspensionStatus: text('suspension_status', { enum: ['requested', 'done', 'failed', 'unavailable'] }),
  },
  (t) => [
    index('detect_alerts_group_idx').on(t.accountId, t.ruleId, t.groupKey),
    index('detect_alerts_status_idx').on(t.status, t.dueAt),
    index('detect_alerts_unit_idx').on(t.unitId, t.createdAt),
    index('detect_alerts_created_idx').on(t.createdAt),
    check('detect_alerts_fp_reason', sql`${t.status} <> 'false_positive' or ${t.triageReason} is not null`),
  ],
);

/** Evidence of an alert: compact copies of the triggering events, capped per alert. */
export const alertEvidence = pgTable(
  'detect_alert_evidence',
  {
    alertId: uuid('alert_id').notNull(),
    seq: integer('seq').notNull(),
    eventId: text('event_id').notNull(),
    eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
    /** Compact event: kind, action, outcome, account, source address/device/system, counts — never subject ids. */
    summary: jsonb('summary').$type<Record<string, string | number | boolean | null>>().notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.alertId, t.seq] })],
);

/** Ingestion tokens of other systems (applications, VPN concentrator) for `POST /api/ingest/events`. */
export const ingestTokens = pgTable('detect_ingest_tokens', {
  id: uuid('id').primaryKey(),
  /** Name of the source system, used as `source.system` when a line names no device. */
  system: text('system').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Log lines that could not be parsed or normalised, with the reason (never dropped silently). */
export const rejectedLines = pgTable(
  'detect_rejected_lines',
  {
    id: uuid('id').primaryKey(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    channel: text('channel', { enum: ['syslog_udp', 'syslog_tcp', 'http'] }).notNull(),
    /** Sender: the token's system for HTTP, the peer address for syslog. */
    source: text('source').notNull(),
    /** Stable reason code, e.g. `NO_PRI`, `BAD_TIMESTAMP`, `UNKNOWN_TYPE`. */
    reason: text('reason').notNull(),
    /** The line as received, truncated to 4 KiB. */
    line: text('line').notNull(),
  },
  (t) => [index('detect_rejected_received_idx').on(t.receivedAt)],
);
