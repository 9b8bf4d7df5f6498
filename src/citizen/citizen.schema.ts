/**
 * Tables of the insured person's own view: citizen sessions (after OpenID Connect sign-in), pending sign-in
 * flows (state, nonce, PKCE verifier), the demo identity provider's accounts, withholding decisions for
 * inspections and investigations, and "I don't recognise this access" reports.
 *
 * Audit entries are immutable, so decisions to withhold them from the citizen view live here and are applied
 * on read (anchors.md takeaway 8: covert queries are disclosed later, as in Estonia's Data Tracker).
 */
import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Server-side citizen sessions; the `khien_citizen` cookie holds a random token whose SHA-256 is `token_hash`. */
export const citizenSessions = pgTable(
  'citizen_sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    personId: uuid('person_id').notNull(),
    /** `sub` from the identity provider. */
    subject: text('subject').notNull(),
    issuer: text('issuer').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('citizen_sessions_person_idx').on(t.personId)],
);

/** Sign-in flows between the redirect to the provider and the callback (single use, short-lived). */
export const citizenLoginFlows = pgTable(
  'citizen_login_flows',
  {
    id: uuid('id').primaryKey(),
    /** SHA-256 of the random value held in the flow cookie (binds the callback to the browser that started it). */
    tokenHash: text('token_hash').notNull().unique(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('citizen_login_flows_expiry_idx').on(t.expiresAt)],
);

/** Accounts of the demo identity provider (demo mode only): an opaque `sub` per personal identification number. */
export const citizenDemoAccounts = pgTable('citizen_demo_accounts', {
  subject: text('subject').primaryKey(),
  personalId: text('personal_id').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/**
 * Decisions to withhold accesses from the citizen view until a date (inspections, investigations).
 * A rule covers one subject person, one purpose, or both; optionally only accesses within a time window.
 */
export const citizenWithholdings = pgTable(
  'citizen_withholdings',
  {
    id: uuid('id').primaryKey(),
    subjectPersonId: uuid('subject_person_id'),
    purpose: text('purpose'),
    accessedFrom: timestamp('accessed_from', { withTimezone: true }),
    accessedTo: timestamp('accessed_to', { withTimezone: true }),
    withheldUntil: timestamp('withheld_until', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedBy: text('lifted_by'),
  },
  (t) => [
    index('citizen_withholdings_subject_idx').on(t.subjectPersonId),
    index('citizen_withholdings_purpose_idx').on(t.purpose),
    check('citizen_withholdings_scope', sql`${t.subjectPersonId} is not null or ${t.purpose} is not null`),
    check(
      'citizen_withholdings_window',
      sql`${t.accessedFrom} is null or ${t.accessedTo} is null or ${t.accessedTo} > ${t.accessedFrom}`,
    ),
  ],
);

/** "Tôi không nhận ra truy cập này" reports: one per person and audit entry (idempotent). */
export const citizenDisputes = pgTable(
  'citizen_disputes',
  {
    id: uuid('id').primaryKey(),
    /** Reference shown to the citizen, e.g. `PA-7K3QX9M2`. */
    reference: text('reference').notNull().unique(),
    personId: uuid('person_id').notNull(),
    auditSeq: bigint('audit_seq', { mode: 'number' }).notNull(),
    /** Unit of the access (the case goes to its security officer); null for external organisations. */
    unitId: text('unit_id'),
    note: text('note'),
    /** Case opened in the incident module, when wired. */
    caseId: text('case_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('citizen_disputes_entry_idx').on(t.personId, t.auditSeq)],
);
