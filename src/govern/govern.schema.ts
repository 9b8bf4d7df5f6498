/**
 * Security-programme tables (directive 000's action programme, directive 002 on data, plan 003): information
 * systems and their security-level dossiers (Law 116/2025/QH15, Decree 331/2026/NĐ-CP; systems classified
 * under Decree 85/2016/NĐ-CP keep that basis), the incident-response team with its meetings and drills,
 * inspections and findings, training courses and attendance, the action-plan register with per-unit progress,
 * six-monthly and yearly reports, recertification campaigns and the violation register.
 *
 * No table here holds an insured person's data; staff appear by internal id.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
// The one import of another domain module in govern: the foreign key of a system's assets to posture's asset
// table. Schema-to-schema imports for foreign keys are an accepted exception to DESIGN.md's arrows (the tables
// must name each other for drizzle-kit); govern's code reads assets only through `GovernReads.assetUnits`.
import { assets } from '../posture/posture.schema.ts';

/** System types of Decree 331/2026 Art. 11–15 (same classes as Decree 85/2016 Art. 6). */
export const SYSTEM_TYPES = ['internal', 'citizen_services', 'infrastructure', 'industrial_control', 'other'] as const;
/** Legal basis a dossier follows. */
export const LEGAL_BASES = ['decree-331-2026', 'decree-85-2016'] as const;
/** Dossier workflow. */
export const DOSSIER_STATUSES = ['drafted', 'appraised', 'approved', 'rejected'] as const;
/** Documents of a dossier (Decree 331/2026 Art. 21–22). */
export const DOSSIER_DOCUMENT_KINDS = [
  'general_description',
  'design',
  'level_proposal',
  'assurance_plan',
  'professional_opinion',
  'risk_assessment',
  'security_regulation',
  'appraisal_opinion',
  'approval_decision',
] as const;

/** Information systems (hệ thống thông tin) and the unit that owns each. */
export const systems = pgTable(
  'govern_systems',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    ownerUnitId: text('owner_unit_id').notNull(),
    systemType: text('system_type', { enum: SYSTEM_TYPES }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_systems_owner_idx').on(t.ownerUnitId)],
);

/** The posture module's assets a system runs on. */
export const systemAssets = pgTable(
  'govern_system_assets',
  {
    systemId: uuid('system_id').notNull().references(() => systems.id, { onDelete: 'cascade' }),
    assetId: uuid('asset_id').notNull().references(() => assets.id),
  },
  (t) => [primaryKey({ columns: [t.systemId, t.assetId] }), index('govern_system_assets_asset_idx').on(t.assetId)],
);

/** Security-level dossiers (hồ sơ đề xuất cấp độ): one current per system, older ones kept. */
export const dossiers = pgTable(
  'govern_dossiers',
  {
    id: uuid('id').primaryKey(),
    systemId: uuid('system_id').notNull().references(() => systems.id),
    proposedLevel: integer('proposed_level').notNull(),
    legalBasis: text('legal_basis', { enum: LEGAL_BASES }).notNull(),
    /** Criterion codes met (see classification-criteria.ts); the highest matching level wins. */
    criteria: text('criteria').array().notNull(),
    reasoning: text('reasoning').notNull(),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull().default('drafted'),
    draftedAt: timestamp('drafted_at', { withTimezone: true }).notNull(),
    draftedBy: uuid('drafted_by').notNull(),
    appraisedAt: timestamp('appraised_at', { withTimezone: true }),
    appraisedBy: uuid('appraised_by'),
    /** Appraising body when not the agency (levels 4–5: Ministry of Public Security). */
    appraisalBody: text('appraisal_body'),
    appraisalNote: text('appraisal_note'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    /** Number of the approval decision (Form 06). */
    approvalRef: text('approval_ref'),
    /** Next yearly re-assessment. */
    reassessDue: date('reassess_due', { mode: 'string' }),
    lastReassessedAt: timestamp('last_reassessed_at', { withTimezone: true }),
    current: boolean('current').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('govern_dossiers_system_idx').on(t.systemId),
    check('govern_dossiers_level', sql`${t.proposedLevel} between 1 and 5`),
  ],
);

/** Documents of a dossier (reference and digest; the files live in the document system). */
export const dossierDocuments = pgTable(
  'govern_dossier_documents',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DOSSIER_DOCUMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    reference: text('reference').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    addedBy: uuid('added_by').notNull(),
  },
  (t) => [index('govern_dossier_documents_dossier_idx').on(t.dossierId)],
);

/** Yearly re-assessments of an approved dossier. */
export const dossierReviews = pgTable('govern_dossier_reviews', {
  id: uuid('id').primaryKey(),
  dossierId: uuid('dossier_id').notNull().references(() => dossiers.id, { onDelete: 'cascade' }),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
  reviewedBy: uuid('reviewed_by').notNull(),
  outcome: text('outcome', { enum: ['confirmed', 'level_change_needed'] }).notNull(),
  note: text('note').notNull(),
});

/** Members of the incident-response team (Đội ứng cứu sự cố), by province. */
export const teamMembers = pgTable(
  'govern_team_members',
  {
    id: uuid('id').primaryKey(),
    staffId: uuid('staff_id').notNull(),
    /** The member's office (a provincial office or a central unit). */
    unitId: text('unit_id').notNull(),
    teamRole: text('team_role', { enum: ['leader', 'member'] }).notNull().default('member'),
    /** Dedicated security officer (viên chức chuyên trách ATTT) of the office (directive 000, annex 4.2). */
    dedicated: boolean('dedicated').notNull().default(false),
    qualifications: text('qualifications').array().notNull().default(sql`'{}'::text[]`),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_team_members_unit_idx').on(t.unitId)],
);

/** Team meetings. */
export const teamMeetings = pgTable(
  'govern_team_meetings',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attendeeMemberIds: uuid('attendee_member_ids').array().notNull(),
    decisions: text('decisions').array().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_team_meetings_held_idx').on(t.heldOn)],
);

/** Drills (diễn tập); each may run as an exercise case in the respond module. */
export const drills = pgTable(
  'govern_drills',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    title: text('title').notNull(),
    scenario: text('scenario').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    participantMemberIds: uuid('participant_member_ids').array().notNull(),
    timeline: jsonb('timeline').$type<Array<{ at: string; what: string }>>().notNull().default(sql`'[]'::jsonb`),
    findings: text('findings').array().notNull().default(sql`'{}'::text[]`),
    lessons: text('lessons').array().notNull().default(sql`'{}'::text[]`),
    /** The respond case of the exercise (marked `exercise`, never a breach, never exported). */
    caseId: uuid('case_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_drills_unit_idx').on(t.unitId)],
);

/** Inspection visits (kiểm tra) of the yearly plan. */
export const inspections = pgTable(
  'govern_inspections',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    unitId: text('unit_id').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    leadInspector: text('lead_inspector').notNull(),
    summary: text('summary'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_inspections_year_idx').on(t.year, t.unitId)],
);

/** Findings of an inspection and their follow-up. */
export const inspectionFindings = pgTable(
  'govern_findings',
  {
    id: uuid('id').primaryKey(),
    inspectionId: uuid('inspection_id').notNull().references(() => inspections.id),
    unitId: text('unit_id').notNull(),
    description: text('description').notNull(),
    /** Technical findings are also remediation items of the posture module. */
    technical: boolean('technical').notNull().default(false),
    ownerStaffId: uuid('owner_staff_id').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'closed'] }).notNull().default('open'),
    followUps: jsonb('follow_ups').$type<Array<{ at: string; by: string; note: string }>>().notNull().default(sql`'[]'::jsonb`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_findings_unit_idx').on(t.unitId, t.status)],
);

/** Courses and briefings. */
export const courses = pgTable('govern_courses', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  kind: text('kind', { enum: ['course', 'briefing'] }).notNull(),
  /** Roles for which the course is mandatory (`*` = every active staff member). */
  mandatoryFor: text('mandatory_for').array().notNull().default(sql`'{}'::text[]`),
  /** Months an attendance stays current. */
  validityMonths: integer('validity_months').notNull().default(12),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Attendance (from imports or entered by hand). */
export const attendance = pgTable(
  'govern_attendance',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id').notNull().references(() => courses.id),
    staffId: uuid('staff_id').notNull(),
    attendedOn: date('attended_on', { mode: 'string' }).notNull(),
    importId: uuid('import_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('govern_attendance_once').on(t.courseId, t.staffId, t.attendedOn), index('govern_attendance_staff_idx').on(t.staffId)],
);

/** Tasks of the action programme (directive 000's annex). */
export const planTasks = pgTable('govern_plan_tasks', {
  id: uuid('id').primaryKey(),
  /** `1.2` = group 1, task 2. */
  code: text('code').notNull().unique(),
  groupTitle: text('group_title').notNull(),
  task: text('task').notNull(),
  leadUnit: text('lead_unit').notNull(),
  cooperatingUnits: text('cooperating_units').notNull(),
  /** As written in the annex (`Hàng năm`, `Năm 2024`, `Thường xuyên`). */
  deadline: text('deadline').notNull(),
  /** A calendar deadline when the annex gives one. */
  dueOn: date('due_on', { mode: 'string' }),
  expectedResult: text('expected_result').notNull(),
});

/** Status and evidence of a task in a unit. */
export const taskProgress = pgTable(
  'govern_task_progress',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id').notNull().references(() => planTasks.id),
    unitId: text('unit_id').notNull(),
    status: text('status', { enum: ['not_started', 'in_progress', 'done'] }).notNull(),
    evidence: text('evidence').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('govern_task_progress_once').on(t.taskId, t.unitId)],
);

/** Report kinds: six-monthly (before 1 June, before 15 November) and yearly. */
export const REPORT_KINDS = ['six_monthly_h1', 'six_monthly_h2', 'yearly'] as const;

/** Reports of a unit to the IT Centre, signed by the unit's head. */
export const programmeReports = pgTable(
  'govern_reports',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    year: integer('year').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The assembled content (canonical JSON is what is signed). */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    contentSha256: text('content_sha256').notNull(),
    status: text('status', { enum: ['draft', 'signed'] }).notNull().default('draft'),
    assembledBy: uuid('assembled_by').notNull(),
    assembledAt: timestamp('assembled_at', { withTimezone: true }).notNull(),
    signedBy: uuid('signed_by'),
    signingKeyId: uuid('signing_key_id'),
    signature: text('signature'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('govern_reports_once').on(t.unitId, t.kind, t.year)],
);

/** Recertification item kinds. */
export const RECERT_KINDS = ['vpn_account', 'device', 'role_grant', 'assignment'] as const;

/** Recertification campaigns (rà soát định kỳ). */
export const recertCampaigns = pgTable('govern_recert_campaigns', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  kinds: text('kinds').array().notNull(),
  /** Root of the unit subtree reviewed. */
  unitId: text('unit_id').notNull(),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});

/** One thing to keep or revoke, for the head of its unit. */
export const recertItems = pgTable(
  'govern_recert_items',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id').notNull().references(() => recertCampaigns.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    kind: text('kind', { enum: RECERT_KINDS }).notNull(),
    targetId: text('target_id').notNull(),
    /** Owner account of the target. */
    accountId: uuid('account_id'),
    label: text('label').notNull(),
    /** `revoke` when the system proposes it (a VPN account with no assigned work behind it). */
    proposal: text('proposal', { enum: ['keep', 'revoke'] }),
    proposalReason: text('proposal_reason'),
    decision: text('decision', { enum: ['keep', 'revoke'] }),
    reason: text('reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Set when the deadline passed without a decision. */
    flaggedLateAt: timestamp('flagged_late_at', { withTimezone: true }),
  },
  (t) => [index('govern_recert_items_campaign_idx').on(t.campaignId, t.unitId)],
);

/** Violations of the security rules by staff (directive 000, annex 2.2). */
export const violations = pgTable(
  'govern_violations',
  {
    id: uuid('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    source: text('source', { enum: ['case', 'inspection', 'alert'] }).notNull(),
    sourceRef: text('source_ref').notNull(),
    description: text('description').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    measures: text('measures').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('govern_violations_unit_idx').on(t.unitId)],
);
