import type { ImportRowError, ParseResult, RowWarning } from './types';

/**
 * What the dialog needs to show a verdict: counts and the first findings.
 * 100,000 accepted rows with warnings are ~40 MB of objects; sending all of
 * it to the page at once blocks it for seconds, so the full result stays in
 * the worker and only this crosses (the rows follow in chunks on confirm).
 */
/** The file's shape as parsed (see `ParseResult`), plus counts; `skipped` holds only the first `limit` rows. */
export interface ImportPreview extends Pick<ParseResult, 'format' | 'headerRow' | 'sheets' | 'sheet' | 'assignment' | 'samples' | 'skipped' | 'rows' | 'columns'> {
  acceptedCount: number;
  rejectedRowCount: number;
  warningRowCount: number;
  /** The first `limit` findings, in row order; the totals say how many exist. */
  rejected: ImportRowError[];
  rejectedTotal: number;
  warnings: RowWarning[];
  warningsTotal: number;
}

export function previewOf(result: ParseResult, limit: number): ImportPreview {
  return {
    format: result.format,
    headerRow: result.headerRow,
    sheets: result.sheets,
    ...(result.sheet === undefined ? {} : { sheet: result.sheet }),
    assignment: result.assignment,
    samples: result.samples,
    skipped: result.skipped.slice(0, limit),
    rows: result.rows,
    columns: result.columns,
    acceptedCount: result.accepted.length,
    rejectedRowCount: result.rejectedRecords.length,
    warningRowCount: new Set(result.warnings.map(({ row }) => row)).size,
    rejected: result.rejected.slice(0, limit),
    rejectedTotal: result.rejected.length,
    warnings: result.warnings.slice(0, limit),
    warningsTotal: result.warnings.length,
  };
}
