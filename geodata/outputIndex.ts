import { existsSync, readFileSync } from 'node:fs';
import type { BBox, GeodataIndex, RegionEntry } from '../src/domain/region';
import { type AreaGeometry, polygonsOf } from './geometry';

/** Batam is the campaign's region: the default whenever it is built, whatever was built before or after. */
const defaultRegion = '21.71';

export function readIndex(path: string): GeodataIndex | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GeodataIndex;
  } catch (error) {
    throw new Error(`${path} exists but is not valid JSON (${(error as Error).message}); delete it to rebuild`, { cause: error });
  }
}

/** Adds or replaces one region by code, keeping the regions built earlier; sorted by code for stable diffs. */
export function mergeIndex(existing: GeodataIndex | undefined, entry: RegionEntry): GeodataIndex {
  const regions = (existing?.regions ?? []).filter((region) => region.code !== entry.code);
  regions.push(entry);
  regions.sort((left, right) => left.code.localeCompare(right.code));
  const codes = new Set(regions.map((region) => region.code));
  const previous = existing?.defaultRegion;
  const chosen = codes.has(defaultRegion) ? defaultRegion : previous !== undefined && codes.has(previous) ? previous : entry.code;
  return { defaultRegion: chosen, regions };
}

export function regionBbox(geometries: AreaGeometry[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const position of polygon[0] ?? []) {
        const [x = 0, y = 0] = position;
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}
