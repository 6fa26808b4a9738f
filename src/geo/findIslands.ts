import type { AreaLike } from './assignToAreas';
import { polygonAreaSquareMeters } from './measure';

export interface Islands {
  /** Island (connected landmass) id of each area's largest part. */
  islandOf: Int32Array;
  /** 1 when the area's largest part lies on the island with the greatest total area. */
  onMainIsland: Uint8Array;
  islandCount: number;
}

/** Vertices within this many degrees (≈ 1 cm) count as touching. */
const QUANTUM_DEGREES = 1e-7;

/**
 * Groups polygon parts into islands: parts that share a vertex are on the same
 * landmass (the pipeline's kelurahan come from one topology, so neighbours
 * share vertices exactly). The main island is the island with the largest
 * total area; in Kota Batam that is Pulau Batam itself, and kelurahan on
 * Rempang, Galang, Bulang or Belakang Padang are hinterland. Each area is
 * judged by its largest part, so a kelurahan with many islets counts where
 * most of its land is. Derived from geometry alone, no hand-made list.
 */
export function findIslands(areas: ReadonlyArray<AreaLike>): Islands {
  const parent: number[] = [];
  const find = (part: number): number => {
    let root = part;
    while (parent[root]! !== root) root = parent[root]!;
    while (parent[part]! !== root) {
      const next = parent[part]!;
      parent[part] = root;
      part = next;
    }
    return root;
  };
  const partArea: number[] = [];
  const largestPart = new Int32Array(areas.length).fill(-1);
  const vertexOwner = new Map<string, number>();
  areas.forEach((area, index) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    let best = -1;
    for (const rings of polygons) {
      const part = parent.length;
      parent.push(part);
      partArea.push(polygonAreaSquareMeters(rings));
      if (best === -1 || partArea[part]! > partArea[best]!) best = part;
      // Only the outer ring touches other landmass; holes are lakes or enclaves.
      for (const position of rings[0] ?? []) {
        const key = `${Math.round(position[0]! / QUANTUM_DEGREES)},${Math.round(position[1]! / QUANTUM_DEGREES)}`;
        const owner = vertexOwner.get(key);
        if (owner === undefined) vertexOwner.set(key, part);
        else {
          const rootA = find(owner);
          const rootB = find(part);
          if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
      }
    }
    largestPart[index] = best;
  });
  const islandArea = new Map<number, number>();
  for (let part = 0; part < parent.length; part++) {
    const root = find(part);
    islandArea.set(root, (islandArea.get(root) ?? 0) + partArea[part]!);
  }
  let mainRoot = -1;
  for (const [root, area] of islandArea) if (mainRoot === -1 || area > islandArea.get(mainRoot)!) mainRoot = root;
  const islandId = new Map([...islandArea.keys()].sort((a, b) => a - b).map((root, id) => [root, id]));
  const islandOf = new Int32Array(areas.length).fill(-1);
  const onMainIsland = new Uint8Array(areas.length);
  for (let index = 0; index < areas.length; index++) {
    const part = largestPart[index]!;
    if (part === -1) continue;
    const root = find(part);
    islandOf[index] = islandId.get(root)!;
    onMainIsland[index] = root === mainRoot ? 1 : 0;
  }
  return { islandOf, onMainIsland, islandCount: islandArea.size };
}
