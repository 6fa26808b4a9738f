import type { InstallationStatus, InstallationType } from '../../domain/installation';

/** Lower case, no accents, letters and digits only: "Tgl. Pasang" and "tgl_pasang" compare equal. */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The fields the importer understands; any other column is carried along untouched. */
export type ImportField =
  | 'lat'
  | 'lng'
  | 'coordinates'
  | 'type'
  | 'status'
  | 'installedAt'
  | 'removedAt'
  | 'kelurahanName'
  | 'kelurahanKode'
  | 'photoUrl'
  | 'notes';

// Headers as spreadsheets in the field actually spell them, Indonesian and English.
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  lat: ['lintang', 'lat', 'latitude', 'y', 'garislintang'],
  lng: ['bujur', 'lng', 'lon', 'long', 'longitude', 'x', 'garisbujur'],
  coordinates: ['koordinat', 'coordinates', 'coordinate', 'coord', 'coords', 'titikkoordinat', 'latlng', 'latlong', 'lokasikoordinat', 'gps'],
  type: ['jenis', 'tipe', 'type', 'jenismedia', 'media', 'jenisreklame', 'jenisalatperaga', 'kind', 'mediatype'],
  status: ['status', 'kondisi', 'condition', 'state', 'statuspemasangan'],
  installedAt: ['tanggal', 'tanggalpasang', 'tglpasang', 'tanggalpemasangan', 'tgl', 'tanggaldipasang', 'installedat', 'installed', 'installationdate', 'installdate', 'dateinstalled', 'date'],
  removedAt: ['tanggallepas', 'tgllepas', 'tanggaldilepas', 'tanggalpelepasan', 'removedat', 'removed', 'removaldate', 'dateremoved'],
  kelurahanName: ['kelurahan', 'kel', 'namakelurahan', 'desakelurahan', 'kelurahandesa', 'desa', 'village', 'ward', 'subdistrict'],
  kelurahanKode: ['kodekelurahan', 'kelurahankode', 'kode', 'kodewilayah', 'kodekel', 'kelurahancode', 'villagecode', 'code'],
  photoUrl: ['foto', 'fotourl', 'urlfoto', 'photo', 'photourl', 'picture', 'image'],
  notes: ['catatan', 'keterangan', 'ket', 'notes', 'note', 'remarks', 'description', 'deskripsi', 'komentar', 'comment', 'comments'],
};

const HEADER_LOOKUP = new Map<string, ImportField>(
  Object.entries(HEADER_SYNONYMS).flatMap(([field, names]) => names.map((name) => [name, field as ImportField] as const)),
);

export function fieldOfHeader(header: string): ImportField | undefined {
  return HEADER_LOOKUP.get(normalizeWord(header));
}

const TYPE_SYNONYMS: Record<InstallationType, string[]> = {
  baliho: ['baliho', 'billboard', 'billboards', 'bilboard', 'papanreklame', 'reklame'],
  spanduk: ['spanduk', 'streamer', 'kainrentang'],
  banner: ['banner', 'banners', 'xbanner', 'rollbanner', 'rollupbanner', 'standingbanner', 'umbulumbul'],
  poster: ['poster', 'posters', 'pamflet', 'pamphlet', 'pamphlets', 'flyer', 'flyers', 'flier', 'selebaran', 'leaflet'],
};

const STATUS_SYNONYMS: Record<InstallationStatus, string[]> = {
  terpasang: ['terpasang', 'pasang', 'dipasang', 'installed', 'install', 'active', 'aktif', 'baik', 'good', 'ok'],
  rusak: ['rusak', 'rusakringan', 'rusakberat', 'damaged', 'broken', 'robek', 'torn'],
  dilepas: ['dilepas', 'lepas', 'removed', 'remove', 'takendown', 'dicopot', 'copot', 'dibongkar', 'diturunkan'],
};

function invert<Key extends string>(table: Record<Key, string[]>): Map<string, Key> {
  return new Map(Object.entries<string[]>(table).flatMap(([key, words]) => words.map((word) => [word, key as Key] as const)));
}

const TYPE_LOOKUP = invert(TYPE_SYNONYMS);
const STATUS_LOOKUP = invert(STATUS_SYNONYMS);

export function parseType(text: string): InstallationType | undefined {
  return TYPE_LOOKUP.get(normalizeWord(text));
}

export function parseStatus(text: string): InstallationStatus | undefined {
  return STATUS_LOOKUP.get(normalizeWord(text));
}
