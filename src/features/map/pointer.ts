import type { MapLayerMouseEvent } from 'maplibre-gl';
import type { LngLat } from '../../domain/region';
import type { DrawnPoints } from './InstallationPointsLayer';
import { nearestDrawn, tileUnitsPerPixel, toTileUnits } from './installationPoints';
import { symbolSize } from './installationSymbols';

// What lies under the pointer: the kelurahan it hovers, the installation it clicks.

export interface HoveredKelurahan {
  kode: string;
  nama: string;
  kecamatan: string;
  state: string;
  /** Pixel position inside the map container. */
  x: number;
  y: number;
}

export interface MapClick {
  lngLat: LngLat;
  /** The kelurahan under the pointer, if any. */
  kode?: string;
  /** Index of the drawn installation under the pointer, if any (points are on top). */
  installationIndex?: number;
}

/** The kelurahan under a pointer moving over the kelurahan fill, for the tooltip. */
export function hoveredKelurahan(event: MapLayerMouseEvent | undefined): HoveredKelurahan | undefined {
  const feature = event?.features?.[0];
  if (!event || !feature) return undefined;
  const properties = feature.properties as Record<string, unknown>;
  return {
    kode: String(properties.kode),
    nama: String(properties.nama ?? ''),
    kecamatan: String(properties.kecamatan ?? ''),
    state: String(properties.state ?? ''),
    x: event.point.x,
    y: event.point.y,
  };
}

/** The drawn installation under a click at `zoom`: within the symbol plus a few pixels of slack (fingers are not small). */
export function installationAt(drawn: DrawnPoints | undefined, zoom: number, lngLat: LngLat): number | undefined {
  if (!drawn) return undefined;
  const { anchor } = drawn.points;
  const radius = (symbolSize(zoom) / 2 + 4) * tileUnitsPerPixel(anchor, zoom);
  const index = nearestDrawn(drawn.points, drawn.shown, toTileUnits(lngLat, anchor), radius);
  return index === -1 ? undefined : index;
}
