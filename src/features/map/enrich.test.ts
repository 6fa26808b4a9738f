import { describe, expect, it } from 'vitest';
import { kelurahanLabelPoints, kelurahanOutsideFilter, withCoverage, type CoverageFacts } from './enrich';
import { threeKelurahan } from './fixtures.test-data';

const [first, second, third] = ['21.71.01.1001', '21.71.01.1002', '21.71.01.1003'];

function statesOf(coverage: Map<string, CoverageFacts>, ranking: string[], topN: number) {
  return withCoverage(threeKelurahan, coverage, ranking, topN).features.map((feature) => [feature.properties.state, feature.properties.rank]);
}

describe('withCoverage', () => {
  it('marks covered, recommended (top N of the ranking) and uncovered', () => {
    const coverage = new Map([[first!, { covered: true, installationCount: 2 }]]);
    expect(statesOf(coverage, [third!, second!], 1)).toEqual([
      ['covered', 0],
      ['uncovered', 2],
      ['recommended', 1],
    ]);
  });

  it('never recommends a covered kelurahan even if the ranking lists it', () => {
    const coverage = new Map([[first!, { covered: true }]]);
    expect(statesOf(coverage, [first!, second!, third!], 1)).toEqual([
      ['covered', 0],
      ['recommended', 1],
      ['uncovered', 2],
    ]);
  });

  it('treats a kelurahan missing from coverage as uncovered, with zero installations', () => {
    const result = withCoverage(threeKelurahan, new Map(), [], 5);
    expect(result.features.map((feature) => feature.properties.state)).toEqual(['uncovered', 'uncovered', 'uncovered']);
    expect(result.features[0]!.properties.installationCount).toBe(0);
  });

  it('lists the kelurahan the shared filters leave out, none when all are kept', () => {
    expect([...kelurahanOutsideFilter(threeKelurahan, new Set([first!, third!]))]).toEqual([second]);
    expect(kelurahanOutsideFilter(threeKelurahan, new Set([first!, second!, third!])).size).toBe(0);
    expect([...kelurahanOutsideFilter(threeKelurahan, new Set())]).toEqual([first, second, third]);
  });

  it('keeps geometry and original properties and does not mutate the input', () => {
    const before = JSON.stringify(threeKelurahan);
    const result = withCoverage(threeKelurahan, new Map([[second!, { covered: true, installationCount: 3 }]]), [], 5);
    expect(result.features[1]!.geometry).toBe(threeKelurahan.features[1]!.geometry);
    expect(result.features[1]!.properties).toMatchObject({ nama: 'Dua', installationCount: 3, state: 'covered' });
    expect(JSON.stringify(threeKelurahan)).toBe(before);
  });
});

describe('kelurahanLabelPoints', () => {
  it('puts one label per kelurahan at its inside point', () => {
    const labels = kelurahanLabelPoints(threeKelurahan);
    expect(labels.features).toHaveLength(3);
    expect(labels.features[2]!.properties).toEqual({ kode: third, label: 'Tiga' });
    expect(labels.features[2]!.geometry.coordinates).toEqual(threeKelurahan.features[2]!.properties.labelPoint);
  });
});
