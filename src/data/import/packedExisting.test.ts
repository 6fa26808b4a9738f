import { describe, expect, it } from 'vitest';
import { packExisting, unpackExisting } from './packedExisting';

describe('packed existing installations', () => {
  const existing = [
    { id: 'a', type: 'baliho' as const, lat: 1.1452, lng: 104.0151 },
    { id: 'b', type: 'poster' as const, lat: 1.17, lng: 104.12 },
  ];

  it('cross as typed arrays and come back the same', () => {
    const packed = packExisting(existing);
    expect(packed.coordinates).toBeInstanceOf(Float64Array);
    expect(unpackExisting(structuredClone(packed))).toEqual(existing);
  });

  it('are packed once per list', () => {
    expect(packExisting(existing)).toBe(packExisting(existing));
    expect(packExisting([...existing])).not.toBe(packExisting(existing));
  });
});
