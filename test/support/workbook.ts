import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';

/** A cell for `makeWorkbook`: plain values, or a value with a display format (`{ value: date, format: 'd mmmm yyyy' }`). */
export type TestCell = string | number | Date | null | { value: number | Date; format: string };

export interface TestSheet {
  name: string;
  rows: TestCell[][];
  /** e.g. `['A1:F1']` for a merged title. */
  merges?: string[];
}

function sheetOf({ rows, merges }: TestSheet): WorkSheet {
  const plain = rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.value : cell)));
  const sheet = utils.aoa_to_sheet(plain, { cellDates: true, UTC: true });
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) (sheet[utils.encode_cell({ r, c })] as CellObject).z = cell.format;
    }),
  );
  if (merges) sheet['!merges'] = merges.map((range) => utils.decode_range(range));
  return sheet;
}

/** Workbook bytes made in the test with the same library the importer reads with. */
export function makeWorkbook(sheets: TestSheet[], bookType: 'xlsx' | 'ods' = 'xlsx'): Uint8Array {
  const workbook = utils.book_new();
  for (const sheet of sheets) utils.book_append_sheet(workbook, sheetOf(sheet), sheet.name);
  return new Uint8Array(write(workbook, { type: 'array', bookType }) as ArrayBuffer);
}

/** A date cell: midnight UTC, so the calendar day is the same in every time zone. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
