import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { type AreaGeometry, countSelfIntersections, fromPolygons, normaliseGeometry, polygonsOf } from './geometry';
import { METERS_PER_DEGREE } from '../src/geo/index';

export interface SnapResult {
  geometries: AreaGeometry[];
  /** Vertices moved onto another feature's vertex. */
  snapped: number;
  /** Vertices added to another feature's segment. */
  inserted: number;
  /** Features left unsnapped because snapping would have made them self-intersect. */
  reverted: number;
}

const metersPerDegree = METERS_PER_DEGREE;

interface Vertex {
  feature: number;
  x: number;
  y: number;
  position: Position;
}

/**
 * Makes neighbouring borders that upstream drew separately (a few metres apart, vertices not shared)
 * run through identical vertices, so topojson sees one shared arc and simplification moves both
 * sides together. Two passes, both only between different features:
 * 1. vertices of different features within `toleranceMeters` of each other merge (to the first one);
 * 2. a vertex within tolerance of another feature's segment is inserted into that segment.
 * Nothing moves by more than the tolerance; vertices of one feature are never merged among themselves.
 */
export function snapLayer(geometries: AreaGeometry[], toleranceMeters = 5): SnapResult {
  const vertices: Vertex[] = [];
  let latitudeSum = 0;
  geometries.forEach((geometry, feature) => {
    for (const polygon of polygonsOf(geometry)) for (const ring of polygon) for (const position of ring.slice(0, -1)) {
      vertices.push({ feature, x: 0, y: 0, position });
      latitudeSum += position[1] ?? 0;
    }
  });
  if (vertices.length === 0) return { geometries, snapped: 0, inserted: 0, reverted: 0 };
  const xScale = metersPerDegree * Math.cos(((latitudeSum / vertices.length) * Math.PI) / 180);
  for (const vertex of vertices) {
    vertex.x = (vertex.position[0] ?? 0) * xScale;
    vertex.y = (vertex.position[1] ?? 0) * metersPerDegree;
  }

  // Pass 1: merge vertices of different features that lie within tolerance (grid hash, cell = tolerance).
  const replacement = new Map<Position, Position>();
  const grid = new Map<string, Vertex[]>();
  const cell = (value: number) => Math.floor(value / toleranceMeters);
  let snapped = 0;
  for (const vertex of vertices) {
    let target: Vertex | undefined;
    for (let dx = -1; dx <= 1 && !target; dx += 1) {
      for (let dy = -1; dy <= 1 && !target; dy += 1) {
        for (const other of grid.get(`${cell(vertex.x) + dx},${cell(vertex.y) + dy}`) ?? []) {
          if (other.feature !== vertex.feature && Math.hypot(other.x - vertex.x, other.y - vertex.y) <= toleranceMeters) {
            target = other;
            break;
          }
        }
      }
    }
    if (target) {
      const position = replacement.get(target.position) ?? target.position;
      if (position[0] !== vertex.position[0] || position[1] !== vertex.position[1]) snapped += 1;
      replacement.set(vertex.position, position);
      vertex.x = (position[0] ?? 0) * xScale;
      vertex.y = (position[1] ?? 0) * metersPerDegree;
    }
    const key = `${cell(vertex.x)},${cell(vertex.y)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(vertex);
    else grid.set(key, [vertex]);
  }
  const merged = geometries.map((geometry) =>
    polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map((position) => replacement.get(position) ?? position))),
  );
  // Rings are closed: the last position is the first object only if upstream reused it; keep closure exact.
  for (const polygons of merged) for (const polygon of polygons) for (const ring of polygon) ring[ring.length - 1] = ring[0] as Position;

  // Pass 2: insert each vertex into other features' segments that pass within tolerance of it.
  const segments: { feature: number; ring: Position[]; index: number }[] = [];
  merged.forEach((polygons, feature) => {
    for (const polygon of polygons) for (const ring of polygon) for (let index = 1; index < ring.length; index += 1) segments.push({ feature, ring, index });
  });
  const project = (position: Position): [number, number] => [(position[0] ?? 0) * xScale, (position[1] ?? 0) * metersPerDegree];
  const segmentIndex = new Flatbush(Math.max(segments.length, 1));
  for (const segment of segments) {
    const [ax, ay] = project(segment.ring[segment.index - 1] as Position);
    const [bx, by] = project(segment.ring[segment.index] as Position);
    segmentIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  if (segments.length === 0) segmentIndex.add(0, 0, 0, 0);
  segmentIndex.finish();

  const insertions = new Map<Position[], Map<number, { t: number; position: Position }[]>>();
  // A position may enter a ring once: a ring that passes one point twice touches itself.
  const ringPositions = new Map<Position[], Set<string>>();
  const positionKey = (position: Position) => `${position[0]},${position[1]}`;
  const positionsOf = (ring: Position[]) => {
    let set = ringPositions.get(ring);
    if (!set) ringPositions.set(ring, (set = new Set(ring.map(positionKey))));
    return set;
  };
  let inserted = 0;
  merged.forEach((polygons, feature) => {
    for (const polygon of polygons) for (const ring of polygon) for (const position of ring.slice(0, -1)) {
      const [px, py] = project(position);
      const candidates = segmentIndex.search(px - toleranceMeters, py - toleranceMeters, px + toleranceMeters, py + toleranceMeters);
      for (const candidate of candidates) {
        const segment = segments[candidate] as (typeof segments)[number];
        if (segment.feature === feature) continue;
        const [ax, ay] = project(segment.ring[segment.index - 1] as Position);
        const [bx, by] = project(segment.ring[segment.index] as Position);
        const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
        if (lengthSquared === 0) continue;
        const t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSquared;
        if (t <= 0 || t >= 1) continue;
        if (Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py) > toleranceMeters) continue;
        if (Math.hypot(ax - px, ay - py) <= toleranceMeters / 100 || Math.hypot(bx - px, by - py) <= toleranceMeters / 100) continue;
        const present = positionsOf(segment.ring);
        if (present.has(positionKey(position))) continue;
        present.add(positionKey(position));
        let perRing = insertions.get(segment.ring);
        if (!perRing) insertions.set(segment.ring, (perRing = new Map()));
        const list = perRing.get(segment.index) ?? [];
        list.push({ t, position });
        inserted += 1;
        perRing.set(segment.index, list);
      }
    }
  });

  const output = merged.map((polygons) =>
    fromPolygons(
      polygons.map((polygon) =>
        polygon.map((ring) => {
          const perRing = insertions.get(ring);
          if (!perRing) return ring;
          const result: Position[] = [ring[0] as Position];
          for (let index = 1; index < ring.length; index += 1) {
            for (const item of (perRing.get(index) ?? []).sort((left, right) => left.t - right.t)) result.push(item.position);
            result.push(ring[index] as Position);
          }
          return result;
        }),
      ),
    ),
  );
  // Snapping must not make an area cross itself; where it would, that area keeps its source geometry
  // (its border then simply stays unshared, as upstream drew it).
  let reverted = 0;
  const checked = output.map((geometry, index) => {
    const source = geometries[index] as AreaGeometry;
    if (countSelfIntersections(normaliseGeometry(geometry, 12).geometry) <= countSelfIntersections(source)) return geometry;
    reverted += 1;
    return source;
  });
  return { geometries: checked, snapped, inserted, reverted };
}
