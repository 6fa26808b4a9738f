import type { CellObject, WorkBook } from '@e965/xlsx';
import type { GridRow } from './readTable';

/** A spreadsheet workbook, read: its sheets by name, each as grid rows with the sheet's own row numbers. */
export interface WorkbookSource {
  format: 'workbook';
  sheetNames: string[];
  rowsOf(sheetName: string): GridRow[];
}

/** xlsx, xlsm and ods are zip archives; old .xls is an OLE compound file. CSV and GeoJSON are neither. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/**
 * A cell as the parser reads text. Date cells become ISO dates whatever their
 * display format (read as UTC, so the machine's time zone cannot shift a day);
 * numbers are written with a decimal point, so no decimal-comma guessing
 * applies to them; text is kept as typed.
 */
export function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'd') {
    const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
    return Number.isNaN(date.getTime()) ? String(cell.v) : date.toISOString().slice(0, 10);
  }
  if (cell.t === 'n') return Number.isFinite(cell.v as number) ? String(cell.v) : '';
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return cell.w ?? '';
  return String(cell.v);
}

function gridOf(workbook: WorkBook, sheetName: string): GridRow[] {
  const sheet = workbook.Sheets[sheetName];
  // Dense mode: rows are arrays indexed by the sheet's own row and column, holes for empty ones.
  const data = (sheet?.['!data'] ?? []) as (CellObject | undefined)[][];
  const rows: GridRow[] = [];
  for (let index = 0; index < data.length; index++) {
    const cells = data[index];
    const values: string[] = [];
    if (cells) for (let column = 0; column < cells.length; column++) values.push(cellText(cells[column]));
    rows.push({ row: index + 1, values });
  }
  return rows;
}

/**
 * Reads workbook bytes. The spreadsheet library (about 1 MB) is loaded here,
 * only when a workbook is chosen, as its own chunk.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSource> {
  const { read } = await import('@e965/xlsx');
  const workbook = read(bytes, { type: 'array', dense: true, cellDates: true, UTC: true, cellText: false, cellHTML: false });
  const grids = new Map<string, GridRow[]>();
  return {
    format: 'workbook',
    sheetNames: [...workbook.SheetNames],
    rowsOf(sheetName) {
      let grid = grids.get(sheetName);
      if (!grid) grids.set(sheetName, (grid = gridOf(workbook, sheetName)));
      return grid;
    },
  };
}
