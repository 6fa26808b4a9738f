import type { Feature, Geometry } from 'geojson';
import type { BBox } from '../../geo/types';

/** [west, south, east, north] of any polygonal or point geometry; undefined when it has no coordinates. */
export function geometryBounds(geometry: Geometry): BBox | undefined {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      const [lng, lat] = value as [number, number];
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      return;
    }
    for (const item of value) visit(item);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((part) => visit('coordinates' in part ? part.coordinates : []));
  else visit(geometry.coordinates);
  return Number.isFinite(west) ? [west, south, east, north] : undefined;
}

/** Bounds of the features `keep` accepts, e.g. the kelurahan the shared filters leave; undefined when none has coordinates. */
export function featuresBounds<F extends Feature>(features: readonly F[], keep: (feature: F) => boolean): BBox | undefined {
  let union: BBox | undefined;
  for (const feature of features) {
    if (!keep(feature)) continue;
    const box = geometryBounds(feature.geometry);
    if (!box) continue;
    union = union ? [Math.min(union[0], box[0]), Math.min(union[1], box[1]), Math.max(union[2], box[2]), Math.max(union[3], box[3])] : box;
  }
  return union;
}
