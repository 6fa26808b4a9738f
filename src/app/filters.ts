import { INSTALLATION_STATUSES, INSTALLATION_TYPES } from '../domain/installation';
import { dayNumber, type InstallationColumns } from '../geo/installationColumns';
import { NOT_YET, type InstallationsAsOf } from '../geo/installationsAsOf';
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
  /** Every kelurahan, in area order: `areaPerInstallation` values index this list. */
  kelurahan: readonly KelurahanRef[];
  /** Kelurahan that count as covered as of the campaign's `asOf`. */
  coveredKodes: ReadonlySet<string>;
  /** Kelurahan the ranking recommends targeting next. */
  recommendedKodes: ReadonlySet<string>;
  /** The installations as columns (`installationColumns`): type and installed day. */
  columns: Pick<InstallationColumns, 'count' | 'type' | 'installed'>;
  /** Each installation's status on the as-of date (`installationsAsOf`): those not yet put up are never kept. */
  asOf: Pick<InstallationsAsOf, 'status'>;
  /** The kelurahan (index into `kelurahan`) each installation lies in by its point; -1 = outside the region. */
  areaPerInstallation: Int32Array;
}

export interface FilteredView {
  /** Kelurahan that pass the area filters (kecamatan and state), in input order. */
  kelurahanKodes: ReadonlySet<string>;
  /** Positions in `installations` that stand on the as-of date and pass every filter, ascending. */
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

/** 1 for each code `chosen` names, or 1 for every code when nothing is chosen (no filter). */
function codeMask<T>(all: readonly T[], chosen: readonly T[]): Uint8Array {
  return Uint8Array.from(all, (value) => (chosen.length === 0 || chosen.includes(value) ? 1 : 0));
}

/**
 * Applies the shared filters. Installations are kept when they stand on the as-of
 * date, their type, status on that date and installedAt match and, if an area filter is on, when they lie in a kept kelurahan.
 * One pass of integer compares over the columns: ~2 ms for 100,000 installations
 * (reading the installation objects instead took ~25 ms).
 */
export function applyFilters(input: FilterInput, filters: FilterState): FilteredView {
  const kecamatan = new Set(filters.kecamatan);
  const kelurahanKodes = new Set<string>();
  const keptArea = new Uint8Array(input.kelurahan.length);
  input.kelurahan.forEach((kelurahan, area) => {
    if (kecamatan.size > 0 && !kecamatan.has(kelurahan.kecamatanKode)) return;
    if (!matchesState(filters.state, kelurahan.kode, input)) return;
    kelurahanKodes.add(kelurahan.kode);
    keptArea[area] = 1;
  });
  const areaFiltered = kecamatan.size > 0 || filters.state !== 'all';
  const types = codeMask(INSTALLATION_TYPES, filters.types);
  const statuses = codeMask(INSTALLATION_STATUSES, filters.statuses);
  // Inclusive day bounds; ISO dates and day numbers order alike.
  const fromDay = filters.from ? dayNumber(filters.from) : -Infinity;
  const toDay = filters.to ? dayNumber(filters.to) : Infinity;
  const { columns, areaPerInstallation } = input;
  const statusOnDate = input.asOf.status;

  const kept = new Uint32Array(columns.count);
  let count = 0;
  for (let index = 0; index < columns.count; index++) {
    const status = statusOnDate[index]!;
    if (status === NOT_YET || types[columns.type[index]!] === 0 || statuses[status] === 0) continue;
    const installed = columns.installed[index]!;
    if (installed < fromDay || installed > toDay) continue;
    if (areaFiltered) {
      const area = areaPerInstallation[index]!;
      if (area === -1 || keptArea[area] === 0) continue;
    }
    kept[count++] = index;
  }
  return { kelurahanKodes, installationIndexes: kept.slice(0, count), areaFiltered };
}

/** The installations a FilteredView keeps, in order. */
export function pickInstallations<T>(items: readonly T[], indexes: Uint32Array): T[] {
  const picked: T[] = new Array<T>(indexes.length);
  for (let position = 0; position < indexes.length; position++) picked[position] = items[indexes[position]!]!;
  return picked;
}
