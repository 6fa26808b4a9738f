import type { ColumnChoices } from './columns';
import { findHeader, locateTable } from './locateTable';
import { readGeoJson } from './readGeoJson';
import { isBlank, looksBinary, readCsv, type FileProblem, type SourceRecord, type SourceTable } from './readTable';
import type { WorkbookSource } from './readWorkbook';

/** Text (CSV or GeoJSON), parsed GeoJSON, or a workbook already read (`readWorkbook`). */
export type ImportSource = string | object | WorkbookSource;

export interface PreparedTable extends SourceTable {
  records: SourceRecord[];
  sheets: string[];
  sheet?: string;
}

interface PrepareOptions {
  choices: ColumnChoices;
  sheet: string | undefined;
  onProgress: ((fraction: number) => void) | undefined;
}

function isWorkbook(source: ImportSource): source is WorkbookSource {
  return typeof source === 'object' && (source as Partial<WorkbookSource>).format === 'workbook';
}

/** The sheet asked for, else the first that holds a header naming type and coordinates, else the first. */
function chooseSheet(workbook: WorkbookSource, wanted: string | undefined, choices: ColumnChoices): string | undefined {
  if (wanted !== undefined && workbook.sheetNames.includes(wanted)) return wanted;
  return workbook.sheetNames.find((name) => findHeader(workbook.rowsOf(name), choices).complete) ?? workbook.sheetNames[0];
}

/** Reads any accepted source into a header and data records, or says why the file as a whole cannot be read. */
export function prepareTable(source: ImportSource, { choices, sheet, onProgress }: PrepareOptions): PreparedTable | FileProblem {
  if (isWorkbook(source)) {
    const chosen = chooseSheet(source, sheet, choices);
    const located = locateTable(chosen === undefined ? [] : source.rowsOf(chosen), { choices, flagExtraCells: false });
    onProgress?.(1);
    return { ...located, delimiter: ';', format: 'workbook', sheets: source.sheetNames, ...(chosen === undefined ? {} : { sheet: chosen }) };
  }
  let data: string | object = source;
  if (typeof data === 'string') {
    data = data.replace(/^\uFEFF/, '');
    if (data.trim() === '') return { code: 'file_empty', params: {} };
    if (looksBinary(data)) return { code: 'file_binary', params: {} };
    if (/^\s*[{[]/.test(data)) {
      try {
        data = JSON.parse(data) as object;
      } catch (error) {
        return { code: 'file_geojson_invalid', params: { detail: (error as Error).message } };
      }
    }
  }
  if (typeof data === 'string') {
    const { rows, delimiter } = readCsv(data, onProgress);
    const located = locateTable(rows, { choices, flagExtraCells: true });
    return { ...located, delimiter, format: 'csv', sheets: [] };
  }
  const records: SourceRecord[] = [];
  const table = readGeoJson(data, (record) => {
    if (!isBlank(record.values) || record.point || record.problem) records.push(record);
  });
  return 'code' in table ? table : { ...table, records, sheets: [] };
}
