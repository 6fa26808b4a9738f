import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KelurahanCollection } from '../src/domain/region';
import type { Db } from './db/types';

/**
 * Loads the geodata pipeline's kelurahan layer into the `kelurahan` table when the
 * file differs from what is loaded (its SHA-256 is kept in `meta`), and then
 * re-locates every installation against the new borders, all in one transaction.
 * Returns the kelurahan collection for the demo generator.
 */
export async function loadBoundaries(db: Db, path: string): Promise<{ collection: KelurahanCollection; reloaded: boolean }> {
  const text = readFileSync(path, 'utf8');
  const collection = JSON.parse(text) as KelurahanCollection;
  const hash = createHash('sha256').update(text).digest('hex');
  const [loaded] = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'kelurahan_sha256'`);
  if (loaded?.value === hash) return { collection, reloaded: false };
  const records = collection.features.map((feature) => ({
    kode: feature.properties.kode,
    nama: feature.properties.nama,
    kecamatanKode: feature.properties.kecamatanKode,
    kecamatan: feature.properties.kecamatan,
    geometry: feature.geometry,
  }));
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM kelurahan');
    await tx.query(
      `INSERT INTO kelurahan (kode, nama, kecamatan_kode, kecamatan, geom)
       SELECT r.kode, r.nama, r."kecamatanKode", r.kecamatan, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326))
       FROM jsonb_to_recordset($1::jsonb) AS r(kode text, nama text, "kecamatanKode" text, kecamatan text, geometry jsonb)`,
      [JSON.stringify(records)],
    );
    await tx.query('INSERT INTO kelurahan_parts (kode, geom) SELECT kode, ST_Subdivide(geom, 64) FROM kelurahan');
    // Rows whose kelurahan moved with the borders are changes: clients re-sync them.
    await tx.query(
      `UPDATE installations SET located_kelurahan_kode = located.kode, change_seq = nextval('change_seq')
       FROM (SELECT id, locate_kelurahan(lng, lat) AS kode FROM installations) AS located
       WHERE installations.id = located.id AND installations.located_kelurahan_kode IS DISTINCT FROM located.kode`,
    );
    await tx.query(
      `INSERT INTO meta (key, value) VALUES ('kelurahan_sha256', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [hash],
    );
  });
  await db.query('ANALYZE kelurahan');
  await db.query('ANALYZE kelurahan_parts');
  return { collection, reloaded: true };
}
