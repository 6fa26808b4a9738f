import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import type { KelurahanCollection, KelurahanFeature } from '../domain/region';
import { INSTALLATION_TYPES, type InstallationInput, type InstallationStatus } from '../domain/installation';
import { seededRandom } from './fixtures/random';

// Illustrative installations for the five kelurahan the Batam Nagoya branch has
// reached. Generated, never real field data: the places and dates are random
// (but the same on every machine, so screenshots and tests agree).

/** The reached kelurahan and how many demo installations each gets. */
export const DEMO_KELURAHAN = [
  { kode: '21.71.06.1004', nama: 'Batu Selicin', count: 12 },
  { kode: '21.71.09.1003', nama: 'Sadai', count: 7 },
  { kode: '21.71.04.1001', nama: 'Sambau', count: 9 },
  { kode: '21.71.10.1003', nama: 'Teluk Tering', count: 10 },
  { kode: '21.71.02.1003', nama: 'Batu Merah', count: 6 },
] as const;

export const DEMO_INSTALLATION_COUNT = DEMO_KELURAHAN.reduce((sum, kelurahan) => sum + kelurahan.count, 0);

/** Stored on every demo row, so the label survives export and import. */
export const DEMO_NOTE = 'Data contoh (ilustrasi): lokasi dan tanggal dibuat acak, bukan hasil pendataan lapangan.';

const CAMPAIGN_START = Date.UTC(2026, 2, 1);
const CAMPAIGN_END = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;
const DEFAULT_SEED = 20260301;

function polygonParts(feature: KelurahanFeature): Polygon[] {
  const geometry = feature.geometry;
  return geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/**
 * The part that holds the label point, i.e. the kelurahan's main land: scattering
 * over every islet would put banners on rocks nobody passes.
 */
function mainPart(feature: KelurahanFeature): Polygon {
  const parts = polygonParts(feature);
  const labelled = parts.find((part) => booleanPointInPolygon(feature.properties.labelPoint, part));
  const main = labelled ?? parts[0];
  if (!main) throw new Error(`Kelurahan ${feature.properties.kode} has no polygon`);
  return main;
}

function randomPointIn(polygon: Polygon, random: () => number, kode: string): [number, number] {
  const ring = polygon.coordinates[0] ?? [];
  const longitudes = ring.map((position) => position[0] ?? 0);
  const latitudes = ring.map((position) => position[1] ?? 0);
  const [west, east, south, north] = [Math.min(...longitudes), Math.max(...longitudes), Math.min(...latitudes), Math.max(...latitudes)];
  // Rejection sampling in the bounding box; even thin coastal kelurahan accept well over 1 in 100 tries.
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const point: [number, number] = [west + random() * (east - west), south + random() * (north - south)];
    if (booleanPointInPolygon(point, polygon)) return [round(point[0]), round(point[1])];
  }
  throw new Error(`Could not place a demo point inside kelurahan ${kode}`);
}

/** 6 decimals ≈ 0.1 m, what a phone GPS reading would show. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Demo installations in the five reached kelurahan: every type in each, dated in
 * the campaign (March to October 2026), three damaged (`rusak`) and one taken
 * down (`dilepas`). Pure: the same collection and seed give the same rows.
 * Throws naming the kelurahan if the boundary data lacks one of them.
 */
export function generateDemoInstallations(kelurahan: KelurahanCollection, seed = DEFAULT_SEED): InstallationInput[] {
  const random = seededRandom(seed);
  const byKode = new Map(kelurahan.features.map((feature) => [feature.properties.kode, feature]));
  const inputs: InstallationInput[] = [];
  for (const [kelurahanIndex, { kode, nama, count }] of DEMO_KELURAHAN.entries()) {
    const feature = byKode.get(kode);
    if (!feature) throw new Error(`Demo kelurahan ${nama} (${kode}) is missing from the boundary data`);
    const polygon = mainPart(feature);
    for (let index = 0; index < count; index += 1) {
      const [lng, lat] = randomPointIn(polygon, random, kode);
      const installedTime = CAMPAIGN_START + Math.floor(random() * ((CAMPAIGN_END - CAMPAIGN_START) / DAY_MS - 60)) * DAY_MS;
      // Fixed positions rather than chance, so every seed shows the same story:
      // one removal in the whole set, a damaged one in every other kelurahan.
      const removed = kelurahanIndex === DEMO_KELURAHAN.length - 1 && index === 0;
      const damaged = kelurahanIndex % 2 === 0 && index === 3;
      const status: InstallationStatus = removed ? 'dilepas' : damaged ? 'rusak' : 'terpasang';
      inputs.push({
        // Cycling the types guarantees each kelurahan (4+ rows) has every type.
        type: INSTALLATION_TYPES[(index + kelurahanIndex) % INSTALLATION_TYPES.length] ?? 'baliho',
        lat,
        lng,
        kelurahanKode: kode,
        installedAt: isoDay(installedTime),
        status,
        ...(removed ? { removedAt: isoDay(installedTime + 45 * DAY_MS) } : {}),
        notes: DEMO_NOTE,
        source: 'demo',
      });
    }
  }
  return inputs;
}
