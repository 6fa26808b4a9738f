import { localeFor } from '../../components/format';

// The progress chart's X axis is a number line of day numbers (days since
// 1970-01-01, see installationDays), so points sit at their real dates and the
// straight target line stays straight. Its ticks are given explicitly: Recharts
// then draws them as they are instead of measuring every label in the DOM to
// decide which to drop (~20 ms per render with ~240 daily labels).

const dayMilliseconds = 86_400_000;
/** Month steps that keep ticks on calendar boundaries: every month, 2 months, quarter, 4 months, half year, year. */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/**
 * Day numbers of the first day of a month within [firstDay, lastDay], every
 * `step` months (counted from January, so quarters start in Jan/Apr/Jul/Oct),
 * with the smallest step that gives at most `maxTicks` ticks; multi-year spans
 * step by whole years. An empty or reversed span gives no ticks.
 */
export function monthTicks(firstDay: number, lastDay: number, maxTicks = 6): number[] {
  if (!(firstDay <= lastDay) || maxTicks < 1) return [];
  const first = new Date(firstDay * dayMilliseconds);
  const last = new Date(lastDay * dayMilliseconds);
  // Months since year 0 of the first month start on or after firstDay, and of the last one on or before lastDay.
  const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  const endMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const months = endMonth - startMonth + 1;
  if (months <= 0) return [];
  const countWith = (step: number) => Math.floor((endMonth - step * Math.ceil(startMonth / step)) / step) + 1;
  let step = MONTH_STEPS.find((candidate) => countWith(candidate) <= maxTicks) ?? 12 * Math.ceil(months / 12 / maxTicks);
  while (countWith(step) > maxTicks) step += 12;
  const ticks: number[] = [];
  for (let month = step * Math.ceil(startMonth / step); month <= endMonth; month += step) {
    ticks.push(Date.UTC(Math.floor(month / 12), month % 12, 1) / dayMilliseconds);
  }
  return ticks;
}

/** Axis length one month label takes with room around it ("Sep 2026" at the axis font), in pixels. */
const MONTH_LABEL_PX = 80;

/**
 * `monthTicks` for an axis `plotWidth` pixels long: the most ticks (up to 6) whose
 * neighbours are at least 80 px apart, so their labels do not run into each other
 * (calendar steps put ticks closer than an even split would).
 */
export function monthTicksFitting(firstDay: number, lastDay: number, plotWidth: number): number[] {
  const pixelsPerDay = plotWidth / Math.max(1, lastDay - firstDay);
  for (let maxTicks = 6; maxTicks > 1; maxTicks--) {
    const ticks = monthTicks(firstDay, lastDay, maxTicks);
    if (ticks.every((tick, index) => index === 0 || (tick - ticks[index - 1]!) * pixelsPerDay >= MONTH_LABEL_PX)) return ticks;
  }
  return monthTicks(firstDay, lastDay, 1);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `formatMonth(20_454, 'id')` → `Jan 2026`: the label of a month tick (a day number), in UTC like every calendar day here. */
export function formatMonth(day: number, language: string): string {
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(language), { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(language, format);
  }
  return format.format(day * dayMilliseconds);
}
