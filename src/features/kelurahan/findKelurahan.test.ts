import { describe, expect, it } from 'vitest';
import { findKelurahan, findOptionText } from './findKelurahan';

const options = [
  { kode: '21.71.09.1003', nama: 'Sadai', kecamatan: 'Bengkong' },
  { kode: '21.71.04.1001', nama: 'Batu Besar', kecamatan: 'Nongsa' },
  { kode: '21.71.02.1003', nama: 'Batu Merah', kecamatan: 'Batu Ampar' },
  { kode: '21.71.06.1004', nama: 'Batu Selicin', kecamatan: 'Lubuk Baja' },
  { kode: '21.71.11.1001', nama: 'Sungai Binti', kecamatan: 'Sagulung' },
  { kode: '21.71.11.1002', nama: 'Sungai Lekop', kecamatan: 'Sagulung' },
];

describe('findKelurahan', () => {
  it("takes an option's own text, as the list puts it in the field", () => {
    expect(findKelurahan(findOptionText(options[2]!), options).found?.kode).toBe('21.71.02.1003');
  });

  it('takes a name whatever its case, spacing or accents', () => {
    expect(findKelurahan('  sadai ', options).found?.kode).toBe('21.71.09.1003');
    expect(findKelurahan('SÁDAI', options).found?.kode).toBe('21.71.09.1003');
  });

  it('takes the only name starting or containing what was typed, or a kode', () => {
    expect(findKelurahan('batu s', options).found?.nama).toBe('Batu Selicin');
    expect(findKelurahan('lekop', options).found?.nama).toBe('Sungai Lekop');
    expect(findKelurahan('21.71.04.1001', options).found?.nama).toBe('Batu Besar');
  });

  it('does not guess between several, and finds nothing in nothing', () => {
    expect(findKelurahan('batu', options)).toEqual({ matches: 3 });
    expect(findKelurahan('sungai', options)).toEqual({ matches: 2 });
    expect(findKelurahan('tanjung', options)).toEqual({ matches: 0 });
    expect(findKelurahan('   ', options)).toEqual({ matches: 0 });
  });
});
