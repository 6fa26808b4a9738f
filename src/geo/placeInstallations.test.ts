import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from './assignToAreas';
import { squareGrid } from './fixtures/squares';
import { checkClaim, placeInstallations } from './placeInstallations';

describe('placeInstallations', () => {
  const features = squareGrid(2, 1, 0.01, 104, 1);
  const kodes = features.map((feature) => feature.properties.kode);
  const index = buildAreaIndex(features);

  it('compares claimed with actual kelurahan', () => {
    const placements = placeInstallations(index, kodes, [
      { id: 'a', lng: 104.005, lat: 1.005, kelurahanKode: kodes[0] },
      { id: 'b', lng: 104.015, lat: 1.005, kelurahanKode: kodes[0] },
      { id: 'c', lng: 104.015, lat: 1.005 },
      { id: 'd', lng: 105, lat: 1.005, kelurahanKode: kodes[0] },
    ]);
    expect(placements).toEqual([
      { id: 'a', actualKode: kodes[0], claimedKode: kodes[0], claimStatus: 'match' },
      { id: 'b', actualKode: kodes[1], claimedKode: kodes[0], claimStatus: 'mismatch' },
      { id: 'c', actualKode: kodes[1], claimedKode: null, claimStatus: 'unclaimed' },
      { id: 'd', actualKode: null, claimedKode: kodes[0], claimStatus: 'outside' },
    ]);
  });

  it('handles no installations and rejects a kode list that does not match the index', () => {
    expect(placeInstallations(index, kodes, [])).toEqual([]);
    expect(() => placeInstallations(index, kodes.slice(1), [])).toThrow(/1 kodes for an index of 2 areas/);
  });

  it('treats an empty claimed kode as unclaimed', () => {
    expect(checkClaim('', '21.71.06.1004')).toBe('unclaimed');
  });
});
