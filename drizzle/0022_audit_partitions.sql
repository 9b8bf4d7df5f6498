-- audit_entries partitioned (issue 19 item 3, docs/SCALING.md "The record at scale"): native declarative range
-- partitioning on seq. Each partition holds a fixed span of sequence numbers (default 2^30, about a month at
-- the design load), aligned on a complete Merkle subtree; a DEFAULT partition is the safety net that should stay
-- empty. The primary key stays (seq): the partition key is the whole key, so the database still refuses a
-- second entry with the same seq across all partitions.
-- The existing table (with its rows, indexes and primary key) becomes the first partition without copying a
-- row: it is renamed and attached (PostgreSQL scans it once to check the bound).
ALTER TABLE audit_entries RENAME TO audit_entries_from_1;
--> statement-breakpoint
ALTER INDEX audit_entries_pkey RENAME TO audit_entries_from_1_pkey;
--> statement-breakpoint
ALTER INDEX audit_entries_time_idx RENAME TO audit_entries_from_1_time_idx;
--> statement-breakpoint
ALTER INDEX audit_entries_account_idx RENAME TO audit_entries_from_1_account_idx;
--> statement-breakpoint
ALTER INDEX audit_entries_unit_idx RENAME TO audit_entries_from_1_unit_idx;
--> statement-breakpoint
ALTER INDEX audit_entries_event_idx RENAME TO audit_entries_from_1_event_idx;
--> statement-breakpoint
-- The partitioned table's row trigger is cloned onto every partition; the statement trigger (TRUNCATE) is not,
-- so each partition keeps its own.
DROP TRIGGER audit_entries_append_only ON audit_entries_from_1;
--> statement-breakpoint
ALTER TRIGGER audit_entries_no_truncate ON audit_entries_from_1 RENAME TO audit_entries_from_1_no_truncate;
--> statement-breakpoint
CREATE TABLE audit_entries (LIKE audit_entries_from_1 INCLUDING DEFAULTS) PARTITION BY RANGE (seq);
--> statement-breakpoint
ALTER TABLE audit_entries ADD CONSTRAINT audit_entries_pkey PRIMARY KEY (seq);
--> statement-breakpoint
CREATE INDEX audit_entries_time_idx ON audit_entries USING btree ("time");
--> statement-breakpoint
CREATE INDEX audit_entries_account_idx ON audit_entries USING btree (account_id);
--> statement-breakpoint
CREATE INDEX audit_entries_unit_idx ON audit_entries USING btree (unit_id);
--> statement-breakpoint
CREATE INDEX audit_entries_event_idx ON audit_entries USING btree (event_id);
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
-- The range partitions with their bounds [from_seq, to_seq), in order (the DEFAULT partition is not listed).
CREATE FUNCTION audit_partition_bounds() RETURNS TABLE (name text, from_seq bigint, to_seq bigint)
LANGUAGE sql STABLE AS $$
  SELECT c.relname::text,
         substring(pg_get_expr(c.relpartbound, c.oid) FROM 'FROM \(''?(-?[0-9]+)''?\)')::bigint,
         substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \(''?(-?[0-9]+)''?\)')::bigint
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
  WHERE i.inhparent = 'audit_entries'::regclass AND pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
  ORDER BY 2
$$;
--> statement-breakpoint
-- Makes the guard and the grants of a new partition (the owner's default privileges would give khien_app
-- UPDATE and DELETE on it; it needs no direct privilege, it reads and writes through audit_entries).
CREATE FUNCTION audit_guard_partition(part text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()', part || '_no_truncate', part);
  BEGIN
    EXECUTE format('REVOKE ALL ON %I FROM khien_app', part);
  EXCEPTION WHEN undefined_object OR insufficient_privilege OR feature_not_supported THEN
    NULL; -- no khien_app role here (PGlite)
  END;
END
$$;
--> statement-breakpoint
-- Creates the partitions that cover every seq up to (head + 1 + headroom): called by the application's
-- partition job (once across the cluster, on the sequencer). Defaults: the span of the last partition, and half
-- a span of headroom (the next partition exists once the current one is half full). SECURITY DEFINER: it runs as the owner,
-- so khien_app, which cannot create tables, can keep the partitions ahead of the log. Each new partition is
-- created empty and then attached (SHARE UPDATE EXCLUSIVE on audit_entries: appends and reads go on), with a
-- short lock timeout so that it never queues appends behind a long reader; it is retried at the next run.
-- Returns how many partitions it created. Fails (does not create) while the DEFAULT partition holds rows of
-- the range to create: the job reports that as an alert.
CREATE FUNCTION audit_ensure_partitions(span bigint DEFAULT NULL, headroom bigint DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head bigint;
  top bigint;
  width bigint;
  w bigint;
  room bigint;
  part text;
  made integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_ensure_partitions'));
  PERFORM set_config('lock_timeout', '5s', true);
  -- New partitions continue the span of the last one unless told otherwise.
  SELECT b.to_seq, b.to_seq - b.from_seq INTO top, width FROM audit_partition_bounds() b ORDER BY b.to_seq DESC LIMIT 1;
  top := coalesce(top, 1);
  w := coalesce(span, width, 1073741824);
  room := coalesce(headroom, w / 2);
  IF w < 1 OR room < 0 THEN
    RAISE EXCEPTION 'KHIEN_AUDIT_PARTITION_SPAN: the partition span must be positive' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT coalesce(max(seq), 0) INTO head FROM audit_entries;
  WHILE top <= head + 1 + room LOOP
    part := 'audit_entries_from_' || top;
    EXECUTE format('CREATE TABLE %I (LIKE audit_entries INCLUDING DEFAULTS)', part);
    EXECUTE format('ALTER TABLE audit_entries ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', part, top, top + w);
    PERFORM audit_guard_partition(part);
    top := top + w;
    made := made + 1;
  END LOOP;
  RETURN made;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  head bigint;
  span bigint := 1073741824;
BEGIN
  SELECT coalesce(max(seq), 0) INTO head FROM audit_entries_from_1;
  EXECUTE format('ALTER TABLE audit_entries ATTACH PARTITION audit_entries_from_1 FOR VALUES FROM (1) TO (%s)', ((greatest(head, 1) - 1) / span + 1) * span + 1);
END
$$;
--> statement-breakpoint
CREATE TABLE audit_entries_default PARTITION OF audit_entries DEFAULT;
--> statement-breakpoint
SELECT audit_guard_partition('audit_entries_default');
--> statement-breakpoint
DO $$
BEGIN
  REVOKE ALL ON audit_entries, audit_entries_from_1 FROM khien_app;
  GRANT SELECT, INSERT ON audit_entries TO khien_app;
  REVOKE ALL ON FUNCTION audit_ensure_partitions(bigint, bigint) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION audit_ensure_partitions(bigint, bigint) TO khien_app;
EXCEPTION WHEN undefined_object OR insufficient_privilege OR feature_not_supported THEN
  RAISE NOTICE 'khien_app role not configured here: %', SQLERRM;
END
$$;
