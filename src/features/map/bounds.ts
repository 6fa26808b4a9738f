import type { Feature, Geometry } from 'geojson';
import type { BBox } from '../../domain/region';

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

/** Bounds of every feature with coordinates, by `idOf` (e.g. the kelurahan code): computed once, read on each filter change. */
export function boundsById<F extends Feature>(features: readonly F[], idOf: (feature: F) => string): Map<string, BBox> {
  const bounds = new Map<string, BBox>();
  for (const feature of features) {
    const box = geometryBounds(feature.geometry);
    if (box) bounds.set(idOf(feature), box);
  }
  return bounds;
}

/** The box around the boxes of `ids` (e.g. the kelurahan the shared filters leave); undefined when none of them has one. */
export function unionBounds(bounds: ReadonlyMap<string, BBox>, ids: Iterable<string>): BBox | undefined {
  let union: BBox | undefined;
  for (const id of ids) {
    const box = bounds.get(id);
    if (!box) continue;
    union = union ? [Math.min(union[0], box[0]), Math.min(union[1], box[1]), Math.max(union[2], box[2]), Math.max(union[3], box[3])] : box;
  }
  return union;
}

/** Pixels between a fitted view and the map's edges (MapLibre's `padding`). */
export interface FitPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box in pixels from the map's top-left corner. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Width and height of `bbox` in Web Mercator (as the map draws it), in units of the world's width. */
export function projectedSize([west, south, east, north]: BBox): { width: number; height: number } {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  return { width: (east - west) / 360, height: y(north) - y(south) };
}

/**
 * Padding for fitting bounds into a map of `width` × `height` pixels so that the fit
 * stays clear of `overlay` (e.g. the open legend in a corner), by `margin` pixels on
 * every side. Of the four ways round the overlay (beside it on the left or right, above
 * or below it), the one that shows `shape` (the fitted bounds' `projectedSize`) largest,
 * or without a shape the one that leaves the largest area; the plain margin when the
 * overlay does not cover the map, or when going round it would leave less than a third
 * of the map either way (then the overlay is in the way whatever the fit does).
 */
export function paddingClearOf(
  width: number,
  height: number,
  overlay: PixelBox | undefined,
  margin: number,
  shape?: { width: number; height: number },
): FitPadding {
  const plain = { top: margin, right: margin, bottom: margin, left: margin };
  if (!overlay || overlay.right <= 0 || overlay.left >= width || overlay.bottom <= 0 || overlay.top >= height) return plain;
  const ways: FitPadding[] = [
    { ...plain, left: Math.max(margin, overlay.right + margin) },
    { ...plain, right: Math.max(margin, width - overlay.left + margin) },
    { ...plain, top: Math.max(margin, overlay.bottom + margin) },
    { ...plain, bottom: Math.max(margin, height - overlay.top + margin) },
  ];
  const room = (padding: FitPadding) => [width - padding.left - padding.right, height - padding.top - padding.bottom] as const;
  const usable = ways.filter((padding) => {
    const [across, down] = room(padding);
    return across >= width / 3 && down >= height / 3;
  });
  if (usable.length === 0) return plain;
  // The scale a fit would get (pixels per unit of the shape), or the room's area.
  const worth = (padding: FitPadding) => {
    const [across, down] = room(padding);
    return shape && shape.width > 0 && shape.height > 0 ? Math.min(across / shape.width, down / shape.height) : across * down;
  };
  return usable.reduce((best, padding) => (worth(padding) > worth(best) ? padding : best));
}
