CREATE TABLE "auth_leaked_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" uuid,
	"status" text NOT NULL,
	"bytes_read" integer DEFAULT 0 NOT NULL,
	"total_bytes" integer NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"lines" integer,
	"imported" integer,
	"rejected" integer,
	"rejected_lines" integer[] DEFAULT '{}'::integer[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "auth_leaked_imports_started_idx" ON "auth_leaked_imports" USING btree ("started_at");