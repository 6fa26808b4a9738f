import type { GeodataIndex, KecamatanCollection, KelurahanCollection, RegionEntry } from '../geo/types';

// Boundary layers are static build outputs of `npm run geodata`, served from public/geodata/.
const base = `${import.meta.env.BASE_URL}geodata/`;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function loadGeodataIndex(): Promise<GeodataIndex> {
  return fetchJson<GeodataIndex>('index.json');
}

export interface RegionLayers {
  region: RegionEntry;
  kelurahan: KelurahanCollection;
  kecamatan: KecamatanCollection;
  boundary: GeoJSON.FeatureCollection;
}

export async function loadRegionLayers(region: RegionEntry): Promise<RegionLayers> {
  const [kelurahan, kecamatan, boundary] = await Promise.all([
    fetchJson<KelurahanCollection>(region.files.kelurahan),
    fetchJson<KecamatanCollection>(region.files.kecamatan),
    fetchJson<GeoJSON.FeatureCollection>(region.files.boundary),
  ]);
  return { region, kelurahan, kecamatan, boundary };
}
