import type { Polygon } from 'geojson';
import { seededRandom } from '../../src/geo/fixtures/random';

export interface SyntheticCountry {
  areas: { geometry: Polygon }[];
  bbox: [number, number, number, number];
  columns: number;
  rows: number;
}

/**
 * A seeded stand-in for Indonesia's ~83,000 desa: a `columns` × `rows` lattice
 * over the country's bounding box whose vertices are jittered, and whose
 * edges are subdivided into `segmentsPerEdge` pieces with a sideways wiggle.
 * Each edge is generated once and used by both cells it separates, so
 * neighbours share exact borders, like a real topology. Vertices per polygon:
 * 4 × segmentsPerEdge (+1 closing).
 */
export function syntheticCountry(columns: number, rows: number, segmentsPerEdge = 10, seed = 83_000): SyntheticCountry {
  const random = seededRandom(seed);
  const [west, south, east, north] = [95, -11, 141, 6];
  const cellWidth = (east - west) / columns;
  const cellHeight = (north - south) / rows;
  const lattice = new Float64Array((columns + 1) * (rows + 1) * 2);
  for (let row = 0; row <= rows; row++) {
    for (let column = 0; column <= columns; column++) {
      const border = row === 0 || row === rows || column === 0 || column === columns;
      const jitter = border ? 0 : 0.25;
      const offset = (row * (columns + 1) + column) * 2;
      lattice[offset] = west + (column + (random() - 0.5) * jitter) * cellWidth;
      lattice[offset + 1] = south + (row + (random() - 0.5) * jitter) * cellHeight;
    }
  }
  const vertex = (column: number, row: number): [number, number] => {
    const offset = (row * (columns + 1) + column) * 2;
    return [lattice[offset]!, lattice[offset + 1]!];
  };
  // Interior points of an edge from a to b, excluding both ends; wiggle ≤ 5 % of a cell sideways.
  const edgePoints = (a: [number, number], b: [number, number]): [number, number][] => {
    const points: [number, number][] = [];
    const normalX = -(b[1] - a[1]), normalY = b[0] - a[0];
    for (let step = 1; step < segmentsPerEdge; step++) {
      const t = step / segmentsPerEdge;
      const wiggle = (random() - 0.5) * 0.1 * Math.sin(Math.PI * t);
      points.push([a[0] + (b[0] - a[0]) * t + normalX * wiggle, a[1] + (b[1] - a[1]) * t + normalY * wiggle]);
    }
    return points;
  };
  // horizontal[row][column]: edge from (column,row) to (column+1,row); vertical[row][column]: (column,row) to (column,row+1).
  const horizontal: [number, number][][] = [];
  const vertical: [number, number][][] = [];
  for (let row = 0; row <= rows; row++) for (let column = 0; column < columns; column++) horizontal.push(edgePoints(vertex(column, row), vertex(column + 1, row)));
  for (let row = 0; row < rows; row++) for (let column = 0; column <= columns; column++) vertical.push(edgePoints(vertex(column, row), vertex(column, row + 1)));
  const areas: { geometry: Polygon }[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const bottom = horizontal[row * columns + column]!;
      const top = horizontal[(row + 1) * columns + column]!;
      const left = vertical[row * (columns + 1) + column]!;
      const right = vertical[row * (columns + 1) + column + 1]!;
      const ring: [number, number][] = [
        vertex(column, row), ...bottom, vertex(column + 1, row), ...right, vertex(column + 1, row + 1),
        ...[...top].reverse(), vertex(column, row + 1), ...[...left].reverse(), vertex(column, row),
      ];
      areas.push({ geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return { areas, bbox: [west, south, east, north], columns, rows };
}
