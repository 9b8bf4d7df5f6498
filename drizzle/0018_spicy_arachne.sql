CREATE TABLE "detect_rule_settings" (
	"rule_id" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"params" text DEFAULT '{}' NOT NULL,
	"reason" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone NOT NULL
);
