import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { TODAY, testRegion } from '../../../test/fixtures/import/region';
import type { Installation } from '../../domain/installation';
import { parseInstallations } from '../import/parseInstallations';
import { readWorkbook } from '../import/readWorkbook';
import { installationsToXlsx } from './exportXlsx';

const stamp = '2026-06-01T00:00:00.000Z';
const base = { createdAt: stamp, updatedAt: stamp, source: 'manual' as const };
const installations: Installation[] = [
  { ...base, id: 'a', type: 'baliho', status: 'terpasang', lat: 1.1452, lng: 104.0151, kelurahanKode: '21.71.06.1004', installedAt: '2026-03-15', notes: 'Dekat pasar; "Nagoya Hill"\nbaris kedua' },
  { ...base, id: 'b', type: 'poster', status: 'dilepas', lat: 1.170212345678, lng: 104.120398765432, kelurahanKode: '21.71.04.1001', installedAt: '2026-02-01', removedAt: '2026-05-01', photoUrl: 'https://example.org/foto.jpg', notes: '=HYPERLINK("http://evil.example","klik")' },
  { ...base, id: 'c', type: 'spanduk', status: 'rusak', lat: -6.2, lng: -0.000001, installedAt: '2026-04-01', notes: "'=already quoted" },
  { ...base, id: 'd', type: 'banner', status: 'terpasang', lat: 1.1652, lng: 104.0101, installedAt: '2026-04-03', notes: '+62 812 3456 7890' },
];
const nameOf = (kode: string) => testRegion.kelurahan.find((kelurahan) => kelurahan.kode === kode)?.nama;
const dataOf = ({ type, status, lat, lng, kelurahanKode, installedAt, removedAt, photoUrl, notes }: Installation) =>
  Object.fromEntries(Object.entries({ type, status, lat, lng, kelurahanKode, installedAt, removedAt, photoUrl, notes }).filter(([, value]) => value !== undefined));

describe('installationsToXlsx', () => {
  it('writes headers in the UI language, dates as date cells, coordinates as numbers, formulas as guarded text', async () => {
    const bytes = await installationsToXlsx(installations, { kelurahanName: nameOf, language: 'id' });
    const workbook = read(bytes, { cellDates: true, UTC: true });
    expect(workbook.SheetNames).toEqual(['Pemasangan']);
    const sheet = workbook.Sheets.Pemasangan!;
    expect(utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]).toEqual(['ID', 'Jenis', 'Status', 'Lintang', 'Bujur', 'Kode kelurahan', 'Kelurahan', 'Tanggal pasang', 'Tanggal lepas', 'URL foto', 'Catatan', 'Sumber']);
    expect(sheet.D2).toMatchObject({ t: 'n', v: 1.1452 });
    expect(sheet.H2).toMatchObject({ t: 'd', v: new Date('2026-03-15T00:00:00Z') });
    expect(sheet.I3).toMatchObject({ t: 'd', v: new Date('2026-05-01T00:00:00Z') });
    expect(sheet.K3).toMatchObject({ t: 's', v: `'=HYPERLINK("http://evil.example","klik")` });
    expect(sheet.K3?.f).toBeUndefined();
    expect(sheet.G2).toMatchObject({ v: 'Batu Selicin' });
    const english = read(await installationsToXlsx(installations, { language: 'en' }));
    expect(english.SheetNames).toEqual(['Installations']);
    expect(utils.sheet_to_json<string[]>(english.Sheets.Installations!, { header: 1 })[0]?.slice(0, 8)).toEqual(['ID', 'Type', 'Status', 'Latitude', 'Longitude', 'Kelurahan code', 'Kelurahan', 'Installed on']);
  });

  it.each(['id', 'en'] as const)('round-trips through the importer unchanged (%s headers)', async (language) => {
    const bytes = await installationsToXlsx(installations, { kelurahanName: nameOf, language });
    const result = parseInstallations(await readWorkbook(bytes), { region: { ...testRegion, bbox: [-180, -90, 180, 90] }, today: TODAY });
    expect(result.rejected).toEqual([]);
    expect(result.headerRow).toBe(1);
    expect(result.accepted.map((input) => ({ ...input, source: undefined }))).toEqual(installations.map((installation) => ({ ...dataOf(installation), source: undefined })));
  });
});
