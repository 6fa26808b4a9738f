-- Installation versions (optimistic concurrency) and the append-only audit trail.

ALTER TABLE installations ADD COLUMN version integer NOT NULL DEFAULT 1;


-- Who (`actor`, set per transaction by server/installations/write.ts), when, what, and
-- for each changed field its value before and after ({ "status": ["terpasang", "rusak"] }).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'import', 'update', 'delete', 'restore')),
  installation_id text NOT NULL,
  changes jsonb NOT NULL
);
CREATE INDEX audit_log_installation_idx ON audit_log (installation_id, id);

-- Append-only: the database itself refuses to rewrite history.
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- The fields a person sees, under their API names; bookkeeping (timestamps, change
-- position, version, deleted flag) is left out so a diff names only real changes.
CREATE FUNCTION installation_audit_fields(r installations) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
    'type', r.type, 'lat', r.lat, 'lng', r.lng, 'kelurahanKode', r.kelurahan_kode,
    'locatedKelurahanKode', r.located_kelurahan_kode, 'installedAt', r.installed_at::text,
    'status', r.status, 'removedAt', r.removed_at::text, 'photoUrl', r.photo_url,
    'notes', r.notes, 'source', r.source))
$$;

-- Every change to a row's content makes a new version (edits, relocations). Deleting
-- and restoring keep it: the row comes back exactly as it was deleted, so an edit
-- based on that version is still based on what is saved.
CREATE FUNCTION installations_next_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.deleted = NEW.deleted OR installation_audit_fields(OLD) IS DISTINCT FROM installation_audit_fields(NEW) THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER installations_version BEFORE UPDATE ON installations
  FOR EACH ROW EXECUTE FUNCTION installations_next_version();

CREATE FUNCTION audit_actor() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('cakupan.actor', true), ''), 'system')
$$;

-- Statement-level triggers with transition tables: one INSERT … SELECT per statement,
-- so a 100,000-row import writes its audit in one pass instead of 100,000 calls.
CREATE FUNCTION installations_audit_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (actor, action, installation_id, changes)
  SELECT audit_actor(), CASE WHEN n.import_id IS NULL THEN 'create' ELSE 'import' END, n.id,
    (SELECT coalesce(jsonb_object_agg(f.key, jsonb_build_array(NULL, f.value)), '{}'::jsonb)
       FROM jsonb_each(installation_audit_fields(n)) AS f)
  FROM new_rows AS n;
  RETURN NULL;
END
$$;
CREATE TRIGGER installations_audit_insert AFTER INSERT ON installations
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION installations_audit_insert();

CREATE FUNCTION installations_audit_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A rewrite that changes no field (a repeated patch) is not history.
  INSERT INTO audit_log (actor, action, installation_id, changes)
  SELECT entry.actor, entry.action, entry.installation_id, entry.changes FROM (SELECT audit_actor() AS actor,
    CASE WHEN NOT o.deleted AND n.deleted THEN 'delete' WHEN o.deleted AND NOT n.deleted THEN 'restore' ELSE 'update' END AS action,
    n.id AS installation_id,
    (SELECT coalesce(jsonb_object_agg(k.key, jsonb_build_array(before.fields -> k.key, after.fields -> k.key)), '{}'::jsonb)
       FROM (SELECT installation_audit_fields(o) AS fields) AS before,
            (SELECT installation_audit_fields(n) AS fields) AS after,
            LATERAL (SELECT jsonb_object_keys(before.fields || after.fields) AS key) AS k
      WHERE (before.fields -> k.key) IS DISTINCT FROM (after.fields -> k.key)) AS changes
  FROM old_rows AS o JOIN new_rows AS n ON n.id = o.id) AS entry
  WHERE entry.action <> 'update' OR entry.changes <> '{}'::jsonb;
  RETURN NULL;
END
$$;
CREATE TRIGGER installations_audit_update AFTER UPDATE ON installations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION installations_audit_update();
