ALTER TABLE "access_business_systems" ADD COLUMN "gateway_routes" jsonb;--> statement-breakpoint
ALTER TABLE "access_business_systems" ADD COLUMN "gateway_routes_updated_at" timestamp with time zone;