import { describe, expect, it } from 'vitest';
import type { BBox } from '../../domain/region';
import { parseAngle, parseCoordinatePair, parseDecimal, shouldSwap } from './coordinates';

const BATAM: BBox = [103.6, 0.5, 104.5, 1.4];

describe('coordinates', () => {
  it('reads decimal points and decimal commas, and refuses thousands separators', () => {
    expect(parseDecimal('1.1452')).toBe(1.1452);
    expect(parseDecimal('1,1452')).toBe(1.1452);
    expect(parseDecimal('-0,5')).toBe(-0.5);
    expect(parseDecimal('1.234,5')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });

  it.each([
    [`1°8'12.3"N`, 1 + 8 / 60 + 12.3 / 3600],
    [`104°0'5.1"E`, 104 + 5.1 / 3600],
    [`6°10'30"S`, -(6 + 10 / 60 + 30 / 3600)],
    [`N 1° 8′ 12,3″`, 1 + 8 / 60 + 12.3 / 3600],
    [`1°8'12.3''U`, 1 + 8 / 60 + 12.3 / 3600],
    [`104º 30'`, 104.5],
  ])('reads the angle %s', (text, expected) => {
    expect(parseAngle(text)).toBeCloseTo(expected, 7);
  });

  it('refuses minutes or seconds of 60 and more', () => {
    expect(parseAngle(`1°61'0"N`)).toBeUndefined();
  });

  it.each([
    ['1.1452, 104.0151'],
    ['1.1452,104.0151'],
    ['1,1452; 104,0151'],
    ['1,1452, 104,0151'],
    ['1,1452 104,0151'],
    ['1.1452 / 104.0151'],
  ])('reads the pair "%s" as lat, lng', (text) => {
    expect(parseCoordinatePair(text)).toEqual({ lat: 1.1452, lng: 104.0151 });
  });

  it('reads DMS pairs in either order when hemispheres are given', () => {
    const pair = parseCoordinatePair(`1°8'12.3"N 104°0'5.1"E`);
    expect(pair?.lat).toBeCloseTo(1.13675, 6);
    expect(pair?.lng).toBeCloseTo(104.00141667, 6);
    expect(parseCoordinatePair(`104°0'5.1"E, 1°8'12.3"N`)).toEqual(pair);
  });

  it('refuses text that is not exactly two numbers', () => {
    expect(parseCoordinatePair('1.1452')).toBeUndefined();
    expect(parseCoordinatePair('1,104')).toBeUndefined();
    expect(parseCoordinatePair('Jl. Sudirman 12, 14')).toBeUndefined();
    expect(parseCoordinatePair('1, 2, 3')).toBeUndefined();
  });

  it('swaps only when the swapped pair is in the region and the original is not', () => {
    expect(shouldSwap(BATAM, { lat: 104.0151, lng: 1.1452 })).toBe(true);
    expect(shouldSwap(BATAM, { lat: 1.1452, lng: 104.0151 })).toBe(false);
    expect(shouldSwap(BATAM, { lat: 98.6, lng: 3.5 })).toBe(false);
  });
});
