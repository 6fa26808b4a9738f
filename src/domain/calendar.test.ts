import { describe, expect, it } from 'vitest';
import { todayInJakarta } from './calendar';

describe('todayInJakarta', () => {
  it('gives the calendar day in Batam (UTC+7), whatever the machine zone', () => {
    expect(todayInJakarta(new Date('2026-01-05T16:59:00Z'))).toBe('2026-01-05');
    expect(todayInJakarta(new Date('2026-01-05T17:00:00Z'))).toBe('2026-01-06');
    expect(todayInJakarta(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
