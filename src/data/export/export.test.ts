import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import type { Installation } from '../../domain/installation';
import { parseInstallations } from '../import/parseInstallations';
import { installationsToCsv } from './exportCsv';
import { installationsToGeoJson } from './exportGeoJson';
import { guardCell, unguardCell } from './formulaGuard';
import { formatDecimalComma } from './formatNumber';

const stamp = '2026-06-01T00:00:00.000Z';
const base = { createdAt: stamp, updatedAt: stamp, source: 'manual' as const };
const installations: Installation[] = [
  { ...base, id: 'a', type: 'baliho', status: 'terpasang', lat: 1.1452, lng: 104.0151, kelurahanKode: '21.71.06.1004', installedAt: '2026-03-15', notes: 'Dekat pasar; "Nagoya Hill"\nbaris kedua' },
  { ...base, id: 'b', type: 'poster', status: 'dilepas', lat: 1.170212345678, lng: 104.120398765432, kelurahanKode: '21.71.04.1001', installedAt: '2026-02-01', removedAt: '2026-05-01', photoUrl: 'https://example.org/foto.jpg', notes: '=HYPERLINK("http://evil.example","klik")' },
  { ...base, id: 'c', type: 'spanduk', status: 'rusak', lat: 1.1301, lng: 104.0602, installedAt: '2026-04-01', notes: '<img src=x onerror=alert(1)> -5 m dari jalan' },
  { ...base, id: 'd', type: 'banner', status: 'terpasang', lat: 1.1601, lng: 104.0402, kelurahanKode: '21.71.09.1003', installedAt: '2026-04-02', notes: "'=already quoted" },
  { ...base, id: 'e', type: 'banner', status: 'terpasang', lat: 1.1652, lng: 104.0101, installedAt: '2026-04-03', notes: '+62 812 3456 7890' },
  { ...base, id: 'f', type: 'baliho', status: 'terpasang', lat: 1.1698, lng: 104.1199, installedAt: '2026-04-04', notes: '@kkbc -promo' },
];
// Coordinates south and west of zero must survive too (the importer is not Batam-only).
const southWest: Installation = { ...base, id: 'g', type: 'baliho', status: 'terpasang', lat: -6.2, lng: -0.000001, installedAt: '2026-04-05', notes: '' };

const nameOf = (kode: string) => testRegion.kelurahan.find((kelurahan) => kelurahan.kode === kode)?.nama;
const dataOf = ({ type, status, lat, lng, kelurahanKode, installedAt, removedAt, photoUrl, notes }: Installation) =>
  ({ type, status, lat, lng, kelurahanKode, installedAt, removedAt, photoUrl, notes });

describe('installationsToCsv', () => {
  const csv = installationsToCsv(installations, { kelurahanName: nameOf });

  it('is what Excel in Indonesian settings expects: BOM, semicolons, decimal commas, CRLF', () => {
    expect(csv.startsWith('\uFEFFid;jenis;status;lintang;bujur;kode_kelurahan;kelurahan;')).toBe(true);
    expect(csv).toContain('a;baliho;terpasang;1,1452;104,0151;21.71.06.1004;Batu Selicin;2026-03-15;;;');
    expect(csv.split('\r\n')).toHaveLength(installations.length + 2);
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv).toContain("'+62 812");
    expect(csv).toContain("'@kkbc");
    expect(csv).toContain("''=already quoted");
    expect(csv).not.toMatch(/[;\n]=HYPERLINK/);
  });

  it('writes negative coordinates as numbers, not guarded text', () => {
    const line = installationsToCsv([southWest]).split('\r\n')[1];
    expect(line).toContain(';-6,2;-0,000001;');
  });

  it('round-trips through the importer: same data back', () => {
    const result = parseInstallations(installationsToCsv([...installations, southWest], { kelurahanName: nameOf }), {
      region: { ...testRegion, bbox: [-180, -90, 180, 90] }, today: TODAY,
    });
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((input) => ({ ...input, source: undefined }))).toEqual(
      [...installations, southWest].map((installation) => ({ ...dataOf(installation), source: undefined })).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)),
      ),
    );
  });
});

describe('installationsToGeoJson', () => {
  it('round-trips through the importer, notes kept as literal text', () => {
    const geojson = installationsToGeoJson(installations, { kelurahanName: nameOf });
    expect(geojson.features[0]?.geometry.coordinates).toEqual([104.0151, 1.1452]);
    const result = parseInstallations(JSON.stringify(geojson), { region: testRegion, locate: testLocate, today: TODAY });
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((input) => input.notes)).toEqual(installations.map((installation) => installation.notes));
    expect(result.accepted[2]?.notes).toBe('<img src=x onerror=alert(1)> -5 m dari jalan');
    expect(result.accepted.map(({ lat, lng }) => [lat, lng])).toEqual(installations.map(({ lat, lng }) => [lat, lng]));
  });
});

describe('formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''", "'''=x", 'plain', "'plain", '', "it's"])(
    'guard then unguard gives back %j',
    (value) => {
      expect(unguardCell(guardCell(value))).toBe(value);
      expect(guardCell(value)).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  it('formats numbers without exponents', () => {
    expect(formatDecimalComma(1e-7)).toBe('0,0000001');
    expect(formatDecimalComma(104.0151)).toBe('104,0151');
  });
});
