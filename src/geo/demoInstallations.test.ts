import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KelurahanCollection, KelurahanFeature } from '../domain/region';
import { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN, DEMO_NOTE, generateDemoInstallations } from './demoInstallations';
import { INSTALLATION_TYPES, installationInputSchema } from '../domain/installation';

/** A square of `size` degrees at (west, south), optionally with a far islet that holds no label point. */
function square(kode: string, west: number, south: number, size: number, withIslet = false): KelurahanFeature {
  const ring = (x: number, y: number, side: number) => [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]];
  return {
    type: 'Feature',
    properties: {
      kode,
      nama: kode,
      kecamatanKode: kode.slice(0, 8),
      kecamatan: 'K',
      kotaKode: '21.71',
      kota: 'Batam',
      areaKm2: 1,
      labelPoint: [west + size / 2, south + size / 2],
      neighbors: [],
    },
    geometry: withIslet
      ? { type: 'MultiPolygon', coordinates: [ring(west + 1, south + 1, 0.5), ring(west, south, size)] }
      : { type: 'Polygon', coordinates: ring(west, south, size) },
  };
}

const synthetic: KelurahanCollection = {
  type: 'FeatureCollection',
  features: DEMO_KELURAHAN.map(({ kode }, index) => square(kode, 104 + index * 0.02, 1.05, 0.01, index === 0)),
};

describe('generateDemoInstallations', () => {
  const inputs = generateDemoInstallations(synthetic);

  it('gives every reached kelurahan its rows, all valid, labelled as demo', () => {
    expect(inputs).toHaveLength(DEMO_INSTALLATION_COUNT);
    for (const { kode, count } of DEMO_KELURAHAN) {
      expect(inputs.filter((input) => input.kelurahanKode === kode)).toHaveLength(count);
    }
    for (const input of inputs) {
      expect(installationInputSchema.safeParse(input).success).toBe(true);
      expect(input).toMatchObject({ source: 'demo', notes: DEMO_NOTE });
    }
  });

  it('puts each point inside its kelurahan, on the part with the label point', () => {
    const byKode = new Map(synthetic.features.map((feature) => [feature.properties.kode, feature]));
    for (const input of inputs) {
      const feature = byKode.get(input.kelurahanKode ?? '');
      expect(feature && booleanPointInPolygon([input.lng, input.lat], feature)).toBe(true);
      if (feature?.geometry.type === 'MultiPolygon') expect(input.lng).toBeLessThan(104.011);
    }
  });

  it('has every type in every kelurahan, campaign dates, some damage and one removal', () => {
    for (const { kode } of DEMO_KELURAHAN) {
      const types = new Set(inputs.filter((input) => input.kelurahanKode === kode).map((input) => input.type));
      expect([...types].sort()).toEqual([...INSTALLATION_TYPES].sort());
    }
    for (const input of inputs) {
      expect(input.installedAt >= '2026-03-01' && input.installedAt <= '2026-10-31').toBe(true);
      if (input.removedAt) expect(input.removedAt <= '2026-10-31').toBe(true);
    }
    expect(inputs.filter((input) => input.status === 'rusak').length).toBeGreaterThanOrEqual(2);
    expect(inputs.filter((input) => input.status === 'dilepas')).toHaveLength(1);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoInstallations(synthetic)).toEqual(inputs);
    expect(generateDemoInstallations(synthetic, 7)).not.toEqual(inputs);
  });

  it('names a reached kelurahan that the boundary data lacks', () => {
    const withoutSadai = { ...synthetic, features: synthetic.features.filter((feature) => feature.properties.kode !== '21.71.09.1003') };
    expect(() => generateDemoInstallations(withoutSadai)).toThrow(/Sadai \(21\.71\.09\.1003\)/);
  });
});

const realPath = 'public/geodata/21.71/kelurahan.geojson';

// Built by `npm run geodata` (git-ignored), which `npm test` runs first.
describe.skipIf(!existsSync(realPath))('generateDemoInstallations on the real Batam boundaries', () => {
  it('places every demo point inside its own kelurahan and no other', () => {
    const kelurahan = JSON.parse(readFileSync(realPath, 'utf8')) as KelurahanCollection;
    for (const input of generateDemoInstallations(kelurahan)) {
      const containing = kelurahan.features.filter((feature) => booleanPointInPolygon([input.lng, input.lat], feature));
      expect(containing.map((feature) => feature.properties.kode)).toEqual([input.kelurahanKode]);
    }
  });
});
