CREATE TABLE "auth_devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"registered_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"user_agent" text,
	"last_seen_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"claim_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_leaked_passwords" (
	"sha1" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_recovery_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "auth_vpn_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vpn_username" text NOT NULL,
	"owner_account_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"justification" text NOT NULL,
	"approved_by" uuid NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"otp_required" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_vpn_accounts_vpn_username_unique" UNIQUE("vpn_username")
);
--> statement-breakpoint
CREATE TABLE "org_hr_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_on" text NOT NULL,
	"from_unit_id" text,
	"new_unit_id" text,
	"reason" text,
	"source" text NOT NULL,
	"batch_id" uuid,
	"applied_by" uuid,
	"applied_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth_accounts" ADD COLUMN "totp_pending_secret" text;--> statement-breakpoint
ALTER TABLE "auth_accounts" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "auth_devices_account_idx" ON "auth_devices" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "auth_devices_status_idx" ON "auth_devices" USING btree ("status");--> statement-breakpoint
CREATE INDEX "auth_recovery_codes_account_idx" ON "auth_recovery_codes" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "auth_vpn_owner_idx" ON "auth_vpn_accounts" USING btree ("owner_account_id");--> statement-breakpoint
CREATE INDEX "auth_vpn_status_idx" ON "auth_vpn_accounts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "org_hr_events_staff_idx" ON "org_hr_events" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "org_hr_events_batch_idx" ON "org_hr_events" USING btree ("batch_id");