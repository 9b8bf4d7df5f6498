CREATE TABLE "audit_archives" (
	"partition" text PRIMARY KEY NOT NULL,
	"from_seq" bigint NOT NULL,
	"last_seq" bigint NOT NULL,
	"row_count" bigint NOT NULL,
	"file_sha256" text NOT NULL,
	"prev_chain_hash" text NOT NULL,
	"last_chain_hash" text NOT NULL,
	"root_hash" text NOT NULL,
	"manifest" text NOT NULL,
	"archived_by" text NOT NULL,
	"archived_at" timestamp with time zone NOT NULL,
	"detached_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "audit_archives_last_seq_idx" ON "audit_archives" USING btree ("last_seq");--> statement-breakpoint
-- The archive records are the verifier's anchor once a partition is dropped: never deleted; the only change
-- allowed is marking the partition detached, once.
CREATE FUNCTION audit_archives_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.detached_at IS NULL AND NEW.detached_at IS NOT NULL
     AND (to_jsonb(NEW) - 'detached_at') = (to_jsonb(OLD) - 'detached_at') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'KHIEN_AUDIT_APPEND_ONLY: % on % refused: archive records are kept unchanged', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_archives_guard BEFORE UPDATE OR DELETE ON audit_archives FOR EACH ROW EXECUTE FUNCTION audit_archives_guard();
--> statement-breakpoint
CREATE TRIGGER audit_archives_no_truncate BEFORE TRUNCATE ON audit_archives FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
DO $$
BEGIN
  REVOKE ALL ON audit_archives FROM khien_app;
  GRANT SELECT ON audit_archives TO khien_app;
EXCEPTION WHEN undefined_object OR insufficient_privilege OR feature_not_supported THEN
  RAISE NOTICE 'khien_app role not configured here: %', SQLERRM;
END
$$;
