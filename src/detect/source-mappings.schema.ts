/**
 * Declared log mappings per source system (issue 15, item 4): which field of an application's access log is the
 * account, the person, the action, the purpose and the outcome, so that its lines become access events of the
 * same shape as Khiên's own reads.
 */
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One mapping per source system (the ingestion token's system, or the syslog host). */
export const sourceMappings = pgTable('detect_source_mappings', {
  system: text('system').primaryKey(),
  displayName: text('display_name').notNull(),
  /** The mapping ({@link import('./ingest/source-mapping.ts').SourceMapping}), validated before it is stored. */
  mapping: jsonb('mapping').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by').notNull(),
});
