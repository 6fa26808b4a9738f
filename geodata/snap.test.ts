import type { Polygon, Position } from 'geojson';
import { area } from '@turf/area';
import { describe, expect, it } from 'vitest';
import { normaliseGeometry } from './geometry';
import { simplifyLayer } from './simplify';
import { snapLayer } from './snap';

const metre = 1 / 111_195;
const point = (x: number, y: number): Position => [104 + x * metre, 1 + y * metre];

/** Two fields sharing a wiggly 1 km border; east's copy of the border is 2 m off with its own vertices. */
function neighbours(): Polygon[] {
  const border = Array.from({ length: 41 }, (_unused, index) => [500 + 30 * Math.sin(index / 3), index * 25] as const);
  const west: Position[] = [point(0, 0), ...border.map(([x, y]) => point(x, y)), point(0, 1000), point(0, 0)];
  const shifted = border.filter((_vertex, index) => index % 2 === 0).map(([x, y]) => point(x + 2, y + 7));
  const east: Position[] = [point(1000, 0), point(1000, 1000), ...shifted.reverse(), point(1000, 0)];
  return [west, east].map((ring) => normaliseGeometry({ type: 'Polygon', coordinates: [ring] }).geometry as Polygon);
}

const key = (position: Position) => position.join(',');

describe('snapLayer', () => {
  it('makes a nearly-shared border run through the same vertices on both sides', () => {
    const [west, east] = neighbours() as [Polygon, Polygon];
    const before = new Set(west.coordinates[0]?.map(key));
    expect(east.coordinates[0]?.filter((position) => before.has(key(position)))).toHaveLength(0);
    const { geometries, snapped, inserted, reverted } = snapLayer([west, east], 5);
    expect(snapped + inserted).toBeGreaterThan(0);
    expect(reverted).toBe(0);
    const westAfter = new Set(((geometries[0] as Polygon).coordinates[0] ?? []).map(key));
    const common = ((geometries[1] as Polygon).coordinates[0] ?? []).filter((position) => westAfter.has(key(position)));
    expect(common.length).toBeGreaterThanOrEqual(40);
    // Nothing moved far: areas change by well under 1 %.
    geometries.forEach((geometry, index) => expect(Math.abs(area(geometry) / area([west, east][index] as Polygon) - 1)).toBeLessThan(0.01));
  });

  it('never merges vertices of the same feature', () => {
    const ring = [point(0, 0), point(100, 0), point(100, 1), point(0, 1), point(0, 0)];
    const thin = normaliseGeometry({ type: 'Polygon', coordinates: [ring] }).geometry;
    expect(snapLayer([thin], 5).geometries[0]).toEqual(thin);
  });
});

describe('simplifyLayer', () => {
  it('keeps snapped neighbours sharing their border and each area within 1 %', () => {
    const source = neighbours();
    const snapped = snapLayer(source, 5).geometries;
    const result = simplifyLayer(snapped, 1, source);
    expect(result.maxAreaChangePercent).toBeLessThan(1);
    result.geometries.forEach((geometry, index) => expect(Math.abs(area(geometry) / area(source[index] as Polygon) - 1)).toBeLessThan(0.01));
    // The simplified border is one arc: every border vertex kept on one side is kept on the other.
    const [west, east] = result.geometries as [Polygon, Polygon];
    const eastKeys = new Set(east.coordinates[0]?.map(key));
    const westBorder = (west.coordinates[0] ?? []).filter((position) => (position[0] ?? 0) > 104 + 400 * metre);
    expect(westBorder.length).toBeGreaterThan(2);
    for (const position of westBorder) expect(eastKeys.has(key(position))).toBe(true);
    expect(result.geometries.reduce((sum, geometry) => sum + ((geometry as Polygon).coordinates[0]?.length ?? 0), 0)).toBeLessThan(
      snapped.reduce((sum, geometry) => sum + ((geometry as Polygon).coordinates[0]?.length ?? 0), 0),
    );
  });
});
