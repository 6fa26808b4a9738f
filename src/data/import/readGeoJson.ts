import type { Feature } from 'geojson';
import type { FileProblem, SourceRecord, SourceTable } from './readTable';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function featuresOf(data: unknown): Feature[] | FileProblem {
  if (typeof data !== 'object' || data === null) return { code: 'file_geojson_invalid', params: { detail: 'not an object' } };
  const object = data as { type?: unknown; features?: unknown };
  if (object.type === 'Feature') return [object as Feature];
  if (object.type === 'FeatureCollection' && Array.isArray(object.features)) return object.features as Feature[];
  return { code: 'file_geojson_invalid', params: { detail: `expected a FeatureCollection, got ${cellText(object.type) || 'no type'}` } };
}

/**
 * Turns point features into records with one column per property, plus
 * `lng`/`lat` from the geometry so that rejected features can be written out
 * as a CSV the user can fix.
 */
export function readGeoJson(data: unknown, visit: (record: SourceRecord) => void): SourceTable | FileProblem {
  const features = featuresOf(data);
  if (!Array.isArray(features)) return features;
  const propertyNames: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    for (const name of Object.keys(feature?.properties ?? {})) {
      if (!seen.has(name)) propertyNames.push(name);
      seen.add(name);
    }
  }
  const geometryColumns = ['lng', 'lat'].filter((name) => !seen.has(name));
  features.forEach((feature, index) => {
    const properties = (feature?.properties ?? {}) as Record<string, unknown>;
    const values = propertyNames.map((name) => cellText(properties[name]));
    const record: SourceRecord = { row: index + 1, values };
    const geometry = feature?.geometry;
    if (geometry?.type === 'Point' && geometry.coordinates.length >= 2) {
      const [lng, lat] = geometry.coordinates as [number, number];
      record.point = { lng, lat };
      values.push(...geometryColumns.map((name) => String(name === 'lng' ? lng : lat)));
    } else {
      if (geometry) record.geometryType = geometry.type;
      values.push(...geometryColumns.map(() => ''));
    }
    visit(record);
  });
  return { columns: [...propertyNames, ...geometryColumns], delimiter: ';', format: 'geojson', headerRow: 0 };
}
