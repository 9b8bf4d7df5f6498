CREATE TABLE "citizen_demo_accounts" (
	"subject" text PRIMARY KEY NOT NULL,
	"personal_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "citizen_demo_accounts_personal_id_unique" UNIQUE("personal_id")
);
--> statement-breakpoint
CREATE TABLE "citizen_disputes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"person_id" uuid NOT NULL,
	"audit_seq" bigint NOT NULL,
	"unit_id" text,
	"note" text,
	"case_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "citizen_disputes_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "citizen_login_flows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "citizen_login_flows_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "citizen_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"person_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "citizen_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "citizen_withholdings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_person_id" uuid,
	"purpose" text,
	"accessed_from" timestamp with time zone,
	"accessed_to" timestamp with time zone,
	"withheld_until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" text,
	CONSTRAINT "citizen_withholdings_scope" CHECK ("citizen_withholdings"."subject_person_id" is not null or "citizen_withholdings"."purpose" is not null),
	CONSTRAINT "citizen_withholdings_window" CHECK ("citizen_withholdings"."accessed_from" is null or "citizen_withholdings"."accessed_to" is null or "citizen_withholdings"."accessed_to" > "citizen_withholdings"."accessed_from")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_disputes_entry_idx" ON "citizen_disputes" USING btree ("person_id","audit_seq");--> statement-breakpoint
CREATE INDEX "citizen_login_flows_expiry_idx" ON "citizen_login_flows" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "citizen_sessions_person_idx" ON "citizen_sessions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "citizen_withholdings_subject_idx" ON "citizen_withholdings" USING btree ("subject_person_id");--> statement-breakpoint
CREATE INDEX "citizen_withholdings_purpose_idx" ON "citizen_withholdings" USING btree ("purpose");