import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation } from '../../data/installation';
import { installationColumns } from '../../geo/installationColumns';
import { combineFilters, installationFilterExpression } from '../../features/map/installationFilter';
import { installationsToGeoJson } from '../../features/map/installationsGeoJson';
import { INSTALLATION_LAYERS, INSTALLATION_SOURCE_IDS } from '../../features/map/layers';
import { applyFilters, type FilterInput, type FilterState } from '../filters';
import type { AreaStateFilter } from '../urlState';
import { mapInstallationFilter } from './plannerMapFilter';

// The map hides filtered-out installations with a layer filter evaluated by
// MapLibre, while every other view uses `applyFilters`. This proves, with the
// style spec's own evaluator, that both keep exactly the same installations.

let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const subset = <T>(items: readonly T[], chance: number): T[] => items.filter(() => random() < chance);

const KELURAHAN = ['21.71.01.1001', '21.71.01.1002', '21.71.02.1003', '21.71.02.1004', '21.71.02.1005', '21.71.06.1004', '21.71.06.1001', '21.71.09.1003']
  .map((kode) => ({ kode, kecamatanKode: kode.slice(0, 8) }));
const KECAMATAN = [...new Set(KELURAHAN.map((kelurahan) => kelurahan.kecamatanKode)), '21.71.12'];
const STATES: AreaStateFilter[] = ['all', 'covered', 'uncovered', 'recommended'];
// Edges on purpose: month and year ends, the same day as a bound.
const DATES = ['2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2026-06-15', '2026-12-31'];

function randomInstallations(count: number): Installation[] {
  return Array.from({ length: count }, (_, index) => {
    const status = pick(INSTALLATION_STATUSES);
    const installedAt = pick(DATES);
    return {
      id: `i${index}`, type: pick(INSTALLATION_TYPES), lat: 1 + random() / 10, lng: 104 + random() / 10, installedAt, status,
      ...(status === 'dilepas' ? { removedAt: '2026-12-31' } : {}), notes: '', source: 'demo', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
  });
}

function randomFilters(): FilterState {
  const from = random() < 0.4 ? pick(DATES) : undefined;
  const to = random() < 0.4 ? pick(DATES) : undefined;
  return {
    kecamatan: random() < 0.5 ? [] : subset(KECAMATAN, 0.4),
    state: random() < 0.4 ? 'all' : pick(STATES),
    types: random() < 0.5 ? [] : subset(INSTALLATION_TYPES, 0.5),
    statuses: random() < 0.5 ? [] : subset(INSTALLATION_STATUSES, 0.5),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** Positions the two installation layers draw under the filter, as MapLibre evaluates it. */
function keptByLayers(features: ReturnType<typeof installationsToGeoJson>['features'], filters: FilterState, input: FilterInput): number[] {
  const expression = installationFilterExpression(mapInstallationFilter(filters, applyFilters(input, filters)));
  // The layers of one installations source (every source has the same pair).
  const layers = INSTALLATION_LAYERS.filter((layer) => layer.source === INSTALLATION_SOURCE_IDS[0])
    .map((layer) => featureFilter(combineFilters(layer.filter, expression), 'filter'));
  expect(layers).toHaveLength(2);
  const kept: number[] = [];
  features.forEach((feature, index) => {
    const drawnBy = layers.filter((layer) => layer.filter({ zoom: 12 }, { type: 1, properties: feature.properties }));
    // Each point is drawn by at most one layer (circle for baliho, icon for the rest).
    expect(drawnBy.length).toBeLessThanOrEqual(1);
    if (drawnBy.length === 1) kept.push(index);
  });
  return kept;
}

describe('the map layer filter keeps what applyFilters keeps', () => {
  // MapLibre only warns (and then misreads) a filter that mixes the deprecated syntax in: treat that as a failure.
  const warn = vi.spyOn(console, 'warn');
  beforeEach(() => warn.mockClear());
  afterEach(() => expect(warn).not.toHaveBeenCalled());
  const installations = randomInstallations(400);
  const areaPerInstallation = Int32Array.from(installations, () => (random() < 0.1 ? -1 : Math.floor(random() * KELURAHAN.length)));
  const actualKode = Array.from(areaPerInstallation, (area) => (area === -1 ? null : KELURAHAN[area]!.kode));
  const features = installationsToGeoJson(installations, actualKode).features;
  const input: FilterInput = {
    kelurahan: KELURAHAN,
    coveredKodes: new Set(subset(KELURAHAN, 0.5).map((kelurahan) => kelurahan.kode)),
    recommendedKodes: new Set(subset(KELURAHAN, 0.3).map((kelurahan) => kelurahan.kode)),
    columns: installationColumns(installations),
    areaPerInstallation,
  };

  it('over 300 random filter states', () => {
    let nonTrivial = 0;
    for (let round = 0; round < 300; round++) {
      const filters = randomFilters();
      const expected = [...applyFilters(input, filters).installationIndexes];
      if (expected.length > 0 && expected.length < installations.length) nonTrivial++;
      expect(keptByLayers(features, filters, input), JSON.stringify(filters)).toEqual(expected);
    }
    // The random states must exercise real filtering, not only "keep all" or "keep none".
    expect(nonTrivial).toBeGreaterThan(150);
  });

  it('hides installations outside the region only when an area filter is on', () => {
    const outside = installations.flatMap((_, index) => (areaPerInstallation[index] === -1 ? [index] : []));
    expect(outside.length).toBeGreaterThan(0);
    const all = keptByLayers(features, { kecamatan: [], state: 'all', types: [], statuses: [] }, input);
    expect(all).toHaveLength(installations.length);
    const everyKecamatan = keptByLayers(features, { kecamatan: KECAMATAN, state: 'all', types: [], statuses: [] }, input);
    expect(everyKecamatan).toHaveLength(installations.length - outside.length);
  });

  it('keeps nothing when the area filter keeps no kelurahan', () => {
    expect(keptByLayers(features, { kecamatan: ['21.71.12'], state: 'all', types: [], statuses: [] }, input)).toEqual([]);
  });
});
