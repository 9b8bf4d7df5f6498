CREATE TABLE "access_business_systems" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"display_name" text NOT NULL,
	"credential_prefix" text NOT NULL,
	"credential_hash" text NOT NULL,
	"credential_issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "access_business_systems_name_unique" UNIQUE("name"),
	CONSTRAINT "access_business_systems_credential_prefix_unique" UNIQUE("credential_prefix")
);
