import { unguardCell } from '../export/formulaGuard';
import { matchHeader } from './headers';
import type { ImportField } from './vocabulary';

// When a field has no column of its own, messages name it the way our own export does.
export const DEFAULT_NAMES: Record<ImportField, string> = {
  lat: 'lintang',
  lng: 'bujur',
  coordinates: 'koordinat',
  type: 'jenis',
  status: 'status',
  installedAt: 'tanggal_pasang',
  removedAt: 'tanggal_lepas',
  kelurahanName: 'kelurahan',
  kelurahanKode: 'kode_kelurahan',
  photoUrl: 'foto_url',
  notes: 'catatan',
};

export const IMPORT_FIELDS = Object.keys(DEFAULT_NAMES) as ImportField[];

/**
 * The user's word on which column is which field: a header as written in the
 * file, or `null` for "the file has no such column". Fields left out are matched
 * automatically.
 */
export type ColumnChoices = Partial<Record<ImportField, string | null>>;

/** What the matching made of a header row, for the dialog's column mapping. */
export interface ColumnResolution {
  /** Column indexes per field, in file order. */
  positions: Map<ImportField, number[]>;
  /** Fields with two or more columns that could be them, not all by the fixed vocabulary: the user must choose. */
  ambiguous: Map<ImportField, number[]>;
}

/**
 * Assigns columns to fields. The user's choices come first and take their
 * column out of automatic matching. Several columns of the fixed vocabulary
 * for one field ("tanggal" and "date") are all kept, the first non-empty cell
 * winning per row, as before; but as soon as a looser match ("Jenis Materi")
 * competes with another column, nothing is chosen silently.
 */
export function resolveColumns(columns: ReadonlyArray<string>, choices: ColumnChoices = {}): ColumnResolution {
  const positions = new Map<ImportField, number[]>();
  const ambiguous = new Map<ImportField, number[]>();
  const taken = new Set<number>();
  for (const [field, header] of Object.entries(choices) as [ImportField, string | null | undefined][]) {
    if (header === undefined) continue;
    const index = header === null ? -1 : columns.indexOf(header);
    if (index >= 0) {
      positions.set(field, [index]);
      taken.add(index);
    } else positions.set(field, []);
  }
  const candidates = new Map<ImportField, { index: number; exact: boolean }[]>();
  columns.forEach((column, index) => {
    const match = matchHeader(column);
    if (!match || taken.has(index) || choices[match.field] !== undefined) return;
    candidates.set(match.field, [...(candidates.get(match.field) ?? []), { index, exact: match.exact }]);
  });
  for (const [field, found] of candidates) {
    const indexes = found.map(({ index }) => index);
    if (found.length > 1 && found.some(({ exact }) => !exact)) ambiguous.set(field, indexes);
    else positions.set(field, indexes);
  }
  for (const [field, indexes] of positions) if (indexes.length === 0) positions.delete(field);
  return { positions, ambiguous };
}

/** Where each understood field sits in a row, and what the user called it. */
export interface ColumnMap {
  has(field: ImportField): boolean;
  /** The trimmed cell, with the export's formula guard undone; '' when absent. */
  cell(values: string[], field: ImportField): string;
  /** The header as written in the file, so messages point at the user's own column. */
  nameOf(field: ImportField): string;
}

/** `guarded`: cells may carry our export's formula guard (CSV and workbooks yes, GeoJSON no). */
export function mapColumns(columns: string[], guarded = true, resolution: ColumnResolution = resolveColumns(columns)): ColumnMap {
  const { positions } = resolution;
  return {
    has: (field) => positions.has(field),
    cell(values, field) {
      for (const index of positions.get(field) ?? []) {
        const trimmed = (values[index] ?? '').trim();
        const value = guarded ? unguardCell(trimmed) : trimmed;
        if (value !== '') return value;
      }
      return '';
    },
    nameOf(field) {
      const index = positions.get(field)?.[0];
      return index === undefined ? DEFAULT_NAMES[field] : (columns[index] ?? DEFAULT_NAMES[field]);
    },
  };
}
