import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex, locate } from './assignToAreas';
import { findIslands } from './findIslands';
import { CAMPAIGN_KODES, loadBatamKelurahan } from './fixtures/batam';
import { prepareRanking, rankCandidates } from './rankCandidates';
import { computeSharedBorders } from './computeSharedBorders';

// Real boundaries: the engine must agree with the map a planner knows.
const kelurahan = loadBatamKelurahan().features;
const index = buildAreaIndex(kelurahan);
const nameAt = (lng: number, lat: number) => {
  const found = locate(index, lng, lat);
  return found === -1 ? null : kelurahan[found]!.properties.nama;
};

describe('Batam: assignment', () => {
  it('puts hand-checked places in the right kelurahan and the sea outside', () => {
    expect(nameAt(104.0058, 1.1379)).toBe('Batu Selicin'); // Jl. Raden Patah area, Lubuk Baja
    expect(nameAt(104.0106, 1.1441)).toBe('Lubuk Baja Kota'); // Nagoya Hill Mall, Jl. Teuku Umar
    expect(nameAt(103.9996, 1.1555)).toBe('Sungai Jodoh'); // Harbour Bay
    expect(nameAt(104.0543, 1.129)).toBe('Teluk Tering'); // Batam Centre
    expect(nameAt(104.0, 1.25)).toBeNull(); // Singapore Strait, north of Batu Ampar
    expect(nameAt(103.85, 1.29)).toBeNull(); // Singapore, outside the region
  });

  it('agrees with turf on every label point and on a grid of 2,500 points', () => {
    kelurahan.forEach((feature, position) => expect(locate(index, ...feature.properties.labelPoint)).toBe(position));
    for (let row = 0; row < 50; row++) {
      for (let column = 0; column < 50; column++) {
        const lng = 103.65 + (column + 0.37) * 0.0144;
        const lat = 0.46 + (row + 0.61) * 0.0149;
        const turf = kelurahan.findIndex((feature) => booleanPointInPolygon([lng, lat], feature));
        expect(locate(index, lng, lat)).toBe(turf);
      }
    }
  });

  it('gives vertices of real shared borders to exactly one kelurahan', () => {
    // Every vertex of Batu Selicin's ring lies on its border; each is in at most one kelurahan.
    const batuSelicin = kelurahan.find((feature) => feature.properties.kode === '21.71.06.1004')!;
    const ring = batuSelicin.geometry.type === 'Polygon' ? batuSelicin.geometry.coordinates[0]! : batuSelicin.geometry.coordinates[0]![0]!;
    for (const [lng, lat] of ring as [number, number][]) {
      const owners = kelurahan.filter((feature) => locate(buildAreaIndex([feature]), lng, lat) === 0);
      expect(owners.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('Batam: topology', () => {
  it('measures shared borders consistently with the pipeline neighbours (≥ 100 m within 5 m)', () => {
    const borders = computeSharedBorders(kelurahan);
    kelurahan.forEach((feature, position) => {
      const mine: string[] = [];
      for (let k = borders.offsets[position]!; k < borders.offsets[position + 1]!; k++) {
        if (borders.meters[k]! >= 100) mine.push(kelurahan[borders.neighbors[k]!]!.properties.kode);
      }
      expect(mine.sort()).toEqual([...feature.properties.neighbors].sort());
    });
  });

  it('puts Pulau Batam kelurahan on the main island and hinterland kecamatan off it', () => {
    const islands = findIslands(kelurahan);
    const onMain = (kode: string) => islands.onMainIsland[kelurahan.findIndex((feature) => feature.properties.kode === kode)];
    for (const kode of CAMPAIGN_KODES) expect(onMain(kode)).toBe(1);
    for (const feature of kelurahan) {
      const hinterland = ['Belakang Padang', 'Bulang', 'Galang'].includes(feature.properties.kecamatan);
      if (hinterland) expect(onMain(feature.properties.kode)).toBe(0);
    }
    expect(onMain('21.71.04.1004')).toBe(0); // Ngenang, an island off Nongsa
  });
});

describe('Batam: ranking', () => {
  it('ranks the 59 uncovered kelurahan with neighbours of the campaign on top, deterministically', () => {
    const context = prepareRanking(kelurahan);
    const covered = new Set<string>(CAMPAIGN_KODES);
    const ranked = rankCandidates(context, { covered });
    expect(ranked).toHaveLength(59);
    const top = ranked[0]!;
    expect(top.factors.find((factor) => factor.key === 'frontier')!.value).toBeGreaterThan(0);
    expect(rankCandidates(context, { covered })).toEqual(ranked);
  });

  it('measures distance between borders: Batu Besar, a neighbour of covered Sambau, is 0 away', () => {
    const context = prepareRanking(kelurahan);
    const ranked = rankCandidates(context, { covered: new Set<string>(CAMPAIGN_KODES) });
    const distanceOf = (kode: string) => ranked.find((candidate) => candidate.kode === kode)!.factors.find((factor) => factor.key === 'distance')!.value;
    expect(distanceOf('21.71.04.1002')).toBe(0); // Batu Besar (5.8 km between label points)
    for (const candidate of ranked) {
      const frontier = candidate.factors.find((factor) => factor.key === 'frontier')!.value!;
      if (frontier > 0) expect(distanceOf(candidate.kode), candidate.kode).toBe(0);
      else expect(distanceOf(candidate.kode), candidate.kode).toBeGreaterThan(0);
    }
  });
});
