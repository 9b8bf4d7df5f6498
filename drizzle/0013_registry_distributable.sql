-- The registry made distributable by Citus (issue 19, docs/SCALING.md). Hand-edited after drizzle-kit
-- generate: drizzle-kit cannot name the column-level primary keys it replaces, and the lookup tables must be
-- filled from the existing rows before the unique constraints they take over are dropped. Nothing is lost:
-- every existing row stays, only keys change, and every identifier gets its lookup row.
CREATE TABLE "registry_household_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_identifiers" (
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "registry_identifiers_kind_value_pk" PRIMARY KEY("kind","value")
);
--> statement-breakpoint
INSERT INTO "registry_identifiers" ("kind", "value", "person_id")
  SELECT 'personal_id', "personal_id", "id" FROM "registry_persons";--> statement-breakpoint
INSERT INTO "registry_identifiers" ("kind", "value", "person_id")
  SELECT 'social_insurance_no', "social_insurance_no", "id" FROM "registry_persons" WHERE "social_insurance_no" IS NOT NULL;--> statement-breakpoint
INSERT INTO "registry_identifiers" ("kind", "value", "person_id")
  SELECT 'card_code', "card_code", "person_id" FROM "registry_health_cards";--> statement-breakpoint
INSERT INTO "registry_household_codes" ("code", "household_id")
  SELECT "code", "id" FROM "registry_households";--> statement-breakpoint
-- A person's household is now found from the person: fill it where only the membership row said so (a person
-- listed in several households keeps the one it already had, else the first by id).
UPDATE "registry_persons" p SET "household_id" = m."household_id"
  FROM (SELECT DISTINCT ON ("person_id") "person_id", "household_id" FROM "registry_household_members" ORDER BY "person_id", "household_id") m
  WHERE m."person_id" = p."id" AND p."household_id" IS NULL;--> statement-breakpoint
ALTER TABLE "registry_health_cards" DROP CONSTRAINT "registry_health_cards_card_code_unique";--> statement-breakpoint
ALTER TABLE "registry_households" DROP CONSTRAINT "registry_households_code_unique";--> statement-breakpoint
ALTER TABLE "registry_persons" DROP CONSTRAINT "registry_persons_personal_id_unique";--> statement-breakpoint
ALTER TABLE "registry_persons" DROP CONSTRAINT "registry_persons_social_insurance_no_unique";--> statement-breakpoint
DROP INDEX "registry_cbl_person_idx";--> statement-breakpoint
DROP INDEX "registry_cards_person_idx";--> statement-breakpoint
DROP INDEX "registry_hm_household_idx";--> statement-breakpoint
DROP INDEX "registry_pp_person_idx";--> statement-breakpoint
ALTER TABLE "registry_card_benefit_levels" DROP CONSTRAINT "registry_card_benefit_levels_card_id_effective_from_pk";--> statement-breakpoint
ALTER TABLE "registry_household_members" DROP CONSTRAINT "registry_household_members_person_id_household_id_pk";--> statement-breakpoint
ALTER TABLE "registry_health_cards" DROP CONSTRAINT "registry_health_cards_pkey";--> statement-breakpoint
ALTER TABLE "registry_participation_periods" DROP CONSTRAINT "registry_participation_periods_pkey";--> statement-breakpoint
ALTER TABLE "registry_card_benefit_levels" ADD CONSTRAINT "registry_card_benefit_levels_person_id_card_id_effective_from_pk" PRIMARY KEY("person_id","card_id","effective_from");--> statement-breakpoint
ALTER TABLE "registry_health_cards" ADD CONSTRAINT "registry_health_cards_person_id_id_pk" PRIMARY KEY("person_id","id");--> statement-breakpoint
ALTER TABLE "registry_household_members" ADD CONSTRAINT "registry_household_members_household_id_person_id_pk" PRIMARY KEY("household_id","person_id");--> statement-breakpoint
ALTER TABLE "registry_participation_periods" ADD CONSTRAINT "registry_participation_periods_person_id_id_pk" PRIMARY KEY("person_id","id");--> statement-breakpoint
CREATE INDEX "registry_hm_person_idx" ON "registry_household_members" USING btree ("person_id");
