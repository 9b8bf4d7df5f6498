-- audit_subjects (issue 7): the side table that replaced the GIN index on audit_entries.subject_ids.
-- 1. Backfill it from the entries already in the log (the same ids the appender writes).
-- 2. Append-only like the other audit tables (trigger for every role), and SELECT/INSERT only for khien_app.
INSERT INTO audit_subjects (person_id, seq)
SELECT DISTINCT s, e.seq FROM audit_entries e CROSS JOIN LATERAL unnest(e.subject_ids) AS s
ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER audit_subjects_append_only BEFORE UPDATE OR DELETE ON audit_subjects FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_subjects_no_truncate BEFORE TRUNCATE ON audit_subjects FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
DO $$
BEGIN
  REVOKE ALL ON audit_subjects FROM khien_app;
  GRANT SELECT, INSERT ON audit_subjects TO khien_app;
EXCEPTION WHEN undefined_object OR insufficient_privilege OR feature_not_supported THEN
  RAISE NOTICE 'khien_app role not configured here: %', SQLERRM;
END
$$;
