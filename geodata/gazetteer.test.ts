import { describe, expect, it } from 'vitest';
import { checkGazetteer, formatGazetteerReport, isCleanReport, loadGazetteer, niceCase, normaliseName, type GazetteerArea } from './gazetteer';
import { loadRealRegion } from './testSupport';

const villages: GazetteerArea[] = [
  { code: '21.71.06.1004', name: 'BATU SELICIN', parentCode: '21.71.06' },
  { code: '21.71.09.1003', name: 'Sadai', parentCode: '21.71.09' },
  { code: '21.71.04.1001', name: 'Sambau', parentCode: '21.71.04' },
  { code: '21.72.01.1001', name: 'Elsewhere', parentCode: '21.72.01' },
];

describe('checkGazetteer', () => {
  it('matches names regardless of case, spacing and punctuation', () => {
    const report = checkGazetteer('21.71', [
      { kode: '21.71.06.1004', nama: 'Batu  Selicin' },
      { kode: '21.71.09.1003', nama: 'sadai' },
      { kode: '21.71.04.1001', nama: 'Sambau.' },
    ], villages);
    expect(report).toMatchObject({ expected: 3, matched: 3, missing: [], extra: [], misspelt: [], duplicates: [] });
    expect(isCleanReport(report)).toBe(true);
    expect(formatGazetteerReport(report)).toBe('gazetteer: 3/3 kelurahan match');
  });

  it('reports missing, extra, misspelt and duplicate kelurahan', () => {
    const report = checkGazetteer('21.71', [
      { kode: '21.71.06.1004', nama: 'Batu Seliein' },
      { kode: '21.71.09.1003', nama: 'Sadai' },
      { kode: '21.71.09.1003', nama: 'Sadai' },
      { kode: '21.71.99.1001', nama: 'Pulau Hantu' },
    ], villages);
    expect(report.matched).toBe(1);
    expect(report.missing.map((village) => village.code)).toEqual(['21.71.04.1001']);
    expect(report.extra).toEqual([{ kode: '21.71.99.1001', nama: 'Pulau Hantu' }]);
    expect(report.misspelt).toEqual([{ kode: '21.71.06.1004', nama: 'Batu Seliein', official: 'BATU SELICIN' }]);
    expect(report.duplicates).toEqual(['21.71.09.1003']);
    expect(isCleanReport(report)).toBe(false);
    const text = formatGazetteerReport(report);
    expect(text).toContain('gazetteer: 1/3 kelurahan match');
    expect(text).toContain('missing from boundary data: 21.71.04.1001 Sambau');
    expect(text).toContain('not in gazetteer: 21.71.99.1001 Pulau Hantu');
    expect(text).toContain('name differs: 21.71.06.1004 "Batu Seliein" (official "BATU SELICIN")');
    expect(text).toContain('duplicate code in boundary data: 21.71.09.1003');
  });

  it('normalises and title-cases names', () => {
    expect(normaliseName('Tanjung  Uma')).toBe(normaliseName('TANJUNG UMA'));
    expect(normaliseName('Sei. Beduk')).toBe('seibeduk');
    expect(niceCase('KOTA TANJUNG PINANG')).toBe('Kota Tanjung Pinang');
    expect(niceCase('Batu Ampar')).toBe('Batu Ampar');
  });
});

const batam = await loadRealRegion('21.71');
describe.skipIf(!batam)('gazetteer on the real Batam data', () => {
  it('finds all 64 kelurahan, once each, with the official codes and names', async () => {
    const gazetteer = await loadGazetteer();
    const report = checkGazetteer('21.71', batam?.kelurahan ?? [], gazetteer.villages);
    expect(formatGazetteerReport(report)).toBe('gazetteer: 64/64 kelurahan match');
    expect(gazetteer.districts.filter((district) => district.parentCode === '21.71')).toHaveLength(12);
    expect(niceCase(gazetteer.regencies.find((regency) => regency.code === '21.71')?.name ?? '')).toBe('Kota Batam');
    expect(niceCase(gazetteer.districts.find((district) => district.code === '21.71.02')?.name ?? '')).toBe('Batu Ampar');
  });
});
