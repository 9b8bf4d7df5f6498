CREATE TABLE "posture_assets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"os" text,
	"os_version" text,
	"software" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"exposure" text NOT NULL,
	"info_system" text,
	"security_level" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"responsible_staff_id" uuid,
	"device_id" uuid,
	"external_ref" text,
	"last_check_in_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "posture_assets_level" CHECK ("posture_assets"."security_level" is null or "posture_assets"."security_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "posture_feed_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"system" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "posture_feed_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "posture_finding_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"finding_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"account_id" uuid,
	"note" text NOT NULL,
	"file_name" text,
	"sha256" text
);
--> statement-breakpoint
CREATE TABLE "posture_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"asset_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"cve" text,
	"product" text,
	"product_version" text,
	"cvss" numeric(3, 1),
	"severity" text NOT NULL,
	"source" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"owner_account_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"fixed_at" timestamp with time zone,
	"accepted_by" uuid,
	"accepted_until" timestamp with time zone,
	"reason" text,
	"escalated_at" timestamp with time zone,
	"alert_requested_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "posture_findings_cvss" CHECK ("posture_findings"."cvss" is null or "posture_findings"."cvss" between 0 and 10),
	CONSTRAINT "posture_findings_accept" CHECK ("posture_findings"."state" <> 'accepted_risk' or ("posture_findings"."accepted_by" is not null and "posture_findings"."accepted_until" is not null)),
	CONSTRAINT "posture_findings_fp" CHECK ("posture_findings"."state" <> 'false_positive' or "posture_findings"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "posture_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"reason" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posture_policies" (
	"unit_id" text PRIMARY KEY NOT NULL,
	"critical_days" integer NOT NULL,
	"high_days" integer NOT NULL,
	"medium_days" integer NOT NULL,
	"low_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posture_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"month" date NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" uuid,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"signing_key_id" uuid,
	"signature" text
);
--> statement-breakpoint
CREATE TABLE "posture_signing_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "posture_warning_confirmations" (
	"list_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"found" boolean NOT NULL,
	"note" text,
	CONSTRAINT "posture_warning_confirmations_list_id_unit_id_pk" PRIMARY KEY("list_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "posture_warning_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"confirm_by" timestamp with time zone NOT NULL,
	"unit_ids" text[] NOT NULL,
	"issued_by" uuid
);
--> statement-breakpoint
ALTER TABLE "posture_finding_evidence" ADD CONSTRAINT "posture_finding_evidence_finding_id_posture_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."posture_findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posture_findings" ADD CONSTRAINT "posture_findings_asset_id_posture_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."posture_assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posture_indicators" ADD CONSTRAINT "posture_indicators_list_id_posture_warning_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."posture_warning_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posture_warning_confirmations" ADD CONSTRAINT "posture_warning_confirmations_list_id_posture_warning_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."posture_warning_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "posture_assets_unit_idx" ON "posture_assets" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "posture_assets_device_idx" ON "posture_assets" USING btree ("device_id");--> statement-breakpoint
CREATE UNIQUE INDEX "posture_assets_ref_uq" ON "posture_assets" USING btree ("unit_id","external_ref");--> statement-breakpoint
CREATE INDEX "posture_finding_evidence_idx" ON "posture_finding_evidence" USING btree ("finding_id","at");--> statement-breakpoint
CREATE INDEX "posture_findings_unit_idx" ON "posture_findings" USING btree ("unit_id","state");--> statement-breakpoint
CREATE INDEX "posture_findings_due_idx" ON "posture_findings" USING btree ("state","due_at");--> statement-breakpoint
CREATE INDEX "posture_findings_asset_idx" ON "posture_findings" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "posture_indicators_value_idx" ON "posture_indicators" USING btree ("kind","value");--> statement-breakpoint
CREATE INDEX "posture_indicators_list_idx" ON "posture_indicators" USING btree ("list_id");--> statement-breakpoint
CREATE UNIQUE INDEX "posture_reports_unit_month_uq" ON "posture_reports" USING btree ("unit_id","month");--> statement-breakpoint
CREATE INDEX "posture_signing_keys_account_idx" ON "posture_signing_keys" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "posture_warning_lists_issued_idx" ON "posture_warning_lists" USING btree ("issued_at");