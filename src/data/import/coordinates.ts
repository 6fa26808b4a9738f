import type { BBox } from '../../domain/region';

export interface LatLng {
  lat: number;
  lng: number;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
// Degrees with optional minutes and seconds, hemisphere before or after:
// `1°8'12.3"N`, `N 1° 8' 12.3"`, `104º0'5,1''E`. Spreadsheets and phones use
// several look-alike symbols for degree, minute and second marks.
const DMS = new RegExp(
  String.raw`([NSEWUTB])?\s*(-?${NUMBER})\s*[°º˚]\s*(?:(${NUMBER})\s*['′’‘](?!['′’])\s*)?(?:(${NUMBER})\s*(?:"|″|”|“|''|′′|’’)\s*)?([NSEWUTB])?`,
  'g',
);

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** A plain decimal number, with a decimal point or (Indonesian spreadsheets) a decimal comma. */
export function parseDecimal(text: string): number | undefined {
  const value = text.trim();
  if (!/^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(value)) return undefined;
  return Number(value.replace(',', '.').replace(/^\+/, ''));
}

interface Angle {
  value: number;
  /** 'lat' for N/S (Indonesian U/S), 'lng' for E/W (Indonesian T/B), undefined when not stated. */
  axis: 'lat' | 'lng' | undefined;
}

// Indonesian compass letters: Utara (N), Selatan (S), Timur (E), Barat (W).
const HEMISPHERE: Record<string, { axis: 'lat' | 'lng'; sign: 1 | -1 }> = {
  N: { axis: 'lat', sign: 1 }, U: { axis: 'lat', sign: 1 }, S: { axis: 'lat', sign: -1 },
  E: { axis: 'lng', sign: 1 }, T: { axis: 'lng', sign: 1 }, W: { axis: 'lng', sign: -1 }, B: { axis: 'lng', sign: -1 },
};

function parseAngles(text: string): Angle[] | undefined {
  const angles: Angle[] = [];
  for (const match of text.matchAll(DMS)) {
    const [, before, degrees = '0', minutes = '0', seconds = '0', after] = match;
    const letter = (before ?? after)?.toUpperCase();
    const hemisphere = letter ? HEMISPHERE[letter] : undefined;
    const magnitude = Math.abs(toNumber(degrees)) + toNumber(minutes) / 60 + toNumber(seconds) / 3600;
    const negative = degrees.startsWith('-') || hemisphere?.sign === -1;
    if (toNumber(minutes) >= 60 || toNumber(seconds) >= 60) return undefined;
    // Rounded to 1e-8° (about 1 mm) so 12.0" does not come out as 1.1700000000000002.
    const rounded = Math.round(magnitude * 1e8) / 1e8;
    angles.push({ value: negative ? -rounded : rounded, axis: hemisphere?.axis });
  }
  // Anything left over besides separators means the cell is not a DMS pair.
  const rest = text.replace(DMS, '').replace(/[\s,;/]/g, '');
  return angles.length > 0 && rest === '' ? angles : undefined;
}

/** One latitude or longitude cell: decimal (point or comma) or degrees-minutes-seconds. */
export function parseAngle(text: string): number | undefined {
  const decimal = parseDecimal(text);
  if (decimal !== undefined) return decimal;
  const angles = parseAngles(text);
  return angles?.length === 1 ? angles[0]?.value : undefined;
}

/**
 * A single "koordinat" cell holding both values, as copied from a map app:
 * `1.1234, 104.0123`, `1,1234; 104,0123`, `1,1234 104,0123` or DMS like
 * `1°8'12.3"N 104°0'5.1"E`. Order is lat, lng unless hemisphere letters say otherwise.
 */
export function parseCoordinatePair(text: string): LatLng | undefined {
  const value = text.trim();
  if (/[°º˚]/.test(value)) {
    const angles = parseAngles(value);
    if (!angles || angles.length !== 2) return undefined;
    const [first, second] = angles as [Angle, Angle];
    if (first.axis === 'lng' || second.axis === 'lat') return { lat: second.value, lng: first.value };
    return { lat: first.value, lng: second.value };
  }
  // Numbers take a decimal comma only when digits follow directly, so the
  // separator ", " (or ";" or a space) between the two values is never eaten.
  const numbers = value.match(/[+-]?\d+(?:[.,]\d+)?/g);
  const leftover = value.replace(/[+-]?\d+(?:[.,]\d+)?/g, '').replace(/[\s,;/]/g, '');
  if (!numbers || numbers.length !== 2 || leftover !== '') return undefined;
  return { lat: toNumber(numbers[0] ?? ''), lng: toNumber(numbers[1] ?? '') };
}

export function inBBox(bbox: BBox, lng: number, lat: number): boolean {
  const [west, south, east, north] = bbox;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

export function isValidLatLng({ lat, lng }: LatLng): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/**
 * Spreadsheets often have latitude and longitude in each other's columns.
 * For Batam (lat ≈ 0.5..1.4, lng ≈ 103.6..104.5) the swap is unambiguous:
 * correct it when the swapped pair lies in the region and the original does not.
 */
export function shouldSwap(bbox: BBox, point: LatLng): boolean {
  return !inBBox(bbox, point.lng, point.lat) && inBBox(bbox, point.lat, point.lng);
}
