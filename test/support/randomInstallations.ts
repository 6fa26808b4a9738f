import type { InstallationInput } from '../../src/domain/installation';
import { INSTALLATION_TYPES } from '../../src/domain/installation';
import { seededRandom } from '../../src/geo/fixtures/random';

/** Batam's bounding box (public/geodata/index.json), [west, south, east, north]. */
export const BATAM_BBOX = [103.651433, 0.46261, 104.371152, 1.206242] as const;

export function randomPoints(count: number, seed: number, [west, south, east, north] = BATAM_BBOX): { lngs: Float64Array; lats: Float64Array } {
  const random = seededRandom(seed);
  const lngs = new Float64Array(count);
  const lats = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    lngs[i] = west + random() * (east - west);
    lats[i] = south + random() * (north - south);
  }
  return { lngs, lats };
}

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Random installations over the whole box (about half land in a kelurahan), dated through
 * 2026, with every status: some taken down, with removal dates before and after any as-of date.
 */
export function randomInstallations(count: number, seed: number): InstallationInput[] {
  const random = seededRandom(seed);
  const { lngs, lats } = randomPoints(count, seed + 1);
  return Array.from({ length: count }, (_, i) => {
    const installed = Math.floor(random() * 330);
    const roll = random();
    const status = roll < 0.6 ? 'terpasang' : roll < 0.8 ? 'rusak' : 'dilepas';
    return {
      type: INSTALLATION_TYPES[Math.floor(random() * INSTALLATION_TYPES.length)]!,
      lat: Math.round(lats[i]! * 1e6) / 1e6,
      lng: Math.round(lngs[i]! * 1e6) / 1e6,
      installedAt: day(installed),
      status,
      ...(status === 'dilepas' ? { removedAt: day(installed + Math.floor(random() * 120)) } : {}),
      notes: '',
      source: 'import',
    };
  });
}
