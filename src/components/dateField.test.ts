import { describe, expect, it } from 'vitest';
import { formatDateField, parseDateField } from './dateField';

describe('formatDateField', () => {
  it('writes an ISO date day first, as id-ID and en-GB do', () => {
    expect(formatDateField('2026-10-31')).toBe('31/10/2026');
    expect(formatDateField('2026-01-05')).toBe('05/01/2026');
  });

  it('leaves an empty or unknown value as it is', () => {
    expect(formatDateField('')).toBe('');
    expect(formatDateField('Oktober')).toBe('Oktober');
  });
});

describe('parseDateField', () => {
  it('reads a date written day first, with any usual separator', () => {
    expect(parseDateField('31/10/2026')).toBe('2026-10-31');
    expect(parseDateField(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseDateField('31-10-2026')).toBe('2026-10-31');
    expect(parseDateField('31.10.2026')).toBe('2026-10-31');
  });

  it('reads the ISO form too (year first)', () => {
    expect(parseDateField('2026-10-31')).toBe('2026-10-31');
    expect(parseDateField('2026-2-1')).toBe('2026-02-01');
  });

  it('gives an empty field as empty', () => {
    expect(parseDateField('   ')).toBe('');
  });

  it('refuses what is not a whole calendar day', () => {
    for (const text of ['31/02/2026', '29/02/2026', '32/01/2026', '01/13/2026', '00/10/2026', '31/10/26', '31/10', '2026', 'kemarin', '12/31/2026', '01/01/1066']) {
      expect(parseDateField(text), text).toBeUndefined();
    }
    expect(parseDateField('29/02/2028')).toBe('2028-02-29');
  });

  it('reads back what it writes', () => {
    for (const iso of ['2026-01-01', '2026-12-31', '2028-02-29']) expect(parseDateField(formatDateField(iso))).toBe(iso);
  });
});
