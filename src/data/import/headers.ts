import { fieldOfHeader, normalizeWord, type ImportField } from './vocabulary';

/** How a header was recognised: by the fixed vocabulary, or by a key word among other words. */
export interface HeaderMatch {
  field: ImportField;
  exact: boolean;
}

/** "Tgl. Pemasangan (dd/mm)" → ['tgl', 'pemasangan', 'dd', 'mm']: the words a header is made of. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

type Rule = { field: ImportField; all: ReadonlyArray<ReadonlyArray<string>> };

const DATE = ['tanggal', 'tgl', 'date', 'waktu', 'tanggalnya'];
const REMOVAL = ['lepas', 'dilepas', 'pelepasan', 'removed', 'removal', 'bongkar', 'dibongkar', 'pembongkaran', 'copot', 'dicopot', 'diturunkan'];
const LATITUDE = ['lintang', 'lat', 'latitude', 'lu', 'ls'];
const LONGITUDE = ['bujur', 'lng', 'lon', 'long', 'longitude', 'bt'];
const KELURAHAN = ['kelurahan', 'kel', 'desa', 'village', 'ward', 'kelurahandesa', 'desakelurahan'];

// Tried in order, first hit wins: the specific before the general, so that
// "Tgl. Lepas" is the removal date and not the installation date, "Kode Kel."
// the kelurahan code and not its name, and "Lat/Long" one coordinate column.
const RULES: Rule[] = [
  { field: 'removedAt', all: [DATE, REMOVAL] },
  { field: 'removedAt', all: [['removed', 'dilepas', 'pelepasan', 'pembongkaran', 'dibongkar']] },
  { field: 'kelurahanKode', all: [['kode', 'code', 'kd', 'kodewilayah'], KELURAHAN] },
  { field: 'coordinates', all: [LATITUDE, LONGITUDE] },
  { field: 'coordinates', all: [['koordinat', 'coordinates', 'coordinate', 'coord', 'coords', 'gps', 'latlng', 'latlong']] },
  { field: 'status', all: [['status', 'kondisi', 'condition', 'state']] },
  { field: 'type', all: [['jenis', 'tipe', 'type', 'media', 'apk', 'kind', 'materi', 'reklame', 'alat']] },
  { field: 'installedAt', all: [DATE] },
  { field: 'installedAt', all: [['installed', 'dipasang', 'terpasang']] },
  { field: 'lat', all: [LATITUDE] },
  { field: 'lng', all: [LONGITUDE] },
  { field: 'photoUrl', all: [['foto', 'photo', 'gambar', 'image', 'picture', 'dokumentasi']] },
  { field: 'notes', all: [['catatan', 'keterangan', 'ket', 'notes', 'note', 'remarks', 'remark', 'deskripsi', 'description', 'komentar', 'comment', 'comments']] },
  { field: 'kelurahanName', all: [KELURAHAN] },
];

/**
 * The field a header stands for. The fixed vocabulary first ("tgl_pasang"),
 * then key words with anything around them, as branch offices write them:
 * "Jenis Materi", "Nama Kel.", "Lintang (LU)", "Koordinat GPS", "Tgl. Pemasangan".
 * A header is one field at most; two columns for one field are the caller's to resolve.
 */
export function matchHeader(header: string): HeaderMatch | undefined {
  const exact = fieldOfHeader(header);
  if (exact) return { field: exact, exact: true };
  const words = new Set(headerWords(header));
  if (words.size === 0 || normalizeWord(header).length < 2) return undefined;
  const rule = RULES.find(({ all }) => all.every((options) => options.some((word) => words.has(word))));
  return rule ? { field: rule.field, exact: false } : undefined;
}
