import type { CellObject, WorkSheet } from '@e965/xlsx';
import english from '../../i18n/en/export.json';
import indonesian from '../../i18n/id/export.json';
import type { Installation } from '../../domain/installation';
import type { ExportOptions } from './exportCsv';
import { guardCell } from './formulaGuard';

export type ExportLanguage = 'id' | 'en';

/** The columns of the CSV export, in its order; here with headers in the UI's language. */
const COLUMNS = ['id', 'type', 'status', 'lat', 'lng', 'kelurahanKode', 'kelurahanName', 'installedAt', 'removedAt', 'photoUrl', 'notes', 'source'] as const;

// The same texts the UI shows (namespace `export`), read directly: the data layer has no i18next.
type Texts = Record<'sheetName', string> & { columns: Record<(typeof COLUMNS)[number], string> };
const TEXTS: Record<ExportLanguage, Texts> = { en: english, id: indonesian };

const WIDTHS = [12, 10, 11, 12, 12, 16, 20, 14, 14, 30, 40, 10];
const DATE_FORMAT: Record<ExportLanguage, string> = { id: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };

/** A calendar date as midnight UTC, written with `UTC: true`, so no time zone moves it by a day. */
const dateCell = (iso: string | undefined): Date | string => (iso ? new Date(`${iso}T00:00:00Z`) : '');

function rowOf(installation: Installation, options: ExportOptions): (string | number | Date)[] {
  const kode = installation.kelurahanKode ?? '';
  const text = (value: string) => guardCell(value);
  return [
    text(installation.id), text(installation.type), text(installation.status),
    installation.lat, installation.lng,
    kode, text((kode && options.kelurahanName?.(kode)) || ''),
    dateCell(installation.installedAt), dateCell(installation.removedAt),
    text(installation.photoUrl ?? ''), text(installation.notes), text(installation.source),
  ];
}

/**
 * The rows as an Excel workbook: dates as date cells, coordinates as numbers,
 * headers in the UI's language, text cells behind the same formula guard as the
 * CSV (so a note like `=HYPERLINK(…)` stays text when the sheet is re-saved as
 * CSV). The importer reads it back unchanged. The spreadsheet library is
 * loaded only when an Excel file is asked for.
 */
export async function installationsToXlsx(
  installations: ReadonlyArray<Installation>,
  options: ExportOptions & { language?: ExportLanguage } = {},
): Promise<Uint8Array> {
  const { utils, write } = await import('@e965/xlsx');
  const language = options.language ?? 'id';
  const texts = TEXTS[language];
  const header = COLUMNS.map((column) => texts.columns[column]);
  const sheet: WorkSheet = utils.aoa_to_sheet([header, ...installations.map((installation) => rowOf(installation, options))], { cellDates: true, UTC: true });
  for (let row = 1; row <= installations.length; row++) {
    for (const column of [7, 8]) {
      const cell = sheet[utils.encode_cell({ r: row, c: column })] as CellObject | undefined;
      if (cell?.t === 'd') cell.z = DATE_FORMAT[language];
    }
  }
  sheet['!cols'] = WIDTHS.map((wch) => ({ wch }));
  sheet['!autofilter'] = { ref: utils.encode_range({ s: { r: 0, c: 0 }, e: { r: installations.length, c: COLUMNS.length - 1 } }) };
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, texts.sheetName);
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
