CREATE TABLE "access_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_account_id" uuid,
	"recipient_role" text,
	"recipient_unit_id" text,
	"kind" text NOT NULL,
	"ref_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "access_purposes" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_purposes_code_format" CHECK ("access_purposes"."code" ~ '^[a-z][a-z0-9_]{2,40}$')
);
--> statement-breakpoint
CREATE TABLE "access_agreement_usage" (
	"agreement_id" uuid NOT NULL,
	"day" date NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "access_agreement_usage_agreement_id_day_pk" PRIMARY KEY("agreement_id","day")
);
--> statement-breakpoint
CREATE TABLE "access_api_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"replaced_by" uuid,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "access_api_keys_prefix_unique" UNIQUE("prefix")
);
--> statement-breakpoint
CREATE TABLE "access_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"document_no" text NOT NULL,
	"document_date" date NOT NULL,
	"signer_account_id" uuid NOT NULL,
	"assignee_account_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"categories" text[] NOT NULL,
	"scope_provinces" text[] DEFAULT '{}'::text[] NOT NULL,
	"scope_communes" text[] DEFAULT '{}'::text[] NOT NULL,
	"scope_employers" text[] DEFAULT '{}'::text[] NOT NULL,
	"scope_persons" text[] DEFAULT '{}'::text[] NOT NULL,
	"actions" text[] NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_assignments_validity" CHECK ("access_assignments"."valid_until" > "access_assignments"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "access_break_glass" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"reason" text NOT NULL,
	"justification" text NOT NULL,
	"unit_id" text NOT NULL,
	"province_code" text,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"review_due_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_outcome" text,
	"review_note" text,
	"revoked_at" timestamp with time zone,
	"overdue_reported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "access_export_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_no" text NOT NULL,
	"requester_account_id" uuid NOT NULL,
	"requester_unit_id" text NOT NULL,
	"recipient_name" text NOT NULL,
	"purpose" text NOT NULL,
	"categories" text[] NOT NULL,
	"person_ids" text[] NOT NULL,
	"provinces" text[] NOT NULL,
	"format" text NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"approver_account_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"download_token_hash" text,
	"download_expires_at" timestamp with time zone,
	"downloaded_at" timestamp with time zone,
	"canary" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "access_export_requests_request_no_unique" UNIQUE("request_no"),
	CONSTRAINT "access_export_requests_canary_unique" UNIQUE("canary")
);
--> statement-breakpoint
CREATE TABLE "access_sharing_agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation" text NOT NULL,
	"legal_basis" text NOT NULL,
	"purpose" text NOT NULL,
	"categories" text[] NOT NULL,
	"daily_record_limit" integer NOT NULL,
	"rate_per_minute" integer NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "access_agreements_validity" CHECK ("access_sharing_agreements"."valid_until" > "access_sharing_agreements"."valid_from"),
	CONSTRAINT "access_agreements_limits" CHECK ("access_sharing_agreements"."daily_record_limit" > 0 and "access_sharing_agreements"."rate_per_minute" > 0)
);
--> statement-breakpoint
CREATE INDEX "access_notifications_unit_idx" ON "access_notifications" USING btree ("recipient_unit_id");--> statement-breakpoint
CREATE INDEX "access_notifications_account_idx" ON "access_notifications" USING btree ("recipient_account_id");--> statement-breakpoint
CREATE INDEX "access_api_keys_agreement_idx" ON "access_api_keys" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "access_assignments_version_uq" ON "access_assignments" USING btree ("assignment_id","version");--> statement-breakpoint
CREATE INDEX "access_assignments_assignee_idx" ON "access_assignments" USING btree ("assignee_account_id");--> statement-breakpoint
CREATE INDEX "access_assignments_live_idx" ON "access_assignments" USING btree ("valid_until") WHERE "access_assignments"."status" = 'active';--> statement-breakpoint
CREATE INDEX "access_bg_account_idx" ON "access_break_glass" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "access_bg_unreviewed_idx" ON "access_break_glass" USING btree ("review_due_at") WHERE "access_break_glass"."reviewed_at" is null;--> statement-breakpoint
CREATE INDEX "access_exports_requester_idx" ON "access_export_requests" USING btree ("requester_account_id");--> statement-breakpoint
CREATE INDEX "access_exports_status_idx" ON "access_export_requests" USING btree ("status");