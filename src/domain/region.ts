import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** [lng, lat], GeoJSON order. */
export type LngLat = [number, number];

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** Properties the geodata pipeline derives for each kelurahan (see geodata/README.md). */
export interface KelurahanProperties {
  /** Official code, e.g. `21.71.06.1004` */
  kode: string;
  nama: string;
  kecamatanKode: string;
  kecamatan: string;
  kotaKode: string;
  kota: string;
  areaKm2: number;
  /** A point guaranteed inside the kelurahan, on its largest part. */
  labelPoint: LngLat;
  /** Codes of kelurahan whose border runs within 5 m for at least 100 m. */
  neighbors: string[];
}

export type KelurahanFeature = Feature<Polygon | MultiPolygon, KelurahanProperties>;
export type KelurahanCollection = FeatureCollection<Polygon | MultiPolygon, KelurahanProperties>;

export interface KecamatanProperties {
  kode: string;
  nama: string;
}
export type KecamatanCollection = FeatureCollection<Polygon | MultiPolygon, KecamatanProperties>;

export interface SourceFile {
  path: string;
  sha256: string;
}

/** One region in `public/geodata/index.json`. */
export interface RegionEntry {
  /** Kota/kabupaten code, e.g. `21.71` */
  code: string;
  name: string;
  bbox: BBox;
  counts: { kecamatan: number; kelurahan: number };
  /** Paths relative to `public/geodata/`. */
  files: { kelurahan: string; kecamatan: string; boundary: string };
  source: { repository: string; commit: string; license: string; files: SourceFile[] };
  builtAt: string;
}

export interface GeodataIndex {
  defaultRegion: string;
  regions: RegionEntry[];
}
