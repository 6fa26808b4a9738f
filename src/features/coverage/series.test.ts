import { describe, expect, it } from 'vitest';
import type { Installation } from '../../domain/installation';
import { progressOverTime } from './progressSeries';
import { coverageByKecamatan, installationsByType, kpis, requiredPace, visibilityByKecamatan, type AreaInput, type CampaignTarget, type InstallationInput } from './series';

const area: AreaInput = {
  kelurahan: [
    { kode: 'A1', kecamatanKode: 'A', kecamatan: 'Sekupang', areaKm2: 1 },
    { kode: 'A2', kecamatanKode: 'A', kecamatan: 'Sekupang', areaKm2: 1 },
    { kode: 'B1', kecamatanKode: 'B', kecamatan: 'Bengkong', areaKm2: 1 },
    { kode: 'B2', kecamatanKode: 'B', kecamatan: 'Bengkong', areaKm2: 1 },
  ],
  kelurahanKodes: new Set(['A1', 'A2', 'B1', 'B2']),
  coveredKodes: new Set(['A1', 'B1', 'B2']),
};

type Item = Pick<Installation, 'type' | 'status' | 'installedAt' | 'removedAt'>;
const items: Item[] = [
  { type: 'baliho', status: 'terpasang', installedAt: '2026-02-01' },
  { type: 'poster', status: 'rusak', installedAt: '2026-02-01' },
  { type: 'poster', status: 'dilepas', installedAt: '2026-03-01', removedAt: '2026-04-01' },
  { type: 'spanduk', status: 'terpasang', installedAt: '2026-07-01' },
  { type: 'banner', status: 'dilepas', installedAt: '2026-03-10' },
];
const installations: InstallationInput = {
  installations: items,
  installationIndexes: Uint32Array.of(0, 1, 2, 3, 4),
  actualKode: ['A1', 'B1', 'B2', 'B2', null],
};
const target: CampaignTarget = { share: 1, date: '2026-12-31', startDate: '2026-01-01' };

describe('kpis', () => {
  it('counts covered kelurahan against the target with the gap in kelurahan and days', () => {
    const result = kpis(area, installations, target, '2026-06-30');
    expect(result).toMatchObject({ coveredCount: 3, kelurahanCount: 4, targetCount: 4, gapCount: 1, met: false, daysLeft: 184 });
    expect(result.coveredShare).toBe(0.75);
  });

  it('counts installations by their status on the as-of date, leaving out later ones', () => {
    expect(kpis(area, installations, target, '2026-03-15').byStatus).toEqual({ terpasang: 2, rusak: 1, dilepas: 1 });
    expect(kpis(area, installations, target, '2026-06-30')).toMatchObject({ installationCount: 4, byStatus: { terpasang: 1, rusak: 1, dilepas: 2 } });
  });

  it('follows the shared kecamatan filter', () => {
    const result = kpis({ ...area, kelurahanKodes: new Set(['A1', 'A2']) }, installations, { ...target, share: 0.5 }, '2026-06-30');
    expect(result).toMatchObject({ coveredCount: 1, kelurahanCount: 2, targetCount: 1, gapCount: 0, met: true });
  });
});

describe('requiredPace', () => {
  it('says kelurahan a week, rounded up to a tenth so that meeting it is enough', () => {
    expect(requiredPace(59 * 7 / 61)).toEqual({ per: 'week', value: 6.8 });
    expect(requiredPace(2.2)).toEqual({ per: 'week', value: 2.2 });
    expect(requiredPace(1)).toEqual({ per: 'week', value: 1 });
  });

  it('says a month when under one a week', () => {
    // 0.5 a week is 2.17 a month.
    expect(requiredPace(0.5)).toEqual({ per: 'month', value: 2.2 });
  });
});

describe('chart series', () => {
  it('splits kept kelurahan into covered and uncovered per kecamatan, by name', () => {
    expect(coverageByKecamatan(area)).toEqual([
      { kecamatanKode: 'B', kecamatan: 'Bengkong', covered: 2, uncovered: 0 },
      { kecamatanKode: 'A', kecamatan: 'Sekupang', covered: 1, uncovered: 1 },
    ]);
  });

  it('counts kept installations per type in a fixed order', () => {
    const kept = { ...installations, installationIndexes: Uint32Array.of(1, 2) };
    expect(installationsByType(kept)).toEqual([
      { type: 'baliho', count: 0 }, { type: 'spanduk', count: 0 }, { type: 'banner', count: 0 }, { type: 'poster', count: 2 },
    ]);
  });
});

describe('visibilityByKecamatan', () => {
  it('weights each kelurahan by its area and counts missing results as nothing visible', () => {
    const sized = { ...area, kelurahan: area.kelurahan.map((kelurahan, index) => ({ ...kelurahan, areaKm2: index + 1 })) };
    const result = visibilityByKecamatan(sized, new Map([['A1', 0.5], ['B2', 2]]));
    expect(result.map((point) => [point.kecamatan, point.visibleKm2, point.areaKm2])).toEqual([['Bengkong', 2, 7], ['Sekupang', 0.5, 3]]);
    expect(result[0]?.share).toBeCloseTo(2 / 7);
  });
});

describe('progressOverTime', () => {
  const points = progressOverTime(installations, area.kelurahanKodes, 4, target, '2026-06-30');
  const at = (date: string) => points.find((point) => point.date === date);

  it('accumulates installations and tracks kelurahan covered day by day, removals included', () => {
    expect(points.map((point) => point.date)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-03-10', '2026-04-01', '2026-06-30', '2026-12-31']);
    expect(at('2026-02-01')).toMatchObject({ installations: 2, coveredKelurahan: 2 });
    expect(at('2026-03-01')).toMatchObject({ installations: 3, coveredKelurahan: 3 });
    // The banner marked dilepas without a date counts as installed but never covers anything.
    expect(at('2026-03-10')).toMatchObject({ installations: 4, coveredKelurahan: 3 });
    expect(at('2026-04-01')).toMatchObject({ installations: 4, coveredKelurahan: 2 });
  });

  it('stops the actual lines at the as-of date and draws the target line to the target date', () => {
    expect(at('2026-06-30')).toMatchObject({ installations: 4, coveredKelurahan: 2 });
    expect(at('2026-12-31')).toEqual({ date: '2026-12-31', day: Date.UTC(2026, 11, 31) / 86_400_000, installations: null, coveredKelurahan: null, target: 4 });
    expect(at('2026-01-01')?.target).toBe(0);
    expect(at('2026-06-30')?.target).toBeCloseTo(4 * (180 / 364), 1);
  });

  it('merges overlapping installations in one kelurahan', () => {
    const overlapping: InstallationInput = {
      installations: [
        { type: 'baliho', status: 'dilepas', installedAt: '2026-02-01', removedAt: '2026-05-01' },
        { type: 'baliho', status: 'dilepas', installedAt: '2026-03-01', removedAt: '2026-04-01' },
        { type: 'baliho', status: 'terpasang', installedAt: '2026-04-15' },
      ],
      installationIndexes: Uint32Array.of(0, 1, 2),
      actualKode: ['A1', 'A1', 'A1'],
    };
    const series = progressOverTime(overlapping, area.kelurahanKodes, 4, target, '2026-06-30');
    const actual = series.filter((point) => point.date <= '2026-06-30');
    expect(actual.map((point) => point.date)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-15', '2026-06-30']);
    // Never two at once and no gap: the third goes up before the first comes down.
    expect(actual.map((point) => point.coveredKelurahan)).toEqual([0, 1, 1, 1, 1]);
  });
});
