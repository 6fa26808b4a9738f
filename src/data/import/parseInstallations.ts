import { installationInputSchema, type InstallationInput } from '../../domain/installation';
import { mapColumns, resolveColumns, type ColumnMap, type ColumnResolution } from './columns';
import { inBBox } from './coordinates';
import { DuplicateFinder } from './duplicates';
import { interpretRow, type Interpretation, type RowContext } from './interpretRow';
import { createGazetteer } from './kelurahanNames';
import { fieldLabel, formatMessage } from './messages';
import { prepareTable, type ImportSource } from './prepareTable';
import type { FileProblem, SourceRecord } from './readTable';
import type { ColumnAssignment, ParseOptions, ParseResult } from './types';
import { normalizeWord, parseType } from './vocabulary';

const DUPLICATE_RADIUS_METRES = 5;
const SAMPLE_VALUES = 3;
const SAMPLE_ROWS = 200;

function emptyResult(): ParseResult {
  return {
    format: 'csv', headerRow: 0, sheets: [], assignment: { fields: {}, ambiguous: {} }, samples: [], skipped: [],
    rows: 0, columns: [], delimiter: ';', accepted: [], acceptedRows: [], rejected: [], rejectedRecords: [], warnings: [],
  };
}

function assignmentOf(columns: string[], { positions, ambiguous }: ColumnResolution): ColumnAssignment {
  const names = (indexes: number[]) => indexes.map((index) => columns[index] ?? '');
  return {
    fields: Object.fromEntries([...positions].map(([field, indexes]) => [field, names(indexes)])),
    ambiguous: Object.fromEntries([...ambiguous].map(([field, indexes]) => [field, names(indexes)])),
  };
}

/** A few distinct values of each column, from the first rows: enough to recognise a column by eye. */
function samplesOf(columns: string[], records: SourceRecord[]): string[][] {
  const samples = columns.map(() => new Set<string>());
  for (const { values } of records.slice(0, SAMPLE_ROWS)) {
    values.forEach((value, index) => {
      const text = value.trim();
      const set = samples[index];
      if (text && set && set.size < SAMPLE_VALUES) set.add(text.length > 40 ? `${text.slice(0, 39)}…` : text);
    });
  }
  return samples.map((set) => [...set]);
}

const SUMMARY_WORDS = /^(jumlah|total|subtotal|grandtotal|totalkeseluruhan|jumlahkeseluruhan|rekap)/;

/** "JUMLAH", "Total", "Grand total" under the last installation: a sum line, not an installation. */
function isSummaryRow(record: SourceRecord, columns: ColumnMap): boolean {
  if (record.point || parseType(columns.cell(record.values, 'type'))) return false;
  return record.values.some((value) => SUMMARY_WORDS.test(normalizeWord(value)) && value.trim().length <= 40);
}

/**
 * Reads installations from CSV text, GeoJSON (text or parsed) or a workbook
 * read by `readWorkbook`, and gives every row a verdict: accepted (maybe with
 * warnings) or rejected with the field, a stable code and a message in
 * `options.language`. Nothing is saved.
 *
 * Problems with the file as a whole (empty, binary, no coordinate columns,
 * two columns that could be one field) are reported as one rejection on
 * row 0, and then no row is accepted.
 */
export function parseInstallations(source: ImportSource, options: ParseOptions): ParseResult {
  const language = options.language ?? 'en';
  const result = emptyResult();
  const fileProblem = (field: string, problem: FileProblem) => {
    result.rejected.push({ row: 0, field, code: problem.code, params: problem.params, message: formatMessage('errors', problem.code, problem.params, language) });
    return result;
  };

  const choices = options.columns ?? {};
  const table = prepareTable(source, { choices, sheet: options.sheet, onProgress: (fraction) => options.onProgress?.(fraction * 0.5) });
  if ('code' in table) return fileProblem('file', table);
  const { records } = table;
  result.format = table.format;
  result.headerRow = table.headerRow;
  result.sheets = table.sheets;
  if (table.sheet !== undefined) result.sheet = table.sheet;
  result.columns = table.columns;
  result.delimiter = table.delimiter;

  const resolution = resolveColumns(table.columns, choices);
  result.assignment = assignmentOf(table.columns, resolution);
  const columns = mapColumns(table.columns, table.format !== 'geojson', resolution);
  const dataRecords = records.filter((record) => {
    if (!isSummaryRow(record, columns)) return true;
    result.skipped.push({ row: record.row, code: 'summary_row' });
    return false;
  });
  result.rows = dataRecords.length;
  result.samples = samplesOf(table.columns, dataRecords);
  if (dataRecords.length === 0) return fileProblem('file', { code: 'file_no_rows', params: {} });
  for (const [field, indexes] of resolution.ambiguous) {
    const candidates = indexes.map((index) => `"${table.columns[index] ?? ''}"`).join(', ');
    fileProblem(field, { code: 'file_column_ambiguous', params: { fieldName: fieldLabel(field, language), candidates, field } });
  }
  if (resolution.ambiguous.size > 0) return result;
  if (table.format !== 'geojson' && !columns.has('coordinates') && !(columns.has('lat') && columns.has('lng'))) {
    return fileProblem(columns.nameOf('coordinates'), { code: 'file_no_coordinate_columns', params: {} });
  }
  if (!columns.has('type')) return fileProblem(columns.nameOf('type'), { code: 'file_no_type_column', params: {} });

  const { region, locate } = options;
  const context: RowContext = { columns, region, gazetteer: createGazetteer(region.kelurahan), today: options.today };
  const duplicates = new DuplicateFinder((region.bbox[1] + region.bbox[3]) / 2, DUPLICATE_RADIUS_METRES);
  for (const existing of options.existing ?? []) duplicates.add({ reference: { id: existing.id }, type: existing.type, lng: existing.lng, lat: existing.lat });
  const regionName = region.name ?? 'the region';
  const round = (value: number, digits = 6) => Number(value.toFixed(digits));

  dataRecords.forEach((record, index) => {
    const { row } = record;
    const interpretation: Interpretation = record.problem ? { errors: [{ field: 'row', ...record.problem }], warnings: [] } : interpretRow(record, context);
    const { errors, warnings, input, statedKode } = interpretation;
    let finalInput: InstallationInput | undefined;
    if (input) {
      const actualKode = locate?.(input.lng, input.lat);
      const inside = locate ? actualKode !== undefined : inBBox(region.bbox, input.lng, input.lat);
      if (!inside) warnings.push({ field: columns.nameOf('lat'), code: 'outside_region', params: { latitude: round(input.lat), longitude: round(input.lng), region: regionName } });
      if (statedKode && actualKode && statedKode !== actualKode) {
        const describe = (kode: string) => `${context.gazetteer.nameOf(kode) ?? kode} (${kode})`;
        warnings.push({ field: columns.nameOf(columns.has('kelurahanKode') ? 'kelurahanKode' : 'kelurahanName'), code: 'kelurahan_mismatch', params: { stated: describe(statedKode), actual: describe(actualKode) } });
      }
      const kelurahanKode = statedKode ?? actualKode;
      const candidate = { ...input, ...(kelurahanKode ? { kelurahanKode } : {}) };
      // Belt and braces: the store validates with the same schema, and a row
      // it would refuse must be rejected here, not fail the whole import later.
      const checked = installationInputSchema.safeParse(candidate);
      if (checked.success) finalInput = candidate;
      else for (const issue of checked.error.issues) errors.push({ field: String(issue.path[0] ?? 'row'), code: 'value_invalid', params: { detail: issue.message } });
    }
    if (finalInput) {
      const match = duplicates.find(finalInput.type, finalInput.lng, finalInput.lat);
      if (match) {
        const distance = round(match.distanceMetres, 1);
        if ('row' in match.reference) warnings.push({ field: columns.nameOf('lat'), code: 'duplicate_of_row', params: { type: finalInput.type, otherRow: match.reference.row, distance } });
        else warnings.push({ field: columns.nameOf('lat'), code: 'duplicate_of_existing', params: { type: finalInput.type, id: match.reference.id, distance } });
      }
      duplicates.add({ reference: { row }, type: finalInput.type, lng: finalInput.lng, lat: finalInput.lat });
      result.accepted.push(finalInput);
      result.acceptedRows.push(row);
      for (const warning of warnings) result.warnings.push({ row, ...warning, message: formatMessage('warnings', warning.code, warning.params, language) });
    } else {
      for (const error of errors) result.rejected.push({ row, ...error, message: formatMessage('errors', error.code, error.params, language) });
      result.rejectedRecords.push({ row, values: record.values });
    }
    if (index % 1000 === 999) options.onProgress?.(0.5 + (0.5 * (index + 1)) / dataRecords.length);
  });
  options.onProgress?.(1);
  return result;
}
