import type { Installation } from '../../src/domain/installation';

// Between SQL rows and the API's Installation. Dates leave the database as text
// (`::text` of a date is YYYY-MM-DD), never as a JS Date that a time zone could shift.
// The text casts keep their column names, so an unqualified ORDER BY would sort by the
// text ("100" before "99"): queries order by the table's columns (`i.change_seq`).

export const SELECT_COLUMNS = `id, type, lat, lng, kelurahan_kode, located_kelurahan_kode, installed_at::text AS installed_at, status,
  removed_at::text AS removed_at, photo_url, notes, source, import_id, created_at, updated_at, deleted, change_seq::text AS change_seq, version`;

export interface InstallationRow {
  id: string;
  type: Installation['type'];
  lat: number | string;
  lng: number | string;
  kelurahan_kode: string | null;
  located_kelurahan_kode: string | null;
  installed_at: string;
  status: Installation['status'];
  removed_at: string | null;
  photo_url: string | null;
  notes: string;
  source: Installation['source'];
  import_id: string | null;
  created_at: string;
  updated_at: string;
  deleted: boolean;
  change_seq: string;
  version: number;
}

/** Absent optional fields are omitted, never `null` (docs/api.md). */
export function toInstallation(row: InstallationRow): Installation {
  const installation: Installation = {
    id: row.id,
    type: row.type,
    lat: Number(row.lat),
    lng: Number(row.lng),
    installedAt: row.installed_at,
    status: row.status,
    notes: row.notes,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
  if (row.kelurahan_kode !== null) installation.kelurahanKode = row.kelurahan_kode;
  if (row.removed_at !== null) installation.removedAt = row.removed_at;
  if (row.photo_url !== null) installation.photoUrl = row.photo_url;
  if (row.import_id !== null) installation.importId = row.import_id;
  if (row.located_kelurahan_kode !== null) installation.locatedKelurahanKode = row.located_kelurahan_kode;
  return installation;
}

/** The record shape `jsonb_to_recordset` reads (see UPSERT_SQL); server-set `locatedKelurahanKode` is not taken from input. */
export function toRecord(installation: Installation) {
  return {
    id: installation.id,
    type: installation.type,
    lat: installation.lat,
    lng: installation.lng,
    kelurahanKode: installation.kelurahanKode ?? null,
    installedAt: installation.installedAt,
    status: installation.status,
    removedAt: installation.removedAt ?? null,
    photoUrl: installation.photoUrl ?? null,
    notes: installation.notes,
    source: installation.source,
    importId: installation.importId ?? null,
    createdAt: installation.createdAt,
    updatedAt: installation.updatedAt,
  };
}

const RECORD_COLUMNS = `id text, type text, lat double precision, lng double precision, "kelurahanKode" text, "installedAt" date,
  status text, "removedAt" date, "photoUrl" text, notes text, source text, "importId" text, "createdAt" text, "updatedAt" text`;

/**
 * Writes a chunk of rows given as one JSON parameter: no SQL is built from input, and one
 * statement carries thousands of rows. Every row gets a new change position and its
 * located kelurahan; a row with an existing id (restore, update) is replaced and revived.
 */
export const UPSERT_SQL = `
INSERT INTO installations (id, type, lat, lng, kelurahan_kode, located_kelurahan_kode, installed_at, status, removed_at,
  photo_url, notes, source, import_id, created_at, updated_at, deleted, change_seq)
SELECT r.id, r.type, r.lat, r.lng, r."kelurahanKode", locate_kelurahan(r.lng, r.lat), r."installedAt", r.status, r."removedAt",
  r."photoUrl", r.notes, r.source, r."importId", r."createdAt", r."updatedAt", false, nextval('change_seq')
FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_COLUMNS})
ON CONFLICT (id) DO UPDATE SET
  type = EXCLUDED.type, lat = EXCLUDED.lat, lng = EXCLUDED.lng, kelurahan_kode = EXCLUDED.kelurahan_kode,
  located_kelurahan_kode = EXCLUDED.located_kelurahan_kode, installed_at = EXCLUDED.installed_at, status = EXCLUDED.status,
  removed_at = EXCLUDED.removed_at, photo_url = EXCLUDED.photo_url, notes = EXCLUDED.notes, source = EXCLUDED.source,
  import_id = EXCLUDED.import_id, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
  deleted = false, change_seq = EXCLUDED.change_seq
RETURNING ${SELECT_COLUMNS}`;
