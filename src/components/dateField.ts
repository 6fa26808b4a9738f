// A calendar date as people in Indonesia write it (dd/mm/yyyy, as id-ID and en-GB print
// it), read back to the ISO form (yyyy-mm-dd) that the app and the URL keep.
import { isIsoDate } from '../geo/installationColumns';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/;

/** `2026-10-31` → `31/10/2026`; '' stays ''; anything else is returned unchanged. */
export function formatDateField(isoDate: string): string {
  const match = ISO.exec(isoDate);
  return match ? `${match[3]!.padStart(2, '0')}/${match[2]!.padStart(2, '0')}/${match[1]}` : isoDate;
}

/**
 * What a typed date means, as ISO: `31/10/2026`, `1-2-2026`, `31.10.2026` or
 * `2026-10-31` (day first unless the year is); '' for an empty field; undefined when
 * the text is not a whole date or not a day of the calendar (`31/02/2026`).
 */
export function parseDateField(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const iso = ISO.exec(trimmed);
  const dayFirst = iso ? undefined : DAY_FIRST.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : undefined;
  if (!parts || Number(parts[0]) < 1900) return undefined;
  const [year, month, day] = parts as [string, string, string];
  const isoDate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(isoDate) ? isoDate : undefined;
}
