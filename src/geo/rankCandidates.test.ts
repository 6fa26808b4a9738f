import { describe, expect, it } from 'vitest';
import { squareGrid, squareKelurahan } from './fixtures/squares';
import { prepareRanking, rankCandidates } from './rankCandidates';

// 3 × 1 strip of touching squares plus a detached islet far east.
const strip = squareGrid(3, 1, 0.01, 104, 1);
const islet = squareKelurahan('21.71.09.1001', 104.2, 1, 0.002);
const features = [...strip, islet];
const [west, middle, east] = strip.map((feature) => feature.properties.kode) as [string, string, string];
const context = prepareRanking(features);

describe('rankCandidates', () => {
  it('ranks only uncovered kelurahan, explains every factor and sums contributions to the total', () => {
    const ranked = rankCandidates(context, { covered: new Set([west]) });
    expect(ranked.map((candidate) => candidate.kode)).toEqual([middle, east, islet.properties.kode]);
    const [first] = ranked;
    const frontier = first?.factors.find((factor) => factor.key === 'frontier');
    // One shared edge of 0.01° latitude ≈ 1112 m, plus the 5 m tolerance where the perpendicular edges meet it at each end.
    expect(frontier?.value).toBeCloseTo(1111.95 + 2 * 5, 0);
    expect(frontier?.score).toBe(1);
    const sum = first?.factors.reduce((total, factor) => total + factor.contribution, 0);
    expect(first?.total).toBeCloseTo(sum ?? -1, 12);
    expect(ranked.map((candidate) => candidate.rank)).toEqual([1, 2, 3]);
  });

  it('derives the main island from geometry and scores distance lower-is-better', () => {
    const ranked = rankCandidates(context, { covered: new Set([west]), weights: { frontier: 0, distance: 1, area: 0, mainIsland: 0 } });
    const islandFactor = ranked.find((candidate) => candidate.kode === islet.properties.kode)?.factors.find((factor) => factor.key === 'mainIsland');
    expect(islandFactor?.value).toBe(0);
    expect(ranked.map((candidate) => candidate.kode)).toEqual([middle, east, islet.properties.kode]);
    expect(ranked[0]?.factors.find((factor) => factor.key === 'distance')?.score).toBe(1);
    expect(ranked[2]?.factors.find((factor) => factor.key === 'distance')?.score).toBe(0);
  });

  it('measures distance between borders: 0 for a neighbour of the covered area, the gap otherwise', () => {
    const ranked = rankCandidates(context, { covered: new Set([west]) });
    const distance = (kode: string) => ranked.find((candidate) => candidate.kode === kode)?.factors.find((factor) => factor.key === 'distance')?.value;
    expect(distance(middle)).toBe(0);
    // East is one 0.01° square beyond the covered one's border, the islet 0.19° (≈ 1.11 km and 21.1 km at 1° N).
    expect(distance(east)).toBeCloseTo(0.01 * 111_195 * Math.cos((1.005 * Math.PI) / 180), 0);
    expect(distance(islet.properties.kode)).toBeCloseTo(0.19 * 111_195 * Math.cos((1.005 * Math.PI) / 180), -1);
  });

  it('measures distance to the base from its border, 0 when the base lies inside', () => {
    const ranked = rankCandidates(context, { covered: new Set(), baseLocation: [104.025, 1.005] });
    const distance = (kode: string) => ranked.find((candidate) => candidate.kode === kode)?.factors.find((factor) => factor.key === 'distance')?.value;
    expect(distance(east)).toBe(0);
    expect(distance(middle)).toBeCloseTo(0.005 * 111_195 * Math.cos((1.005 * Math.PI) / 180), 0);
    // With a covered kelurahan too, the nearer of the two counts.
    const both = rankCandidates(context, { covered: new Set([west]), baseLocation: [104.25, 1.001] });
    expect(both.find((candidate) => candidate.kode === islet.properties.kode)?.factors.find((factor) => factor.key === 'distance')?.value).toBeCloseTo(0.048 * 111_195 * Math.cos((1.005 * Math.PI) / 180), -1);
  });

  it('breaks ties by kode whatever the input order', () => {
    const reversed = prepareRanking([...strip].reverse());
    const weights = { frontier: 0, distance: 0, area: 1, mainIsland: 0 };
    const forward = rankCandidates(context, { covered: new Set(), weights }).filter((candidate) => candidate.kode !== islet.properties.kode);
    expect(forward.map((candidate) => candidate.kode)).toEqual([west, middle, east]);
    expect(rankCandidates(reversed, { covered: new Set(), weights }).map((candidate) => candidate.kode)).toEqual([west, middle, east]);
  });

  it('uses a base location when nothing is covered, and leaves distance unknown without one', () => {
    const noBase = rankCandidates(context, { covered: new Set() });
    expect(noBase.every((candidate) => candidate.factors.find((factor) => factor.key === 'distance')?.value === null)).toBe(true);
    const withBase = rankCandidates(context, { covered: new Set(), baseLocation: [104.2, 1], weights: { frontier: 0, distance: 1, area: 0, mainIsland: 0 } });
    expect(withBase[0]?.kode).toBe(islet.properties.kode);
  });

  it('adds CSV attributes as weighted factors, missing values scoring 0', () => {
    // As the planner's factor CSV gives it (src/data/factors): east's cell is empty, the islet has no row.
    const table = { columns: ['pekerja_informal'], byKode: new Map([[west, { pekerja_informal: 100 }], [middle, { pekerja_informal: 500 }], [east, { pekerja_informal: null }]]) };
    const ranked = rankCandidates(context, { covered: new Set(), attributes: table, weights: { frontier: 0, distance: 0, area: 0, mainIsland: 0, 'attribute:pekerja_informal': 2 } });
    // east and the islet tie at 0: kode order decides.
    expect(ranked.map((candidate) => candidate.kode)).toEqual([middle, west, east, islet.properties.kode]);
    const eastFactor = ranked[2]?.factors.find((factor) => factor.key === 'attribute:pekerja_informal');
    expect(eastFactor).toMatchObject({ value: null, score: 0, weight: 2 });
  });

  it('notices a covered set mutated in place (no stale cache)', () => {
    const covered = new Set([west]);
    expect(rankCandidates(context, { covered })[0]?.kode).toBe(middle);
    covered.add(middle);
    const after = rankCandidates(context, { covered });
    expect(after[0]?.kode).toBe(east);
    expect(after[0]?.factors.find((factor) => factor.key === 'frontier')?.value).toBeGreaterThan(1100);
  });

  it('returns the top of the same order when limited', () => {
    const all = rankCandidates(context, { covered: new Set([west]) });
    expect(rankCandidates(context, { covered: new Set([west]), limit: 2 })).toEqual(all.slice(0, 2));
    expect(rankCandidates(context, { covered: new Set([west]), limit: 0 })).toEqual([]);
  });

  it('returns nothing when all are covered and rejects negative weights', () => {
    expect(rankCandidates(context, { covered: new Set(context.kodes) })).toEqual([]);
    expect(() => rankCandidates(context, { covered: new Set(), weights: { area: -1 } })).toThrow(/weight of "area"/);
  });
});
