import { describe, expect, it } from 'vitest';
import { computeCoverage } from './computeCoverage';
import { progressAgainstTarget, rollUpByKecamatan, rollUpRegion } from './rollUpCoverage';

const kelurahan = [
  { kode: '21.71.06.1004', kecamatanKode: '21.71.06', kecamatan: 'Lubuk Baja' },
  { kode: '21.71.06.1005', kecamatanKode: '21.71.06', kecamatan: 'Lubuk Baja' },
  { kode: '21.71.02.1003', kecamatanKode: '21.71.02', kecamatan: 'Bulang' },
];
const coverage = computeCoverage(kelurahan.map((item) => item.kode), [
  { type: 'baliho', status: 'terpasang', installedAt: '2026-01-01', actualKode: '21.71.06.1004' },
  { type: 'poster', status: 'rusak', installedAt: '2026-01-01', actualKode: '21.71.06.1004' },
  { type: 'spanduk', status: 'dilepas', installedAt: '2026-01-01', actualKode: '21.71.02.1003' },
], '2026-02-01').kelurahan;

describe('rollUpByKecamatan', () => {
  it('sums per kecamatan, sorted by kode', () => {
    const summaries = rollUpByKecamatan(kelurahan, coverage);
    expect(summaries.map((summary) => [summary.kode, summary.nama, summary.kelurahanCount, summary.coveredCount, summary.coveredShare])).toEqual([
      ['21.71.02', 'Bulang', 1, 0, 0], ['21.71.06', 'Lubuk Baja', 2, 1, 0.5],
    ]);
    expect(summaries[1]?.byType).toEqual({ baliho: 1, spanduk: 0, banner: 0, poster: 1 });
    expect(summaries[0]?.byStatus.dilepas).toBe(1);
  });

  it('refuses a kelurahan without coverage instead of counting it as uncovered', () => {
    expect(() => rollUpByKecamatan([...kelurahan, { kode: '21.71.01.1001', kecamatanKode: '21.71.01', kecamatan: 'X' }], coverage)).toThrow(/21\.71\.01\.1001/);
  });
});

describe('rollUpRegion', () => {
  it('summarises the region, and an empty region as zero', () => {
    expect(rollUpRegion('21.71', 'Kota Batam', coverage)).toMatchObject({ kelurahanCount: 3, coveredCount: 1, activeCount: 2, installedCount: 3 });
    expect(rollUpRegion('21.71', 'Kota Batam', [])).toMatchObject({ kelurahanCount: 0, coveredShare: 0 });
  });
});

describe('progressAgainstTarget', () => {
  it('computes the gap in kelurahan and the days left', () => {
    expect(progressAgainstTarget({ coveredCount: 5, total: 64, targetShare: 0.25, targetDate: '2026-12-31', asOf: '2026-11-26' })).toEqual({
      coveredShare: 5 / 64, targetCount: 16, gapCount: 11, progress: 5 / 16, met: false, daysLeft: 35, overdue: false, requiredPerWeek: 2.2,
    });
  });

  it('gives the pace the target asks for: kelurahan a week, none once met or when no day is left', () => {
    // 59 to go in 61 days: 6.8 a week.
    expect(progressAgainstTarget({ coveredCount: 5, total: 64, targetShare: 1, targetDate: '2026-12-31', asOf: '2026-10-31' }).requiredPerWeek).toBeCloseTo(6.77, 2);
    expect(progressAgainstTarget({ coveredCount: 16, total: 64, targetShare: 0.25, targetDate: '2026-12-31', asOf: '2026-10-31' }).requiredPerWeek).toBeUndefined();
    expect(progressAgainstTarget({ coveredCount: 5, total: 64, targetShare: 1, targetDate: '2026-12-31', asOf: '2026-12-31' }).requiredPerWeek).toBeUndefined();
    expect(progressAgainstTarget({ coveredCount: 5, total: 64, targetShare: 1, targetDate: '2026-12-31', asOf: '2027-01-05' }).requiredPerWeek).toBeUndefined();
  });

  it('reports met, overdue and avoids floating-point over-asking', () => {
    expect(progressAgainstTarget({ coveredCount: 3, total: 10, targetShare: 0.3, targetDate: '2026-01-01', asOf: '2026-02-01' })).toMatchObject({ targetCount: 3, met: true, overdue: false, progress: 1 });
    expect(progressAgainstTarget({ coveredCount: 1, total: 10, targetShare: 0.3, targetDate: '2026-01-01', asOf: '2026-02-01' })).toMatchObject({ gapCount: 2, daysLeft: -31, overdue: true });
    expect(progressAgainstTarget({ coveredCount: 0, total: 0, targetShare: 0.5, targetDate: '2026-01-01', asOf: '2026-01-01' })).toMatchObject({ targetCount: 0, progress: 1, coveredShare: 0 });
  });

  it('rejects invalid input with a clear message', () => {
    expect(() => progressAgainstTarget({ coveredCount: 1, total: 10, targetShare: 1.5, targetDate: '2026-01-01', asOf: '2026-01-01' })).toThrow(/targetShare/);
    expect(() => progressAgainstTarget({ coveredCount: 11, total: 10, targetShare: 0.5, targetDate: '2026-01-01', asOf: '2026-01-01' })).toThrow(/coveredCount/);
    expect(() => progressAgainstTarget({ coveredCount: 1, total: 10, targetShare: 0.5, targetDate: 'soon', asOf: '2026-01-01' })).toThrow(/targetDate "soon"/);
  });
});
