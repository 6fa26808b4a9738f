import { describe, expect, it } from 'vitest';
import type { Installation } from '../domain/installation';
import { installationColumns } from './installationColumns';
import { buildAreaIndex } from './assignToAreas';
import { computeCoverage, computeCoverageAssigned } from './computeCoverage';
import { loadBatamKelurahan } from './fixtures/batam';
import { kodesOfAreas, locateInstallations, placeInstallations } from './placeInstallations';

// The typed-array path the planner uses must give exactly what the object path gives.
const kelurahan = loadBatamKelurahan().features;
const kodes = kelurahan.map((feature) => feature.properties.kode);
const index = buildAreaIndex(kelurahan);

let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const TYPES = ['baliho', 'spanduk', 'banner', 'poster'] as const;
const STATUSES = ['terpasang', 'rusak', 'dilepas'] as const;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

/** Random points over Batam's extent and a little beyond (sea and outside points too), random statuses and dates. */
function randomInstallations(count: number): Installation[] {
  return Array.from({ length: count }, (_, position) => {
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    const installedOffset = Math.floor(random() * 300);
    const removed = random() < 0.3 ? { removedAt: day(installedOffset + Math.floor(random() * 60)) } : {};
    return {
      id: `i${position}`, type: TYPES[Math.floor(random() * TYPES.length)]!, status, installedAt: day(installedOffset), ...removed,
      lng: 103.85 + random() * 0.4, lat: 0.95 + random() * 0.35,
    } as Installation;
  });
}

describe('computeCoverageAssigned', () => {
  const installations = randomInstallations(5000);
  const areas = locateInstallations(index, installations);
  const columns = installationColumns(installations);

  it('equals computeCoverage on real Batam boundaries and random points, for several dates', () => {
    const actualKode = placeInstallations(index, kodes, installations).map((placement) => placement.actualKode);
    expect(kodesOfAreas(areas, kodes)).toEqual(actualKode);
    // The sample must exercise every branch: inside, outside, not yet installed.
    expect(actualKode.filter((kode) => kode === null).length).toBeGreaterThan(100);
    expect(new Set(actualKode).size).toBeGreaterThan(40);
    const withKode = installations.map((installation, position) => ({ ...installation, actualKode: actualKode[position] ?? null }));
    for (const asOf of ['2025-12-31', '2026-04-15', '2026-08-01', '2027-06-01']) {
      const expected = computeCoverage(kodes, withKode, asOf);
      expect(computeCoverageAssigned(kodes, columns, areas, asOf)).toEqual(expected);
    }
    const middle = computeCoverageAssigned(kodes, columns, areas, '2026-06-01');
    expect(middle.outsideCount).toBeGreaterThan(0);
    expect(middle.notYetInstalledCount).toBeGreaterThan(0);
  });

  it('rejects mismatched lengths and an area with no kode instead of dropping installations', () => {
    expect(() => computeCoverageAssigned(kodes, columns, areas.subarray(1), '2026-06-01')).toThrow(/4999 areas for 5000 installations/);
    const inside = areas.findIndex((area) => area >= 0);
    expect(() => computeCoverageAssigned(kodes.slice(0, 0), installationColumns(installations.slice(inside, inside + 1)), areas.subarray(inside, inside + 1), '2027-01-01'))
      .toThrow(/installation 0 is in area \d+, but only 0 kodes/);
    expect(() => kodesOfAreas(Int32Array.of(-1, kodes.length), kodes)).toThrow(/position 1 is in area 64, but only 64 kodes/);
  });
});
