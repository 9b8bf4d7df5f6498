/**
 * The protected registry: insured persons, households, employers, participation periods and
 * health-insurance cards. Laid out so Citus can distribute it (docs/SCALING.md, plan in
 * `distribution-plan.ts`): every person-owned table carries `person_id` in its primary key, a household's rows
 * are keyed by the household, and the unique identifiers (personal id, SI number, card code, household code)
 * are enforced by small lookup tables keyed by the identifier, written in the same transaction as the rows.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Insured persons. `personal_id` (12 digits) is the primary identity; the SI number is a legacy alias. */
export const persons = pgTable(
  'registry_persons',
  {
    id: uuid('id').primaryKey(),
    /** Unique through {@link identifiers} (kind `personal_id`). */
    personalId: text('personal_id').notNull(),
    /** Unique through {@link identifiers} (kind `social_insurance_no`). */
    socialInsuranceNo: text('social_insurance_no'),
    fullName: text('full_name').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    provinceCode: text('province_code').notNull(),
    communeCode: text('commune_code').notNull(),
    street: text('street').notNull(),
    phone: text('phone'),
    status: text('status', { enum: ['active', 'inactive', 'deceased'] }).notNull().default('active'),
    /** The person's household: how a person's household is found (its members are keyed by the household). */
    householdId: uuid('household_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('registry_persons_name_dob_idx').on(t.fullName, t.dateOfBirth),
    index('registry_persons_area_idx').on(t.provinceCode, t.communeCode),
    index('registry_persons_household_idx').on(t.householdId),
    check('registry_persons_pid_format', sql`${t.personalId} ~ '^[0-9]{12}$'`),
    check('registry_persons_sin_format', sql`${t.socialInsuranceNo} is null or ${t.socialInsuranceNo} ~ '^[0-9]{10}$'`),
    check('registry_persons_province_format', sql`${t.provinceCode} ~ '^[0-9]{2}$'`),
    check('registry_persons_commune_format', sql`${t.communeCode} ~ '^[0-9]{5}$'`),
  ],
);

/** Households (hộ gia đình), distributed by their id; the code is unique through {@link householdCodes}. */
export const households = pgTable(
  'registry_households',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    headPersonId: uuid('head_person_id'),
    provinceCode: text('province_code').notNull(),
    communeCode: text('commune_code').notNull(),
    street: text('street').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('registry_households_area_idx').on(t.provinceCode, t.communeCode)],
);

/** Members of a household and their relation to its head, keyed by the household (co-located with it). */
export const householdMembers = pgTable(
  'registry_household_members',
  {
    householdId: uuid('household_id').notNull(),
    personId: uuid('person_id').notNull(),
    relation: text('relation', { enum: ['head', 'spouse', 'child', 'parent', 'sibling', 'other'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.personId] }), index('registry_hm_person_idx').on(t.personId)],
);

/** Employers (đơn vị sử dụng lao động), a reference table: 10-character enterprise code or 7-character budget-relationship code. */
export const employers = pgTable(
  'registry_employers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    codeKind: text('code_kind', { enum: ['enterprise', 'budget'] }).notNull(),
    name: text('name').notNull(),
    provinceCode: text('province_code').notNull(),
    communeCode: text('commune_code'),
    /** Type of production/business (QĐ 27/2018/QĐ-TTg sector code, 3 characters) */
    businessType: text('business_type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('registry_employers_province_idx').on(t.provinceCode)],
);

/** Insurance types of a participation period. */
export const INSURANCE_TYPES = [
  'sickness_maternity',
  'retirement_survivorship',
  'occupational_accident',
  'health',
  'unemployment',
] as const;
/** One insurance type. */
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

/** Participation periods (quá trình tham gia), keyed `(person_id, id)`. Months are `YYYY-MM`. */
export const participationPeriods = pgTable(
  'registry_participation_periods',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month'),
    jobTitle: text('job_title').notNull(),
    salaryBasis: bigint('salary_basis', { mode: 'number' }).notNull(),
    allowances: bigint('allowances', { mode: 'number' }).notNull().default(0),
    insuranceTypes: text('insurance_types').array().notNull(),
    contractType: text('contract_type', {
      enum: ['indefinite', 'fixed_term', 'short_term', 'civil_servant'],
    }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index('registry_pp_employer_idx').on(t.employerId),
    check('registry_pp_from_format', sql`${t.fromMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('registry_pp_to_format', sql`${t.toMonth} is null or ${t.toMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('registry_pp_order', sql`${t.toMonth} is null or ${t.toMonth} >= ${t.fromMonth}`),
    check('registry_pp_salary_positive', sql`${t.salaryBasis} > 0 and ${t.allowances} >= 0`),
  ],
);

/**
 * Health-insurance cards (thẻ BHYT), keyed `(person_id, id)`; the card code is unique through
 * {@link identifiers} (kind `card_code`). The benefit level is a dated attribute in {@link cardBenefitLevels}.
 */
export const healthCards = pgTable(
  'registry_health_cards',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    cardCode: text('card_code').notNull(),
    groupCode: text('group_code').notNull(),
    /** Issuing province as printed in the code (pre-2025 63-province code). */
    issuingProvince: text('issuing_province').notNull(),
    registeredClinicCode: text('registered_clinic_code').notNull(),
    registeredClinicName: text('registered_clinic_name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    fiveYearsDate: date('five_years_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    check('registry_cards_code_format', sql`${t.cardCode} ~ '^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$'`),
  ],
);

/** Benefit level of a card over time (NQ 261/2025/QH15 changed CN and LH from 2026-01-01), keyed by the holder first. */
export const cardBenefitLevels = pgTable(
  'registry_card_benefit_levels',
  {
    cardId: uuid('card_id').notNull(),
    personId: uuid('person_id').notNull(),
    level: smallint('level').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.cardId, t.effectiveFrom] }),
    check('registry_cbl_level_range', sql`${t.level} between 1 and 5`),
  ],
);

/** Communes known to the registry, a reference table (5-digit codes under a 2025 province); loaded from the reference list. */
export const communes = pgTable(
  'registry_communes',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code').notNull(),
    name: text('name').notNull(),
    /** Whether this row is synthetic demo data rather than the official QĐ 19/2025 list. */
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [index('registry_communes_province_idx').on(t.provinceCode)],
);

/** Honeytoken persons: decoys no legitimate task touches (read by detectors only; a small reference table). */
export const decoys = pgTable('registry_decoys', {
  personId: uuid('person_id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  note: text('note'),
  weight: integer('weight').notNull().default(1),
});

/** Kinds of unique person identifier kept in {@link identifiers}. */
export const IDENTIFIER_KINDS = ['personal_id', 'social_insurance_no', 'card_code'] as const;
/** One kind of unique person identifier. */
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * Lookup of the unique person identifiers: `(kind, value) → person_id`, distributed by `value`. Its primary
 * key is what makes a personal id, SI number or card code unique once the person-owned tables are spread
 * over shards by person; every write that adds one of these identifiers adds its row here in the same
 * transaction. Reads by identifier go here first (one shard), then to the person's shard.
 */
export const identifiers = pgTable(
  'registry_identifiers',
  {
    kind: text('kind', { enum: IDENTIFIER_KINDS }).notNull(),
    value: text('value').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.value] })],
);

/** Lookup of household codes: `code → household_id`, distributed by `code` (unique household codes). */
export const householdCodes = pgTable('registry_household_codes', {
  code: text('code').primaryKey(),
  householdId: uuid('household_id').notNull(),
});
