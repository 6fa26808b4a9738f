import type { Installation } from '../domain/installation';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationStatus, type InstallationType } from '../domain/installationKinds';

// The installations as columns: one typed array per field the coverage engine,
// the shared filters and the charts read on every change. Built in one pass per
// data change; afterwards no code walks 100,000 installation objects again.
// Why it matters: rows decoded from IndexedDB come in several object shapes
// (optional fields), so every property read on them is a slow megamorphic load
// (~70 ms per pass at 100,000); integer compares on typed arrays cost ~1 ms.

const dayMilliseconds = 86_400_000;
/** `removed` of an installation without a removal date: later than any real day. */
export const NO_REMOVAL = 2_147_483_647;

export const typeCode = new Map<InstallationType, number>(INSTALLATION_TYPES.map((type, code) => [type, code]));
export const statusCode = new Map<InstallationStatus, number>(INSTALLATION_STATUSES.map((status, code) => [status, code]));
export const TERPASANG = statusCode.get('terpasang')!;
export const DILEPAS = statusCode.get('dilepas')!;

const ZERO = 48;
const DASH = 45;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `at`, or -100000 when it is not a digit (which makes any field it is in negative, so out of range). */
function digit(date: string, at: number): number {
  const code = date.charCodeAt(at) - ZERO;
  return code >= 0 && code <= 9 ? code : -100_000;
}

/** Days from 1970-01-01 to year/month/day of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date; orders exactly like the ISO
 * strings. Read from the character codes (10× faster than Date.parse); anything
 * that is not a plain valid date throws, naming it, instead of becoming NaN.
 */
export function dayNumber(date: string): number {
  // No allocation and no regular expression: this runs twice per installation on load.
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH || year < 0 || month < 1 || month > 12
    || day < 1 || day > MONTH_DAYS[month - 1]! + leap) {
    throw new Error(`Not a YYYY-MM-DD date: "${date}"`);
  }
  return daysFromCivil(year, month, day);
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The YYYY-MM-DD date of a day number. */
export const dayDate = (day: number): string => new Date(day * dayMilliseconds).toISOString().slice(0, 10);

export interface InstallationColumns {
  /** Number of installations (rows) in every column. */
  count: number;
  lng: Float64Array;
  lat: Float64Array;
  /** Index into INSTALLATION_TYPES. */
  type: Uint8Array;
  /** Index into INSTALLATION_STATUSES of the recorded (current) status. */
  status: Uint8Array;
  /** Day number (`dayNumber`) of installedAt. */
  installed: Int32Array;
  /** Day number of removedAt; NO_REMOVAL when there is none. */
  removed: Int32Array;
}

function dayOf(value: string, field: string, index: number): number {
  try {
    return dayNumber(value);
  } catch (error) {
    throw new Error(`Installation ${index + 1}, ${field}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

type ColumnSource = Pick<Installation, 'type' | 'status' | 'installedAt' | 'removedAt' | 'lng' | 'lat'>;

/** Columns for `count` installations, all zero until `fillColumns` writes them. */
export function createColumns(count: number): InstallationColumns {
  return {
    count, lng: new Float64Array(count), lat: new Float64Array(count), type: new Uint8Array(count), status: new Uint8Array(count),
    installed: new Int32Array(count), removed: new Int32Array(count),
  };
}

/**
 * Writes rows `start` to `end` (exclusive) of `items` into `columns`, so a caller can
 * fill 100,000 rows in slices between which the page stays responsive.
 * A row the schema would reject throws, naming its position and field.
 */
export function fillColumns(columns: InstallationColumns, items: ReadonlyArray<ColumnSource>, start: number, end: number): void {
  for (let index = start; index < end; index++) {
    const item = items[index]!;
    const type = typeCode.get(item.type);
    const status = statusCode.get(item.status);
    if (type === undefined || status === undefined) throw new Error(`Installation ${index + 1}: unknown type "${item.type}" or status "${item.status}"`);
    columns.lng[index] = item.lng;
    columns.lat[index] = item.lat;
    columns.type[index] = type;
    columns.status[index] = status;
    columns.installed[index] = dayOf(item.installedAt, 'installedAt', index);
    columns.removed[index] = item.removedAt === undefined ? NO_REMOVAL : dayOf(item.removedAt, 'removedAt', index);
  }
}

/** All rows in one pass (~15 ms at 100,000). */
export function installationColumns(items: ReadonlyArray<ColumnSource>): InstallationColumns {
  const columns = createColumns(items.length);
  fillColumns(columns, items, 0, items.length);
  return columns;
}

/**
 * Status code on day `asOfDay`, or -1 when not yet put up: the rule of `statusOn`
 * (src/geo/computeCoverage.ts) on integers. Removed by then → dilepas; recorded
 * dilepas with a later removal date → it still stood (terpasang).
 */
export function statusCodeOn(columns: Pick<InstallationColumns, 'installed' | 'removed' | 'status'>, index: number, asOfDay: number): number {
  if (columns.installed[index]! > asOfDay) return -1;
  const removed = columns.removed[index]!;
  if (removed <= asOfDay) return DILEPAS;
  const recorded = columns.status[index]!;
  return recorded === DILEPAS && removed !== NO_REMOVAL ? TERPASANG : recorded;
}
