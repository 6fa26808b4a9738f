import { formatDate } from '../../components/format';
import type { Accessors, CellValue } from '../../components/rowQuery';
import {
  INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation, type InstallationSource, type InstallationStatus, type InstallationType,
} from '../../domain/installation';

// Rows for the staff installation table: one flat object per installation, so
// the table, its filters and the CSV export read the same values.

export const INSTALLATION_WARNINGS = ['outside', 'mismatch', 'duplicate'] as const;
export type InstallationWarning = (typeof INSTALLATION_WARNINGS)[number];

export interface InstallationRow {
  /** Position in the installations array, to get the original back (e.g. for export). */
  index: number;
  id: string;
  type: InstallationType;
  status: InstallationStatus;
  installedAt: string;
  removedAt?: string;
  lat: number;
  lng: number;
  /** Where the point lies; undefined outside the region. */
  actualKode?: string;
  actualNama?: string;
  kecamatan?: string;
  /** What the person or import stated. */
  statedKode?: string;
  statedNama?: string;
  source: InstallationSource;
  notes: string;
  warnings: readonly InstallationWarning[];
}

export interface KelurahanName {
  nama: string;
  kecamatan: string;
}

export interface InstallationRowsInput {
  installations: readonly Installation[];
  /** Positions to build rows for (the shared filter's result); all when omitted. */
  indexes?: Uint32Array;
  actualKode: readonly (string | null | undefined)[];
  names: ReadonlyMap<string, KelurahanName>;
  /** Ids the engine or import flagged as probable duplicates. */
  duplicateIds?: ReadonlySet<string>;
}

/** The six possible warning lists, shared by every row (100,000 rows need no 100,000 arrays). */
const WARNING_LISTS = new Map<string, readonly InstallationWarning[]>();

export function warningsFor(
  actualKode: string | null | undefined,
  statedKode: string | undefined,
  duplicate: boolean,
): readonly InstallationWarning[] {
  const place: InstallationWarning | undefined =
    actualKode === null || actualKode === undefined ? 'outside' : statedKode && statedKode !== actualKode ? 'mismatch' : undefined;
  const key = `${place ?? ''}:${duplicate}`;
  let list = WARNING_LISTS.get(key);
  if (!list) {
    list = Object.freeze([...(place ? [place] : []), ...(duplicate ? ['duplicate' as const] : [])]);
    WARNING_LISTS.set(key, list);
  }
  return list;
}

/** The row of installation `index` (see `buildInstallationRows`; pages building rows in slices call this). */
export function installationRow(input: InstallationRowsInput, index: number): InstallationRow {
  return toRow(input.installations[index]!, index, input.actualKode[index], input);
}

function toRow(installation: Installation, index: number, actual: string | null | undefined, input: InstallationRowsInput): InstallationRow {
  const actualName = actual ? input.names.get(actual) : undefined;
  const stated = installation.kelurahanKode;
  return {
    index,
    id: installation.id,
    type: installation.type,
    status: installation.status,
    installedAt: installation.installedAt,
    removedAt: installation.removedAt,
    lat: installation.lat,
    lng: installation.lng,
    actualKode: actual ?? undefined,
    actualNama: actualName?.nama,
    kecamatan: actualName?.kecamatan,
    statedKode: stated,
    statedNama: stated ? input.names.get(stated)?.nama : undefined,
    source: installation.source,
    notes: installation.notes,
    warnings: warningsFor(actual, stated, input.duplicateIds?.has(installation.id) ?? false),
  };
}

/**
 * Builds rows in installation order. Cost: one object per row; the search text is
 * made on the first search (see `installationSearchText`), not here: at 100,000
 * rows the strings and their garbage were most of the ~180 ms this took on load.
 */
export function buildInstallationRows(input: InstallationRowsInput): InstallationRow[] {
  const { installations, indexes, actualKode } = input;
  if (actualKode.length !== installations.length) {
    throw new Error(`buildInstallationRows: ${installations.length} installations but ${actualKode.length} located kodes`);
  }
  if (!indexes) return installations.map((installation, index) => toRow(installation, index, actualKode[index], input));
  const rows = new Array<InstallationRow>(indexes.length);
  for (let position = 0; position < indexes.length; position++) {
    const index = indexes[position]!;
    rows[position] = toRow(installations[index]!, index, actualKode[index], input);
  }
  return rows;
}

const text = (value: string | undefined): CellValue => value;

/** Column id → cell value, for sorting, per-column filters and export. */
export const INSTALLATION_ACCESSORS: Accessors<InstallationRow> = {
  id: (row) => row.id,
  type: (row) => row.type,
  actual: (row) => text(row.actualNama ?? row.actualKode),
  kecamatan: (row) => text(row.kecamatan),
  stated: (row) => text(row.statedNama ?? row.statedKode),
  installedAt: (row) => row.installedAt,
  status: (row) => row.status,
  warnings: (row) => (row.warnings.length ? row.warnings.join(' ') : undefined),
};

/**
 * What the coded columns show in `language` (see `queryRows`): "Rusak"/"Damaged" rather
 * than `rusak`, dates as printed (and as ISO, so `2026-03` still finds March). Each
 * label is made once per distinct value: a keystroke reads maps, it formats nothing.
 */
export function installationShownText(translate: (key: string) => string, language: string): Accessors<InstallationRow> {
  const labels = (keys: readonly string[], prefix: string) => new Map(keys.map((key) => [key, translate(`${prefix}.${key}`)]));
  const types = labels(INSTALLATION_TYPES, 'types');
  const statuses = labels(INSTALLATION_STATUSES, 'statuses');
  const warnings = new Map<readonly InstallationWarning[], string>();
  const dates = new Map<string, string>();
  return {
    type: (row) => types.get(row.type),
    status: (row) => statuses.get(row.status),
    warnings: (row) => {
      if (row.warnings.length === 0) return undefined;
      let text = warnings.get(row.warnings);
      if (text === undefined) {
        text = row.warnings.map((warning) => translate(`warnings.${warning}`)).join(' · ');
        warnings.set(row.warnings, text);
      }
      return text;
    },
    installedAt: (row) => {
      let text = dates.get(row.installedAt);
      if (text === undefined) {
        text = `${formatDate(row.installedAt, language)} ${row.installedAt}`;
        dates.set(row.installedAt, text);
      }
      return text;
    },
  };
}

/** The words the global search looks in, lower-case and space-separated; made once per row, on first use. */
const searchTexts = new WeakMap<InstallationRow, string>();

export function installationSearchText(row: InstallationRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = [row.id, row.type, row.status, row.installedAt, row.actualKode, row.actualNama, row.kecamatan, row.statedKode, row.statedNama, row.notes, ...row.warnings]
      .filter(Boolean).join(' ').toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}
