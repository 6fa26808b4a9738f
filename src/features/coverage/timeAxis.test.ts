import { describe, expect, it } from 'vitest';
import { dayDate, dayNumber } from './installationDays';
import { formatMonth, monthTicks, monthTicksFitting } from './timeAxis';

const dates = (ticks: number[]) => ticks.map(dayDate);
const monthIndex = (day: number) => {
  const date = dayDate(day);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
};

describe('monthTicks', () => {
  it('puts a tick on the first of every month when they fit', () => {
    expect(dates(monthTicks(dayNumber('2026-01-15'), dayNumber('2026-05-01')))).toEqual(['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']);
    // A span starting on the first includes it.
    expect(dates(monthTicks(dayNumber('2026-01-01'), dayNumber('2026-02-10')))).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('steps by two months, counted from January, for the default campaign year', () => {
    expect(dates(monthTicks(dayNumber('2026-01-01'), dayNumber('2026-12-31')))).toEqual(
      ['2026-01-01', '2026-03-01', '2026-05-01', '2026-07-01', '2026-09-01', '2026-11-01'],
    );
    expect(dates(monthTicks(dayNumber('2026-03-01'), dayNumber('2026-12-31'), 4))).toEqual(['2026-04-01', '2026-07-01', '2026-10-01']);
  });

  it('steps by whole years over long spans and crosses leap days', () => {
    expect(dates(monthTicks(dayNumber('2020-02-29'), dayNumber('2031-06-30'), 6))).toEqual(
      ['2022-01-01', '2024-01-01', '2026-01-01', '2028-01-01', '2030-01-01'],
    );
  });

  it('gives no ticks for an empty span or one inside a month', () => {
    expect(monthTicks(dayNumber('2026-03-01'), dayNumber('2026-02-01'))).toEqual([]);
    expect(monthTicks(dayNumber('2026-03-02'), dayNumber('2026-03-31'))).toEqual([]);
    expect(monthTicks(Number.NaN, dayNumber('2026-03-31'))).toEqual([]);
  });

  it('keeps every tick a first of month inside the span, evenly stepped, at most maxTicks, with the smallest step that fits', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let sample = 0; sample < 500; sample++) {
      const first = dayNumber('2000-01-01') + Math.floor(random() * 20_000);
      const last = first + Math.floor(random() * 5_000);
      const maxTicks = 2 + Math.floor(random() * 10);
      const ticks = monthTicks(first, last, maxTicks);
      const label = `${dayDate(first)}..${dayDate(last)} max ${maxTicks}`;
      expect(ticks.length, label).toBeLessThanOrEqual(maxTicks);
      expect(ticks.every((tick) => dayDate(tick).endsWith('-01') && tick >= first && tick <= last), label).toBe(true);
      const months = ticks.map(monthIndex);
      const steps = new Set(months.slice(1).map((month, position) => month - months[position]!));
      expect(steps.size, label).toBeLessThanOrEqual(1);
      // One month more often would not fit (or there is nothing to thin).
      const step = [...steps][0];
      if (step !== undefined && step > 1 && step <= 12) {
        const smaller = [1, 2, 3, 4, 6, 12].filter((candidate) => candidate < step);
        for (const candidate of smaller) {
          const count = months.length === 0 ? 0 : Array.from({ length: monthIndex(last) - monthIndex(first) + 1 }, (_, offset) => monthIndex(first) + offset)
            .filter((month) => month % candidate === 0 && dayNumber(`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`) >= first).length;
          expect(count, `${label} step ${candidate}`).toBeGreaterThan(maxTicks);
        }
      }
    }
  });
});

describe('formatMonth', () => {
  it('names the month and year in the UI language, in UTC', () => {
    expect(formatMonth(dayNumber('2026-08-01'), 'id')).toBe('Agu 2026');
    expect(formatMonth(dayNumber('2026-08-01'), 'en')).toBe('Aug 2026');
    expect(formatMonth(dayNumber('2026-12-31'), 'en')).toBe('Dec 2026');
  });
});

describe('monthTicksFitting', () => {
  const [first, last] = [dayNumber('2026-03-04'), dayNumber('2026-11-26')];
  const gaps = (ticks: number[], plotWidth: number) => ticks.slice(1).map((tick, index) => ((tick - ticks[index]!) * plotWidth) / (last - first));

  it('keeps every month label 80 px from the next, with as many labels as fit', () => {
    expect(dates(monthTicksFitting(first, last, 600))).toEqual(['2026-05-01', '2026-07-01', '2026-09-01', '2026-11-01']);
    expect(dates(monthTicksFitting(first, last, 300))).toEqual(['2026-04-01', '2026-07-01', '2026-10-01']);
    for (const width of [1000, 600, 300, 200]) expect(Math.min(...gaps(monthTicksFitting(first, last, width), width))).toBeGreaterThanOrEqual(80);
  });

  it('falls back to one label when two would collide (a phone-wide chart)', () => {
    // May and September are 123 days apart: 78 px on a 170 px axis over these 267 days.
    expect(dates(monthTicksFitting(first, last, 170))).toEqual(['2026-07-01']);
  });
});
