import type { MultiPolygon, Polygon, Position } from 'geojson';

// A static SVG rendering of the kelurahan for print and PNG export: no WebGL,
// so it prints the same on every machine and in headless browsers.

export interface StaticShape {
  kode: string;
  /** SVG path data in the returned viewBox's units. */
  d: string;
  /** Where its name goes, in the same units (from the shape's label point, when it has one). */
  labelAt?: { x: number; y: number };
}

export interface StaticMap {
  width: number;
  height: number;
  shapes: StaticShape[];
}

interface Shape {
  kode: string;
  geometry: Polygon | MultiPolygon;
  /** [lng, lat] of a point inside the shape for its name (the pipeline's label point). */
  labelPoint?: Position;
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
  const x = (lng: number) => Math.round((left + (lng - west) * xScale * scale) * 10) / 10;
  const y = (lat: number) => Math.round((north - lat) * scale * 10) / 10;
  const point = ([lng = NaN, lat = NaN]: Position) => `${x(lng).toFixed(1)} ${y(lat).toFixed(1)}`;
  return {
    width,
    height,
    shapes: shapes.map((shape) => ({
      kode: shape.kode,
      d: polygonsOf(shape.geometry)
        .flatMap((polygon) => polygon.map((ring) => `M${ring.map(point).join('L')}Z`))
        .join(''),
      ...(shape.labelPoint ? { labelAt: { x: x(shape.labelPoint[0] ?? NaN), y: y(shape.labelPoint[1] ?? NaN) } } : {}),
    })),
  };
}

/** A name to print on the static map, centred on its point. */
export interface StaticLabel {
  kode: string;
  text: string;
  x: number;
  y: number;
}

/** Size of a label's box: `charWidth` per character across, `lineHeight` down (viewBox units). */
export interface LabelMetrics {
  charWidth: number;
  lineHeight: number;
}

/** Kelurahan names on the static map: font size, and a box that holds them (a sans serif's ~0.56 em a character, with its halo). */
export const LABEL_FONT_SIZE = 11;
export const LABEL_METRICS: LabelMetrics = { charWidth: 6.4, lineHeight: 14 };

/**
 * The labels that can be printed without covering each other, taken in the order given
 * (most important first): each is kept when its box, centred on its point, lies inside the
 * `width` × `height` map and overlaps no box kept before it. A label without text stands for
 * a `blankSize`-wide square (a numbered marker) that the names must keep clear of.
 */
export function placeLabels(candidates: readonly StaticLabel[], width: number, height: number, { charWidth, lineHeight }: LabelMetrics, blankSize = 0): StaticLabel[] {
  const kept: { label: StaticLabel; left: number; top: number; right: number; bottom: number }[] = [];
  for (const label of candidates) {
    if (!label.text) {
      const half = blankSize / 2;
      kept.push({ label, left: label.x - half, top: label.y - half, right: label.x + half, bottom: label.y + half });
      continue;
    }
    const halfWidth = (label.text.length * charWidth) / 2;
    const box = { label, left: label.x - halfWidth, top: label.y - lineHeight / 2, right: label.x + halfWidth, bottom: label.y + lineHeight / 2 };
    if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) continue;
    if (kept.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom)) continue;
    kept.push(box);
  }
  return kept.map(({ label }) => label);
}

/** A kelurahan whose name does not fit on the map: a number at its point, keyed beside the map. */
export interface StaticMarker {
  kode: string;
  number: number;
  x: number;
  y: number;
  /** The kelurahan's point, when the number had to move off it (another number was there): a leader line joins them. */
  from?: { x: number; y: number };
}

/** A marker's circle: its radius (viewBox units), room for two digits at the label font size. */
export const MARKER_RADIUS = 8;

// Where a number may go when its point is taken: the point, then a ring just clear of it (eight
// directions, nearest first), then a wider ring.
const MARKER_SPOTS = [0, 2.4, 4].flatMap((distance) =>
  (distance === 0 ? [0] : [0, 1, 2, 3, 4, 5, 6, 7]).map((step) => [distance * MARKER_RADIUS * Math.cos((step * Math.PI) / 4), distance * MARKER_RADIUS * -Math.sin((step * Math.PI) / 4)] as const));

/** Numbers at their points, each moved to the first spot clear of the numbers before it (and inside the map). */
function placeMarkers(points: readonly StaticLabel[], width: number, height: number): StaticMarker[] {
  const placed: StaticMarker[] = [];
  for (const [index, point] of points.entries()) {
    const clear = (x: number, y: number) =>
      x >= MARKER_RADIUS && y >= MARKER_RADIUS && x <= width - MARKER_RADIUS && y <= height - MARKER_RADIUS &&
      placed.every((other) => Math.hypot(other.x - x, other.y - y) >= MARKER_RADIUS * 2);
    const [dx, dy] = MARKER_SPOTS.find(([spotX, spotY]) => clear(point.x + spotX, point.y + spotY)) ?? [0, 0];
    const x = Math.round((point.x + dx) * 10) / 10;
    const y = Math.round((point.y + dy) * 10) / 10;
    placed.push({ kode: point.kode, number: index + 1, x, y, ...(dx || dy ? { from: { x: point.x, y: point.y } } : {}) });
  }
  return placed;
}

/**
 * Names for the static map where every `required` kelurahan (the covered ones) must be found:
 * each required name that cannot be placed clear of the others becomes a number (1, 2, … in the
 * order given) at its point (or just beside it, with a leader line, where another number stands),
 * and the remaining names are placed clear of those numbers. The other candidates are named only
 * where they fit; a name near the map's edge slides inside it.
 */
export function placeLabelsOrNumbers(
  candidates: readonly StaticLabel[],
  isRequired: (kode: string) => boolean,
  width: number,
  height: number,
  metrics: LabelMetrics,
): { labels: StaticLabel[]; markers: StaticMarker[] } {
  // A name whose point lies near the map's edge is slid inside it (still over its point) rather than left out.
  const inside = candidates.map((label) => {
    const half = (label.text.length * metrics.charWidth) / 2;
    const x = Math.min(Math.max(label.x, half), width - half);
    const y = Math.min(Math.max(label.y, metrics.lineHeight / 2), height - metrics.lineHeight / 2);
    return Math.abs(x - label.x) <= half && Math.abs(y - label.y) <= metrics.lineHeight / 2 ? { ...label, x, y } : label;
  });
  const numbered = new Set<string>();
  // Each round numbers the required names that did not fit; a number can push a name placed before
  // out, so it repeats until every required kelurahan is named or numbered (at most once per name).
  for (;;) {
    const markers = placeMarkers(candidates.filter((label) => numbered.has(label.kode)), width, height);
    const obstacles = markers.map((marker) => ({ kode: marker.kode, text: '', x: marker.x, y: marker.y }));
    const named = placeLabels([...obstacles, ...inside.filter((label) => !numbered.has(label.kode))], width, height, metrics, MARKER_RADIUS * 2)
      .filter((label) => !numbered.has(label.kode));
    const namedKodes = new Set(named.map((label) => label.kode));
    const missing = candidates.filter((label) => isRequired(label.kode) && !numbered.has(label.kode) && !namedKodes.has(label.kode));
    if (missing.length === 0) return { labels: named, markers };
    for (const label of missing) numbered.add(label.kode);
  }
}
