import { describe, expect, it } from 'vitest';
import type { Installation } from '../../domain/installation';
import type { KelurahanCoverage } from '../../geo/computeCoverage';
import type { KelurahanProperties } from '../../domain/region';
import { buildKelurahanPanel, PANEL_LIST_PAGE, panelListLength } from './kelurahanPanelModel';

const properties = (kode: string, nama: string, neighbors: string[] = []): KelurahanProperties => ({
  kode, nama, kecamatanKode: '21.71.06', kecamatan: 'Lubuk Baja', kotaKode: '21.71', kota: 'Kota Batam', areaKm2: 1.5, labelPoint: [104, 1.1], neighbors,
});

const installation = (id: string, installedAt: string, overrides: Partial<Installation> = {}): Installation => ({
  id, type: 'baliho', lat: 1.1, lng: 104, kelurahanKode: '21.71.06.1004', installedAt, status: 'terpasang', notes: '', source: 'demo',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...overrides,
});

describe('buildKelurahanPanel', () => {
  const selected = properties('21.71.06.1004', 'Batu Selicin', ['21.71.06.1002', '21.71.06.1001']);
  const propertiesByKode = new Map([
    ['21.71.06.1001', properties('21.71.06.1001', 'Tanjung Uma')],
    ['21.71.06.1002', properties('21.71.06.1002', 'Kampung Pelita')],
  ]);
  const coverage: KelurahanCoverage = {
    kode: selected.kode, byType: { baliho: 1, spanduk: 1, banner: 0, poster: 0 }, byStatus: { terpasang: 1, rusak: 1, dilepas: 1 },
    installedCount: 3, activeCount: 2, covered: true, firstInstalledAt: '2026-02-01', latestInstalledAt: '2026-04-01',
  };
  const installations = [
    installation('a', '2026-02-01'),
    installation('b', '2026-04-01', { type: 'spanduk', status: 'rusak' }),
    installation('elsewhere', '2026-05-01'),
    installation('c', '2026-03-01', { status: 'dilepas', removedAt: '2026-03-20' }),
  ];
  const model = buildKelurahanPanel({
    properties: selected, coverage, propertiesByKode, coveredKodes: new Set(['21.71.06.1001']), installations,
    actualKode: [selected.kode, selected.kode, '21.71.06.1001', selected.kode], asOf: '2026-12-31',
  });

  it('lists only the installations whose point lies in the kelurahan, newest first', () => {
    expect(model.installations.map((item) => item.id)).toEqual(['b', 'c', 'a']);
    expect(model.installations[1]).toMatchObject({ status: 'dilepas', removedAt: '2026-03-20' });
  });

  it('describes the as-of date: later installations are left out, a later removal has not happened yet', () => {
    const onMarch10 = buildKelurahanPanel({
      properties: selected, coverage, propertiesByKode, coveredKodes: new Set(), installations, actualKode: [selected.kode, selected.kode, '21.71.06.1001', selected.kode], asOf: '2026-03-10',
    });
    expect(onMarch10.installations.map((item) => [item.id, item.status, item.removedAt])).toEqual([['c', 'terpasang', undefined], ['a', 'terpasang', undefined]]);
  });

  it('names neighbours alphabetically with their coverage', () => {
    expect(model.neighbours).toEqual([
      { kode: '21.71.06.1002', nama: 'Kampung Pelita', covered: false },
      { kode: '21.71.06.1001', nama: 'Tanjung Uma', covered: true },
    ]);
  });

  it('takes counts from the coverage engine and zeros when there is none', () => {
    expect(model).toMatchObject({ covered: true, byType: { baliho: 1, spanduk: 1 }, byStatus: { rusak: 1, dilepas: 1 } });
    const empty = buildKelurahanPanel({ properties: selected, propertiesByKode, coveredKodes: new Set(), installations: [], actualKode: [], asOf: '2026-12-31' });
    expect(empty).toMatchObject({ covered: false, byType: { baliho: 0, poster: 0 }, installations: [] });
  });
});

describe('panelListLength', () => {
  it('lists one page at first, more page by page, never more than there are', () => {
    expect(PANEL_LIST_PAGE).toBe(50);
    expect(panelListLength(1562, 1)).toBe(50);
    expect(panelListLength(1562, 2)).toBe(100);
    expect(panelListLength(120, 3)).toBe(120);
    expect(panelListLength(12, 1)).toBe(12);
    expect(panelListLength(0, 1)).toBe(0);
  });

  it('grows by whole pages to reach an installation that must be shown', () => {
    // The 51st (index 50) is on the second page; the 50th still on the first.
    expect(panelListLength(1562, 1, [50])).toBe(100);
    expect(panelListLength(1562, 1, [49])).toBe(50);
    expect(panelListLength(1562, 1, [-1, 1234])).toBe(1250);
    // Pages already asked for are kept.
    expect(panelListLength(1562, 4, [60])).toBe(200);
    expect(panelListLength(1300, 1, [1299])).toBe(1300);
  });
});
