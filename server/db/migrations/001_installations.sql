-- Installations, kelurahan boundaries and the change sequence (docs/api.md, docs/server.md).
CREATE EXTENSION IF NOT EXISTS postgis;

-- Kelurahan of the region, loaded from the geodata pipeline's output at start.
CREATE TABLE kelurahan (
  kode text PRIMARY KEY,
  nama text NOT NULL,
  kecamatan_kode text NOT NULL,
  kecamatan text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX kelurahan_geom_idx ON kelurahan USING gist (geom);

-- The kelurahan containing a point. A point exactly on a shared border touches two;
-- the lower kode wins, so the answer is stable (the app's engine gives such points to
-- the kelurahan to the east/north: the two agree except within a metre of a border).
CREATE FUNCTION locate_kelurahan(lng double precision, lat double precision) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT kode FROM kelurahan
  WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(lng, lat), 4326))
  ORDER BY kode LIMIT 1
$$;

-- One position per write, across all rows: clients sync "everything after cursor N".
CREATE SEQUENCE change_seq;

CREATE TABLE installations (
  id text PRIMARY KEY,
  type text NOT NULL,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  kelurahan_kode text,
  located_kelurahan_kode text,
  installed_at date NOT NULL,
  status text NOT NULL,
  removed_at date,
  photo_url text,
  notes text NOT NULL DEFAULT '',
  source text NOT NULL,
  import_id text,
  -- Kept as the ISO strings the API speaks: restore must give back exactly what it got.
  created_at text NOT NULL,
  updated_at text NOT NULL,
  -- Deleted rows stay as tombstones so incremental sync can tell clients to drop them.
  deleted boolean NOT NULL DEFAULT false,
  change_seq bigint NOT NULL DEFAULT nextval('change_seq')
);
CREATE UNIQUE INDEX installations_change_seq_idx ON installations (change_seq);
-- COLLATE "C": the API orders by plain code-unit order, like the engine's compareInstallations.
CREATE INDEX installations_list_idx ON installations (installed_at, created_at COLLATE "C", id COLLATE "C") WHERE NOT deleted;
CREATE INDEX installations_import_idx ON installations (import_id);

-- Small facts about this database: whether it was ever seeded, which boundary file is loaded.
CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
