CREATE TABLE "audit_handoff" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bodies" text NOT NULL,
	"node" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
