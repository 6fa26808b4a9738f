import { INSTALLATION_TYPES, type InstallationType } from '../../domain/installation';
import type { Accessors } from '../../components/rowQuery';
import type { AttributeTable } from '../../geo/rankCandidates';

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
  /** Kilometres of border shared with covered kelurahan (the map shows them side by side); undefined when not ranked. */
  borderKm?: number;
  areaKm2: number;
  /** Share of the kelurahan's area within sight of an installation, 0..1; undefined until computed. */
  visibilityShare?: number;
  /** The planner's extra factors (a loaded CSV) by column; undefined when the file has no row for it. */
  extra?: Readonly<Record<string, number | null>>;
  searchText: string;
}

export interface KelurahanRowsInput {
  /** Every kelurahan in area order: `areaPerInstallation` values index this list. */
  kelurahan: ReadonlyArray<{ kode: string; nama: string; kecamatanKode: string; kecamatan: string; areaKm2: number }>;
  /** The kelurahan the shared filters keep. */
  kelurahanKodes: ReadonlySet<string>;
  coveredKodes: ReadonlySet<string>;
  recommendedKodes: ReadonlySet<string>;
  rankByKode: ReadonlyMap<string, number>;
  /** `coveredBorderKm` of the ranking. */
  borderKmByKode?: ReadonlyMap<string, number>;
  visibilityByKode?: ReadonlyMap<string, number>;
  /** Type code (index into INSTALLATION_TYPES) per installation: `columns.type` of `installationColumns`. */
  installationTypes: Uint8Array;
  /** Positions of the installations the shared filters keep. */
  installationIndexes: Uint32Array;
  /** The kelurahan (index into `kelurahan`) each installation lies in; -1 = outside the region. */
  areaPerInstallation: Int32Array;
  /** The planner's extra factors, if a file is loaded (see extraFactors.ts). */
  extraFactors?: AttributeTable;
}

/** Per ranked kelurahan, the kilometres of its border shared with covered kelurahan (the ranking's `frontier`, in metres). */
export function coveredBorderKm(ranking: ReadonlyArray<{ kode: string; factors: ReadonlyArray<{ key: string; value: number | null }> }>): Map<string, number> {
  const byKode = new Map<string, number>();
  for (const candidate of ranking) {
    const metres = candidate.factors.find((factor) => factor.key === 'frontier')?.value;
    if (metres !== undefined && metres !== null) byKode.set(candidate.kode, metres / 1000);
  }
  return byKode;
}

/**
 * One row per kept kelurahan, in input order; counts come from one pass of integer
 * reads over the kept installations (no installation objects: ~1 ms at 100,000).
 */
export function buildKelurahanRows(input: KelurahanRowsInput): KelurahanRow[] {
  const typeCount = INSTALLATION_TYPES.length;
  const counts = new Uint32Array(input.kelurahan.length * typeCount);
  for (const index of input.installationIndexes) {
    const area = input.areaPerInstallation[index]!;
    if (area >= 0) counts[area * typeCount + input.installationTypes[index]!]!++;
  }
  const byTypeOf = (area: number) =>
    Object.fromEntries(INSTALLATION_TYPES.map((type, code) => [type, counts[area * typeCount + code]!])) as Record<InstallationType, number>;
  return input.kelurahan
    .flatMap((kelurahan, area) => (input.kelurahanKodes.has(kelurahan.kode) ? [{ kelurahan, area }] : []))
    .map(({ kelurahan, area }) => {
      const byType = byTypeOf(area);
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
        borderKm: input.borderKmByKode?.get(kelurahan.kode),
        areaKm2: kelurahan.areaKm2,
        visibilityShare: input.visibilityByKode?.get(kelurahan.kode),
        extra: input.extraFactors?.byKode.get(kelurahan.kode),
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
  borderKm: (row) => row.borderKm,
  areaKm2: (row) => row.areaKm2,
  visibilityShare: (row) => row.visibilityShare,
};

/** Column id of an extra factor (a column of the planner's file). */
export const extraColumnId = (column: string) => `extra:${column}`;

/** KELURAHAN_ACCESSORS plus one per extra factor column. */
export function kelurahanAccessors(extraColumns: readonly string[]): Accessors<KelurahanRow> {
  if (extraColumns.length === 0) return KELURAHAN_ACCESSORS;
  return {
    ...KELURAHAN_ACCESSORS,
    ...Object.fromEntries(extraColumns.map((column) => [extraColumnId(column), (row: KelurahanRow) => row.extra?.[column] ?? undefined])),
  };
}

export const kelurahanSearchText = (row: KelurahanRow): string => row.searchText;

/** The state column's text: "Belum tercakup · Sasaran berikutnya". */
export function stateText(row: Pick<KelurahanRow, 'state' | 'recommended'>, translate: (key: string) => string): string {
  const state = translate(`states.${row.state}`);
  return row.recommended ? `${state} · ${translate('states.recommended')}` : state;
}

/**
 * What the state and visibility columns show (see `queryRows`): the state in the UI's
 * language, and the visible share as the percentage printed, so `>50` means more than 50 %.
 */
export function kelurahanShownText(translate: (key: string) => string): Accessors<KelurahanRow> {
  const states = new Map<string, string>();
  return {
    state: (row) => {
      const key = `${row.state}${row.recommended}`;
      let text = states.get(key);
      if (text === undefined) {
        text = stateText(row, translate);
        states.set(key, text);
      }
      return text;
    },
    visibilityShare: (row) => (row.visibilityShare === undefined ? undefined : row.visibilityShare * 100),
  };
}
