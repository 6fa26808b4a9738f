-- Point-in-kelurahan through small pieces: a real kelurahan has thousands of vertices,
-- so testing a point against it costs a walk over all of them. Cut into pieces of at
-- most 64 vertices, the GiST index finds the one or two pieces around a point and the
-- exact test reads a few dozen edges (PostGIS's usual ST_Subdivide trick). Filled by
-- the boundary loader beside `kelurahan`.
CREATE TABLE kelurahan_parts (
  kode text NOT NULL REFERENCES kelurahan (kode) ON DELETE CASCADE,
  geom geometry(Polygon, 4326) NOT NULL
);
CREATE INDEX kelurahan_parts_geom_idx ON kelurahan_parts USING gist (geom);

INSERT INTO kelurahan_parts (kode, geom)
SELECT kode, ST_Subdivide(geom, 64) FROM kelurahan;

CREATE OR REPLACE FUNCTION locate_kelurahan(lng double precision, lat double precision) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT kode FROM kelurahan_parts
  WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(lng, lat), 4326))
  ORDER BY kode LIMIT 1
$$;
