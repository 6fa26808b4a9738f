import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { decodeText } from './decodeText';
import { parseInstallations } from './parseInstallations';

const options = { region: testRegion, locate: testLocate, today: TODAY };
const parse = (text: string) => parseInstallations(text, options);

describe('parseInstallations: kelurahan, photo, notes, encodings', () => {
  it('accepts a kode column with or without dots and prefers it over the name', () => {
    const result = parse('jenis,lat,lng,tanggal,kode kelurahan,kelurahan\nbaliho,1.1452,104.0151,2026-03-15,2171061004,Sadai\nbaliho,1.1601,104.0402,2026-03-15,21.71.09.1003,\n');
    expect(result.accepted.map(({ kelurahanKode }) => kelurahanKode)).toEqual(['21.71.06.1004', '21.71.09.1003']);
    expect(result.warnings).toEqual([]);
  });

  it('warns about unknown and ambiguous names and falls back to the located kelurahan', () => {
    const result = parse('jenis,lat,lng,tanggal,kelurahan\nbaliho,1.1452,104.0151,2026-03-15,Atlantis\nbaliho,1.1601,104.0402,2026-03-15,Kel. Tanjung Riau\n');
    expect(result.warnings.map(({ row, code, field }) => [row, code, field])).toEqual([[2, 'kelurahan_unknown', 'kelurahan'], [3, 'kelurahan_ambiguous', 'kelurahan']]);
    expect(result.accepted.map(({ kelurahanKode }) => kelurahanKode)).toEqual(['21.71.06.1004', '21.71.09.1003']);
  });

  it('rejects photo links that are not web addresses and notes over the limit', () => {
    const long = 'x'.repeat(2001);
    const result = parse(`jenis,lat,lng,tanggal,foto,catatan\nbaliho,1.1452,104.0151,2026-03-15,javascript:alert(1),\nbaliho,1.1452,104.0151,2026-03-15,https://example.org/a.jpg,${long}\n`);
    expect(result.rejected.map(({ row, field, code }) => [row, field, code])).toEqual([[2, 'foto', 'photo_url_invalid'], [3, 'catatan', 'notes_too_long']]);
  });

  it('keeps HTML in notes as literal text', () => {
    const result = parse('jenis,lat,lng,tanggal,catatan\nbaliho,1.1452,104.0151,2026-03-15,"<script>alert(1)</script> &amp;"\n');
    expect(result.accepted[0]?.notes).toBe('<script>alert(1)</script> &amp;');
  });

  it('rejects a removal date on a row whose status says it is still up', () => {
    const result = parse('jenis,lat,lng,tanggal,status,tanggal lepas\nbaliho,1.1452,104.0151,2026-03-15,terpasang,2026-04-01\n');
    expect(result.rejected.map(({ code }) => code)).toEqual(['removed_date_with_active_status']);
  });

  it('infers dilepas from a removal date when status is blank', () => {
    const result = parse('jenis,lat,lng,tanggal,status,tanggal lepas\nbaliho,1.1452,104.0151,2026-03-15,,01/04/2026\n');
    expect(result.accepted[0]).toMatchObject({ status: 'dilepas', removedAt: '2026-04-01' });
  });

  it('rejects coordinates that cannot exist and cannot be explained by a swap', () => {
    const result = parse('jenis,lat,lng,tanggal\nbaliho,95,200,2026-03-15\n');
    expect(result.rejected.map(({ code, params }) => [code, params])).toEqual([['coordinates_out_of_range', { latitude: 95, longitude: 200 }]]);
  });

  it('decodes UTF-8 with BOM and UTF-16 LE (Excel "Unicode text") alike', () => {
    const text = 'jenis\tlintang\tbujur\ttanggal\tkelurahan\nbaliho\t1,1452\t104,0151\t15/03/2026\tBatu Selicin\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (character) => character.charCodeAt(0)).buffer)]);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const expected = parse(text).accepted;
    expect(expected).toHaveLength(1);
    expect(parse(decodeText(utf16)).accepted).toEqual(expected);
    expect(parse(decodeText(utf8)).accepted).toEqual(expected);
  });
});
