import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { strayEdges, symmetricDifferencePercent } from './layerConsistency';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
});

describe('symmetricDifferencePercent', () => {
  it('is zero when the parts tile the outline and grows with what they miss', () => {
    const outline = square(104, 1, 0.1);
    expect(symmetricDifferencePercent(outline, [square(104, 1, 0.05), square(104.05, 1, 0.05), { type: 'Polygon', coordinates: [[[104, 1.05], [104.1, 1.05], [104.1, 1.1], [104, 1.1], [104, 1.05]]] }])).toBeCloseTo(0, 3);
    // Only the south-west quarter: three quarters of the outline are missing.
    expect(symmetricDifferencePercent(outline, [square(104, 1, 0.05)])).toBeCloseTo(75, 0);
  });
});

describe('strayEdges', () => {
  it('accepts long edges that run along the reference and reports a chord across it', () => {
    const reference = [square(104, 1, 0.1)];
    expect(strayEdges(square(104, 1, 0.1), reference, 3000, 50)).toEqual([]);
    const chord: Polygon = { type: 'Polygon', coordinates: [[[104, 1], [104.1, 1], [104, 1.1], [104, 1]]] };
    const stray = strayEdges(chord, reference, 3000, 50);
    expect(stray).toHaveLength(1);
    expect(stray[0]?.from).toEqual([104.1, 1]);
    expect(stray[0]?.lengthMeters).toBeGreaterThan(15_000);
    expect(stray[0]?.offsetMeters).toBeGreaterThan(5000); // the midpoint is 0.05° (≈ 5.6 km) from every side
  });
});
