import * as maplibregl from 'maplibre-gl';
// MapLibre finds its worker next to its own module by default, which breaks under
// Vite twice over: the production bundle never emits that file, and the dev server
// injects its HMR client (which needs `document`) into it, so the worker dies
// silently and no GeoJSON source ever finishes loading. Vite bundles it properly
// as a worker asset here, and the URL is handed to MapLibre before each map.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { BBox } from '../../domain/region';
import { REGION_PADDING } from './mapCamera';
import { FitRegionControl } from './mapControls';
import { basemapLayer, basemapSource, buildStyle, LAYER_IDS, SOURCE_IDS } from './layers';

/** A new MapLibre map in `container`, showing `region`, with its controls. */
export function createMap(container: HTMLElement, region: BBox, onFitRegion: () => void): { map: maplibregl.Map; fitRegion: FitRegionControl } {
  maplibregl.setWorkerUrl(maplibreWorkerUrl);
  // Keeps MapLibre's worker past the map's removal (MapLibre's answer for single-page apps):
  // returning to the map view then reuses it instead of starting and loading a new one.
  maplibregl.prewarm();
  const map = new maplibregl.Map({
    container,
    style: buildStyle(),
    bounds: region,
    fitBoundsOptions: { padding: REGION_PADDING },
    attributionControl: { compact: true },
    // Labels are drawn with local fonts (no glyph server); keep CJK local too.
    localIdeographFontFamily: 'sans-serif',
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const fitRegion = new FitRegionControl(onFitRegion);
  map.addControl(fitRegion, 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
  return { map, fitRegion };
}

/** The optional basemap (the only source that talks to the network), under the kelurahan. */
export function showBasemap(map: maplibregl.Map): void {
  if (!map.getSource(SOURCE_IDS.basemap)) map.addSource(SOURCE_IDS.basemap, basemapSource);
  if (!map.getLayer(LAYER_IDS.basemap)) map.addLayer(basemapLayer, LAYER_IDS.kelurahanFill);
}

export function hideBasemap(map: maplibregl.Map): void {
  if (map.getLayer(LAYER_IDS.basemap)) map.removeLayer(LAYER_IDS.basemap);
  if (map.getSource(SOURCE_IDS.basemap)) map.removeSource(SOURCE_IDS.basemap);
}
