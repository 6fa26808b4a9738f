import { unguardCell } from '../export/formulaGuard';
import { fieldOfHeader, type ImportField } from './vocabulary';

// When a field has no column of its own, messages name it the way our own export does.
const DEFAULT_NAMES: Record<ImportField, string> = {
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

/** Where each understood field sits in a row, and what the user called it. */
export interface ColumnMap {
  has(field: ImportField): boolean;
  /** The trimmed cell, with the export's formula guard undone; '' when absent. */
  cell(values: string[], field: ImportField): string;
  /** The header as written in the file, so messages point at the user's own column. */
  nameOf(field: ImportField): string;
}

/** `guarded`: cells may carry our CSV export's formula guard (CSV yes, GeoJSON no). */
export function mapColumns(columns: string[], guarded = true): ColumnMap {
  // A field may have several columns ("tanggal" and "date"; GeoJSON features
  // mixing "jenis" and "type"): the first non-empty one, in column order, wins.
  const positions = new Map<ImportField, number[]>();
  columns.forEach((column, index) => {
    const field = fieldOfHeader(column);
    if (field) positions.set(field, [...(positions.get(field) ?? []), index]);
  });
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
