CREATE TABLE "respond_blocked_addresses" (
	"address" text PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"blocked_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone,
	"blocked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "respond_breach_escalations" (
	"case_id" uuid NOT NULL,
	"threshold_hours" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "respond_breach_escalations_case_id_threshold_hours_pk" PRIMARY KEY("case_id","threshold_hours")
);
--> statement-breakpoint
CREATE TABLE "respond_breach_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"reference" text
);
--> statement-breakpoint
CREATE TABLE "respond_breaches" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	"marked_by" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submission_channel" text,
	"submission_reference" text,
	"submission_digest" text,
	"clock_stopped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "respond_case_alerts" (
	"alert_id" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"severity" text NOT NULL,
	"account_id" text,
	"unit_id" text,
	"evidence_event_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"linked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "respond_case_observables" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"note" text,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "respond_case_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_account_id" uuid,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "respond_case_timeline" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_account_id" uuid,
	"summary" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outcome" text DEFAULT 'success' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "respond_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" bigserial NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"origin" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"unit_id" text NOT NULL,
	"assignee_account_id" uuid,
	"detected_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"personal_data_breach" boolean DEFAULT false NOT NULL,
	"retain_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "respond_cases_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "respond_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"audience" text NOT NULL,
	"account_id" uuid,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "respond_roster" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"is_primary" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "respond_roster_window" CHECK ("respond_roster"."ends_at" > "respond_roster"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "respond_blocked_addresses" ADD CONSTRAINT "respond_blocked_addresses_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_breach_escalations" ADD CONSTRAINT "respond_breach_escalations_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_breach_notices" ADD CONSTRAINT "respond_breach_notices_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_breaches" ADD CONSTRAINT "respond_breaches_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_case_alerts" ADD CONSTRAINT "respond_case_alerts_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_case_observables" ADD CONSTRAINT "respond_case_observables_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_case_tasks" ADD CONSTRAINT "respond_case_tasks_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_case_timeline" ADD CONSTRAINT "respond_case_timeline_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_notifications" ADD CONSTRAINT "respond_notifications_case_id_respond_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."respond_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "respond_breach_notices_uq" ON "respond_breach_notices" USING btree ("case_id","person_id");--> statement-breakpoint
CREATE INDEX "respond_breach_notices_status_idx" ON "respond_breach_notices" USING btree ("status");--> statement-breakpoint
CREATE INDEX "respond_case_alerts_case_idx" ON "respond_case_alerts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "respond_case_alerts_raised_idx" ON "respond_case_alerts" USING btree ("raised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "respond_case_observables_uq" ON "respond_case_observables" USING btree ("case_id","type","value");--> statement-breakpoint
CREATE INDEX "respond_case_tasks_case_idx" ON "respond_case_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "respond_case_timeline_case_idx" ON "respond_case_timeline" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "respond_cases_unit_idx" ON "respond_cases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "respond_cases_status_idx" ON "respond_cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "respond_cases_opened_idx" ON "respond_cases" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "respond_notifications_audience_idx" ON "respond_notifications" USING btree ("audience","created_at");--> statement-breakpoint
CREATE INDEX "respond_roster_unit_idx" ON "respond_roster" USING btree ("unit_id","starts_at");