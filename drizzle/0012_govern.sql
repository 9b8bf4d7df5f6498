CREATE TABLE "govern_attendance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"attended_on" date NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_courses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"mandatory_for" text[] DEFAULT '{}'::text[] NOT NULL,
	"validity_months" integer DEFAULT 12 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "govern_courses_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "govern_dossier_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"reference" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_dossier_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"outcome" text NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"system_id" uuid NOT NULL,
	"proposed_level" integer NOT NULL,
	"legal_basis" text NOT NULL,
	"criteria" text[] NOT NULL,
	"reasoning" text NOT NULL,
	"status" text DEFAULT 'drafted' NOT NULL,
	"drafted_at" timestamp with time zone NOT NULL,
	"drafted_by" uuid NOT NULL,
	"appraised_at" timestamp with time zone,
	"appraised_by" uuid,
	"appraisal_body" text,
	"appraisal_note" text,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"approval_ref" text,
	"reassess_due" date,
	"last_reassessed_at" timestamp with time zone,
	"current" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "govern_dossiers_level" CHECK ("govern_dossiers"."proposed_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "govern_drills" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"title" text NOT NULL,
	"scenario" text NOT NULL,
	"held_on" date NOT NULL,
	"participant_member_ids" uuid[] NOT NULL,
	"timeline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" text[] DEFAULT '{}'::text[] NOT NULL,
	"lessons" text[] DEFAULT '{}'::text[] NOT NULL,
	"case_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"description" text NOT NULL,
	"technical" boolean DEFAULT false NOT NULL,
	"owner_staff_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"follow_ups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_inspections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"unit_id" text NOT NULL,
	"planned_on" date NOT NULL,
	"done_on" date,
	"lead_inspector" text NOT NULL,
	"summary" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_plan_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"group_title" text NOT NULL,
	"task" text NOT NULL,
	"lead_unit" text NOT NULL,
	"cooperating_units" text NOT NULL,
	"deadline" text NOT NULL,
	"due_on" date,
	"expected_result" text NOT NULL,
	CONSTRAINT "govern_plan_tasks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "govern_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"due_on" date NOT NULL,
	"content" jsonb NOT NULL,
	"content_sha256" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"assembled_by" uuid NOT NULL,
	"assembled_at" timestamp with time zone NOT NULL,
	"signed_by" uuid,
	"signing_key_id" uuid,
	"signature" text,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "govern_recert_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kinds" text[] NOT NULL,
	"unit_id" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "govern_recert_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"account_id" uuid,
	"label" text NOT NULL,
	"proposal" text,
	"proposal_reason" text,
	"decision" text,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"flagged_late_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "govern_system_assets" (
	"system_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	CONSTRAINT "govern_system_assets_system_id_asset_id_pk" PRIMARY KEY("system_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "govern_systems" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"owner_unit_id" text NOT NULL,
	"system_type" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "govern_systems_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "govern_task_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"status" text NOT NULL,
	"evidence" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_team_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"held_on" date NOT NULL,
	"attendee_member_ids" uuid[] NOT NULL,
	"decisions" text[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_team_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"team_role" text DEFAULT 'member' NOT NULL,
	"dedicated" boolean DEFAULT false NOT NULL,
	"qualifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "govern_violations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"staff_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"description" text NOT NULL,
	"occurred_on" date NOT NULL,
	"measures" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "respond_cases" ADD COLUMN "exercise" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "govern_attendance" ADD CONSTRAINT "govern_attendance_course_id_govern_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."govern_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_dossier_documents" ADD CONSTRAINT "govern_dossier_documents_dossier_id_govern_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."govern_dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_dossier_reviews" ADD CONSTRAINT "govern_dossier_reviews_dossier_id_govern_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."govern_dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_dossiers" ADD CONSTRAINT "govern_dossiers_system_id_govern_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."govern_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_findings" ADD CONSTRAINT "govern_findings_inspection_id_govern_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."govern_inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_recert_items" ADD CONSTRAINT "govern_recert_items_campaign_id_govern_recert_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."govern_recert_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_system_assets" ADD CONSTRAINT "govern_system_assets_system_id_govern_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."govern_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_system_assets" ADD CONSTRAINT "govern_system_assets_asset_id_posture_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."posture_assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "govern_task_progress" ADD CONSTRAINT "govern_task_progress_task_id_govern_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."govern_plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "govern_attendance_once" ON "govern_attendance" USING btree ("course_id","staff_id","attended_on");--> statement-breakpoint
CREATE INDEX "govern_attendance_staff_idx" ON "govern_attendance" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "govern_dossier_documents_dossier_idx" ON "govern_dossier_documents" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "govern_dossiers_system_idx" ON "govern_dossiers" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "govern_drills_unit_idx" ON "govern_drills" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "govern_findings_unit_idx" ON "govern_findings" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "govern_inspections_year_idx" ON "govern_inspections" USING btree ("year","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "govern_reports_once" ON "govern_reports" USING btree ("unit_id","kind","year");--> statement-breakpoint
CREATE INDEX "govern_recert_items_campaign_idx" ON "govern_recert_items" USING btree ("campaign_id","unit_id");--> statement-breakpoint
CREATE INDEX "govern_system_assets_asset_idx" ON "govern_system_assets" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "govern_systems_owner_idx" ON "govern_systems" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "govern_task_progress_once" ON "govern_task_progress" USING btree ("task_id","unit_id");--> statement-breakpoint
CREATE INDEX "govern_team_meetings_held_idx" ON "govern_team_meetings" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "govern_team_members_unit_idx" ON "govern_team_members" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "govern_violations_unit_idx" ON "govern_violations" USING btree ("unit_id");