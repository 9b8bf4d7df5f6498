CREATE TABLE "detect_alert_verifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alert_id" uuid NOT NULL,
	"unit_id" text,
	"findings" text NOT NULL,
	"conclusion" text NOT NULL,
	"measures" text NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "detect_alert_verifications_alert_idx" ON "detect_alert_verifications" USING btree ("alert_id","reported_at");--> statement-breakpoint
CREATE INDEX "detect_alert_verifications_unit_idx" ON "detect_alert_verifications" USING btree ("unit_id","reported_at");