import Papa from 'papaparse';
import { guardCell } from '../../data/export/formulaGuard';
import { formatDecimalComma } from '../../data/export/formatNumber';
import type { KelurahanRow } from './kelurahanRows';

// Same rules as the installation export (src/data/export/exportCsv.ts): UTF-8 BOM,
// `;` separator, decimal comma, CRLF, Indonesian headers, formula-guarded text.

export const KELURAHAN_EXPORT_COLUMNS = [
  'kode_kelurahan', 'kelurahan', 'kode_kecamatan', 'kecamatan', 'status', 'disarankan',
  'baliho', 'spanduk', 'banner', 'poster', 'jumlah', 'peringkat', 'perbatasan_tercakup_km', 'luas_km2', 'bagian_terlihat',
] as const;

const STATE_WORDS = { covered: 'tercakup', uncovered: 'belum_tercakup' } as const;

function rowOf(row: KelurahanRow, extraColumns: readonly string[]): string[] {
  return [
    row.kode,
    guardCell(row.nama),
    row.kecamatanKode,
    guardCell(row.kecamatan),
    STATE_WORDS[row.state],
    row.recommended ? 'ya' : 'tidak',
    String(row.byType.baliho),
    String(row.byType.spanduk),
    String(row.byType.banner),
    String(row.byType.poster),
    String(row.total),
    row.rank === undefined ? '' : String(row.rank),
    row.borderKm === undefined ? '' : formatDecimalComma(Math.round(row.borderKm * 1000) / 1000),
    formatDecimalComma(Math.round(row.areaKm2 * 1000) / 1000),
    row.visibilityShare === undefined ? '' : formatDecimalComma(Math.round(row.visibilityShare * 10000) / 10000),
    ...extraColumns.map((column) => {
      const value = row.extra?.[column];
      return value === undefined || value === null ? '' : formatDecimalComma(value);
    }),
  ];
}

/** An extra factor's header: its own name, unless that is already one of ours. */
const extraHeader = (column: string) => guardCell((KELURAHAN_EXPORT_COLUMNS as readonly string[]).includes(column) ? `faktor_${column}` : column);

/**
 * The kelurahan table as shown (filtered, searched, sorted), for Excel with Indonesian
 * settings; `extraColumns` (the planner's factor file) follow the standard columns.
 */
export function kelurahanRowsToCsv(rows: readonly KelurahanRow[], extraColumns: readonly string[] = []): string {
  const fields = [...KELURAHAN_EXPORT_COLUMNS, ...extraColumns.map(extraHeader)];
  const body = Papa.unparse({ fields, data: rows.map((row) => rowOf(row, extraColumns)) }, { delimiter: ';', newline: '\r\n', quotes: false });
  return `\uFEFF${body}\r\n`;
}
