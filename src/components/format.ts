// Numbers, percentages and dates formatted per UI language (id-ID: 1.234,5).
// Intl formatters are costly to build (~50 µs each) and tables format thousands
// of cells per scroll, so one formatter per (locale, options) is kept.

/** BCP 47 locale for a UI language. */
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeFor(language), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** `formatNumber(1234.5, 'id')` → `1.234,5`; at most `fractionDigits` decimals (default 1). */
export function formatNumber(value: number, language: string, fractionDigits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(language, { maximumFractionDigits: fractionDigits }).format(value);
}

/** `formatPercent(0.123, 'id')` → `12,3%`; the value is a share (0–1), not a percentage. */
export function formatPercent(share: number, language: string, fractionDigits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return numberFormat(language, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `formatDate('2026-03-05', 'id')` → `5 Mar 2026`. Dates are calendar days without
 * a zone, so they are read and printed in UTC: a local zone would shift them by a day.
 * Anything that is not `YYYY-MM-DD` is returned unchanged rather than hidden.
 */
export function formatDate(isoDate: string, language: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time)) return isoDate;
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(language), { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(time);
}

/**
 * `formatDateTime('2026-03-01T08:00:00.000Z', 'id')` → `1 Mar 2026, 15.00`: a moment
 * (when something was saved) as the clock in Batam showed it (WIB), whatever the device's zone.
 * Anything that is not a date-time is returned unchanged.
 */
export function formatDateTime(isoDateTime: string, language: string): string {
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) return isoDateTime;
  const key = `${language}|datetime`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' });
    dateFormats.set(key, format);
  }
  return format.format(time);
}

/**
 * Builds the formatters that the first render with data needs. A page's first Intl
 * formatter loads the locale data (in Chromium ~50 ms for the first NumberFormat,
 * 5–20 ms for the first DateTimeFormat; the next ones, other locales too, well under
 * a millisecond). Called in an idle moment at start-up, while the boundaries and the
 * installations load, that cost leaves the task that first draws the page's numbers.
 */
export function prepareFormats(language: string): void {
  formatNumber(0, language, 0);
  formatDate('2026-01-01', language);
}
