CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" text NOT NULL,
	"time" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"time" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"leaf_hash" text NOT NULL,
	"chain_hash" text NOT NULL,
	"event_id" text NOT NULL,
	"account_id" text,
	"subject_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"unit_id" text,
	"purpose" text,
	"action" text,
	"outcome" text,
	"request_id" text,
	"withheld_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_tree_nodes" (
	"level" integer NOT NULL,
	"idx" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_tree_nodes_level_idx_pk" PRIMARY KEY("level","idx")
);
--> statement-breakpoint
CREATE INDEX "audit_checkpoints_size_idx" ON "audit_checkpoints" USING btree ("tree_size");--> statement-breakpoint
CREATE INDEX "audit_entries_time_idx" ON "audit_entries" USING btree ("time");--> statement-breakpoint
CREATE INDEX "audit_entries_account_idx" ON "audit_entries" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "audit_entries_unit_idx" ON "audit_entries" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "audit_entries_subjects_idx" ON "audit_entries" USING gin ("subject_ids");