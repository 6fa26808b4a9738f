-- Coverage as of any date without reading every installation (GET /api/coverage).
--
-- A live row stands in one status from the day it was installed and, if it is taken
-- down later, moves to `dilepas` on its removal day: the engine's statusOn rule
-- (src/geo/computeCoverage.ts) as at most three +1/-1 steps. `coverage_counts` keeps
-- the sum of those steps per kelurahan, type and status, per day and per month, kept
-- current by triggers in the writing transaction. Coverage as of D is then the month
-- sums before D's month plus the day sums of D's month up to D: a few thousand small
-- rows instead of every installation.

-- A row's steps. Removed on or before its installation day: dilepas from the start.
-- Taken down later: it stood until then (a dilepas row as terpasang, like statusOn).
CREATE TYPE coverage_step AS (day date, kode text, type text, status text, step integer);

CREATE FUNCTION installation_coverage_steps(r installations) RETURNS SETOF coverage_step
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.day, coalesce(r.located_kelurahan_kode, ''), r.type, s.status, s.step
  FROM (VALUES
    (1, r.installed_at, CASE
      WHEN r.removed_at IS NULL THEN r.status
      WHEN r.removed_at <= r.installed_at THEN 'dilepas'
      WHEN r.status = 'dilepas' THEN 'terpasang'
      ELSE r.status END, 1),
    (2, r.removed_at, CASE WHEN r.status = 'dilepas' THEN 'terpasang' ELSE r.status END, -1),
    (3, r.removed_at, 'dilepas', 1)
  ) AS s(n, day, status, step)
  WHERE NOT r.deleted AND (s.n = 1 OR r.removed_at > r.installed_at)
$$;

CREATE TABLE coverage_counts (
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  -- The day, or the first day of the month.
  day date NOT NULL,
  -- '' where the point lies outside every kelurahan.
  kode text NOT NULL,
  type text NOT NULL,
  status text NOT NULL,
  standing integer NOT NULL,
  PRIMARY KEY (grain, day, kode, type, status)
);

-- First and latest installation per kelurahan as of a date: one index probe each.
CREATE INDEX installations_located_idx ON installations (located_kelurahan_kode, installed_at) WHERE NOT deleted;

-- Adds steps to both grains, in key order so concurrent writers lock shared rows in the
-- same order (no deadlock between an import and a single edit).
CREATE FUNCTION coverage_counts_add(steps coverage_step[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO coverage_counts AS c (grain, day, kode, type, status, standing)
  SELECT g.grain, CASE g.grain WHEN 'day' THEN s.day ELSE date_trunc('month', s.day::timestamp)::date END,
    s.kode, s.type, s.status, sum(s.step)
  FROM unnest(steps) AS s
  CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(s.step) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (grain, day, kode, type, status) DO UPDATE SET standing = c.standing + excluded.standing
$$;

CREATE FUNCTION installations_coverage_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_counts_add(ARRAY(SELECT s FROM new_rows AS n, LATERAL installation_coverage_steps(n) AS s));
  RETURN NULL;
END
$$;
CREATE TRIGGER installations_coverage_insert AFTER INSERT ON installations
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION installations_coverage_insert();

CREATE FUNCTION installations_coverage_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_counts_add(ARRAY(
    SELECT s FROM new_rows AS n, LATERAL installation_coverage_steps(n) AS s
    UNION ALL
    SELECT (s.day, s.kode, s.type, s.status, -s.step)::coverage_step FROM old_rows AS o, LATERAL installation_coverage_steps(o) AS s));
  RETURN NULL;
END
$$;
CREATE TRIGGER installations_coverage_update AFTER UPDATE ON installations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION installations_coverage_update();

CREATE FUNCTION installations_coverage_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_counts_add(ARRAY(
    SELECT (s.day, s.kode, s.type, s.status, -s.step)::coverage_step FROM old_rows AS o, LATERAL installation_coverage_steps(o) AS s));
  RETURN NULL;
END
$$;
CREATE TRIGGER installations_coverage_delete AFTER DELETE ON installations
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION installations_coverage_delete();

CREATE FUNCTION installations_coverage_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE coverage_counts;
  RETURN NULL;
END
$$;
CREATE TRIGGER installations_coverage_truncate AFTER TRUNCATE ON installations
  FOR EACH STATEMENT EXECUTE FUNCTION installations_coverage_truncate();

-- The rows already saved.
SELECT coverage_counts_add(ARRAY(SELECT s FROM installations AS i, LATERAL installation_coverage_steps(i) AS s));
