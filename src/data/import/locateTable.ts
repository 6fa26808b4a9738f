import { resolveColumns, type ColumnChoices } from './columns';
import { isBlank, type GridRow, type SourceRecord } from './readTable';

/** How far down title rows ("REKAP PEMASANGAN …", a period line, blanks) are looked through for the header. */
const HEADER_SEARCH_ROWS = 50;

function namesNeededFields(values: string[], choices: ColumnChoices): boolean {
  const { positions, ambiguous } = resolveColumns(values.map((value) => value.trim()), choices);
  const named = (field: 'type' | 'coordinates' | 'lat' | 'lng') => positions.has(field) || ambiguous.has(field);
  return named('type') && (named('coordinates') || (named('lat') && named('lng')));
}

function namedFieldCount(values: string[], choices: ColumnChoices): number {
  const { positions, ambiguous } = resolveColumns(values.map((value) => value.trim()), choices);
  return positions.size + ambiguous.size;
}

/**
 * The header is the first row that names the fields an installation needs
 * (type and coordinates); failing that, the first naming two fields; failing
 * that, the first row with content, so the "no type column" verdict and the
 * column mapping have the file's own headers to show.
 */
export function findHeader(rows: ReadonlyArray<GridRow>, choices: ColumnChoices = {}): { index: number; complete: boolean } {
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  const full = searched.findIndex(({ values, problem }) => !problem && namesNeededFields(values, choices));
  if (full >= 0) return { index: full, complete: true };
  const partial = searched.findIndex(({ values, problem }) => !problem && namedFieldCount(values, choices) >= 2);
  if (partial >= 0) return { index: partial, complete: false };
  return { index: rows.findIndex(({ values }) => !isBlank(values)), complete: false };
}

export interface LocatedTable {
  columns: string[];
  /** The header's row in the file, 1-based (0: no header found). */
  headerRow: number;
  records: SourceRecord[];
}

export interface LocateOptions {
  choices?: ColumnChoices;
  /** CSV: a row with more cells than the header had an unquoted separator. Sheets often keep stray cells to the right. */
  flagExtraCells: boolean;
}

/**
 * Splits a grid into header and data records. Every record keeps its grid row
 * (the number a spreadsheet shows beside it); blank rows are dropped but keep
 * their place in that numbering.
 */
export function locateTable(rows: ReadonlyArray<GridRow>, { choices = {}, flagExtraCells }: LocateOptions): LocatedTable {
  const headerIndex = findHeader(rows, choices).index;
  if (headerIndex < 0) return { columns: [], headerRow: 0, records: [] };
  const header = rows[headerIndex]!;
  const columns = header.values.map((value) => value.trim());
  const records: SourceRecord[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const { row, values, problem } = rows[index]!;
    if (isBlank(values) && !problem) continue;
    const record: SourceRecord = { row, values };
    if (problem) record.problem = problem;
    else if (flagExtraCells && values.length > columns.length && !isBlank(values.slice(columns.length))) {
      record.problem = { code: 'csv_too_many_cells', params: { cells: values.length, expected: columns.length } };
    }
    records.push(record);
  }
  return { columns, headerRow: header.row, records };
}
