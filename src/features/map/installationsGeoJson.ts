import type { FeatureCollection, Point } from 'geojson';
import { INSTALLATION_TYPES, type Installation, type InstallationStatus, type InstallationType } from '../../data/installation';
import { statusOn } from '../../geo/computeCoverage';
import { dateNumber } from './installationFilter';

// The installations source is built once per data or as-of change and carries
// every attribute the shared filters test, so a filter change is only a layer
// filter (installationFilter.ts) and never rebuilds or re-sends 100,000 points.

export interface InstallationPointProperties {
  id: string;
  type: InstallationType;
  /** Status on the as-of date, so the map shows the past as it was (drawing only). */
  status: InstallationStatus;
  /** The recorded status: what the shared status filter tests (as `applyFilters` does). */
  recordedStatus: InstallationStatus;
  /** The kelurahan the point lies in; '' when outside the region. */
  kelurahanKode: string;
  /** installedAt as the number YYYYMMDD (see `dateNumber`), for the date-range filter. */
  installedDate: number;
}

export interface InstallationPointOptions {
  /** `YYYY-MM-DD`: drop installations not yet put up, show the status on that day. */
  asOf?: string;
}

/** Calls `visit` with the properties and position of each installation on the map, in input order. */
function eachPoint(
  installations: readonly Installation[],
  actualKode: readonly (string | null | undefined)[],
  options: InstallationPointOptions,
  visit: (properties: InstallationPointProperties, installation: Installation) => void,
): void {
  installations.forEach((installation, index) => {
    const status = options.asOf ? statusOn(installation, options.asOf) : installation.status;
    if (status === null) return;
    visit({
      id: installation.id, type: installation.type, status, recordedStatus: installation.status,
      kelurahanKode: actualKode[index] ?? '', installedDate: dateNumber(installation.installedAt),
    }, installation);
  });
}

/**
 * Installations as map points. `actualKode[i]` is the kelurahan point i lies in
 * (from the spatial join): the map shows where a thing stands, not where a form
 * said it stands.
 */
export function installationsToGeoJson(
  installations: readonly Installation[],
  actualKode: readonly (string | null | undefined)[],
  options: InstallationPointOptions = {},
): FeatureCollection<Point, InstallationPointProperties> {
  const features: FeatureCollection<Point, InstallationPointProperties>['features'] = [];
  eachPoint(installations, actualKode, options, (properties, installation) => {
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [installation.lng, installation.lat] }, properties });
  });
  return { type: 'FeatureCollection', features };
}

/** GeoJSON as pieces of text (strings, or Blobs already holding text) for `new Blob(parts)`. */
export interface GeoJsonText {
  readonly parts: readonly BlobPart[];
}

export const GEOJSON_TEXT_HEAD = '{"type":"FeatureCollection","features":[';
export const GEOJSON_TEXT_TAIL = ']}';

/**
 * The features of installations [start, end) as JSON text, each preceded by a
 * comma when `afterFeature` (a feature was written before). Same content as
 * `installationsToGeoJson`; numbers print as in JSON.stringify. Also fills
 * `legendCodes[index]` (its index into INSTALLATION_TYPES, or -1 when not
 * yet put up on `asOf`, so not on the map) in the same pass, since reading the
 * installation objects is the expensive part.
 * Why text: MapLibre copies an object handed to `setData` to its worker on the
 * main thread (~1 s for 100,000 points), while text behind a blob: URL is
 * fetched and parsed in the worker. Writing it costs ~1 µs per point.
 */
export function installationFeaturesText(
  installations: readonly Installation[],
  actualKode: readonly (string | null | undefined)[],
  asOf: string,
  range: { start: number; end: number; afterFeature: boolean },
  legendCodes: Int8Array,
): { text: string; written: number } {
  let text = '';
  let written = 0;
  for (let index = range.start; index < range.end; index++) {
    const installation = installations[index]!;
    const status = statusOn(installation, asOf);
    legendCodes[index] = status === null ? -1 : typeCode.get(installation.type)!;
    if (status === null) continue;
    // Type and statuses are schema enums, and kodes come from the boundary data; ids are free text, so escaped.
    text += `${range.afterFeature || written > 0 ? ',' : ''}{"type":"Feature","geometry":{"type":"Point","coordinates":[${installation.lng},${installation.lat}]},`
      + `"properties":{"id":${JSON.stringify(installation.id)},"type":"${installation.type}","status":"${status}","recordedStatus":"${installation.status}",`
      + `"kelurahanKode":${JSON.stringify(actualKode[index] ?? '')},"installedDate":${dateNumber(installation.installedAt)}}}`;
    written++;
  }
  return { text, written };
}

const typeCode = new Map<InstallationType, number>(INSTALLATION_TYPES.map((type, code) => [type, code]));

/** How many of the kept installations (`indexes`, e.g. `applyFilters`' result) of each type are on the map. */
export function countTypes(codes: Int8Array, indexes: ArrayLike<number>): Partial<Record<InstallationType, number>> {
  const counts = new Uint32Array(INSTALLATION_TYPES.length);
  for (let position = 0; position < indexes.length; position++) {
    // Undefined past the end: codes built for the previous data while the new ones are written.
    const code = codes[indexes[position]!];
    if (code !== undefined && code >= 0) counts[code] = counts[code]! + 1;
  }
  return Object.fromEntries(INSTALLATION_TYPES.map((type, code) => [type, counts[code]!]));
}
