import { describe, expect, it } from 'vitest';
import { DuplicateFinder } from './duplicates';

// At Batam's latitude 1e-5° is about 1.11 m in both directions.
describe('DuplicateFinder', () => {
  it('finds the nearest same-type point within 5 m, across cell borders', () => {
    const finder = new DuplicateFinder(1.1);
    finder.add({ reference: { row: 1 }, type: 'baliho', lng: 104.0, lat: 1.1 });
    finder.add({ reference: { id: 'a' }, type: 'baliho', lng: 104.00003, lat: 1.1 });
    const match = finder.find('baliho', 104.00004, 1.1);
    expect(match?.reference).toEqual({ id: 'a' });
    expect(match?.distanceMetres).toBeCloseTo(1.11, 1);
    expect(finder.find('baliho', 104.0, 1.10004)?.reference).toEqual({ row: 1 });
  });

  it('ignores other types and points beyond the radius', () => {
    const finder = new DuplicateFinder(1.1);
    finder.add({ reference: { row: 1 }, type: 'baliho', lng: 104.0, lat: 1.1 });
    expect(finder.find('poster', 104.0, 1.1)).toBeUndefined();
    expect(finder.find('baliho', 104.0, 1.10005)).toBeUndefined();
  });

  it('finds every repeat among 100,000 points (grid hash; timing lives in the bench, not here)', () => {
    const finder = new DuplicateFinder(1.1);
    let found = 0;
    for (let index = 0; index < 100_000; index++) {
      // A 300 x 334 grid 110 m apart, every 7th point repeated 2 m away.
      const lng = 104 + (index % 300) * 0.001 + (index % 7 === 0 ? 0.00002 : 0);
      const lat = 1 + Math.floor(index / 300) * 0.001;
      if (finder.find('baliho', lng, lat)) found++;
      finder.add({ reference: { row: index + 1 }, type: 'baliho', lng, lat });
      if (index % 7 === 0) {
        if (finder.find('baliho', lng - 0.00002, lat)) found++;
      }
    }
    expect(found).toBe(Math.ceil(100_000 / 7));
  });
});
