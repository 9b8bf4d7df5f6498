CREATE TABLE "detect_alert_evidence" (
	"alert_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"event_id" text NOT NULL,
	"event_time" timestamp with time zone NOT NULL,
	"summary" jsonb NOT NULL,
	"details" jsonb NOT NULL,
	CONSTRAINT "detect_alert_evidence_alert_id_seq_pk" PRIMARY KEY("alert_id","seq")
);
--> statement-breakpoint
CREATE TABLE "detect_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rule_id" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"account_id" uuid,
	"unit_id" text,
	"group_key" text DEFAULT '' NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"first_event_at" timestamp with time zone NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"details" jsonb NOT NULL,
	"triage_reason" text,
	"triaged_by" uuid,
	"triaged_at" timestamp with time zone,
	"suspension_requested_at" timestamp with time zone,
	"suspension_status" text,
	CONSTRAINT "detect_alerts_fp_reason" CHECK ("detect_alerts"."status" <> 'false_positive' or "detect_alerts"."triage_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "detect_ingest_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"system" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "detect_ingest_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "detect_rejected_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"line" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "detect_alerts_group_idx" ON "detect_alerts" USING btree ("account_id","rule_id","group_key");--> statement-breakpoint
CREATE INDEX "detect_alerts_status_idx" ON "detect_alerts" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "detect_alerts_unit_idx" ON "detect_alerts" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "detect_alerts_created_idx" ON "detect_alerts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "detect_rejected_received_idx" ON "detect_rejected_lines" USING btree ("received_at");