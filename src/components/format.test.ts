import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';

describe('locale formatting', () => {
  it('uses Indonesian separators by default and English ones on request', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(100000, 'id')).toBe('100.000');
  });

  it('rounds to the requested number of decimals', () => {
    expect(formatNumber(2.345, 'en', 2)).toBe('2.35');
    expect(formatNumber(2.345, 'id', 0)).toBe('2');
  });

  it('formats shares as percentages', () => {
    expect(formatPercent(0.123, 'id')).toBe('12,3%');
    expect(formatPercent(0.123, 'en')).toBe('12.3%');
    expect(formatPercent(5 / 64, 'id')).toBe('7,8%');
  });

  it('shows a dash for values that are not numbers instead of NaN', () => {
    expect(formatNumber(Number.NaN, 'id')).toBe('–');
    expect(formatPercent(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });

  it('prints calendar dates without shifting them across time zones', () => {
    expect(formatDate('2026-03-05', 'id')).toBe('5 Mar 2026');
    expect(formatDate('2026-08-17', 'id', 'long')).toBe('17 Agustus 2026');
    expect(formatDate('2026-08-17', 'en', 'long')).toBe('17 August 2026');
    expect(formatDate('2026-12-31', 'en', 'short')).toBe('31/12/2026');
  });

  it('returns malformed dates unchanged so bad data stays visible', () => {
    expect(formatDate('31/02/2026', 'id')).toBe('31/02/2026');
  });

  it('prints a saved moment on the clock in Batam (WIB), in the UI language', () => {
    expect(formatDateTime('2026-03-01T08:00:00.000Z', 'id')).toBe('1 Mar 2026, 15.00');
    expect(formatDateTime('2026-03-01T20:30:00.000Z', 'en')).toBe('2 Mar 2026, 03:30');
    expect(formatDateTime('kemarin', 'id')).toBe('kemarin');
  });
});
