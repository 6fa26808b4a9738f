import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { computeSharedBorders, type SharedBorders } from './computeSharedBorders';

export interface NeighborOptions {
  /** Borders closer than this count as shared (default BORDER_TOLERANCE_METERS). */
  toleranceMeters?: number;
  /** Minimum length of shared border; a corner touch or a brief approach is not a neighbour. */
  minSharedMeters?: number;
  /** Shared borders already computed for the same features (and tolerance). */
  borders?: SharedBorders;
}

/** A neighbour shares at least this much border (the pipeline's `neighbors` property). */
export const MIN_SHARED_BORDER_METERS = 100;

type CodedArea = Feature<Polygon | MultiPolygon, { kode: string }>;

/**
 * Neighbours = areas whose borders run within tolerance of each other for at
 * least `minSharedMeters` (see `computeSharedBorders` for how it is measured).
 * Returns, per feature index, the sorted `kode`s of its neighbours.
 */
export function findNeighbors(features: readonly CodedArea[], options: NeighborOptions = {}): string[][] {
  const minShared = options.minSharedMeters ?? MIN_SHARED_BORDER_METERS;
  const borders = options.borders ?? computeSharedBorders(features, { toleranceMeters: options.toleranceMeters });
  return features.map((_feature, area) => {
    const kodes: string[] = [];
    for (let k = borders.offsets[area]!; k < borders.offsets[area + 1]!; k++) {
      if (borders.meters[k]! >= minShared) kodes.push(features[borders.neighbors[k]!]!.properties.kode);
    }
    return kodes.sort();
  });
}
