/**
 * HR events (transfer, retirement, resignation, suspension, return) as recorded and applied by Khiên.
 */
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Kinds of HR event. */
export const HR_EVENT_KINDS = ['transfer', 'retirement', 'resignation', 'suspension', 'return'] as const;
/** One kind of HR event. */
export type HrEventKind = (typeof HR_EVENT_KINDS)[number];

/** Applied HR events (one row per event, written in the same transaction that applies it). */
export const hrEvents = pgTable(
  'org_hr_events',
  {
    id: uuid('id').primaryKey(),
    staffId: uuid('staff_id').notNull(),
    kind: text('kind', { enum: HR_EVENT_KINDS }).notNull(),
    /** Effective date (YYYY-MM-DD) as given by HR. */
    effectiveOn: text('effective_on').notNull(),
    fromUnitId: text('from_unit_id'),
    newUnitId: text('new_unit_id'),
    reason: text('reason'),
    source: text('source', { enum: ['api', 'import'] }).notNull(),
    /** Import batch id when it came from a file. */
    batchId: uuid('batch_id'),
    appliedBy: uuid('applied_by'),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('org_hr_events_staff_idx').on(t.staffId), index('org_hr_events_batch_idx').on(t.batchId)],
);
