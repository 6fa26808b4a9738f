import type { MultiPolygon } from 'geojson';
import type { KelurahanCollection } from '../../domain/region';

/**
 * The kelurahan polygons as a few flat typed arrays, for the trip to the
 * import worker. Posting the GeoJSON itself makes the page serialise tens of
 * thousands of small coordinate arrays in one task; typed arrays are copied
 * as one block each. Feature f owns parts `featureParts[f]..featureParts[f+1]`,
 * part p owns rings `partRings[p]..partRings[p+1]`, ring r owns vertices
 * `ringVertices[r]..ringVertices[r+1]` of `coordinates` (lng, lat interleaved).
 */
export interface PackedKelurahan {
  kodes: string[];
  featureParts: Uint32Array;
  partRings: Uint32Array;
  ringVertices: Uint32Array;
  coordinates: Float64Array;
}

export interface UnpackedArea {
  kode: string;
  geometry: MultiPolygon;
}

const packed = new WeakMap<KelurahanCollection, PackedKelurahan>();

/** Packs once per collection (one pass over the vertices); later imports reuse it. */
export function packKelurahan(collection: KelurahanCollection): PackedKelurahan {
  const known = packed.get(collection);
  if (known) return known;
  const featureParts = [0];
  const partRings = [0];
  const ringVertices = [0];
  let vertexCount = 0;
  const polygonsOf = (geometry: KelurahanCollection['features'][number]['geometry']) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
  for (const { geometry } of collection.features) {
    for (const rings of polygonsOf(geometry)) {
      for (const ring of rings) ringVertices.push((vertexCount += ring.length));
      partRings.push(ringVertices.length - 1);
    }
    featureParts.push(partRings.length - 1);
  }
  const coordinates = new Float64Array(vertexCount * 2);
  let offset = 0;
  for (const { geometry } of collection.features) {
    for (const rings of polygonsOf(geometry)) {
      for (const ring of rings) {
        for (const [lng, lat] of ring) {
          coordinates[offset++] = lng!;
          coordinates[offset++] = lat!;
        }
      }
    }
  }
  const result: PackedKelurahan = {
    kodes: collection.features.map(({ properties }) => properties.kode),
    featureParts: Uint32Array.from(featureParts),
    partRings: Uint32Array.from(partRings),
    ringVertices: Uint32Array.from(ringVertices),
    coordinates,
  };
  packed.set(collection, result);
  return result;
}

/** The polygons again, in the worker, as the point-in-polygon index takes them. */
export function unpackKelurahan({ kodes, featureParts, partRings, ringVertices, coordinates }: PackedKelurahan): UnpackedArea[] {
  return kodes.map((kode, feature) => {
    const polygons: number[][][][] = [];
    for (let part = featureParts[feature]!; part < featureParts[feature + 1]!; part++) {
      const rings: number[][][] = [];
      for (let ring = partRings[part]!; ring < partRings[part + 1]!; ring++) {
        const vertices: number[][] = [];
        for (let vertex = ringVertices[ring]!; vertex < ringVertices[ring + 1]!; vertex++) vertices.push([coordinates[2 * vertex]!, coordinates[2 * vertex + 1]!]);
        rings.push(vertices);
      }
      polygons.push(rings);
    }
    return { kode, geometry: { type: 'MultiPolygon', coordinates: polygons } };
  });
}
