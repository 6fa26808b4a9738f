import type { FeatureCollection, Point } from 'geojson';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation, type InstallationStatus, type InstallationType } from '../../data/installation';
import { statusOn } from '../../geo/computeCoverage';
import { dayNumber, statusCodeOn, type InstallationColumns } from '../../geo/installationColumns';

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
  /** installedAt as a day number (`dayNumber`), for the date-range filter. */
  installedDay: number;
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
      kelurahanKode: actualKode[index] ?? '', installedDay: dayNumber(installation.installedAt),
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

/** Where the map reads the installations: the typed-array columns, plus the objects for their ids only. */
export interface InstallationPointSource {
  installations: readonly Pick<Installation, 'id'>[];
  columns: Pick<InstallationColumns, 'lng' | 'lat' | 'type' | 'status' | 'installed' | 'removed'>;
  /** The kelurahan each installation lies in; null or undefined = outside the region. */
  actualKode: readonly (string | null | undefined)[];
}

/**
 * The features of installations [start, end) as JSON text, each preceded by a
 * comma when `afterFeature` (a feature was written before). Same content as
 * `installationsToGeoJson` (the reference: tests compare them); numbers print
 * as in JSON.stringify. Also fills `legendCodes[index]`: the index into
 * INSTALLATION_TYPES, or -1 when not yet put up on `asOfDay` (not on the map).
 * Why text: MapLibre copies an object handed to `setData` to its worker on the
 * main thread (~1 s for 100,000 points), while text is parsed in the worker.
 * Reads the columns, not the objects (rows from IndexedDB come in several shapes,
 * so every property read on them is slow): ~1.5 µs per point.
 */
export function installationFeaturesText(
  source: InstallationPointSource,
  asOfDay: number,
  range: { start: number; end: number; afterFeature: boolean },
  legendCodes: Int8Array,
): { text: string; written: number } {
  const { installations, columns, actualKode } = source;
  let text = '';
  let written = 0;
  for (let index = range.start; index < range.end; index++) {
    const status = statusCodeOn(columns, index, asOfDay);
    const type = columns.type[index]!;
    legendCodes[index] = status === -1 ? -1 : type;
    if (status === -1) continue;
    // Type and statuses are schema enums, and kodes come from the boundary data; ids are free text, so escaped.
    text += `${range.afterFeature || written > 0 ? ',' : ''}{"type":"Feature","geometry":{"type":"Point","coordinates":[${columns.lng[index]},${columns.lat[index]}]},`
      + `"properties":{"id":${JSON.stringify(installations[index]!.id)},"type":"${INSTALLATION_TYPES[type]}","status":"${INSTALLATION_STATUSES[status]}",`
      + `"recordedStatus":"${INSTALLATION_STATUSES[columns.status[index]!]}","kelurahanKode":${JSON.stringify(actualKode[index] ?? '')},"installedDay":${columns.installed[index]}}}`;
    written++;
  }
  return { text, written };
}

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
