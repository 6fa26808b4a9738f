import { describe, expect, it } from 'vitest';
import { computeCoverage, statusOn, type CoverageInstallation } from './computeCoverage';

const installation = (overrides: Partial<CoverageInstallation>): CoverageInstallation => ({
  type: 'baliho', status: 'terpasang', installedAt: '2026-03-01', actualKode: '21.71.06.1004', ...overrides,
});

describe('statusOn', () => {
  it('applies the as-of date rules', () => {
    expect(statusOn(installation({}), '2026-02-28')).toBeNull();
    expect(statusOn(installation({}), '2026-03-01')).toBe('terpasang');
    expect(statusOn(installation({ status: 'dilepas', removedAt: '2026-04-01' }), '2026-03-31')).toBe('terpasang');
    expect(statusOn(installation({ status: 'dilepas', removedAt: '2026-04-01' }), '2026-04-01')).toBe('dilepas');
    expect(statusOn(installation({ status: 'dilepas' }), '2026-03-05')).toBe('dilepas');
    expect(statusOn(installation({ status: 'rusak' }), '2026-03-05')).toBe('rusak');
    expect(statusOn(installation({ status: 'rusak', removedAt: '2026-05-01' }), '2026-05-02')).toBe('dilepas');
  });
});

describe('computeCoverage', () => {
  const kodes = ['21.71.06.1004', '21.71.09.1003'];

  it('returns every kelurahan uncovered when there are no installations', () => {
    const result = computeCoverage(kodes, [], '2026-06-01');
    expect(result.kelurahan.map((entry) => [entry.kode, entry.covered, entry.activeCount, entry.firstInstalledAt])).toEqual([
      ['21.71.06.1004', false, 0, null], ['21.71.09.1003', false, 0, null],
    ]);
    expect(computeCoverage([], [installation({})], '2026-06-01').kelurahan).toEqual([]);
  });

  it('counts by type and status, active, dates, outside and not-yet-installed', () => {
    const result = computeCoverage(kodes, [
      installation({ type: 'baliho', installedAt: '2026-03-01' }),
      installation({ type: 'poster', status: 'rusak', installedAt: '2026-01-15' }),
      installation({ type: 'spanduk', status: 'dilepas', installedAt: '2026-02-01', removedAt: '2026-02-20' }),
      installation({ type: 'banner', installedAt: '2026-07-01' }),
      installation({ type: 'banner', actualKode: null }),
      installation({ type: 'banner', actualKode: '21.71.99.9999' }),
      installation({ type: 'spanduk', status: 'dilepas', actualKode: '21.71.09.1003', installedAt: '2026-02-02' }),
    ], '2026-06-01');
    const [batuSelicin, sadai] = result.kelurahan;
    expect(batuSelicin).toEqual({
      kode: '21.71.06.1004', byType: { baliho: 1, spanduk: 0, banner: 0, poster: 1 }, byStatus: { terpasang: 1, rusak: 1, dilepas: 1 },
      installedCount: 3, activeCount: 2, covered: true, firstInstalledAt: '2026-01-15', latestInstalledAt: '2026-03-01',
    });
    expect(sadai?.covered).toBe(false);
    expect(sadai?.byStatus.dilepas).toBe(1);
    expect(result.outsideCount).toBe(1);
    expect(result.notYetInstalledCount).toBe(1);
  });

  it('changes with the as-of date', () => {
    const removedLater = [installation({ status: 'dilepas', installedAt: '2026-02-01', removedAt: '2026-04-01' })];
    expect(computeCoverage(kodes, removedLater, '2026-01-31').kelurahan[0]?.covered).toBe(false);
    expect(computeCoverage(kodes, removedLater, '2026-03-31').kelurahan[0]?.covered).toBe(true);
    expect(computeCoverage(kodes, removedLater, '2026-04-01').kelurahan[0]?.covered).toBe(false);
  });

  it('marks all covered when every kelurahan has an active installation', () => {
    const result = computeCoverage(kodes, kodes.map((kode) => installation({ actualKode: kode })), '2026-06-01');
    expect(result.kelurahan.every((entry) => entry.covered)).toBe(true);
  });
});
