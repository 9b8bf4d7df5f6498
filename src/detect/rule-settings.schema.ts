/**
 * Detection rule settings changed from the console (issue 13, item 5): a rule switched off, or parameters
 * (thresholds) different from its defaults. One row per rule that differs; every change is recorded in the
 * audit log (`detect.rule_settings`) in the same transaction.
 */
import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Stored rule settings. */
export const detectRuleSettings = pgTable('detect_rule_settings', {
  ruleId: text('rule_id').primaryKey(),
  enabled: boolean('enabled').notNull().default(true),
  /** Parameter overrides as JSON (keys of the rule's defaults only, same types). */
  params: text('params').notNull().default('{}'),
  reason: text('reason').notNull(),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
});
