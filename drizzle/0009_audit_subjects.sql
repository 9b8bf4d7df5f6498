CREATE TABLE "audit_subjects" (
	"person_id" text NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "audit_subjects_person_id_seq_pk" PRIMARY KEY("person_id","seq")
);
--> statement-breakpoint
DROP INDEX "audit_entries_subjects_idx";