import { describe, expect, it } from 'vitest';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation } from '../domain/installation';
import { installationColumns } from '../geo/installationColumns';
import { installationsAsOf } from '../geo/installationsAsOf';
import { applyFilters, isFilterActive, pickInstallations, type FilterInput, type FilterState } from './filters';

const NONE: FilterState = { kecamatan: [], state: 'all', types: [], statuses: [] };

function installation(id: string, patch: Partial<Installation>): Installation {
  return {
    id,
    type: 'baliho',
    lat: 1.1,
    lng: 104.0,
    installedAt: '2026-03-01',
    status: 'terpasang',
    notes: '',
    source: 'demo',
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...patch,
  };
}

const installations = [
  installation('a', { type: 'baliho', installedAt: '2026-02-10' }),
  installation('b', { type: 'poster', status: 'rusak', installedAt: '2026-04-01' }),
  installation('c', { type: 'spanduk', installedAt: '2026-05-20' }),
  installation('outside', { type: 'baliho', installedAt: '2026-03-03' }),
];

const input: FilterInput = {
  kelurahan: [
    { kode: '21.71.06.1004', kecamatanKode: '21.71.06' },
    { kode: '21.71.06.1001', kecamatanKode: '21.71.06' },
    { kode: '21.71.09.1003', kecamatanKode: '21.71.09' },
    { kode: '21.71.01.1001', kecamatanKode: '21.71.01' },
  ],
  coveredKodes: new Set(['21.71.06.1004', '21.71.09.1003']),
  recommendedKodes: new Set(['21.71.06.1001']),
  columns: installationColumns(installations),
  // Late enough that everything stands, with its recorded status.
  asOf: installationsAsOf(installationColumns(installations), '2099-12-31'),
  // a and c lie in 21.71.06.1004 (area 0), b in 21.71.09.1003 (area 2), the last one outside.
  areaPerInstallation: Int32Array.of(0, 2, 0, -1),
};

const ids = (filters: FilterState) =>
  pickInstallations(installations, applyFilters(input, filters).installationIndexes).map((item) => item.id);

describe('applyFilters', () => {
  it('keeps everything, including installations outside the region, when no filter is on', () => {
    const view = applyFilters(input, NONE);
    expect([...view.kelurahanKodes]).toHaveLength(4);
    expect(ids(NONE)).toEqual(['a', 'b', 'c', 'outside']);
    expect(view.areaFiltered).toBe(false);
  });

  it('limits kelurahan and installations to the chosen kecamatan', () => {
    const filters = { ...NONE, kecamatan: ['21.71.06'] };
    expect([...applyFilters(input, filters).kelurahanKodes]).toEqual(['21.71.06.1004', '21.71.06.1001']);
    expect(ids(filters)).toEqual(['a', 'c']);
  });

  it('filters kelurahan by coverage state and recommendation', () => {
    expect([...applyFilters(input, { ...NONE, state: 'covered' }).kelurahanKodes]).toEqual(['21.71.06.1004', '21.71.09.1003']);
    expect([...applyFilters(input, { ...NONE, state: 'uncovered' }).kelurahanKodes]).toEqual(['21.71.06.1001', '21.71.01.1001']);
    expect([...applyFilters(input, { ...NONE, state: 'recommended' }).kelurahanKodes]).toEqual(['21.71.06.1001']);
    expect(ids({ ...NONE, state: 'uncovered' })).toEqual([]);
  });

  it('filters installations by type, status and an inclusive date range', () => {
    expect(ids({ ...NONE, types: ['baliho', 'spanduk'] })).toEqual(['a', 'c', 'outside']);
    expect(ids({ ...NONE, statuses: ['rusak'] })).toEqual(['b']);
    expect(ids({ ...NONE, from: '2026-03-03', to: '2026-05-20' })).toEqual(['b', 'c', 'outside']);
    expect(ids({ ...NONE, from: '2026-04-02' })).toEqual(['c']);
  });

  it('combines filters with AND', () => {
    expect(ids({ ...NONE, kecamatan: ['21.71.06'], types: ['spanduk'], to: '2026-12-31' })).toEqual(['c']);
  });

  it('keeps exactly what the filters say on random installations and random filter states', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T,>(values: readonly T[]) => values.filter(() => random() < 0.4);
    const many = Array.from({ length: 2000 }, (_, index) => installation(`r${index}`, {
      type: INSTALLATION_TYPES[Math.floor(random() * 4)]!, status: INSTALLATION_STATUSES[Math.floor(random() * 3)]!,
      installedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 200))).toISOString().slice(0, 10),
    }));
    const areas = Int32Array.from(many, () => Math.floor(random() * (input.kelurahan.length + 1)) - 1);
    const randomInput: FilterInput = { ...input, columns: installationColumns(many), asOf: installationsAsOf(installationColumns(many), '2099-12-31'), areaPerInstallation: areas };
    for (let round = 0; round < 200; round++) {
      const [from, to] = [random() < 0.5 ? `2026-0${1 + Math.floor(random() * 4)}-15` : undefined, random() < 0.5 ? `2026-0${4 + Math.floor(random() * 4)}-01` : undefined];
      const filters: FilterState = {
        kecamatan: pick(['21.71.06', '21.71.09', '21.71.01']), state: (['all', 'covered', 'uncovered', 'recommended'] as const)[round % 4]!,
        types: pick(INSTALLATION_TYPES), statuses: pick(INSTALLATION_STATUSES), ...(from ? { from } : {}), ...(to ? { to } : {}),
      };
      const view = applyFilters(randomInput, filters);
      // The rule in plain words, on the objects: AND of every filter that is on.
      const expected = many.flatMap((item, index) => {
        const kode = areas[index] === -1 ? undefined : input.kelurahan[areas[index]!]!.kode;
        const keep = (filters.types.length === 0 || filters.types.includes(item.type))
          && (filters.statuses.length === 0 || filters.statuses.includes(item.status))
          && (!filters.from || item.installedAt >= filters.from) && (!filters.to || item.installedAt <= filters.to)
          && (!view.areaFiltered || (kode !== undefined && view.kelurahanKodes.has(kode)));
        return keep ? [index] : [];
      });
      expect([...view.installationIndexes], JSON.stringify(filters)).toEqual(expected);
    }
  });

  it('keeps only what stands on the as-of date, filtered by its status on that date', () => {
    const history = [
      installation('early', { installedAt: '2026-03-01', status: 'dilepas', removedAt: '2026-09-01' }),
      installation('late', { installedAt: '2026-12-01' }),
      installation('gone', { installedAt: '2026-03-01', status: 'dilepas', removedAt: '2026-04-01' }),
    ];
    const columns = installationColumns(history);
    const onMay = { ...input, columns, asOf: installationsAsOf(columns, '2026-05-01'), areaPerInstallation: Int32Array.of(0, 0, 0) };
    const kept = (filters: FilterState) => pickInstallations(history, applyFilters(onMay, filters).installationIndexes).map((item) => item.id);
    expect(kept(NONE)).toEqual(['early', 'gone']);
    expect(kept({ ...NONE, statuses: ['terpasang'] })).toEqual(['early']);
    expect(kept({ ...NONE, statuses: ['dilepas'] })).toEqual(['gone']);
  });

  it('reports whether any filter is on', () => {
    expect(isFilterActive(NONE)).toBe(false);
    expect(isFilterActive({ ...NONE, to: '2026-01-01' })).toBe(true);
    expect(isFilterActive({ ...NONE, state: 'covered' })).toBe(true);
  });
});
