CREATE TABLE "org_staff" (
	"id" uuid PRIMARY KEY NOT NULL,
	"staff_no" text NOT NULL,
	"full_name" text NOT NULL,
	"unit_id" text NOT NULL,
	"position" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"date_of_birth" date,
	"person_id" uuid,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_staff_staff_no_unique" UNIQUE("staff_no"),
	CONSTRAINT "org_staff_no_format" CHECK ("org_staff"."staff_no" ~ '^[A-Z0-9]{4,16}$')
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" text PRIMARY KEY NOT NULL,
	"parent_id" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"province_code" text,
	"communes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_card_benefit_levels" (
	"card_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	CONSTRAINT "registry_card_benefit_levels_card_id_effective_from_pk" PRIMARY KEY("card_id","effective_from"),
	CONSTRAINT "registry_cbl_level_range" CHECK ("registry_card_benefit_levels"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "registry_communes" (
	"code" text PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_decoys" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"weight" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_employers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"code_kind" text NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"business_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_employers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "registry_health_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"card_code" text NOT NULL,
	"group_code" text NOT NULL,
	"issuing_province" text NOT NULL,
	"registered_clinic_code" text NOT NULL,
	"registered_clinic_name" text NOT NULL,
	"valid_from" date NOT NULL,
	"five_years_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_health_cards_card_code_unique" UNIQUE("card_code"),
	CONSTRAINT "registry_cards_code_format" CHECK ("registry_health_cards"."card_code" ~ '^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$')
);
--> statement-breakpoint
CREATE TABLE "registry_household_members" (
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "registry_household_members_person_id_household_id_pk" PRIMARY KEY("person_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "registry_households" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"head_person_id" uuid,
	"province_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"street" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_households_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "registry_participation_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text,
	"job_title" text NOT NULL,
	"salary_basis" bigint NOT NULL,
	"allowances" bigint DEFAULT 0 NOT NULL,
	"insurance_types" text[] NOT NULL,
	"contract_type" text NOT NULL,
	CONSTRAINT "registry_pp_from_format" CHECK ("registry_participation_periods"."from_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "registry_pp_to_format" CHECK ("registry_participation_periods"."to_month" is null or "registry_participation_periods"."to_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "registry_pp_order" CHECK ("registry_participation_periods"."to_month" is null or "registry_participation_periods"."to_month" >= "registry_participation_periods"."from_month"),
	CONSTRAINT "registry_pp_salary_positive" CHECK ("registry_participation_periods"."salary_basis" > 0 and "registry_participation_periods"."allowances" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registry_persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"personal_id" text NOT NULL,
	"social_insurance_no" text,
	"full_name" text NOT NULL,
	"sex" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"street" text NOT NULL,
	"phone" text,
	"status" text DEFAULT 'active' NOT NULL,
	"household_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_persons_personal_id_unique" UNIQUE("personal_id"),
	CONSTRAINT "registry_persons_social_insurance_no_unique" UNIQUE("social_insurance_no"),
	CONSTRAINT "registry_persons_pid_format" CHECK ("registry_persons"."personal_id" ~ '^[0-9]{12}$'),
	CONSTRAINT "registry_persons_sin_format" CHECK ("registry_persons"."social_insurance_no" is null or "registry_persons"."social_insurance_no" ~ '^[0-9]{10}$'),
	CONSTRAINT "registry_persons_province_format" CHECK ("registry_persons"."province_code" ~ '^[0-9]{2}$'),
	CONSTRAINT "registry_persons_commune_format" CHECK ("registry_persons"."commune_code" ~ '^[0-9]{5}$')
);
--> statement-breakpoint
CREATE TABLE "auth_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"username" text NOT NULL,
	"password_hash" text,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"password_leaked_at" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"totp_secret" text,
	"totp_confirmed_at" timestamp with time zone,
	"totp_last_step" integer,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_accounts_staff_id_unique" UNIQUE("staff_id"),
	CONSTRAINT "auth_accounts_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "auth_role_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"unit_id" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"granted_by" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"account_id" uuid NOT NULL,
	"device_id" uuid,
	"mfa" boolean DEFAULT false NOT NULL,
	"csrf_token" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	CONSTRAINT "auth_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "org_staff" ADD CONSTRAINT "org_staff_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_staff_unit_idx" ON "org_staff" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "org_staff_person_idx" ON "org_staff" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "org_units_province_idx" ON "org_units" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "registry_cbl_person_idx" ON "registry_card_benefit_levels" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registry_communes_province_idx" ON "registry_communes" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "registry_employers_province_idx" ON "registry_employers" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "registry_cards_person_idx" ON "registry_health_cards" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registry_hm_household_idx" ON "registry_household_members" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "registry_households_area_idx" ON "registry_households" USING btree ("province_code","commune_code");--> statement-breakpoint
CREATE INDEX "registry_pp_person_idx" ON "registry_participation_periods" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registry_pp_employer_idx" ON "registry_participation_periods" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "registry_persons_name_dob_idx" ON "registry_persons" USING btree ("full_name","date_of_birth");--> statement-breakpoint
CREATE INDEX "registry_persons_area_idx" ON "registry_persons" USING btree ("province_code","commune_code");--> statement-breakpoint
CREATE INDEX "registry_persons_household_idx" ON "registry_persons" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "auth_accounts_status_idx" ON "auth_accounts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "auth_role_grants_account_idx" ON "auth_role_grants" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "auth_sessions_account_idx" ON "auth_sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "auth_sessions_live_idx" ON "auth_sessions" USING btree ("account_id") WHERE "auth_sessions"."revoked_at" is null;