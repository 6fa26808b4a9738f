// A map camera as links carry it: centre and zoom, at the precision the URL keeps.

export interface MapPosition {
  lng: number;
  lat: number;
  zoom: number;
}

/** Zoom to 1/100, longitude and latitude to 5 decimals (~1 m). */
const ZOOM_DECIMALS = 2;
const DEGREE_DECIMALS = 5;

/** `zoom,lat,lng` as the `map` URL parameter writes it. */
export function formatPosition({ zoom, lat, lng }: MapPosition): string {
  return `${zoom.toFixed(ZOOM_DECIMALS)},${lat.toFixed(DEGREE_DECIMALS)},${lng.toFixed(DEGREE_DECIMALS)}`;
}

/** `formatPosition`'s text back, or undefined when it is not a position on Earth at a zoom MapLibre shows. */
export function parsePosition(text: string | null): MapPosition | undefined {
  const parts = (text ?? '').split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return undefined;
  const [zoom, lat, lng] = parts as [number, number, number];
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && zoom >= 0 && zoom <= 24 ? { lng, lat, zoom } : undefined;
}

/** Whether two positions are the same at the URL's precision: a position read back from a link equals the camera it was written from. */
export function samePosition(a: MapPosition | undefined, b: MapPosition | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && formatPosition(a) === formatPosition(b));
}
