/**
 * Organisation tables: the agency's unit tree and staff records with their HR status.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Units: the agency root, central departments (incl. the IT Centre), 34 provincial offices, local offices. */
export const units = pgTable(
  'org_units',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id'),
    kind: text('kind', { enum: ['agency', 'central', 'province', 'local'] }).notNull(),
    name: text('name').notNull(),
    /** 2025 province code for provincial and local offices; null for the agency and central units. */
    provinceCode: text('province_code'),
    /** Commune codes served by a local office. */
    communes: text('communes').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_units_parent_idx').on(t.parentId), index('org_units_province_idx').on(t.provinceCode)],
);

/** Employment status values of a staff record. */
export const STAFF_STATUSES = ['active', 'transferred', 'retired', 'resigned', 'suspended'] as const;
/** Employment status of a staff record. */
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** Staff records (cán bộ, công chức, viên chức). */
export const staff = pgTable(
  'org_staff',
  {
    id: uuid('id').primaryKey(),
    staffNo: text('staff_no').notNull().unique(),
    fullName: text('full_name').notNull(),
    unitId: text('unit_id').notNull().references(() => units.id),
    position: text('position').notNull(),
    status: text('status', { enum: STAFF_STATUSES }).notNull().default('active'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** The staff member's own registry record, if insured (for linked-person detection). */
    personId: uuid('person_id'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_staff_unit_idx').on(t.unitId),
    index('org_staff_person_idx').on(t.personId),
    check('org_staff_no_format', sql`${t.staffNo} ~ '^[A-Z0-9]{4,16}$'`),
  ],
);
