import { INSTALLATION_TYPES, type Installation, type InstallationType } from '../../data/installation';
import type { Accessors } from '../../components/rowQuery';

// Rows for the kelurahan table, the keyboard and screen-reader alternative to the
// map: everything the map shows about a kelurahan is a column here.

export type KelurahanState = 'covered' | 'uncovered';

export interface KelurahanRow {
  kode: string;
  nama: string;
  kecamatanKode: string;
  kecamatan: string;
  state: KelurahanState;
  recommended: boolean;
  /** Installations that pass the shared filters, per material type. */
  byType: Record<InstallationType, number>;
  total: number;
  /** 1 = target first; undefined when the ranking leaves it out (e.g. already covered). */
  rank?: number;
  areaKm2: number;
  /** Share of the kelurahan's area within sight of an installation, 0..1; undefined until computed. */
  visibilityShare?: number;
  searchText: string;
}

export interface KelurahanRowsInput {
  kelurahan: ReadonlyArray<{ kode: string; nama: string; kecamatanKode: string; kecamatan: string; areaKm2: number }>;
  /** The kelurahan the shared filters keep. */
  kelurahanKodes: ReadonlySet<string>;
  coveredKodes: ReadonlySet<string>;
  recommendedKodes: ReadonlySet<string>;
  rankByKode: ReadonlyMap<string, number>;
  visibilityByKode?: ReadonlyMap<string, number>;
  installations: ReadonlyArray<Pick<Installation, 'type'>>;
  /** Positions of the installations the shared filters keep. */
  installationIndexes: Uint32Array;
  actualKode: readonly (string | null | undefined)[];
}

const emptyByType = (): Record<InstallationType, number> => ({ baliho: 0, spanduk: 0, banner: 0, poster: 0 });

/** One row per kept kelurahan, in input order; counts come from one pass over the kept installations. */
export function buildKelurahanRows(input: KelurahanRowsInput): KelurahanRow[] {
  const counts = new Map<string, Record<InstallationType, number>>();
  for (const index of input.installationIndexes) {
    const kode = input.actualKode[index];
    const installation = input.installations[index];
    if (!kode || !installation || !input.kelurahanKodes.has(kode)) continue;
    let byType = counts.get(kode);
    if (!byType) counts.set(kode, (byType = emptyByType()));
    byType[installation.type]++;
  }
  return input.kelurahan
    .filter((kelurahan) => input.kelurahanKodes.has(kelurahan.kode))
    .map((kelurahan) => {
      const byType = counts.get(kelurahan.kode) ?? emptyByType();
      return {
        kode: kelurahan.kode,
        nama: kelurahan.nama,
        kecamatanKode: kelurahan.kecamatanKode,
        kecamatan: kelurahan.kecamatan,
        state: input.coveredKodes.has(kelurahan.kode) ? 'covered' : 'uncovered',
        recommended: input.recommendedKodes.has(kelurahan.kode),
        byType,
        total: INSTALLATION_TYPES.reduce((sum, type) => sum + byType[type], 0),
        rank: input.rankByKode.get(kelurahan.kode),
        areaKm2: kelurahan.areaKm2,
        visibilityShare: input.visibilityByKode?.get(kelurahan.kode),
        searchText: `${kelurahan.kode} ${kelurahan.nama} ${kelurahan.kecamatan}`.toLowerCase(),
      };
    });
}

export const KELURAHAN_ACCESSORS: Accessors<KelurahanRow> = {
  kode: (row) => row.kode,
  nama: (row) => row.nama,
  kecamatan: (row) => row.kecamatan,
  state: (row) => row.state,
  baliho: (row) => row.byType.baliho,
  spanduk: (row) => row.byType.spanduk,
  banner: (row) => row.byType.banner,
  poster: (row) => row.byType.poster,
  total: (row) => row.total,
  rank: (row) => row.rank,
  areaKm2: (row) => row.areaKm2,
  visibilityShare: (row) => row.visibilityShare,
};

export const kelurahanSearchText = (row: KelurahanRow): string => row.searchText;
