import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Installation } from '../../domain/installation';
import type { ExportOptions } from './exportCsv';

export type InstallationProperties = Record<string, string>;

/**
 * Points with the same property names as the CSV columns, so one importer
 * reads both. No formula guard: GeoJSON is read by GIS tools, not spreadsheets.
 */
export function installationsToGeoJson(installations: ReadonlyArray<Installation>, options: ExportOptions = {}): FeatureCollection<Point, InstallationProperties> {
  const features = installations.map((installation): Feature<Point, InstallationProperties> => {
    const kode = installation.kelurahanKode ?? '';
    const properties: InstallationProperties = {
      id: installation.id,
      jenis: installation.type,
      status: installation.status,
      kode_kelurahan: kode,
      kelurahan: (kode && options.kelurahanName?.(kode)) || '',
      tanggal_pasang: installation.installedAt,
      tanggal_lepas: installation.removedAt ?? '',
      foto_url: installation.photoUrl ?? '',
      catatan: installation.notes,
      sumber: installation.source,
    };
    return { type: 'Feature', id: installation.id, geometry: { type: 'Point', coordinates: [installation.lng, installation.lat] }, properties };
  });
  return { type: 'FeatureCollection', features };
}
