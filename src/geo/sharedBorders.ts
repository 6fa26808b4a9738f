import type { AreaLike } from './assignToAreas';
import { haversineMeters } from './measure';

/**
 * Shared border lengths in compressed sparse rows: the neighbours of area `i`
 * are `neighbors[offsets[i]..offsets[i+1]]`, sorted, with `meters` alongside.
 * Typed arrays so the table can be sent to a worker by transfer.
 */
export interface SharedBorders {
  offsets: Int32Array;
  neighbors: Int32Array;
  meters: Float64Array;
}

/** Vertices closer than this (≈ 1 cm) are treated as the same vertex. */
const QUANTUM_DEGREES = 1e-7;

function vertexKey(x: number, y: number): string {
  return `${Math.round(x / QUANTUM_DEGREES)},${Math.round(y / QUANTUM_DEGREES)}`;
}

/**
 * Length of border each pair of areas shares, from edges that appear in both
 * (the pipeline builds kelurahan from one topology, so a shared border is the
 * same run of vertices on both sides). Cost: one hash entry per edge.
 */
export function computeSharedBorders(areas: ReadonlyArray<AreaLike>): SharedBorders {
  const edgeOwner = new Map<string, number>();
  const pairMeters = new Map<number, Map<number, number>>();
  const addPair = (a: number, b: number, length: number) => {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const row = pairMeters.get(from) ?? new Map<number, number>();
      row.set(to, (row.get(to) ?? 0) + length);
      pairMeters.set(from, row);
    }
  };
  areas.forEach((area, index) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i]!;
          const b = ring[i + 1]!;
          const keyA = vertexKey(a[0]!, a[1]!);
          const keyB = vertexKey(b[0]!, b[1]!);
          if (keyA === keyB) continue;
          const key = keyA < keyB ? `${keyA}|${keyB}` : `${keyB}|${keyA}`;
          const owner = edgeOwner.get(key);
          if (owner === undefined) edgeOwner.set(key, index);
          else if (owner !== index) addPair(owner, index, haversineMeters(a[0]!, a[1]!, b[0]!, b[1]!));
        }
      }
    }
  });
  const offsets = new Int32Array(areas.length + 1);
  let total = 0;
  for (let i = 0; i < areas.length; i++) {
    offsets[i] = total;
    total += pairMeters.get(i)?.size ?? 0;
  }
  offsets[areas.length] = total;
  const neighbors = new Int32Array(total);
  const meters = new Float64Array(total);
  for (let i = 0; i < areas.length; i++) {
    const row = [...(pairMeters.get(i) ?? new Map<number, number>()).entries()].sort(([a], [b]) => a - b);
    row.forEach(([neighbor, length], position) => {
      neighbors[offsets[i]! + position] = neighbor;
      meters[offsets[i]! + position] = length;
    });
  }
  return { offsets, neighbors, meters };
}
