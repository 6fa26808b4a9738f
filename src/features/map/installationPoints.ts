import { INSTALLATION_TYPES, type InstallationType } from '../../domain/installation';
import { DILEPAS, statusCodeOn, type InstallationColumns } from '../../geo/installationColumns';
import type { BBox } from '../../domain/region';

// The installations as the GPU draws them (InstallationPointsLayer.ts): one
// position and one style byte per installation, in input order, built once per
// data or as-of change. A filter change is then one byte per installation
// (`visibilityMask`), from which the layer picks the symbols to draw
// (`thinnedMask`), sorted by bucket so each frame draws only the buckets in view
// (`drawOrder`, `bucketRanges`): the map follows the filters without re-tiling anything.

/**
 * Tile-local units per tile (MapLibre's EXTENT). Positions are stored relative to
 * one anchor tile near the region, as MapLibre stores its own vertices: float32
 * relative to a nearby origin keeps millimetre precision at any zoom, where
 * float32 world coordinates would be off by metres at street level.
 */
export const TILE_EXTENT = 8192;

export interface AnchorTile {
  x: number;
  y: number;
  z: number;
}

/** Style byte of an installation not on the map (not yet put up on the as-of date). */
export const NOT_ON_MAP = 255;
/** Style bit set when the installation was removed by the as-of date: drawn faded (history). */
export const FADED = 4;
const TYPE_BITS = 3;

export interface InstallationPoints {
  anchor: AnchorTile;
  /** The region's bounding box in anchor units [minX, minY, maxX, maxY]: where symbols are thinned. */
  extent: [number, number, number, number];
  /** x, y per installation in units of the anchor tile (0..TILE_EXTENT inside it). */
  positions: Float32Array;
  /** Per installation: type code (index into INSTALLATION_TYPES) | FADED, or NOT_ON_MAP. */
  styles: Uint8Array;
}

/** Web Mercator in 0..1 (MapLibre's MercatorCoordinate), x east, y south. */
function mercatorX(lng: number): number {
  return (lng + 180) / 360;
}
/** Web Mercator ends here (as in MapLibre); a stored latitude of ±90 would otherwise map to infinity. */
const MAX_LATITUDE = 85.051129;
function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** The zoom-`z` tile holding [lng, lat]: the anchor for a region around it. */
export function anchorTileAt([lng, lat]: [number, number], z = 10): AnchorTile {
  const scale = 2 ** z;
  return { x: Math.floor(mercatorX(lng) * scale), y: Math.floor(mercatorY(lat) * scale), z };
}

/** [lng, lat] in units of the anchor tile. */
export function toTileUnits([lng, lat]: [number, number], anchor: AnchorTile): [number, number] {
  const scale = 2 ** anchor.z;
  return [(mercatorX(lng) * scale - anchor.x) * TILE_EXTENT, (mercatorY(lat) * scale - anchor.y) * TILE_EXTENT];
}

/** Anchor-tile units per screen pixel at a map zoom (512-pixel tiles, as MapLibre draws). */
export function tileUnitsPerPixel(anchor: AnchorTile, zoom: number): number {
  return (TILE_EXTENT * 2 ** (anchor.z - zoom)) / 512;
}

/**
 * Positions and styles of every installation on `asOfDay` (a `dayNumber`): the
 * status on that day decides faded or not, and what was not yet put up is not on
 * the map. Positions are relative to the zoom-10 tile at the centre of `region`
 * (the region's [west, south, east, north]). Reads only the columns: ~0.1 µs per installation.
 */
export function installationPoints(
  columns: Pick<InstallationColumns, 'lng' | 'lat' | 'type' | 'status' | 'installed' | 'removed'>,
  asOfDay: number,
  region: BBox,
): InstallationPoints {
  const [west, south, east, north] = region;
  const anchor = anchorTileAt([(west + east) / 2, (south + north) / 2]);
  const [minX, minY] = toTileUnits([west, north], anchor);
  const [maxX, maxY] = toTileUnits([east, south], anchor);
  const count = columns.type.length;
  const positions = new Float32Array(count * 2);
  const styles = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const [x, y] = toTileUnits([columns.lng[index]!, columns.lat[index]!], anchor);
    positions[index * 2] = x;
    positions[index * 2 + 1] = y;
    const status = statusCodeOn(columns, index, asOfDay);
    styles[index] = status === -1 ? NOT_ON_MAP : columns.type[index]! | (status === DILEPAS ? FADED : 0);
  }
  return { anchor, extent: [minX, minY, maxX, maxY], positions, styles };
}

/** 1 for each installation the filters keep (`indexes`, e.g. `applyFilters`' result), 0 for the rest. */
export function visibilityMask(count: number, indexes: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(count);
  for (let position = 0; position < indexes.length; position++) mask[indexes[position]!] = 1;
  return mask;
}

/** Whether installation `index` is drawn: on the map on the as-of date and kept by the filters. */
export function isDrawn(points: InstallationPoints, mask: Uint8Array, index: number): boolean {
  return mask[index] === 1 && points.styles[index] !== NOT_ON_MAP;
}

/** Thinning is skipped above this many grid cells (zoomed in, cells are far smaller than the spacing of installations). */
const MAX_THIN_CELLS = 2 ** 20;
const STYLE_BITS = TYPE_BITS | FADED;

/**
 * Which kept installations to draw when symbols pile up: at most one of each style
 * (type and faded) per grid cell of `cellUnits` (anchor units) over the region,
 * the one drawn last, i.e. the one on top. At the city view 100,000 symbols cover
 * each other many times over; drawing the covered ones changes almost no pixel
 * but costs most of a frame without a GPU (software WebGL). Points outside the
 * region are never thinned; zoomed in (cells too many to matter) nothing is.
 */
export function thinnedMask(points: InstallationPoints, visible: Uint8Array, cellUnits: number): Uint8Array {
  const { positions, styles } = points;
  const [minX, minY, maxX, maxY] = points.extent;
  const columns = Math.ceil((maxX - minX) / cellUnits) + 1;
  const rows = Math.ceil((maxY - minY) / cellUnits) + 1;
  const thin = columns * rows <= MAX_THIN_CELLS;
  // One byte per cell, one bit per style: which styles the cell already shows.
  const taken = new Uint8Array(thin ? columns * rows : 0);
  const shown = new Uint8Array(styles.length);
  for (let index = styles.length - 1; index >= 0; index--) {
    const style = styles[index]!;
    if (visible[index] !== 1 || style === NOT_ON_MAP) continue;
    const column = Math.floor((positions[index * 2]! - minX) / cellUnits);
    const row = Math.floor((positions[index * 2 + 1]! - minY) / cellUnits);
    if (thin && column >= 0 && column < columns && row >= 0 && row < rows) {
      const cell = row * columns + column;
      const bit = 1 << (style & STYLE_BITS);
      if ((taken[cell]! & bit) !== 0) continue;
      taken[cell] = taken[cell]! | bit;
    }
    shown[index] = 1;
  }
  return shown;
}

/** The region is cut into this many buckets a side; each frame draws only the buckets in view. */
export const BUCKET_GRID = 32;
const OUTSIDE_BUCKET = BUCKET_GRID * BUCKET_GRID;

/** The installations to draw, sorted so that each bucket of the region is one run (`drawOrder`). */
export interface DrawOrder {
  /** Installation indexes, bucket after bucket (row by row), in input order within a bucket; those outside the region last. */
  order: Uint32Array;
  /** Bucket b holds order[starts[b] .. starts[b + 1]); bucket BUCKET_GRID² is everything outside the region. */
  starts: Uint32Array;
}

/** Bucket column (or row) of `value` on the extent's [min, max], clamped to the grid. */
function bucketCell(value: number, min: number, max: number): number {
  return Math.min(BUCKET_GRID - 1, Math.max(0, Math.floor(((value - min) / (max - min || 1)) * BUCKET_GRID)));
}

/** Bucket of a position: row-major over the region extent, or OUTSIDE_BUCKET. */
function bucketAt([minX, minY, maxX, maxY]: InstallationPoints['extent'], x: number, y: number): number {
  if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return OUTSIDE_BUCKET;
  return bucketCell(y, minY, maxY) * BUCKET_GRID + bucketCell(x, minX, maxX);
}

/**
 * The `shown` installations sorted by bucket (a counting sort, stable), so a frame
 * can draw just the buckets the viewport touches (`bucketRanges`): zoomed in on a
 * kecamatan, the GPU then skips most of the region's symbols instead of clipping
 * them one vertex at a time. Identical positions share a bucket, so the later one
 * is still drawn on top.
 */
export function drawOrder(points: InstallationPoints, shown: Uint8Array): DrawOrder {
  const { positions, extent } = points;
  const buckets = new Uint16Array(shown.length);
  const starts = new Uint32Array(OUTSIDE_BUCKET + 2);
  for (let index = 0; index < shown.length; index++) {
    if (shown[index] !== 1) continue;
    const bucket = bucketAt(extent, positions[index * 2]!, positions[index * 2 + 1]!);
    buckets[index] = bucket;
    starts[bucket + 1] = starts[bucket + 1]! + 1;
  }
  for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket] = starts[bucket]! + starts[bucket - 1]!;
  const order = new Uint32Array(starts[OUTSIDE_BUCKET + 1]!);
  const next = starts.slice(0, OUTSIDE_BUCKET + 1);
  for (let index = 0; index < shown.length; index++) {
    if (shown[index] !== 1) continue;
    const bucket = buckets[index]!;
    order[next[bucket]!] = index;
    next[bucket] = next[bucket]! + 1;
  }
  return { order, starts };
}

/**
 * The runs of `drawOrder`'s order to draw for a view box [minX, minY, maxX, maxY]
 * (anchor units, including a symbol's margin): one run per bucket row in view
 * (rows spanning the whole width merge into one), and the outside-the-region run.
 * Half-open [start, end) ranges; empty runs are left out.
 */
export function bucketRanges(points: InstallationPoints, starts: Uint32Array, view: [number, number, number, number]): [number, number][] {
  const [minX, minY, maxX, maxY] = points.extent;
  const ranges: [number, number][] = [];
  const add = (start: number, end: number) => {
    if (end <= start) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === start) last[1] = end;
    else ranges.push([start, end]);
  };
  if (view[2] >= minX && view[0] <= maxX && view[3] >= minY && view[1] <= maxY) {
    const [column0, column1] = [bucketCell(view[0], minX, maxX), bucketCell(view[2], minX, maxX)];
    for (let row = bucketCell(view[1], minY, maxY); row <= bucketCell(view[3], minY, maxY); row++) {
      add(starts[row * BUCKET_GRID + column0]!, starts[row * BUCKET_GRID + column1 + 1]!);
    }
  }
  add(starts[OUTSIDE_BUCKET]!, starts[OUTSIDE_BUCKET + 1]!);
  return ranges;
}

/**
 * The drawn installation nearest to `at` (anchor-tile units) within `radius`
 * units, or -1. On a tie the later one wins: it is drawn on top. A plain scan:
 * ~1 ms for 100,000 points, once per click, so no index to build and keep.
 */
export function nearestDrawn(points: InstallationPoints, mask: Uint8Array, [x, y]: [number, number], radius: number): number {
  let best = -1;
  let bestDistance = radius * radius;
  const { positions } = points;
  for (let index = 0; index < points.styles.length; index++) {
    if (!isDrawn(points, mask, index)) continue;
    const dx = positions[index * 2]! - x;
    const dy = positions[index * 2 + 1]! - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many of the kept installations (`indexes`) of each type are on the map: the legend's counts. */
export function countTypes(points: InstallationPoints | undefined, indexes: ArrayLike<number>): Partial<Record<InstallationType, number>> {
  if (!points) return {};
  const counts = new Uint32Array(INSTALLATION_TYPES.length);
  for (let position = 0; position < indexes.length; position++) {
    const style = points.styles[indexes[position]!];
    if (style !== undefined && style !== NOT_ON_MAP) counts[style & TYPE_BITS] = counts[style & TYPE_BITS]! + 1;
  }
  return Object.fromEntries(INSTALLATION_TYPES.map((type, code) => [type, counts[code]!]));
}
