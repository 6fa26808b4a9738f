import type { GeodataIndex, KecamatanCollection, KelurahanCollection, RegionEntry } from '../domain/region';

// Boundary layers are static build outputs of `npm run geodata`, served from public/geodata/.
const base = `${import.meta.env.BASE_URL}geodata/`;

/**
 * Why boundary data could not be loaded, in terms a user can act on: no connection
 * (`network`: try again), the file is not on the server (`missing`: the data was never
 * built there), the server failed (`server`, with its HTTP status), or the file is not the
 * GeoJSON the app expects (`invalid`).
 */
export type GeodataErrorKind = 'network' | 'missing' | 'server' | 'invalid';

export class GeodataError extends Error {
  constructor(
    readonly kind: GeodataErrorKind,
    /** The file, relative to geodata/. */
    readonly path: string,
    /** What went wrong, technically (for the details line and bug reports). */
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'GeodataError';
  }
}

async function fetchJson(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(base + path);
  } catch (error) {
    throw new GeodataError('network', path, error instanceof Error ? error.message : String(error));
  }
  if (response.status === 404) throw new GeodataError('missing', path, 'HTTP 404', 404);
  if (!response.ok) throw new GeodataError('server', path, `HTTP ${response.status}`, response.status);
  try {
    return await response.json();
  } catch (error) {
    throw new GeodataError('invalid', path, error instanceof Error ? error.message : String(error));
  }
}

async function fetchCollection<T extends GeoJSON.FeatureCollection>(path: string): Promise<T> {
  const data = await fetchJson(path);
  const collection = data as Partial<GeoJSON.FeatureCollection> | null;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new GeodataError('invalid', path, 'not a GeoJSON FeatureCollection');
  }
  return data as T;
}

export async function loadGeodataIndex(): Promise<GeodataIndex> {
  const index = (await fetchJson('index.json')) as Partial<GeodataIndex> | null;
  if (!Array.isArray(index?.regions)) throw new GeodataError('invalid', 'index.json', 'no list of regions');
  return index as GeodataIndex;
}

export interface RegionLayers {
  region: RegionEntry;
  kelurahan: KelurahanCollection;
  kecamatan: KecamatanCollection;
  boundary: GeoJSON.FeatureCollection;
}

export async function loadRegionLayers(region: RegionEntry): Promise<RegionLayers> {
  const [kelurahan, kecamatan, boundary] = await Promise.all([
    fetchCollection<KelurahanCollection>(region.files.kelurahan),
    fetchCollection<KecamatanCollection>(region.files.kecamatan),
    fetchCollection<GeoJSON.FeatureCollection>(region.files.boundary),
  ]);
  return { region, kelurahan, kecamatan, boundary };
}

/** The default region of the index (else its first) and its layers. */
export async function loadDefaultRegion(): Promise<RegionLayers> {
  const index = await loadGeodataIndex();
  const region = index.regions.find((entry) => entry.code === index.defaultRegion) ?? index.regions[0];
  if (!region) throw new GeodataError('invalid', 'index.json', 'the index lists no region');
  return loadRegionLayers(region);
}
