import Papa from 'papaparse';
import type { LatLng } from './coordinates';
import type { MessageParams } from './types';

/** One record of the input, before its cells are interpreted. */
export interface SourceRecord {
  /** 1-based data row; blank lines count, so the number matches the spreadsheet. */
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
  format: 'csv' | 'geojson';
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

/**
 * Hands CSV records to `visit` one by one (papaparse step mode, synchronous
 * for a string) so progress can be reported from papaparse's cursor.
 */
export function readCsv(
  text: string,
  visit: (record: SourceRecord) => void,
  onProgress?: (fraction: number) => void,
): SourceTable {
  const delimiter = detectDelimiter(text);
  let columns: string[] | undefined;
  let row = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      const values = result.data;
      if (!columns) {
        columns = values.map((value) => value.trim());
        return;
      }
      row++;
      const record: SourceRecord = { row, values };
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) {
        record.problem = { code: quoteError.code === 'MissingQuotes' ? 'csv_unterminated_quote' : 'csv_malformed_quotes', params: {} };
      } else if (values.length > columns.length && !isBlank(values.slice(columns.length))) {
        record.problem = { code: 'csv_too_many_cells', params: { cells: values.length, expected: columns.length } };
      }
      if (row % 1000 === 0) onProgress?.(result.meta.cursor / text.length);
      visit(record);
    },
  });
  return { columns: columns ?? [], delimiter, format: 'csv' };
}
