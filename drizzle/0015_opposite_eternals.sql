CREATE TABLE "audit_verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"started_by" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text NOT NULL,
	"ok" boolean,
	"total" bigint NOT NULL,
	"checked" bigint DEFAULT 0 NOT NULL,
	"report" text
);
--> statement-breakpoint
CREATE INDEX "audit_verifications_started_idx" ON "audit_verifications" USING btree ("started_at");