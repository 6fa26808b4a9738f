import type { AreaLike } from './assignToAreas';
import { polygonAreaSquareMeters } from './measure';
import { computeSharedBorders, type SharedBorders } from './computeSharedBorders';

export interface Islands {
  /** Island (connected landmass) id of each area's largest part; -1 for an empty geometry. */
  islandOf: Int32Array;
  /** 1 when the area's largest part lies on the island with the greatest total area. */
  onMainIsland: Uint8Array;
  islandCount: number;
}

/**
 * Groups polygon parts into islands: parts whose borders come within the
 * shared-border tolerance (5 m) are on the same landmass. The main island is
 * the one with the largest total area; in Kota Batam that is Pulau Batam, and
 * kelurahan on Rempang, Galang, Bulang, Belakang Padang or Ngenang are
 * hinterland. An area is judged by its largest part, so a kelurahan of many
 * islets counts where most of its land is. Geometry only, no hand-made list.
 * Pass `borders` when already computed for the same areas (saves the work).
 */
export function findIslands(areas: ReadonlyArray<AreaLike>, borders: SharedBorders = computeSharedBorders(areas)): Islands {
  const partArea: number[] = [];
  const largestPart = new Int32Array(areas.length).fill(-1);
  areas.forEach((area, index) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    for (const rings of polygons) {
      const part = partArea.length;
      partArea.push(polygonAreaSquareMeters(rings));
      if (largestPart[index] === -1 || partArea[part]! > partArea[largestPart[index]!]!) largestPart[index] = part;
    }
  });
  if (partArea.length !== borders.partCount) throw new Error(`findIslands: borders describe ${borders.partCount} parts, the areas have ${partArea.length}`);
  const parent = partArea.map((_, part) => part);
  const find = (part: number): number => {
    while (parent[part]! !== part) {
      parent[part] = parent[parent[part]!]!; // path halving keeps the trees flat
      part = parent[part]!;
    }
    return part;
  };
  for (let i = 0; i < borders.touchingParts.length; i += 2) {
    const rootA = find(borders.touchingParts[i]!);
    const rootB = find(borders.touchingParts[i + 1]!);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
  const islandArea = new Map<number, number>();
  partArea.forEach((area, part) => {
    const root = find(part);
    islandArea.set(root, (islandArea.get(root) ?? 0) + area);
  });
  let mainRoot = -1;
  for (const [root, area] of islandArea) if (mainRoot === -1 || area > islandArea.get(mainRoot)!) mainRoot = root;
  const islandId = new Map([...islandArea.keys()].sort((a, b) => a - b).map((root, id) => [root, id]));
  const islandOf = new Int32Array(areas.length).fill(-1);
  const onMainIsland = new Uint8Array(areas.length);
  largestPart.forEach((part, index) => {
    if (part === -1) return;
    const root = find(part);
    islandOf[index] = islandId.get(root)!;
    onMainIsland[index] = root === mainRoot ? 1 : 0;
  });
  return { islandOf, onMainIsland, islandCount: islandArea.size };
}
