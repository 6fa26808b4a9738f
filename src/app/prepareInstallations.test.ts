import { describe, expect, it } from 'vitest';
import type { Installation } from '../domain/installation';
import { installationColumns } from '../geo/installationColumns';
import { buildAreaIndex } from '../geo/assignToAreas';
import { loadBatamKelurahan } from '../geo/fixtures/batam';
import { kodesOfAreas, locateInstallations } from '../geo/placeInstallations';
import { prepareInstallations, prepareNow } from './prepareInstallations';

const features = loadBatamKelurahan().features;
const kodes = features.map((feature) => feature.properties.kode);
const areaIndex = buildAreaIndex(features);

let seed = 9;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const installations: Installation[] = Array.from({ length: 1500 }, (_, index) => ({
  id: `p${index}`, type: 'baliho', status: 'terpasang', installedAt: `2026-0${1 + (index % 9)}-1${index % 10}`,
  // Batam's extent and a little beyond: points inside, at sea and outside.
  lng: 103.85 + random() * 0.4, lat: 0.95 + random() * 0.35,
  notes: '', source: 'import', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
}));

describe('prepareInstallations', () => {
  const expectedAreas = locateInstallations(areaIndex, installations);

  it('gives exactly the one-pass result whatever the slice size', async () => {
    expect(new Set(expectedAreas).size).toBeGreaterThan(30);
    expect(expectedAreas).toContain(-1);
    for (const sliceSize of [1, 7, 500, 1500, 10_000]) {
      let yields = 0;
      const prepared = await prepareInstallations(installations, areaIndex, kodes, { sliceSize, yieldToMain: async () => void (yields += 1) });
      expect(prepared?.installations).toBe(installations);
      expect(prepared?.columns).toEqual(installationColumns(installations));
      expect(prepared?.areaPerInstallation).toEqual(expectedAreas);
      expect(prepared?.actualKode).toEqual(kodesOfAreas(expectedAreas, kodes));
      // It really gave the main thread back between slices (and once before publishing).
      expect(yields).toBe(Math.ceil(installations.length / sliceSize));
    }
    expect(prepareNow(installations, areaIndex, kodes).areaPerInstallation).toEqual(expectedAreas);
  });

  it('stops without a result when aborted (a newer list arrived)', async () => {
    const controller = new AbortController();
    let slices = 0;
    const result = prepareInstallations(installations, areaIndex, kodes, {
      sliceSize: 100, signal: controller.signal, yieldToMain: async () => {
        slices += 1;
        if (slices === 3) controller.abort();
      },
    });
    await expect(result).resolves.toBeUndefined();
    expect(slices).toBe(3);
  });

  it('rejects with the row and field of a stored row it cannot read, instead of computing wrong coverage', async () => {
    const broken = installations.map((installation, index) => (index === 1234 ? { ...installation, removedAt: '2026-02-31' } : installation));
    await expect(prepareInstallations(broken, areaIndex, kodes, { sliceSize: 500, yieldToMain: async () => undefined }))
      .rejects.toThrow('Installation 1235, removedAt: Not a YYYY-MM-DD date: "2026-02-31"');
  });
});
