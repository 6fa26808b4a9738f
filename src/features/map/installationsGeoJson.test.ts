import { describe, expect, it } from 'vitest';
import type { Installation } from '../../data/installation';
import { installationsToGeoJson } from './installationsGeoJson';

function installation(id: string, overrides: Partial<Installation> = {}): Installation {
  return {
    id, type: 'baliho', lat: 1.1, lng: 104.0, kelurahanKode: '21.71.06.1004', installedAt: '2026-03-01',
    status: 'terpasang', notes: '', source: 'demo', createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

describe('installationsToGeoJson', () => {
  const installations = [
    installation('a'),
    installation('b', { type: 'poster', status: 'rusak', lng: 104.1, lat: 1.05 }),
    installation('c', { type: 'spanduk', installedAt: '2026-05-01', status: 'dilepas', removedAt: '2026-06-01' }),
  ];
  const located = ['21.71.09.1003', null, '21.71.06.1004'];

  it('makes one point per installation in [lng, lat] order, with the located kelurahan', () => {
    const result = installationsToGeoJson(installations, located);
    expect(result.features).toHaveLength(3);
    expect(result.features[1]).toMatchObject({ geometry: { type: 'Point', coordinates: [104.1, 1.05] }, properties: { id: 'b', type: 'poster', status: 'rusak', kelurahanKode: '' } });
    expect(result.features[0]!.properties.kelurahanKode).toBe('21.71.09.1003');
  });

  it('keeps only the filtered positions, in their order', () => {
    const result = installationsToGeoJson(installations, located, { indexes: Uint32Array.from([0, 2]) });
    expect(result.features.map((feature) => feature.properties.id)).toEqual(['a', 'c']);
  });

  it('shows the status on the as-of date and hides what was not yet put up', () => {
    const before = installationsToGeoJson(installations, located, { asOf: '2026-04-30' });
    expect(before.features.map((feature) => feature.properties.id)).toEqual(['a', 'b']);
    const during = installationsToGeoJson(installations, located, { asOf: '2026-05-15' });
    expect(during.features.find((feature) => feature.properties.id === 'c')?.properties.status).toBe('terpasang');
    const after = installationsToGeoJson(installations, located, { asOf: '2026-06-02' });
    expect(after.features.find((feature) => feature.properties.id === 'c')?.properties.status).toBe('dilepas');
  });
});
