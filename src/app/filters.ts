import type { Installation, InstallationStatus, InstallationType } from '../data/installation';
import type { AreaStateFilter, ViewState } from './urlState';

// One filter state drives the map, the tables and the charts: every page calls
// `applyFilters` once (inside useMemo) and hands the result to its features, so
// a kelurahan hidden on the map is hidden in the table and missing from the charts.

export type FilterState = Pick<ViewState, 'kecamatan' | 'state' | 'types' | 'statuses' | 'from' | 'to'>;

export interface KelurahanRef {
  kode: string;
  kecamatanKode: string;
}

export interface FilterInput {
  kelurahan: readonly KelurahanRef[];
  /** Kelurahan that count as covered as of the campaign's `asOf`. */
  coveredKodes: ReadonlySet<string>;
  /** Kelurahan the ranking recommends targeting next. */
  recommendedKodes: ReadonlySet<string>;
  installations: readonly Installation[];
  /** Kelurahan each installation actually lies in (by its point); null or undefined = outside the region. */
  actualKode: readonly (string | null | undefined)[];
}

export interface FilteredView {
  /** Kelurahan that pass the area filters (kecamatan and state), in input order. */
  kelurahanKodes: ReadonlySet<string>;
  /** Positions in `installations` that pass every filter, ascending. */
  installationIndexes: Uint32Array;
  /** True when an area filter is on, so installations outside the region are hidden. */
  areaFiltered: boolean;
}

function matchesState(state: AreaStateFilter, kode: string, input: FilterInput): boolean {
  switch (state) {
    case 'all':
      return true;
    case 'covered':
      return input.coveredKodes.has(kode);
    case 'uncovered':
      return !input.coveredKodes.has(kode);
    case 'recommended':
      return input.recommendedKodes.has(kode);
  }
}

export function isFilterActive(filters: FilterState): boolean {
  return (
    filters.kecamatan.length > 0 ||
    filters.state !== 'all' ||
    filters.types.length > 0 ||
    filters.statuses.length > 0 ||
    Boolean(filters.from) ||
    Boolean(filters.to)
  );
}

/**
 * Applies the shared filters. Installations are kept when their type, status and
 * installedAt match and, if an area filter is on, when they lie in a kept kelurahan.
 * Costs one pass over the installations with set lookups: ~5 ms for 100,000.
 */
export function applyFilters(input: FilterInput, filters: FilterState): FilteredView {
  const kecamatan = new Set(filters.kecamatan);
  const kelurahanKodes = new Set<string>();
  for (const kelurahan of input.kelurahan) {
    if (kecamatan.size > 0 && !kecamatan.has(kelurahan.kecamatanKode)) continue;
    if (!matchesState(filters.state, kelurahan.kode, input)) continue;
    kelurahanKodes.add(kelurahan.kode);
  }
  const areaFiltered = kecamatan.size > 0 || filters.state !== 'all';
  const types = new Set<InstallationType>(filters.types);
  const statuses = new Set<InstallationStatus>(filters.statuses);
  const { from, to } = filters;

  const kept = new Uint32Array(input.installations.length);
  let count = 0;
  input.installations.forEach((installation, index) => {
    if (types.size > 0 && !types.has(installation.type)) return;
    if (statuses.size > 0 && !statuses.has(installation.status)) return;
    // ISO calendar dates compare correctly as strings.
    if (from && installation.installedAt < from) return;
    if (to && installation.installedAt > to) return;
    if (areaFiltered) {
      const kode = input.actualKode[index];
      if (kode === undefined || kode === null || !kelurahanKodes.has(kode)) return;
    }
    kept[count++] = index;
  });
  return { kelurahanKodes, installationIndexes: kept.slice(0, count), areaFiltered };
}

/** The installations a FilteredView keeps, in order. */
export function pickInstallations<T>(items: readonly T[], indexes: Uint32Array): T[] {
  const picked: T[] = new Array<T>(indexes.length);
  for (let position = 0; position < indexes.length; position++) picked[position] = items[indexes[position]!]!;
  return picked;
}
