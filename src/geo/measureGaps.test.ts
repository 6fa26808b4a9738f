import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gapsBetweenAreas, gapsToPoint } from './measureGaps';
import { projectBoundaries } from './projectBoundaries';

// Local metres → degrees at the equator, so the cases speak in metres.
const metre = 1 / 111_195.08;
const area = (ring: [number, number][]): { geometry: Polygon } => ({ geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x * metre, y * metre])] } });
const box = (x0: number, y0: number, x1: number, y1: number) => area([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]);
const sources = (...flags: number[]) => Uint8Array.from(flags);

describe('gapsBetweenAreas', () => {
  it('measures border to border, not centre to centre', () => {
    // Two 1 km squares 300 m apart: 300 m between borders (1,300 m between centres).
    const gaps = gapsBetweenAreas(projectBoundaries([box(0, 0, 1000, 1000), box(1300, 0, 2300, 1000)]), sources(1, 0), { toleranceMeters: 5 });
    expect(gaps[0]).toBe(0);
    expect(gaps[1]).toBeCloseTo(300, 3);
  });

  it('finds the gap between corners and between a vertex and the middle of a long edge, from either side', () => {
    const diagonal = gapsBetweenAreas(projectBoundaries([box(0, 0, 1000, 1000), box(1300, 1400, 2000, 2000)]), sources(1, 0), { toleranceMeters: 5 });
    expect(diagonal[1]).toBeCloseTo(500, 3); // 300 m east, 400 m north
    // A spike whose tip stands 40 m below the middle of a 3 km edge: no vertex of the edge is near it.
    const longEdge = box(0, 0, 3000, 1000);
    const spike = area([[1400, -500], [1600, -500], [1500, -40], [1400, -500]]);
    expect(gapsBetweenAreas(projectBoundaries([longEdge, spike]), sources(1, 0), { toleranceMeters: 5 })[1]).toBeCloseTo(40, 3);
    expect(gapsBetweenAreas(projectBoundaries([longEdge, spike]), sources(0, 1), { toleranceMeters: 5 })[0]).toBeCloseTo(40, 3);
  });

  it('gives 0 to a neighbour: borders within the tolerance, touching at a corner, or crossing', () => {
    const gaps = gapsBetweenAreas(
      projectBoundaries([box(0, 0, 1000, 1000), box(1003, 0, 2000, 1000), box(1000, 1000, 2000, 2000), box(-500, 500, 10, 2000), box(0, 1010, 500, 1500)]),
      sources(1, 0, 0, 0, 0),
      { toleranceMeters: 5 },
    );
    expect([...gaps]).toEqual([0, 0, 0, 0, expect.closeTo(10, 3)]);
  });

  it('takes the nearest of several sources and leaves everything unknown without one', () => {
    const areas = projectBoundaries([box(0, 0, 100, 100), box(5000, 0, 5100, 100), box(700, 0, 800, 100)]);
    expect(gapsBetweenAreas(areas, sources(1, 1, 0), { toleranceMeters: 5 })[2]).toBeCloseTo(600, 3);
    expect([...gapsBetweenAreas(areas, sources(0, 0, 0), { toleranceMeters: 5 })].every(Number.isNaN)).toBe(true);
  });
});

describe('gapsToPoint', () => {
  it('is 0 inside an area, the distance to the border outside, and respects holes', () => {
    const withHole: { geometry: Polygon } = {
      geometry: { type: 'Polygon', coordinates: [box(0, 0, 1000, 1000).geometry.coordinates[0]!, box(400, 400, 600, 600).geometry.coordinates[0]!] },
    };
    const areas = projectBoundaries([box(0, 0, 1000, 1000), withHole]);
    expect([...gapsToPoint(areas, 200 * metre, 300 * metre)]).toEqual([0, 0]);
    const outside = gapsToPoint(areas, 1250 * metre, 500 * metre);
    expect(outside[0]).toBeCloseTo(250, 3);
    expect(gapsToPoint(areas, 500 * metre, 500 * metre)[1]).toBeCloseTo(100, 3); // in the hole
  });
});
