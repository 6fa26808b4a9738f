import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scratchDirectories } from '../test/support/scratch';
import { TODAY } from '../test/fixtures/import/region';
import { day, makeWorkbook } from '../test/support/workbook';

const run = promisify(execFile);
const fixtures = 'test/fixtures/import';
const scratch = scratchDirectories('no-geodata-');

// `node --import tsx` rather than `npx tsx`: same loader, half the start-up time.
async function validate(args: string[], geodata = `${fixtures}/geodata`): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/validate-installations.ts', ...args, '--geodata', geodata, '--today', TODAY]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('validate-installations CLI', () => {
  it('prints exactly the documented JSON and exits 1 when rows are rejected', async () => {
    const { code, stdout } = await validate([`${fixtures}/problems.csv`, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['rows', 'accepted', 'rejected', 'warnings']);
    expect(report.rows).toBe(13);
    expect(report.accepted).toBe(6);
    expect(report.rejected).toContainEqual({ row: 2, field: 'tanggal', code: 'date_impossible', message: '31/02/2026 does not exist on the calendar.' });
    expect((report.rejected as object[]).every((entry) => Object.keys(entry).join() === 'row,field,code,message')).toBe(true);
    expect(report.warnings).toContainEqual({ row: 10, code: 'duplicate_of_row', message: 'Probably the same spanduk as row 9 (3.1 m away).' });
    expect((report.warnings as object[]).every((entry) => Object.keys(entry).join() === 'row,code,message')).toBe(true);
  });

  it('exits 0 for a clean file and words messages in Indonesian with --lang id', async () => {
    const clean = await validate([`${fixtures}/semicolon-decimal-comma.csv`, '--json', '--lang', 'id']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ rows: 2, accepted: 2, rejected: [], warnings: [] });
    const summary = await validate([`${fixtures}/problems.csv`, '--lang', 'id']);
    expect(summary.stdout).toContain('13 baris, 6 diterima');
    expect(summary.stdout).toContain('Tanggal 31/02/2026 tidak ada di kalender.');
  });

  it('cites a CSV\'s rows as a spreadsheet numbers them, title rows and blank lines included, in JSON and text', async () => {
    const file = join(scratch(), 'rekap.csv');
    writeFileSync(file, 'REKAP PEMASANGAN APK;;;\n\nJenis Materi;Lintang;Bujur;Tgl. Pemasangan\nbaliho;1,1452;104,0151;15/03/2026\n\ntenda;1,1601;104,0402;16/03/2026\n');
    const json = await validate([file, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 2, accepted: 1, rejected: [{ row: 6, field: 'Jenis Materi', code: 'type_unknown' }] });
    const human = await validate([file]);
    expect(human.stdout).toContain('header on row 3');
    expect(human.stdout).toContain('row 6 [Jenis Materi] type_unknown');
  });

  it('reports a file-level problem as row 0', async () => {
    const { code, stdout } = await validate([`${fixtures}/no-coordinates.csv`, '--json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { rejected: unknown[] }).rejected).toEqual([
      expect.objectContaining({ row: 0, code: 'file_no_coordinate_columns' }),
    ]);
  });

  it('tells the user to build the boundary data when it is missing', async () => {
    const empty = scratch();
    writeFileSync(join(empty, 'placeholder'), '');
    const { code, stdout, stderr } = await validate([`${fixtures}/comma.csv`], empty);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/npm run geodata/);
  });

  it('reads an .xlsx workbook and takes the column mapping with --column, in the same JSON shape', async () => {
    const path = join(scratch(), 'rekap.xlsx');
    writeFileSync(path, makeWorkbook([
      { name: 'Petunjuk', rows: [['Isi lembar Rekap.']] },
      {
        name: 'Rekap',
        rows: [
          ['REKAP PEMASANGAN APK'],
          [],
          ['Jenis Materi', 'Jenis APK', 'Lintang', 'Bujur', 'Tanggal'],
          ['KKBC', 'Baliho', 1.1452, 104.0151, { value: day('2026-03-15'), format: 'dd/mm/yyyy' }],
          ['KKBC', 'Tenda', 1.1301, 104.0602, { value: day('2026-04-01'), format: 'd-mmm-yy' }],
          ['JUMLAH', 2],
        ],
        merges: ['A1:E1'],
      },
    ]));
    const asked = await validate([path, '--json']);
    expect(asked.code).toBe(1);
    expect(JSON.parse(asked.stdout)).toEqual({ rows: 2, accepted: 0, rejected: [expect.objectContaining({ row: 0, code: 'file_column_ambiguous' })], warnings: [] });

    const mapped = await validate([path, '--region', '21.71', '--column', 'type=Jenis APK', '--json']);
    expect(mapped.code).toBe(1);
    const report = JSON.parse(mapped.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['rows', 'accepted', 'rejected', 'warnings']);
    expect(report).toMatchObject({ rows: 2, accepted: 1 });
    // Row 5 of the sheet, as Excel numbers it; the JUMLAH line is not a row.
    expect(report.rejected).toEqual([{ row: 5, field: 'Jenis APK', code: 'type_unknown', message: 'Unknown type "Tenda". Use baliho, spanduk, banner or poster.' }]);

    const human = await validate([path, '--column', 'type=Jenis APK']);
    expect(human.stdout).toContain('sheet "Rekap", header on row 3');
    expect(human.stdout).toContain('row 6: a total or summary line, not an installation');
  });

  it('refuses a --column for a field it does not know', async () => {
    const { code, stderr } = await validate([`${fixtures}/comma.csv`, '--column', 'colour=Warna']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--column takes FIELD=HEADER/);
  });
});
