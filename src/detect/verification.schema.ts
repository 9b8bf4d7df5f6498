/**
 * Verification reports: what a unit found when it checked a warning the IT Centre's monitoring raised
 * (directive on round-the-clock monitoring: each unit verifies each warning and reports back). One alert may
 * receive several reports (a first finding, then a final one); the latest is the unit's answer.
 */
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Conclusions a unit may reach on a warning. */
export const VERIFICATION_CONCLUSIONS = ['violation_confirmed', 'no_violation', 'inconclusive'] as const;
/** A conclusion. */
export type VerificationConclusion = (typeof VERIFICATION_CONCLUSIONS)[number];

/** Verification reports of alerts. */
export const alertVerifications = pgTable(
  'detect_alert_verifications',
  {
    id: uuid('id').primaryKey(),
    alertId: uuid('alert_id').notNull(),
    /** The alert's unit when the report was made (scoping of report lists). */
    unitId: text('unit_id'),
    findings: text('findings').notNull(),
    conclusion: text('conclusion', { enum: VERIFICATION_CONCLUSIONS }).notNull(),
    measures: text('measures').notNull(),
    reportedBy: uuid('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('detect_alert_verifications_alert_idx').on(t.alertId, t.reportedAt), index('detect_alert_verifications_unit_idx').on(t.unitId, t.reportedAt)],
);
