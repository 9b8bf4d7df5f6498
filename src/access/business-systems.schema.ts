/**
 * Business systems registered with the decision service (issue 15, item 2): the agency's applications that ask
 * Khiên for a decision before showing personal data. Each holds one credential at a time; only the SHA-256 of
 * its secret is kept, the prefix finds the row, and a rotation replaces both.
 */
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Registered business systems and their current credential. */
export const businessSystems = pgTable('access_business_systems', {
  id: uuid('id').primaryKey(),
  /** Short stable name, recorded as the channel (`source.system`) of every decision it asks for. */
  name: text('name').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** Public part of the current credential (`khs_<prefix>_<secret>`). */
  credentialPrefix: text('credential_prefix').notNull().unique(),
  credentialHash: text('credential_hash').notNull(),
  credentialIssuedAt: timestamp('credential_issued_at', { withTimezone: true }).notNull(),
  /** The route map of the application behind the gateway (`gateway-route-map.ts`), null when none is declared. */
  gatewayRoutes: jsonb('gateway_routes'),
  gatewayRoutesUpdatedAt: timestamp('gateway_routes_updated_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
