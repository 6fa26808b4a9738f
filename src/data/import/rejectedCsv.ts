import Papa from 'papaparse';
import { guardCell } from '../export/formulaGuard';
import type { ParseResult } from './types';

const ERROR_COLUMN = 'error';

/**
 * The rejected rows as a CSV to fix and re-import: the original columns, in
 * the original separator (so decimal commas stay valid), plus an `error`
 * column saying what to fix. The added column is ignored on re-import.
 */
export function rejectedRowsCsv(result: Pick<ParseResult, 'columns' | 'delimiter' | 'rejected' | 'rejectedRecords'>): string {
  const messages = new Map<number, string[]>();
  for (const error of result.rejected) messages.set(error.row, [...(messages.get(error.row) ?? []), `${error.field}: ${error.message}`]);
  // A file that was itself a rejected-rows CSV already has `error`: overwrite it.
  const existing = result.columns.indexOf(ERROR_COLUMN);
  const fields = existing >= 0 ? result.columns : [...result.columns, ERROR_COLUMN];
  const errorIndex = existing >= 0 ? existing : result.columns.length;
  const data = result.rejectedRecords.map(({ row, values }) => {
    const cells = Array.from({ length: fields.length }, (_, index) => guardCell(values[index] ?? ''));
    cells[errorIndex] = guardCell((messages.get(row) ?? []).join('; '));
    // Cells beyond the header (a row with an unquoted separator) are kept, not dropped.
    const extra = values.slice(result.columns.length).filter((value) => value !== '').map(guardCell);
    return [...cells, ...extra];
  });
  const body = Papa.unparse({ fields, data }, { delimiter: result.delimiter, newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}
