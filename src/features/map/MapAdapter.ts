import * as maplibregl from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import type { BBox, LngLat } from '../../geo/types';
import { INSTALLATION_TYPES } from '../../data/installation';
import { basemapLayer, basemapSource, buildStyle, CIRCLE_TYPE, iconImageId, INSTALLATION_LAYER_IDS, LAYER_IDS, SOURCE_IDS } from './layers';
import { INSTALLATION_SYMBOLS } from './palette';
import { shapeImage } from './shapes';

type DataSourceId = Exclude<(typeof SOURCE_IDS)[keyof typeof SOURCE_IDS], typeof SOURCE_IDS.basemap>;

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
  /** The installation under the pointer, if any (points are on top). */
  installationId?: string;
}

export interface MapAdapterCallbacks {
  onClick(click: MapClick): void;
  onHover(hovered: HoveredKelurahan | undefined): void;
  onBasemapError(): void;
  onReady(): void;
}

declare global {
  interface Window {
    /**
     * Test hook, set in every build: the live MapLibre map, so browser tests can
     * check rendered features (`queryRenderedFeatures`) rather than only the DOM.
     */
    __cakupanMap?: maplibregl.Map;
  }
}

/**
 * The one place that owns the MapLibre instance (STYLE.md habit 4). React talks
 * to it through these methods; each `setData` is skipped when the memoised
 * object is the same one as last time, so re-renders cost nothing on the map.
 */
export class MapAdapter {
  private readonly map: maplibregl.Map;
  private readonly data = new Map<DataSourceId, GeoJSON>();
  private readonly pushed = new Map<DataSourceId, GeoJSON>();
  private readonly resizeObserver: ResizeObserver | undefined;
  private loaded = false;
  private hoveredKode: string | undefined;
  private selectedKode: string | undefined;
  private basemapOn = false;
  private basemapFailed = false;

  constructor(container: HTMLElement, bbox: BBox, private readonly callbacks: MapAdapterCallbacks) {
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(),
      bounds: bbox,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true },
      // Labels are drawn with local fonts (no glyph server); keep CJK local too.
      localIdeographFontFamily: 'sans-serif',
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    window.__cakupanMap = this.map;
    this.map.on('load', () => {
      this.loaded = true;
      this.addIcons();
      this.flush();
      if (this.basemapOn) this.addBasemap();
      this.applySelected(this.selectedKode, undefined);
      container.dataset.mapReady = 'true';
      this.callbacks.onReady();
    });
    this.map.on('error', (event) => {
      // Only the optional basemap talks to the network; anything else is a real bug.
      if ('sourceId' in event && event.sourceId === SOURCE_IDS.basemap) this.reportBasemapFailure();
      else console.error('Map error:', event.error);
    });
    this.map.on('mousemove', LAYER_IDS.kelurahanFill, (event) => this.hover(event));
    this.map.on('mouseleave', LAYER_IDS.kelurahanFill, () => this.hover(undefined));
    this.map.on('click', (event) => this.click(event));
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.map.resize());
    this.resizeObserver?.observe(container);
  }

  setData(sourceId: DataSourceId, data: GeoJSON): void {
    this.data.set(sourceId, data);
    this.flush();
  }

  setSelected(kode: string | undefined): void {
    const previous = this.selectedKode;
    this.selectedKode = kode;
    if (this.loaded) this.applySelected(kode, previous);
  }

  setBasemap(enabled: boolean): void {
    if (enabled === this.basemapOn) return;
    this.basemapOn = enabled;
    this.basemapFailed = false;
    if (!this.loaded) return;
    if (enabled) this.addBasemap();
    else this.removeBasemap();
  }

  fitBounds(bbox: BBox): void {
    this.map.fitBounds(bbox, { padding: 48, maxZoom: 15, duration: 800 });
  }

  flyTo(center: LngLat, zoom = 16): void {
    this.map.flyTo({ center, zoom: Math.max(zoom, this.map.getZoom()), duration: 900 });
  }

  setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    if (window.__cakupanMap === this.map) delete window.__cakupanMap;
    this.map.remove();
  }

  private flush(): void {
    if (!this.loaded) return;
    for (const [sourceId, data] of this.data) {
      if (this.pushed.get(sourceId) === data) continue;
      const source = this.map.getSource<maplibregl.GeoJSONSource>(sourceId);
      if (!source) continue;
      void source.setData(data);
      this.pushed.set(sourceId, data);
    }
  }

  private applySelected(kode: string | undefined, previous: string | undefined): void {
    if (previous) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: previous }, { selected: false });
    if (kode) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: kode }, { selected: true });
  }

  private hover(event: maplibregl.MapLayerMouseEvent | undefined): void {
    const feature = event?.features?.[0];
    const kode = feature ? String(feature.properties.kode) : undefined;
    if (kode !== this.hoveredKode) {
      if (this.hoveredKode) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: this.hoveredKode }, { hover: false });
      if (kode) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: kode }, { hover: true });
      this.hoveredKode = kode;
    }
    if (!event || !feature || !kode) return this.callbacks.onHover(undefined);
    const properties = feature.properties as Record<string, unknown>;
    this.callbacks.onHover({
      kode,
      nama: String(properties.nama ?? ''),
      kecamatan: String(properties.kecamatan ?? ''),
      state: String(properties.state ?? ''),
      x: event.point.x,
      y: event.point.y,
    });
  }

  private click(event: maplibregl.MapMouseEvent): void {
    const layers = [...INSTALLATION_LAYER_IDS, LAYER_IDS.kelurahanFill].filter((id) => this.map.getLayer(id));
    // A few pixels of slack: icons are small and fingers are not.
    const { x, y } = event.point;
    const features = this.map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]], { layers });
    const installation = features.find((feature) => INSTALLATION_LAYER_IDS.includes(feature.layer.id as (typeof INSTALLATION_LAYER_IDS)[number]));
    const kelurahan = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.kelurahanFill] })[0];
    this.callbacks.onClick({
      lngLat: [event.lngLat.lng, event.lngLat.lat],
      kode: kelurahan ? String(kelurahan.properties.kode) : undefined,
      installationId: installation ? String(installation.properties.id) : undefined,
    });
  }

  private addIcons(): void {
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    for (const type of INSTALLATION_TYPES) {
      if (type === CIRCLE_TYPE || this.map.hasImage(iconImageId(type))) continue;
      const { shape, colour } = INSTALLATION_SYMBOLS[type];
      const image = shapeImage(shape, colour, pixelRatio);
      if (image) this.map.addImage(iconImageId(type), image, { pixelRatio });
    }
  }

  private addBasemap(): void {
    if (!this.map.getSource(SOURCE_IDS.basemap)) this.map.addSource(SOURCE_IDS.basemap, basemapSource);
    if (!this.map.getLayer(LAYER_IDS.basemap)) this.map.addLayer(basemapLayer, LAYER_IDS.kelurahanFill);
  }

  private removeBasemap(): void {
    if (this.map.getLayer(LAYER_IDS.basemap)) this.map.removeLayer(LAYER_IDS.basemap);
    if (this.map.getSource(SOURCE_IDS.basemap)) this.map.removeSource(SOURCE_IDS.basemap);
  }

  private reportBasemapFailure(): void {
    // Tile errors come one per tile; tell the UI once per switch-on.
    if (this.basemapFailed) return;
    this.basemapFailed = true;
    this.callbacks.onBasemapError();
  }
}
