CREATE TABLE "access_sso_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"business_system_id" uuid NOT NULL,
	"auth_method" text NOT NULL,
	"redirect_uris" jsonb NOT NULL,
	"post_logout_redirect_uris" jsonb NOT NULL,
	"backchannel_logout_uri" text,
	"secret_hash" text,
	"secret_issued_at" timestamp with time zone,
	"jwks" jsonb,
	"disabled_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_sso_grant_sessions" (
	"grant_id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_sso_store" (
	"model" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" text,
	"uid" text,
	"user_code" text,
	"account_id" text,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "access_sso_store_model_id_pk" PRIMARY KEY("model","id")
);
--> statement-breakpoint
ALTER TABLE "access_sso_clients" ADD CONSTRAINT "access_sso_clients_business_system_id_access_business_systems_id_fk" FOREIGN KEY ("business_system_id") REFERENCES "public"."access_business_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_sso_grant_sessions_account_idx" ON "access_sso_grant_sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "access_sso_store_grant_idx" ON "access_sso_store" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "access_sso_store_uid_idx" ON "access_sso_store" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "access_sso_store_account_idx" ON "access_sso_store" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "access_sso_store_expires_idx" ON "access_sso_store" USING btree ("expires_at");