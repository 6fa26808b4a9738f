import type { Geometry } from 'geojson';
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
