import type { MultiPolygon, Polygon, Position } from 'geojson';

// A static SVG rendering of the kelurahan for print and PNG export: no WebGL,
// so it prints the same on every machine and in headless browsers.

export interface StaticShape {
  kode: string;
  /** SVG path data in the returned viewBox's units. */
  d: string;
}

export interface StaticMap {
  width: number;
  height: number;
  shapes: StaticShape[];
}

interface Shape {
  kode: string;
  geometry: Polygon | MultiPolygon;
}

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/**
 * Projects shapes to a `width`-wide canvas at most `maxHeight` high: plate carrée
 * with longitude scaled by cos(mid latitude), which near the equator (Batam, 1° N)
 * is within 0.02 % of true shape, and north up. A region taller than the box is
 * fitted to its height and centred across the width, so a tall kecamatan does not
 * make the drawing (and the legend below it) shrink on the page. Rings become
 * `M…L…Z` with one decimal; holes render with `fill-rule: evenodd`.
 */
export function projectShapes(shapes: readonly Shape[], width: number, maxHeight = Infinity): StaticMap {
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const shape of shapes) for (const polygon of polygonsOf(shape.geometry)) for (const ring of polygon) for (const [lng = NaN, lat = NaN] of ring) {
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  if (!(east > west) || !(north > south)) return { width, height: 0, shapes: [] };
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((east - west) * xScale), maxHeight / (north - south));
  const left = (width - (east - west) * xScale * scale) / 2;
  const height = Math.round((north - south) * scale * 10) / 10;
  const point = ([lng = NaN, lat = NaN]: Position) => `${(left + (lng - west) * xScale * scale).toFixed(1)} ${((north - lat) * scale).toFixed(1)}`;
  return {
    width,
    height,
    shapes: shapes.map((shape) => ({
      kode: shape.kode,
      d: polygonsOf(shape.geometry)
        .flatMap((polygon) => polygon.map((ring) => `M${ring.map(point).join('L')}Z`))
        .join(''),
    })),
  };
}
