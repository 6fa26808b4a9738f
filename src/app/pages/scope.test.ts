import { describe, expect, it } from 'vitest';
import { kecamatanNames, scopeLabel } from './scope';

const options = [{ kode: '21.71.01', nama: 'Belakang Padang' }, { kode: '21.71.02', nama: 'Batu Ampar' }, { kode: '21.71.06', nama: 'Lubuk Baja' }];

describe('scope', () => {
  it('names the chosen kecamatan in option order, ignoring unknown codes', () => {
    expect(kecamatanNames(options, ['21.71.06', '21.71.02', '21.71.99'])).toEqual(['Batu Ampar', 'Lubuk Baja']);
  });

  it('labels a view by its kecamatan, or by the whole region without a kecamatan filter', () => {
    expect(scopeLabel(['Batu Ampar', 'Lubuk Baja'], 'Seluruh Kota Batam')).toBe('Batu Ampar, Lubuk Baja');
    expect(scopeLabel(kecamatanNames(options, []), 'Seluruh Kota Batam')).toBe('Seluruh Kota Batam');
  });
});
