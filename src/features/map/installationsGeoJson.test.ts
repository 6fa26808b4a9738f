import { describe, expect, it } from 'vitest';
import type { Installation } from '../../data/installation';
import { dayNumber, installationColumns } from '../../geo/installationColumns';
import { countTypes, GEOJSON_TEXT_HEAD, GEOJSON_TEXT_TAIL, installationFeaturesText, installationsToGeoJson } from './installationsGeoJson';

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

  it('makes one point per installation in [lng, lat] order, with the located kelurahan and what the filters test', () => {
    const result = installationsToGeoJson(installations, located);
    expect(result.features).toHaveLength(3);
    expect(result.features[1]).toMatchObject({
      geometry: { type: 'Point', coordinates: [104.1, 1.05] },
      properties: { id: 'b', type: 'poster', status: 'rusak', recordedStatus: 'rusak', kelurahanKode: '', installedDay: dayNumber('2026-03-01') },
    });
    expect(result.features[0]!.properties.kelurahanKode).toBe('21.71.09.1003');
  });

  it('shows the status on the as-of date and hides what was not yet put up; the filters still see the recorded status', () => {
    const before = installationsToGeoJson(installations, located, { asOf: '2026-04-30' });
    expect(before.features.map((feature) => feature.properties.id)).toEqual(['a', 'b']);
    const during = installationsToGeoJson(installations, located, { asOf: '2026-05-15' });
    expect(during.features.find((feature) => feature.properties.id === 'c')?.properties).toMatchObject({ status: 'terpasang', recordedStatus: 'dilepas' });
    const after = installationsToGeoJson(installations, located, { asOf: '2026-06-02' });
    expect(after.features.find((feature) => feature.properties.id === 'c')?.properties.status).toBe('dilepas');
  });
});

describe('installationFeaturesText', () => {
  const installations = [
    installation('late', { installedAt: '2026-09-01' }),
    installation('quote "and" \\ back', { type: 'banner', lng: 104.123456789, lat: -0.5 }),
    installation('late-too', { installedAt: '2026-09-02', type: 'poster' }),
    installation('x', { type: 'spanduk', status: 'dilepas', removedAt: '2026-04-01' }),
    installation('y', { type: 'poster', lng: 1e-7 }),
  ];
  const located = [null, '21.71.06.1004', undefined, '21.71.02.1003', null];

  /** Writes the text in slices of `size`, as useInstallationPoints does. */
  function writeText(size: number, asOf: string) {
    const legendCodes = new Int8Array(installations.length);
    let text = GEOJSON_TEXT_HEAD;
    let written = 0;
    for (let start = 0; start < installations.length; start += size) {
      const source = { installations, columns: installationColumns(installations), actualKode: located };
      const slice = installationFeaturesText(source, dayNumber(asOf), { start, end: Math.min(start + size, installations.length), afterFeature: written > 0 }, legendCodes);
      text += slice.text;
      written += slice.written;
    }
    return { text: text + GEOJSON_TEXT_TAIL, legendCodes, written };
  }

  it.each([1, 2, 5])('writes exactly the collection installationsToGeoJson makes, in slices of %i', (size) => {
    // Before, during and after x stood (removed 2026-04-01, recorded dilepas), and after the late ones went up.
    for (const asOf of ['2026-03-15', '2026-04-01', '2026-08-31', '2026-12-31']) {
      const { text, written } = writeText(size, asOf);
      const expected = installationsToGeoJson(installations, located, { asOf });
      expect(JSON.parse(text)).toEqual(expected);
      expect(written).toBe(expected.features.length);
    }
  });

  it('records each type code for the legend, -1 for what is not yet up', () => {
    const { legendCodes } = writeText(2, '2026-08-31');
    // INSTALLATION_TYPES order: baliho, spanduk, banner, poster.
    expect([...legendCodes]).toEqual([-1, 2, -1, 1, 3]);
  });
});

describe('countTypes', () => {
  it('counts the kept installations per type, leaving out those not on the map', () => {
    const codes = Int8Array.of(0, 3, -1, 3, 1);
    expect(countTypes(codes, Uint32Array.of(1, 2, 3, 4))).toEqual({ baliho: 0, spanduk: 1, banner: 0, poster: 2 });
    expect(countTypes(codes, Uint32Array.of())).toEqual({ baliho: 0, spanduk: 0, banner: 0, poster: 0 });
  });

  it('ignores positions past the codes (codes of the previous data while new ones are written)', () => {
    expect(countTypes(Int8Array.of(0), Uint32Array.of(0, 5))).toEqual({ baliho: 1, spanduk: 0, banner: 0, poster: 0 });
  });
});
