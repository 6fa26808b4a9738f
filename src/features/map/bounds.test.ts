import { describe, expect, it } from 'vitest';
import { boundsById, geometryBounds, paddingClearOf, projectedSize, unionBounds } from './bounds';
import { threeKelurahan } from './fixtures.test-data';

describe('geometryBounds', () => {
  it('covers every part of a multipolygon', () => {
    expect(geometryBounds({ type: 'MultiPolygon', coordinates: [[[[104, 1], [104.1, 1], [104.1, 1.1], [104, 1]]], [[[103.9, 0.9], [103.95, 0.9], [103.95, 0.95], [103.9, 0.9]]]] })).toEqual([103.9, 0.9, 104.1, 1.1]);
  });
  it('is undefined for an empty geometry', () => {
    expect(geometryBounds({ type: 'Polygon', coordinates: [] })).toBeUndefined();
  });
});

describe('unionBounds', () => {
  const features = threeKelurahan.features;
  const bounds = boundsById(features, (feature) => feature.properties.kode);

  it('spans exactly the given features, skipping the ones between them', () => {
    const [west, south, east, north] = unionBounds(bounds, ['21.71.01.1001', '21.71.01.1003'])!;
    expect([west, south, north]).toEqual([104, 1, 1.01]);
    expect(east).toBeCloseTo(104.03, 10);
    const [middleWest, , middleEast] = unionBounds(bounds, new Set(['21.71.01.1002']))!;
    expect(middleWest).toBeCloseTo(104.01, 10);
    expect(middleEast).toBeCloseTo(104.02, 10);
  });

  it('is undefined when no id is given or none has coordinates', () => {
    expect(unionBounds(bounds, [])).toBeUndefined();
    expect(unionBounds(bounds, ['21.71.99.9999'])).toBeUndefined();
    const empty = boundsById([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { kode: 'x' } }], (feature) => feature.properties.kode);
    expect(empty.size).toBe(0);
  });
});

describe('paddingClearOf', () => {
  // A 700 × 800 map with the open legend in its bottom-left corner (220 × 300 px, 10 px from the edges).
  const legend = { left: 10, top: 490, right: 230, bottom: 790 };

  it('fits above a wide, low overlay and beside a narrow, tall one, whichever leaves more room', () => {
    // Beside: 700 - 278 - 48 = 374 × 704; above: 604 × 800 - 48 - 358 = 394. 374 × 704 > 604 × 394.
    expect(paddingClearOf(700, 800, legend, 48)).toEqual({ top: 48, right: 48, bottom: 48, left: 278 });
    // A bar along the bottom: the fit goes above it.
    expect(paddingClearOf(1400, 500, { left: 10, top: 400, right: 1390, bottom: 490 }, 48)).toEqual({ top: 48, right: 48, bottom: 148, left: 48 });
  });

  it('keeps the plain margin when nothing is in the way, or when going round would leave under a third of the map', () => {
    expect(paddingClearOf(700, 800, undefined, 48)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
    expect(paddingClearOf(700, 800, { left: 800, top: 0, right: 900, bottom: 100 }, 48)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
    // A phone: the open legend covers most of the map.
    expect(paddingClearOf(390, 500, { left: 10, top: 60, right: 330, bottom: 490 }, 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('goes the way that shows the fitted shape largest: above the legend for a wide shape, beside it for a tall one', () => {
    const above = { top: 48, right: 48, bottom: 358, left: 48 };
    const beside = { top: 48, right: 48, bottom: 48, left: 278 };
    // 3:1 wide: above, 604 × 394 px, gives it 201 px a unit; beside, 374 × 704, only 125.
    expect(paddingClearOf(700, 800, legend, 48, { width: 3, height: 1 })).toEqual(above);
    // 1:2 tall: beside gives 352 px a unit, above 197.
    expect(paddingClearOf(700, 800, legend, 48, { width: 1, height: 2 })).toEqual(beside);
    // A shape without extent (one point) falls back to the larger room.
    expect(paddingClearOf(700, 800, legend, 48, { width: 0, height: 0 })).toEqual(beside);
  });

  it('measures a box as Web Mercator draws it: a degree of latitude grows away from the equator', () => {
    const atEquator = projectedSize([104, 0, 105, 1]);
    expect(atEquator.width).toBeCloseTo(1 / 360, 12);
    expect(atEquator.height).toBeGreaterThan(atEquator.width);
    expect(atEquator.height / atEquator.width).toBeCloseTo(1.00005, 4);
    const far = projectedSize([104, 60, 105, 61]);
    expect(far.height / far.width).toBeCloseTo(2.03, 2);
  });

  it('goes round an overlay on any side', () => {
    expect(paddingClearOf(700, 800, { left: 600, top: 10, right: 690, bottom: 790 }, 20)).toEqual({ top: 20, right: 120, bottom: 20, left: 20 });
    expect(paddingClearOf(700, 800, { left: 10, top: 10, right: 690, bottom: 100 }, 20)).toEqual({ top: 120, right: 20, bottom: 20, left: 20 });
  });
});
