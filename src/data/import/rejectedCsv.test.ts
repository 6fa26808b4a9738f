import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { parseInstallations } from './parseInstallations';
import { rejectedRowsCsv } from './rejectedCsv';

const options = { region: testRegion, locate: testLocate, today: TODAY };

describe('rejectedRowsCsv', () => {
  const result = parseInstallations(readFileSync(new URL('../../../test/fixtures/import/problems.csv', import.meta.url), 'utf8'), options);
  const csv = rejectedRowsCsv(result);
  const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('keeps the original columns and cells and adds an error column', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(table[0]).toEqual([...result.columns, 'error']);
    expect(table).toHaveLength(1 + 7);
    expect(table[1]?.slice(0, -1)).toEqual(['baliho', '1.1452', '104.0151', '31/02/2026', 'terpasang', '', 'Batu Selicin', 'impossible date']);
    expect(table[1]?.at(-1)).toBe('tanggal: 31/02/2026 does not exist on the calendar.');
  });

  it('re-imports with the same verdicts; the error column is ignored and replaced', () => {
    const again = parseInstallations(csv, options);
    expect(again.rejected.map(({ code }) => code)).toEqual(result.rejected.map(({ code }) => code));
    const twice = Papa.parse<string[]>(rejectedRowsCsv(again).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(twice[0]).toEqual(table[0]);
  });

  it('keeps the semicolon separator of the source and guards formula cells', () => {
    const semicolon = parseInstallations('jenis;lintang;bujur;tanggal;catatan\nbaliho;1,1452;104,0151;kemarin;=SUM(A1)\n', options);
    const out = rejectedRowsCsv(semicolon);
    expect(out).toContain("baliho;1,1452;104,0151;kemarin;'=SUM(A1);");
    expect(parseInstallations(out, options).rejected.map(({ code }) => code)).toEqual(['date_invalid']);
  });
});
