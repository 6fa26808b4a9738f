import Papa from 'papaparse';
import type { RowError } from '../../domain/errors';
import type { AttributeTable } from '../../geo/rankCandidates';

/** A problem by row and field, with the offending cell's text where there is one. */
export interface AttributeError extends RowError {
  value?: string;
}

export interface AttributesParseResult {
  table: AttributeTable;
  /** Problems by row (1-based, header excluded) and field; rows with errors are left out of the table. */
  errors: AttributeError[];
}

const KODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * Parses a CSV with a `kode` column and numeric columns. Numbers may use a
 * dot or (Indonesian style) a comma as the decimal separator but no thousands
 * separators, because "1.234" would be ambiguous. When `knownKodes` is given,
 * kodes outside it are reported, not silently joined to nothing.
 */
export function parseAttributesCsv(text: string, knownKodes?: ReadonlySet<string>): AttributesParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const errors: AttributeError[] = parsed.errors.map((error) => ({
    row: (error.row ?? -1) + 1, field: '', code: `csv.${error.code}`, message: error.message,
  }));
  const fields = parsed.meta.fields ?? [];
  const byKode = new Map<string, Record<string, number | null>>();
  if (!fields.includes('kode')) {
    errors.push({ row: 0, field: 'kode', code: 'attributes.missingKodeColumn', message: 'The header has no "kode" column' });
    return { table: { columns: [], byKode }, errors };
  }
  const columns = fields.filter((field) => field !== 'kode' && field !== '');
  parsed.data.forEach((record, position) => {
    const row = position + 1;
    const kode = (record.kode ?? '').trim();
    const rowErrors: AttributeError[] = [];
    if (!KODE_PATTERN.test(kode)) rowErrors.push({ row, field: 'kode', code: 'attributes.invalidKode', value: kode, message: `"${kode}" is not a kelurahan code like 21.71.06.1004` });
    else if (byKode.has(kode)) rowErrors.push({ row, field: 'kode', code: 'attributes.duplicateKode', value: kode, message: `${kode} appears more than once` });
    else if (knownKodes && !knownKodes.has(kode)) rowErrors.push({ row, field: 'kode', code: 'attributes.unknownKode', value: kode, message: `${kode} is not a kelurahan of this region` });
    const values: Record<string, number | null> = {};
    for (const column of columns) {
      const cell = (record[column] ?? '').trim();
      if (cell === '') {
        values[column] = null;
        continue;
      }
      const number = /^-?\d+([.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : NaN;
      if (Number.isFinite(number)) values[column] = number;
      else rowErrors.push({ row, field: column, code: 'attributes.notANumber', value: cell, message: `"${cell}" is not a number` });
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else byKode.set(kode, values);
  });
  return { table: { columns, byKode }, errors };
}
