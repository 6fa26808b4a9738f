import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026-3-5', '2026-03-05'],
    ['2026-03-15T08:30:00+07:00', '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['5/3/2026', '2026-03-05'],
    ['15-03-2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['15/03/2026 08:30', '2026-03-15'],
    ['15 Maret 2026', '2026-03-15'],
    ['1 Agustus 2026', '2026-08-01'],
    ['29 Feb 2024', '2024-02-29'],
  ])('reads %s', (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each(['31/02/2026', '29/02/2026', '2026-13-01', '00/01/2026', '31 April 2026'])('knows %s is not on the calendar', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each(['kemarin', '15/03/26', '2026/03/15x', '15 Smarch 2026', ''])('refuses %s', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'invalid' });
  });
});
