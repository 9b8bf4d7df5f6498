/**
 * Access tables: purposes, written assignments (versioned), break-glass grants, notifications, export
 * requests, data-sharing agreements and their API keys (DESIGN.md invariants 1, 4, 5).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Purposes of processing (mục đích xử lý): the built-in code list plus configurable ones. */
export const accessPurposes = pgTable(
  'access_purposes',
  {
    code: text('code').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    builtin: boolean('builtin').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('access_purposes_code_format', sql`${t.code} ~ '^[a-z][a-z0-9_]{2,40}$'`)],
);

/**
 * Written assignments (phân công bằng văn bản). One row per version: amending inserts version n+1 and marks
 * version n `superseded`; the old row is kept for the record.
 */
export const assignments = pgTable(
  'access_assignments',
  {
    /** Id of this version. */
    id: uuid('id').primaryKey(),
    /** Id shared by every version of the assignment. */
    assignmentId: uuid('assignment_id').notNull(),
    version: integer('version').notNull(),
    documentNo: text('document_no').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    signerAccountId: uuid('signer_account_id').notNull(),
    assigneeAccountId: uuid('assignee_account_id').notNull(),
    purpose: text('purpose').notNull(),
    categories: text('categories').array().notNull(),
    scopeProvinces: text('scope_provinces').array().notNull().default(sql`'{}'::text[]`),
    scopeCommunes: text('scope_communes').array().notNull().default(sql`'{}'::text[]`),
    scopeEmployers: text('scope_employers').array().notNull().default(sql`'{}'::text[]`),
    scopePersons: text('scope_persons').array().notNull().default(sql`'{}'::text[]`),
    actions: text('actions').array().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['active', 'superseded', 'revoked', 'ended'] }).notNull().default('active'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('access_assignments_version_uq').on(t.assignmentId, t.version),
    index('access_assignments_assignee_idx').on(t.assigneeAccountId),
    index('access_assignments_live_idx').on(t.validUntil).where(sql`${t.status} = 'active'`),
    check('access_assignments_validity', sql`${t.validUntil} > ${t.validFrom}`),
  ],
);

/** Break-glass grants (truy cập khẩn cấp): one record, one staff member, a short time, reviewed within 24 h. */
export const breakGlassGrants = pgTable(
  'access_break_glass',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    personId: uuid('person_id').notNull(),
    purpose: text('purpose').notNull(),
    reason: text('reason').notNull(),
    justification: text('justification').notNull(),
    /** Unit and province of the staff member when the grant was opened (who must review it). */
    unitId: text('unit_id').notNull(),
    provinceCode: text('province_code'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewDueAt: timestamp('review_due_at', { withTimezone: true }).notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewOutcome: text('review_outcome', { enum: ['justified', 'unjustified'] }),
    reviewNote: text('review_note'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    overdueReportedAt: timestamp('overdue_reported_at', { withTimezone: true }),
  },
  (t) => [
    index('access_bg_account_idx').on(t.accountId),
    index('access_bg_unreviewed_idx').on(t.reviewDueAt).where(sql`${t.reviewedAt} is null`),
  ],
);

/** Notifications to staff (break-glass use, export approvals). */
export const accessNotifications = pgTable(
  'access_notifications',
  {
    id: uuid('id').primaryKey(),
    /** A named recipient, or null when addressed to a role on a unit. */
    recipientAccountId: uuid('recipient_account_id'),
    recipientRole: text('recipient_role'),
    recipientUnitId: text('recipient_unit_id'),
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('access_notifications_unit_idx').on(t.recipientUnitId), index('access_notifications_account_idx').on(t.recipientAccountId)],
);

/** Bulk export requests (four eyes). */
export const exportRequests = pgTable(
  'access_export_requests',
  {
    id: uuid('id').primaryKey(),
    /** Human-readable request number printed in the file header. */
    requestNo: text('request_no').notNull().unique(),
    requesterAccountId: uuid('requester_account_id').notNull(),
    requesterUnitId: text('requester_unit_id').notNull(),
    recipientName: text('recipient_name').notNull(),
    purpose: text('purpose').notNull(),
    categories: text('categories').array().notNull(),
    personIds: text('person_ids').array().notNull(),
    /** Province codes the selection spans (what an approver needs authority over). */
    provinces: text('provinces').array().notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'downloaded', 'expired'] }).notNull(),
    approverAccountId: uuid('approver_account_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    /** SHA-256 of the one-time download token. */
    downloadTokenHash: text('download_token_hash'),
    downloadExpiresAt: timestamp('download_expires_at', { withTimezone: true }),
    downloadedAt: timestamp('downloaded_at', { withTimezone: true }),
    /** Per-export canary code woven into the file (identifies a leaked copy). */
    canary: text('canary').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('access_exports_requester_idx').on(t.requesterAccountId), index('access_exports_status_idx').on(t.status)],
);

/** Data-sharing agreements with external organisations. */
export const sharingAgreements = pgTable(
  'access_sharing_agreements',
  {
    id: uuid('id').primaryKey(),
    organisation: text('organisation').notNull(),
    legalBasis: text('legal_basis').notNull(),
    purpose: text('purpose').notNull(),
    categories: text('categories').array().notNull(),
    /** Records an organisation may read per UTC day, all keys together. */
    dailyRecordLimit: integer('daily_record_limit').notNull(),
    /** Requests per minute per key. */
    ratePerMinute: integer('rate_per_minute').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('access_agreements_validity', sql`${t.validUntil} > ${t.validFrom}`),
    check('access_agreements_limits', sql`${t.dailyRecordLimit} > 0 and ${t.ratePerMinute} > 0`),
  ],
);

/** API keys, each bound to one agreement; only the SHA-256 of the secret is kept. */
export const apiKeys = pgTable(
  'access_api_keys',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id').notNull(),
    /** Public prefix shown in lists (`khk_xxxxxxxx`). */
    prefix: text('prefix').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    replacedBy: uuid('replaced_by'),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('access_api_keys_agreement_idx').on(t.agreementId)],
);

/** Records read per agreement per UTC day (volume cap). */
export const agreementUsage = pgTable(
  'access_agreement_usage',
  {
    agreementId: uuid('agreement_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    records: integer('records').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.day] })],
);
