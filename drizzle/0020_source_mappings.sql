CREATE TABLE "detect_source_mappings" (
	"system" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL
);
