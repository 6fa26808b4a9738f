import Papa from 'papaparse';
import type { LatLng } from './coordinates';
import type { MessageParams } from './types';

/** One record of the input, before its cells are interpreted. */
export interface SourceRecord {
  /** The row a spreadsheet shows it on (see `GridRow.row`). */
  row: number;
  values: string[];
  /** A structural problem that makes the cells untrustworthy (broken quotes, extra cells). */
  problem?: { code: string; params: MessageParams };
  /** GeoJSON only: the point geometry, already [lng, lat] ordered. */
  point?: LatLng;
  /** GeoJSON only: a geometry that is present but not a Point. */
  geometryType?: string;
}

export interface SourceTable {
  columns: string[];
  delimiter: string;
  format: 'csv' | 'geojson' | 'workbook';
  /** The header's row in the file (1-based); 0 for GeoJSON, which has none. */
  headerRow: number;
}

export type FileProblem = { code: string; params: MessageParams };

/**
 * The separator is chosen from the header line alone: data lines may contain
 * decimal commas (`1,1234;104,0123`), which fool counting over the whole file.
 */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  for (const character of text) {
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === '\n' || character === '\r')) break;
    else if (!inQuotes && character in counts) counts[character] = (counts[character] ?? 0) + 1;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * Binary files (xlsx, images, UTF-16 read as UTF-8) show NUL or many
 * replacement characters early on; CSV text practically never does.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let suspicious = 0;
  for (const character of sample) {
    const code = character.charCodeAt(0);
    if (code === 0) return true;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) suspicious++;
  }
  return sample.length > 0 && suspicious / sample.length > 0.05;
}

export function isBlank(values: string[]): boolean {
  return values.every((value) => value.trim() === '');
}

/** One row of a CSV or a sheet, before the header is known. */
export interface GridRow {
  /**
   * 1-based, as a spreadsheet shows the file: title rows, the header and blank
   * lines count. A CSV record is one row even when a quoted cell holds line
   * breaks (Excel, LibreOffice and Google Sheets show it as one row with a
   * multi-line cell), so a text editor's line number can be higher.
   */
  row: number;
  values: string[];
  problem?: { code: string; params: MessageParams };
}

/**
 * Every CSV record as a grid row (papaparse step mode, synchronous for a
 * string, so progress can be reported from its cursor). Where the header is
 * and what the rows mean is decided afterwards (`locateTable`).
 */
export function readCsv(text: string, onProgress?: (fraction: number) => void): { rows: GridRow[]; delimiter: string } {
  const delimiter = detectDelimiter(text);
  const rows: GridRow[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      const row: GridRow = { row: rows.length + 1, values: result.data };
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) row.problem = { code: quoteError.code === 'MissingQuotes' ? 'csv_unterminated_quote' : 'csv_malformed_quotes', params: {} };
      rows.push(row);
      if (rows.length % 1000 === 0) onProgress?.(result.meta.cursor / text.length);
    },
  });
  return { rows, delimiter };
}
