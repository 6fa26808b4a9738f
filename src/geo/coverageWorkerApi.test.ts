import { describe, expect, it } from 'vitest';
import { createCoverageEngine } from './coverageWorkerApi';
import { prepareRanking, rankCandidates } from './rankCandidates';
import { CAMPAIGN_KODES, loadBatamKelurahan } from './fixtures/batam';

describe('createCoverageEngine (what the worker exposes)', () => {
  it('refuses queries before load', () => {
    expect(() => createCoverageEngine().place([])).toThrow(/load\(\)/);
  });

  it('places, assigns typed arrays, ranks and computes visibility for Batam', () => {
    const engine = createCoverageEngine();
    const collection = loadBatamKelurahan();
    expect(engine.load(collection)).toBe(64);
    const [placement] = engine.place([{ id: 'baliho-1', lng: 104.0058, lat: 1.1379, kelurahanKode: '21.71.09.1003' }]);
    expect(placement).toEqual({ id: 'baliho-1', actualKode: '21.71.06.1004', claimedKode: '21.71.09.1003', claimStatus: 'mismatch' });
    const areas = engine.assignPoints(new Float64Array([104.0058, 104.0]), new Float64Array([1.1379, 1.25]));
    expect(collection.features[areas[0]!]?.properties.nama).toBe('Batu Selicin');
    expect(areas[1]).toBe(-1);
    const ranked = engine.rank({ covered: new Set(CAMPAIGN_KODES) });
    expect(ranked).toHaveLength(59);
    const visibility = engine.visibility('21.71.06.1004', [{ lng: 104.0058, lat: 1.1379, type: 'baliho' }]);
    expect(visibility.visibleKm2).toBeCloseTo((Math.PI * 0.3 * 0.3), 2);
    expect(() => engine.visibility('21.71.99.9999', [])).toThrow(/unknown kelurahan 21\.71\.99\.9999/);
  });

  it('hands back a ranking context that ranks exactly like one built on the main thread', () => {
    const engine = createCoverageEngine();
    const collection = loadBatamKelurahan();
    engine.load(collection);
    // structuredClone = what crossing the worker boundary does to the result.
    const fromWorker = structuredClone(engine.prepareRanking());
    const local = prepareRanking(collection.features);
    expect(fromWorker).toEqual(local);
    const options = { covered: new Set(CAMPAIGN_KODES), weights: { frontier: 1, distance: 3, area: 0, mainIsland: 1 } };
    expect(rankCandidates(fromWorker, options)).toEqual(rankCandidates(local, options));
  });
});
