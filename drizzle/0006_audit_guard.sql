-- Audit guard (issue 5, DESIGN.md invariant 3): the audit tables are append-only.
-- 1. A trigger refuses UPDATE, DELETE and TRUNCATE on entries, tree nodes and checkpoints for every role,
--    the owner included (only a superuser who disables triggers can bypass it, which the chain then exposes).
-- 2. On PostgreSQL, the application role khien_app gets only SELECT and INSERT on them. Wrapped so that it
--    also runs where roles cannot be created (PGlite, managed databases without CREATEROLE).
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'KHIEN_AUDIT_APPEND_ONLY: % on % refused: the audit log is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_tree_nodes_append_only BEFORE UPDATE OR DELETE ON audit_tree_nodes FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_tree_nodes_no_truncate BEFORE TRUNCATE ON audit_tree_nodes FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
DO $$
BEGIN
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khien_app') THEN
      CREATE ROLE khien_app NOLOGIN;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- created concurrently by another database's migration (roles are cluster-wide)
  END;
  -- The application works on every other table; later migrations' tables inherit this through default privileges.
  GRANT USAGE ON SCHEMA public TO khien_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO khien_app;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO khien_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO khien_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO khien_app;
  -- ...but only SELECT and INSERT on the audit tables.
  REVOKE ALL ON audit_entries, audit_tree_nodes, audit_checkpoints FROM khien_app;
  GRANT SELECT, INSERT ON audit_entries, audit_tree_nodes, audit_checkpoints TO khien_app;
EXCEPTION WHEN insufficient_privilege OR feature_not_supported THEN
  RAISE NOTICE 'khien_app role not configured here: %', SQLERRM;
END
$$;
