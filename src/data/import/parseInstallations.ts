import { installationInputSchema, type InstallationInput } from '../../domain/installation';
import { mapColumns } from './columns';
import { inBBox } from './coordinates';
import { DuplicateFinder } from './duplicates';
import { interpretRow, type Interpretation, type RowContext } from './interpretRow';
import { createGazetteer } from './kelurahanNames';
import { formatMessage } from './messages';
import { readGeoJson } from './readGeoJson';
import { isBlank, looksBinary, readCsv, type FileProblem, type SourceRecord, type SourceTable } from './readTable';
import type { ParseOptions, ParseResult } from './types';

const DUPLICATE_RADIUS_METRES = 5;

function emptyResult(): ParseResult {
  return { rows: 0, columns: [], delimiter: ';', accepted: [], acceptedRows: [], rejected: [], rejectedRecords: [], warnings: [] };
}

function isProblem(value: SourceTable | FileProblem): value is FileProblem {
  return 'code' in value;
}

/**
 * Reads installations from CSV text or GeoJSON (text or parsed) and gives
 * every row a verdict: accepted (maybe with warnings) or rejected with the
 * field, a stable code and a message in `options.language`. Nothing is saved.
 *
 * Problems with the file as a whole (empty, binary, no coordinate columns)
 * are reported as one rejection on row 0, and then no row is accepted.
 */
export function parseInstallations(source: string | object, options: ParseOptions): ParseResult {
  const language = options.language ?? 'en';
  const result = emptyResult();
  const fileProblem = (field: string, problem: FileProblem) => {
    result.rejected.push({ row: 0, field, code: problem.code, params: problem.params, message: formatMessage('errors', problem.code, problem.params, language) });
    return result;
  };

  let data: string | object = source;
  if (typeof data === 'string') {
    data = data.replace(/^\uFEFF/, '');
    if (data.trim() === '') return fileProblem('file', { code: 'file_empty', params: {} });
    if (looksBinary(data)) return fileProblem('file', { code: 'file_binary', params: {} });
    if (/^\s*[{[]/.test(data)) {
      try {
        data = JSON.parse(data) as object;
      } catch (error) {
        return fileProblem('file', { code: 'file_geojson_invalid', params: { detail: (error as Error).message } });
      }
    }
  }

  const records: SourceRecord[] = [];
  const collect = (record: SourceRecord) => {
    if (isBlank(record.values) && !record.point && !record.problem) return;
    records.push(record);
  };
  const table = typeof data === 'string' ? readCsv(data, collect, (fraction) => options.onProgress?.(fraction * 0.5)) : readGeoJson(data, collect);
  if (isProblem(table)) return fileProblem('file', table);
  result.columns = table.columns;
  result.delimiter = table.delimiter;
  result.rows = records.length;

  const columns = mapColumns(table.columns, table.format === 'csv');
  if (records.length === 0) return fileProblem('file', { code: 'file_no_rows', params: {} });
  if (table.format === 'csv' && !columns.has('coordinates') && !(columns.has('lat') && columns.has('lng'))) {
    return fileProblem(columns.nameOf('coordinates'), { code: 'file_no_coordinate_columns', params: {} });
  }
  if (!columns.has('type')) return fileProblem(columns.nameOf('type'), { code: 'file_no_type_column', params: {} });

  const { region, locate } = options;
  const context: RowContext = { columns, region, gazetteer: createGazetteer(region.kelurahan), today: options.today };
  const duplicates = new DuplicateFinder((region.bbox[1] + region.bbox[3]) / 2, DUPLICATE_RADIUS_METRES);
  for (const existing of options.existing ?? []) duplicates.add({ reference: { id: existing.id }, type: existing.type, lng: existing.lng, lat: existing.lat });
  const regionName = region.name ?? 'the region';
  const round = (value: number, digits = 6) => Number(value.toFixed(digits));

  records.forEach((record, index) => {
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
    if (index % 1000 === 999) options.onProgress?.(0.5 + (0.5 * (index + 1)) / records.length);
  });
  options.onProgress?.(1);
  return result;
}
