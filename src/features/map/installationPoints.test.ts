import { describe, expect, it } from 'vitest';
import type { Installation } from '../../domain/installation';
import { dayNumber, installationColumns } from '../../geo/installationColumns';
import { anchorTileAt, BUCKET_GRID, bucketRanges, countTypes, drawOrder, FADED, installationPoints, isDrawn, nearestDrawn, NOT_ON_MAP, thinnedMask, TILE_EXTENT, tileUnitsPerPixel, toTileUnits, visibilityMask } from './installationPoints';
import { symbolSize } from './installationSymbols';
import type { BBox } from '../../domain/region';

function installation(id: string, overrides: Partial<Installation> = {}): Installation {
  return {
    id, type: 'baliho', lat: 1.1, lng: 104.0, kelurahanKode: '21.71.06.1004', installedAt: '2026-03-01',
    status: 'terpasang', notes: '', source: 'demo', createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

/** North-west corner of tile x/y/z (the slippy-map formulas, written independently of the module). */
function tileCorner(x: number, y: number, z: number): [number, number] {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return [(x / 2 ** z) * 360 - 180, (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
}

describe('anchor tile units', () => {
  const anchor = anchorTileAt([104.0, 1.1]);

  it('finds the zoom-10 tile holding a point', () => {
    // 104°E is 284/360 of the way round: tile 807 of 1024; 1.1°N lies just north of the equator (row 511).
    expect(anchor).toEqual({ x: 807, y: 508, z: 10 });
    const [west, north] = tileCorner(anchor.x, anchor.y, anchor.z);
    const [east, south] = tileCorner(anchor.x + 1, anchor.y + 1, anchor.z);
    expect(104.0).toBeGreaterThanOrEqual(west);
    expect(104.0).toBeLessThan(east);
    expect(1.1).toBeLessThanOrEqual(north);
    expect(1.1).toBeGreaterThan(south);
  });

  it('puts the tile corners at 0 and TILE_EXTENT, and neighbouring tiles one extent further', () => {
    const corner = (dx: number, dy: number) => toTileUnits(tileCorner(anchor.x + dx, anchor.y + dy, anchor.z), anchor);
    expect(corner(0, 0)[0]).toBeCloseTo(0, 6);
    expect(corner(0, 0)[1]).toBeCloseTo(0, 6);
    expect(corner(1, 1)[0]).toBeCloseTo(TILE_EXTENT, 6);
    expect(corner(1, 1)[1]).toBeCloseTo(TILE_EXTENT, 6);
    expect(corner(-2, 3)[0]).toBeCloseTo(-2 * TILE_EXTENT, 6);
    expect(corner(-2, 3)[1]).toBeCloseTo(3 * TILE_EXTENT, 6);
  });

  it('keeps a pole (a valid but unmappable latitude) at the edge of the world, not at infinity', () => {
    const [, north] = toTileUnits([104, 90], anchor);
    const [, south] = toTileUnits([104, -90], anchor);
    expect(Number.isFinite(north) && Number.isFinite(south)).toBe(true);
    // The top of the world is -anchor.y tiles above the anchor tile.
    expect(north).toBeCloseTo(-anchor.y * TILE_EXTENT, 0);
    expect(south).toBeCloseTo((2 ** anchor.z - anchor.y) * TILE_EXTENT, 0);
  });

  it('scales pixels to tile units: one tile is 512 pixels at its own zoom, half that one zoom out', () => {
    expect(tileUnitsPerPixel(anchor, 10) * 512).toBe(TILE_EXTENT);
    expect(tileUnitsPerPixel(anchor, 9)).toBe(2 * tileUnitsPerPixel(anchor, 10));
  });
});

describe('installationPoints', () => {
  const installations = [
    installation('a'),
    installation('b', { type: 'poster', status: 'rusak', lng: 104.1, lat: 1.05 }),
    installation('c', { type: 'spanduk', installedAt: '2026-05-01', status: 'dilepas', removedAt: '2026-06-01' }),
  ];
  const columns = installationColumns(installations);
  const region: BBox = [103.95, 0.98, 104.15, 1.18];
  const anchor = anchorTileAt([104.05, 1.08]);

  it('stores each position in units of the tile at the region centre, and the region as the extent', () => {
    const points = installationPoints(columns, dayNumber('2026-12-31'), region);
    expect(points.anchor).toEqual(anchor);
    const [x, y] = toTileUnits([104.1, 1.05], anchor);
    expect(points.positions[2]).toBeCloseTo(x, 2);
    expect(points.positions[3]).toBeCloseTo(y, 2);
    // One unit of a zoom-10 tile is about 4.8 m here: the points lie a few tiles' worth of units apart at most.
    expect(Math.abs(points.positions[2]! - points.positions[0]!)).toBeLessThan(3 * TILE_EXTENT);
    const [west, north] = toTileUnits([103.95, 1.18], anchor);
    const [east, south] = toTileUnits([104.15, 0.98], anchor);
    expect(points.extent).toEqual([west, north, east, south]);
  });

  it('styles by type and by the status on the as-of date; what is not yet up is not on the map', () => {
    // INSTALLATION_TYPES order: baliho 0, spanduk 1, banner 2, poster 3.
    const style = (asOf: string) => [...installationPoints(columns, dayNumber(asOf), region).styles];
    expect(style('2026-04-30')).toEqual([0, 3, NOT_ON_MAP]);
    // c stands (recorded dilepas, removed later): drawn solid until its removal day, faded from then on.
    expect(style('2026-05-15')).toEqual([0, 3, 1]);
    expect(style('2026-06-01')).toEqual([0, 3, 1 | FADED]);
  });

  it('masks exactly the kept indexes and draws only what is kept and on the map', () => {
    const points = installationPoints(columns, dayNumber('2026-04-30'), region);
    const mask = visibilityMask(3, Uint32Array.of(0, 2));
    expect([...mask]).toEqual([1, 0, 1]);
    expect([0, 1, 2].map((index) => isDrawn(points, mask, index))).toEqual([true, false, false]);
  });

  it('counts the kept installations on the map per type, for the legend', () => {
    const points = installationPoints(columns, dayNumber('2026-05-15'), region);
    expect(countTypes(points, Uint32Array.of(0, 1, 2))).toEqual({ baliho: 1, spanduk: 1, banner: 0, poster: 1 });
    expect(countTypes(installationPoints(columns, dayNumber('2026-04-30'), region), Uint32Array.of(0, 2))).toEqual({ baliho: 1, spanduk: 0, banner: 0, poster: 0 });
    expect(countTypes(undefined, Uint32Array.of(0))).toEqual({});
  });
});

describe('nearestDrawn', () => {
  const anchor = { x: 0, y: 0, z: 0 };
  const points = { anchor, extent: [0, 0, 30, 1] as BBox, positions: Float32Array.of(0, 0, 10, 0, 10, 0, 30, 0, 5, 1), styles: Uint8Array.of(0, 1, 2, 3, NOT_ON_MAP) };
  const all = Uint8Array.of(1, 1, 1, 1, 1);

  it('finds the nearest drawn point within the radius, the later one on a tie (drawn on top)', () => {
    expect(nearestDrawn(points, all, [9, 0], 3)).toBe(2);
    expect(nearestDrawn(points, all, [1, 0], 3)).toBe(0);
    expect(nearestDrawn(points, all, [20, 0], 3)).toBe(-1);
  });

  it('skips what the filters hide and what is not on the map', () => {
    expect(nearestDrawn(points, Uint8Array.of(1, 1, 0, 1, 1), [9, 0], 3)).toBe(1);
    // Index 4 sits at (5, 1), nearest to (5, 1), but is not on the map: (0, 0) and (10, 0) are 5 away.
    expect(nearestDrawn(points, all, [5, 1], 3)).toBe(-1);
    expect(nearestDrawn(points, all, [5, 1], 6)).toBe(2);
  });
});

describe('symbolSize', () => {
  it('grows with zoom between 9 and 14 and stays put outside', () => {
    expect(symbolSize(5)).toBe(symbolSize(9));
    expect(symbolSize(20)).toBe(symbolSize(14));
    expect(symbolSize(11)).toBeGreaterThan(symbolSize(9));
    expect(symbolSize(14)).toBe(2 * symbolSize(9));
  });
});

describe('thinnedMask', () => {
  const anchor = { x: 0, y: 0, z: 0 };
  // Cells of 10 units over [0, 0]–[30, 30]: 0 and 1 share a cell and a style; 2 shares the cell with
  // another style; 3 is faded (another style); 4 is in the next cell; 5 is hidden by the filters;
  // 6 is not on the map; 7 and 8 share a cell outside the region.
  const points = {
    anchor,
    extent: [0, 0, 30, 30] as BBox,
    positions: Float32Array.of(1, 1, 8, 8, 5, 5, 5, 5, 12, 1, 2, 2, 3, 3, 100, 100, 101, 101),
    styles: Uint8Array.of(0, 0, 1, 0 | FADED, 0, 0, NOT_ON_MAP, 2, 2),
  };
  const visible = Uint8Array.of(1, 1, 1, 1, 1, 0, 1, 1, 1);

  it('draws one symbol per cell and style, the one drawn last (on top); never thins outside the region', () => {
    expect([...thinnedMask(points, visible, 10)]).toEqual([0, 1, 1, 1, 1, 0, 0, 1, 1]);
  });

  it('draws every kept installation once cells are smaller than their spacing, or too many to count', () => {
    expect([...thinnedMask(points, visible, 1)]).toEqual([1, 1, 1, 1, 1, 0, 0, 1, 1]);
    expect([...thinnedMask(points, visible, 0.01)]).toEqual([1, 1, 1, 1, 1, 0, 0, 1, 1]);
  });

  it('thins a region west and north of the anchor tile (negative units) with many points', () => {
    const count = 50_000;
    const many = { anchor, extent: [-50, -250, 50, 250] as BBox, positions: new Float32Array(count * 2), styles: new Uint8Array(count) };
    for (let index = 0; index < count; index++) {
      many.positions[index * 2] = (index % 100) - 50;
      many.positions[index * 2 + 1] = Math.floor(index / 100) - 250;
    }
    const shown = thinnedMask(many, new Uint8Array(count).fill(1), 10);
    // A 100 x 500 unit grid of points in cells of 10: 10 x 50 cells, one point each.
    expect(shown.reduce((sum, value) => sum + value, 0)).toBe(500);
    // The last point of the last cell is the one kept.
    expect(shown[count - 1]).toBe(1);
  });
});

describe('drawOrder and bucketRanges', () => {
  const anchor = { x: 0, y: 0, z: 0 };
  // A region of 320 x 320 units: buckets of 10 x 10. Bucket columns/rows are position / 10.
  const extent: BBox = [0, 0, 320, 320];
  const at = (...xy: number[]) => ({ anchor, extent, positions: Float32Array.from(xy), styles: new Uint8Array(xy.length / 2) });
  // 0: bucket (row 0, col 0); 1: (row 31, col 31), on the far edge; 2: (0, 0) again, after 0;
  // 3: outside the region; 4: (row 5, col 3); 5: hidden (not shown); 6: (row 5, col 20).
  const points = at(1, 1, 320, 320, 5, 5, -40, 10, 35, 55, 36, 56, 205, 55);
  const shown = Uint8Array.of(1, 1, 1, 1, 1, 0, 1);
  const { order, starts } = drawOrder(points, shown);
  const drawnIn = (view: [number, number, number, number]) =>
    bucketRanges(points, starts, view).flatMap(([start, end]) => [...order.subarray(start, end)]);

  it('sorts the shown installations bucket by bucket, input order within one, outside ones last', () => {
    expect([...order]).toEqual([0, 2, 4, 6, 1, 3]);
    expect(starts).toHaveLength(BUCKET_GRID * BUCKET_GRID + 2);
    expect(starts[BUCKET_GRID * BUCKET_GRID + 1]).toBe(6);
  });

  it('draws everything for a view over the whole region, each installation once', () => {
    expect(drawnIn([-1000, -1000, 1000, 1000]).sort()).toEqual([0, 1, 2, 3, 4, 6]);
    // Whole rows merge: the region plus the outside run is a single range.
    expect(bucketRanges(points, starts, [-1000, -1000, 1000, 1000])).toEqual([[0, 6]]);
  });

  it('draws only the buckets a view touches, and always what lies outside the region', () => {
    expect(drawnIn([30, 50, 40, 60])).toEqual([4, 3]);
    expect(drawnIn([0, 0, 9, 9])).toEqual([0, 2, 3]);
    // Row 5 from column 3 to 20: both of its installations, one run.
    expect(bucketRanges(points, starts, [30, 50, 209, 59])).toEqual([[2, 4], [5, 6]]);
    // A view beside the region: only the outside run.
    expect(drawnIn([400, 400, 500, 500])).toEqual([3]);
  });

  it('keeps a point outside the region drawn even where no bucket is in view, so it cannot be culled away', () => {
    const far = at(10000, 10000);
    const drawn = drawOrder(far, Uint8Array.of(1));
    expect(bucketRanges(far, drawn.starts, [9990, 9990, 10010, 10010])).toEqual([[0, 1]]);
  });
});
