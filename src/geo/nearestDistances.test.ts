import { describe, expect, it } from 'vitest';
import { seededRandom } from './fixtures/random';
import { haversineMeters } from './measure';
import { nearestDistances } from './nearestDistances';

describe('nearestDistances', () => {
  it('equals a brute-force minimum over all sources, across Indonesia-wide extents', () => {
    const random = seededRandom(11);
    const count = 3000;
    const lngs = Float64Array.from({ length: count }, () => 95 + random() * 46);
    const lats = Float64Array.from({ length: count }, () => -11 + random() * 17);
    const sources = Array.from({ length: count }, (_, i) => i).filter((i) => i % 13 === 0);
    const result = nearestDistances(lngs, lats, sources);
    for (let i = 0; i < count; i++) {
      let best = Infinity;
      for (const source of sources) best = Math.min(best, haversineMeters(lngs[i]!, lats[i]!, lngs[source]!, lats[source]!));
      expect(result[i]).toBe(best);
    }
  });

  it('is 0 for a source itself and NaN without sources; handles a single source', () => {
    const lngs = new Float64Array([104, 104.1]);
    const lats = new Float64Array([1, 1]);
    expect([...nearestDistances(lngs, lats, [])].every(Number.isNaN)).toBe(true);
    const result = nearestDistances(lngs, lats, [0]);
    expect(result[0]).toBe(0);
    expect(result[1]).toBeCloseTo(11_119.5 * Math.cos(Math.PI / 180), 0); // 0.1° of longitude at 1° N
  });
});
