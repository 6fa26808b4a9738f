import { describe, expect, it } from 'vitest';
import { previewOf } from '../../data/import/preview';
import type { ParseResult } from '../../data/import/types';
import type { Installation } from '../../domain/installation';
import { parseInstallations } from '../../data/import/parseInstallations';
import { TODAY, testRegion } from '../../../test/fixtures/import/region';
import { INITIAL_STEP, atFileRows, importReducer, needsColumnMapping, summarize, type ImportEvent, type ImportStep } from './importFlow';

const parsed = (accepted: number): ParseResult => ({
  format: 'csv',
  headerRow: 1,
  sheets: [],
  assignment: { fields: { type: ['jenis'] }, ambiguous: {} },
  samples: [['baliho']],
  skipped: [],
  rows: accepted + 1,
  columns: ['jenis'],
  delimiter: ',',
  accepted: Array.from({ length: accepted }, () => ({ type: 'baliho', lat: 1.1, lng: 104, installedAt: '2026-03-15', status: 'terpasang', notes: '', source: 'import' })),
  acceptedRows: Array.from({ length: accepted }, (_, index) => index + 1),
  rejected: [{ row: accepted + 1, field: 'jenis', code: 'type_unknown', message: '', params: {} }, { row: accepted + 1, field: 'tanggal', code: 'date_missing', message: '', params: {} }],
  rejectedRecords: [{ row: accepted + 1, values: ['tenda'] }],
  warnings: [{ row: 1, field: 'lintang', code: 'outside_region', message: '', params: {} }, { row: 1, field: 'kelurahan', code: 'kelurahan_unknown', message: '', params: {} }],
});
const result = (accepted: number) => previewOf(parsed(accepted), 200);
const run = (events: ImportEvent[], from: ImportStep = INITIAL_STEP) => events.reduce(importReducer, from);
const created = [{ id: 'x' }] as Installation[];

describe('import flow', () => {
  it('goes file → progress → review → saving → saved → undone', () => {
    const reading = run([{ type: 'fileChosen', fileName: 'a.csv' }, { type: 'progress', fraction: 0.4 }, { type: 'progress', fraction: 0.2 }]);
    expect(reading).toEqual({ step: 'reading', fileName: 'a.csv', progress: 0.4 });
    const saved = run([{ type: 'parsed', result: result(2) }, { type: 'confirm' }, { type: 'saved', created }], reading);
    expect(saved).toEqual({ step: 'saved', fileName: 'a.csv', created });
    expect(importReducer(saved, { type: 'undone' })).toEqual({ step: 'undone', fileName: 'a.csv', count: 1 });
  });

  it('does not confirm a file with no accepted rows', () => {
    const review = run([{ type: 'fileChosen', fileName: 'a.csv' }, { type: 'parsed', result: result(0) }]);
    expect(importReducer(review, { type: 'confirm' })).toBe(review);
  });

  it('keeps the verdicts when the store refuses the batch', () => {
    const failed = run([{ type: 'fileChosen', fileName: 'a.csv' }, { type: 'parsed', result: result(1) }, { type: 'confirm' }, { type: 'saveFailed', detail: '', errors: [] }]);
    expect(failed).toMatchObject({ step: 'failed', reason: 'save', result: result(1) });
  });

  it('ignores a late result after the user moved on', () => {
    const idle = run([{ type: 'fileChosen', fileName: 'a.csv' }, { type: 'reset' }, { type: 'parsed', result: result(1) }]);
    expect(idle).toEqual(INITIAL_STEP);
  });

  it('counts rows, not findings', () => {
    expect(summarize(result(3))).toEqual({ rows: 4, accepted: 3, withWarnings: 1, rejected: 1 });
  });

  it('reads the same file again for a new column mapping, keeping the review on screen, and confirms only once it is done', () => {
    const review = run([{ type: 'fileChosen', fileName: 'a.xlsx' }, { type: 'parsed', result: result(0) }]);
    const updating = run([{ type: 'remap' }, { type: 'progress', fraction: 0.5 }], review);
    expect(updating).toMatchObject({ step: 'review', updating: 0.5, result: result(0) });
    expect(importReducer(updating, { type: 'confirm' })).toBe(updating);
    const remapped = importReducer(updating, { type: 'parsed', result: result(3) });
    expect(remapped).toEqual({ step: 'review', fileName: 'a.xlsx', result: result(3) });
    expect(importReducer(remapped, { type: 'parsed', result: result(1) })).toBe(remapped);
  });

  it('asks for the column mapping when a field is ambiguous or type/coordinates have no column', () => {
    const ambiguous = { ...result(0), assignment: { fields: {}, ambiguous: { type: ['Jenis Materi', 'Jenis APK'] } } };
    expect(needsColumnMapping(ambiguous)).toBe(true);
    expect(needsColumnMapping({ ...result(0), rejected: [{ row: 0, field: 'jenis', code: 'file_no_type_column', message: '', params: {} }] })).toBe(true);
    expect(needsColumnMapping(result(2))).toBe(false);
  });
});

describe('a save the store refuses', () => {
  it('names the rows of the file as a spreadsheet shows them, not the position in the saved list', () => {
    const file = 'REKAP APK;;;\n\njenis;lintang;bujur;tanggal\nbaliho;1,14;104,01;15/03/2026\ntenda;1,14;104,01;15/03/2026\n\nposter;1,17;104,12;16/03/2026\n';
    const { acceptedRows } = parseInstallations(file, { region: testRegion, today: TODAY });
    expect(acceptedRows).toEqual([4, 7]);
    // The store was given two inputs and refused its second.
    expect(atFileRows([{ row: 2, field: 'lat', code: 'too_big', message: 'Too big' }], acceptedRows)).toEqual([{ row: 7, field: 'lat', code: 'too_big', message: 'Too big' }]);
  });
});
