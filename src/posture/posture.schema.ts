/**
 * Security-posture tables (directive 001 §1–§3, action programme 000): the assets of each unit (servers,
 * workstations, network and security devices, applications) with the information system they serve,
 * vulnerability and malware findings with their remediation deadline and state, per-unit remediation
 * policies, warning lists of indicators (addresses, domains, file hashes, accounts) and each unit's
 * confirmation, inventory-feed tokens, and the monthly technical security report with its signature.
 *
 * Staff devices are not listed twice: a workstation asset links to the device registered in `auth`
 * (`device_id`), and staff appear by staff/account id only.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Asset kinds. */
export const ASSET_KINDS = ['server', 'workstation', 'network_device', 'security_device', 'application'] as const;
/** An asset kind. */
export type AssetKind = (typeof ASSET_KINDS)[number];
/** Where an asset can be reached from. */
export const EXPOSURES = ['internet', 'agency_network', 'isolated'] as const;
/** An exposure. */
export type Exposure = (typeof EXPOSURES)[number];
/** Asset lifecycle. */
export const ASSET_STATUSES = ['active', 'maintenance', 'decommissioned'] as const;
/** An asset status. */
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** One installed product on an asset (matched against findings by product and version). */
export interface SoftwareItem {
  readonly product: string;
  readonly version: string;
}

/** Assets of each unit. */
export const assets = pgTable(
  'posture_assets',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    kind: text('kind', { enum: ASSET_KINDS }).notNull(),
    name: text('name').notNull(),
    /** IP address or host name. */
    address: text('address'),
    os: text('os'),
    osVersion: text('os_version'),
    /** Installed products (name + version), lower-cased product names. */
    software: jsonb('software').$type<SoftwareItem[]>().notNull().default(sql`'[]'::jsonb`),
    exposure: text('exposure', { enum: EXPOSURES }).notNull(),
    /** Name of the information system the asset belongs to. */
    infoSystem: text('info_system'),
    /** Security level of that system (1–5, Decree 85/2016/NĐ-CP classification). */
    securityLevel: integer('security_level'),
    status: text('status', { enum: ASSET_STATUSES }).notNull().default('active'),
    /** Staff record of the person responsible for it. */
    responsibleStaffId: uuid('responsible_staff_id'),
    /** The staff device registered in `auth` (workstations), so that devices are not listed twice. */
    deviceId: uuid('device_id'),
    /** Key of the asset in an inventory feed or an imported file (unique per unit). */
    externalRef: text('external_ref'),
    lastCheckInAt: timestamp('last_check_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('posture_assets_unit_idx').on(t.unitId),
    index('posture_assets_device_idx').on(t.deviceId),
    uniqueIndex('posture_assets_ref_uq').on(t.unitId, t.externalRef),
    check('posture_assets_level', sql`${t.securityLevel} is null or ${t.securityLevel} between 1 and 5`),
  ],
);

/** Inventory-feed tokens (one per feeding system and unit; only the SHA-256 is stored). */
export const feedTokens = pgTable(
  'posture_feed_tokens',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    system: text('system').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
);

/** Finding kinds. */
export const FINDING_KINDS = ['vulnerability', 'malware'] as const;
/** Finding severities (from CVSS v3 base score bands). */
export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** A finding severity. */
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
/** Finding states. */
export const FINDING_STATES = ['open', 'in_progress', 'fixed', 'accepted_risk', 'false_positive'] as const;
/** A finding state. */
export type FindingState = (typeof FINDING_STATES)[number];
/** Where a finding came from. */
export const FINDING_SOURCES = ['manual', 'import', 'scanner', 'warning'] as const;

/** Vulnerability and malware findings. */
export const findings = pgTable(
  'posture_findings',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    assetId: uuid('asset_id').references(() => assets.id),
    kind: text('kind', { enum: FINDING_KINDS }).notNull(),
    title: text('title').notNull(),
    cve: text('cve'),
    product: text('product'),
    productVersion: text('product_version'),
    cvss: numeric('cvss', { precision: 3, scale: 1, mode: 'number' }),
    severity: text('severity', { enum: FINDING_SEVERITIES }).notNull(),
    source: text('source', { enum: FINDING_SOURCES }).notNull(),
    state: text('state', { enum: FINDING_STATES }).notNull().default('open'),
    ownerAccountId: uuid('owner_account_id'),
    /** Remediation deadline from the unit's policy for the severity. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: uuid('opened_by'),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    /** Accepted risk: the unit head who approved and until when. */
    acceptedBy: uuid('accepted_by'),
    acceptedUntil: timestamp('accepted_until', { withTimezone: true }),
    /** Why (accepted risk, false positive). */
    reason: text('reason'),
    /** When the overdue sweep escalated it to the unit head. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** When a malware finding asked detection for an alert. */
    alertRequestedAt: timestamp('alert_requested_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('posture_findings_unit_idx').on(t.unitId, t.state),
    index('posture_findings_due_idx').on(t.state, t.dueAt),
    index('posture_findings_asset_idx').on(t.assetId),
    check('posture_findings_cvss', sql`${t.cvss} is null or ${t.cvss} between 0 and 10`),
    check('posture_findings_accept', sql`${t.state} <> 'accepted_risk' or (${t.acceptedBy} is not null and ${t.acceptedUntil} is not null)`),
    check('posture_findings_fp', sql`${t.state} <> 'false_positive' or ${t.reason} is not null`),
  ],
);

/** Evidence attached to a finding (notes, file digests; never the file itself). */
export const findingEvidence = pgTable(
  'posture_finding_evidence',
  {
    id: uuid('id').primaryKey(),
    findingId: uuid('finding_id').notNull().references(() => findings.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    accountId: uuid('account_id'),
    note: text('note').notNull(),
    fileName: text('file_name'),
    sha256: text('sha256'),
  },
  (t) => [index('posture_finding_evidence_idx').on(t.findingId, t.at)],
);

/** Remediation deadline (days) per severity for a unit and the units below it. */
export const policies = pgTable('posture_policies', {
  unitId: text('unit_id').primaryKey(),
  criticalDays: integer('critical_days').notNull(),
  highDays: integer('high_days').notNull(),
  mediumDays: integer('medium_days').notNull(),
  lowDays: integer('low_days').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Indicator kinds of a warning list. */
export const INDICATOR_KINDS = ['ip', 'domain', 'hash', 'account'] as const;
/** An indicator kind. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Warning lists issued by the central team or received from national centres. */
export const warningLists = pgTable(
  'posture_warning_lists',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    /** Issuer, e.g. `TT CNTT BHXH VN`, `NCSC`, `A05`. */
    source: text('source').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** Units must confirm their check before this time. */
    confirmBy: timestamp('confirm_by', { withTimezone: true }).notNull(),
    /** Units the list applies to (each with its subtree). */
    unitIds: text('unit_ids').array().notNull(),
    issuedBy: uuid('issued_by'),
  },
  (t) => [index('posture_warning_lists_issued_idx').on(t.issuedAt)],
);

/** Indicators of a warning list. */
export const indicators = pgTable(
  'posture_indicators',
  {
    id: uuid('id').primaryKey(),
    listId: uuid('list_id').notNull().references(() => warningLists.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: INDICATOR_KINDS }).notNull(),
    /** Normalised value (lower-case domain and hash, canonical address, account name). */
    value: text('value').notNull(),
    reason: text('reason').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
  },
  (t) => [index('posture_indicators_value_idx').on(t.kind, t.value), index('posture_indicators_list_idx').on(t.listId)],
);

/** A unit's confirmation that it checked a warning list, and what it found. */
export const warningConfirmations = pgTable(
  'posture_warning_confirmations',
  {
    listId: uuid('list_id').notNull().references(() => warningLists.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
    confirmedBy: uuid('confirmed_by').notNull(),
    found: boolean('found').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.listId, t.unitId] })],
);

/** Monthly technical security reports. */
export const reports = pgTable(
  'posture_reports',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    /** First day of the reported month. */
    month: date('month', { mode: 'string' }).notNull(),
    /** The canonical content (what is signed). */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** SHA-256 (hex) of the canonical JSON of `content` at signing. */
    contentHash: text('content_hash'),
    status: text('status', { enum: ['draft', 'signed'] }).notNull().default('draft'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    generatedBy: uuid('generated_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedBy: uuid('signed_by'),
    signingKeyId: uuid('signing_key_id'),
    /** Ed25519 signature (base64) over the canonical content. */
    signature: text('signature'),
    /** Id of the audit event that recorded the signature and the content hash. */
    signEventId: text('sign_event_id'),
  },
  (t) => [uniqueIndex('posture_reports_unit_month_uq').on(t.unitId, t.month)],
);
