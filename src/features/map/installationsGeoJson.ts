import type { FeatureCollection, Point } from 'geojson';
import type { Installation, InstallationStatus, InstallationType } from '../../data/installation';
import { statusOn } from '../../geo/computeCoverage';

export interface InstallationPointProperties {
  id: string;
  type: InstallationType;
  /** Status on the as-of date, so the map shows the past as it was. */
  status: InstallationStatus;
  /** The kelurahan the point lies in; '' when outside the region. */
  kelurahanKode: string;
  installedAt: string;
}

export interface InstallationPointOptions {
  /** Positions kept by the shared filters (`applyFilters`); all when absent. */
  indexes?: ArrayLike<number>;
  /** `YYYY-MM-DD`: drop installations not yet put up, show the status on that day. */
  asOf?: string;
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
  const count = options.indexes ? options.indexes.length : installations.length;
  for (let position = 0; position < count; position++) {
    const index = options.indexes ? options.indexes[position]! : position;
    const installation = installations[index];
    if (!installation) continue;
    const status = options.asOf ? statusOn(installation, options.asOf) : installation.status;
    if (status === null) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [installation.lng, installation.lat] },
      properties: { id: installation.id, type: installation.type, status, kelurahanKode: actualKode[index] ?? '', installedAt: installation.installedAt },
    });
  }
  return { type: 'FeatureCollection', features };
}
