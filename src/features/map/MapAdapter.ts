import * as maplibregl from 'maplibre-gl';
// MapLibre finds its worker next to its own module by default, which breaks under
// Vite twice over: the production bundle never emits that file, and the dev server
// injects its HMR client (which needs `document`) into it, so the worker dies
// silently and no GeoJSON source ever finishes loading. Vite bundles it properly
// as a worker asset here, and the URL is handed to MapLibre once.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { GeoJSON } from 'geojson';
import { samePosition, type MapPosition } from '../../data/mapPosition';
import type { BBox, LngLat } from '../../domain/region';
import type { FitPadding } from './bounds';
import { FitRegionControl, labelMapControls, type MapControlLabels } from './mapControls';
import { nearestDrawn, tileUnitsPerPixel, toTileUnits, type InstallationPoints } from './installationPoints';
import { InstallationPointsLayer, symbolSize } from './InstallationPointsLayer';
import { basemapLayer, basemapSource, buildStyle, FILTERED_OUT_STATE, LAYER_IDS, SOURCE_IDS } from './layers';

type DataSourceId = Exclude<(typeof SOURCE_IDS)[keyof typeof SOURCE_IDS], typeof SOURCE_IDS.basemap>;

export interface InstallationFilter {
  /** One byte per installation, 1 = kept (`visibilityMask` of `applyFilters`' result). */
  visible: Uint8Array;
  /** How many installations the filter keeps, published as `data-synced-installations` once drawn. */
  keptCount: number;
}

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

export interface MapAdapterCallbacks {
  onClick(click: MapClick): void;
  onHover(hovered: HoveredKelurahan | undefined): void;
  onBasemapError(): void;
  onReady(): void;
  /** Where the map came to rest after any move (a pan, a zoom, a flight, a jump). */
  onMoveEnd(position: MapPosition): void;
  /** The "whole region" button was pressed. */
  onFitRegion(): void;
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
 * One MapLibre map per page, created on first use and never removed. Switching
 * views (or React StrictMode's double mount) then re-attaches the same canvas
 * instead of building a new WebGL context, worker pool and tile set each time,
 * which on a slow machine costs seconds; returning to the map is instant.
 */
let sharedMap: SharedMap | undefined;

/** Pixels between a fitted kecamatan or kelurahan and the map's edges. */
export const FIT_PADDING = 48;

/** Pixels between the region and the map's edges in the region's view (the first, and the "whole region" button's). */
export const REGION_PADDING = 24;

/** Longest wait for tiles before a snapshot is taken anyway. */
const SNAPSHOT_WAIT_MS = 10_000;

/** Equatorial circumference of the WGS 84 ellipsoid, as Web Mercator uses it. */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;

interface SharedMap {
  map: maplibregl.Map;
  element: HTMLDivElement;
  /** Resolves on the map's first `load`. */
  ready: Promise<void>;
  /**
   * The data object last handed to each source. Kept with the map, not the adapter:
   * the sources keep their data across page visits, so returning to the map with the
   * same (memoised) data re-sends nothing, e.g. not 100,000 installations.
   */
  pushed: Map<DataSourceId, GeoJSON>;
  /** The installations, drawn by the GPU; kept with the map like the sources. */
  points: InstallationPointsLayer;
  /** Told after a frame drew new points or a new filter (the adapter on the page sets it). */
  onPointsDrawn?: () => void;
  fitRegion: FitRegionControl;
  /** Told when the "whole region" button is pressed (the adapter on the page sets it). */
  onFitRegion?: () => void;
}

/** Whether this page has its map already (a new one asks the GPU process for a WebGL context). */
export function mapExists(): boolean {
  return sharedMap !== undefined;
}

function createMap(bbox: BBox): SharedMap {
  maplibregl.setWorkerUrl(maplibreWorkerUrl);
  const element = document.createElement('div');
  element.className = 'map-canvas-inner';
  const map = new maplibregl.Map({
    container: element,
    style: buildStyle(),
    bounds: bbox,
    fitBoundsOptions: { padding: REGION_PADDING },
    attributionControl: { compact: true },
    // Labels are drawn with local fonts (no glyph server); keep CJK local too.
    localIdeographFontFamily: 'sans-serif',
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const fitRegion = new FitRegionControl(() => shared.onFitRegion?.());
  map.addControl(fitRegion, 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
  const points = new InstallationPointsLayer(LAYER_IDS.installations, () => shared.onPointsDrawn?.());
  const ready = new Promise<void>((resolve) =>
    map.once('load', () => {
      // Installations above the labels, under the point being added.
      map.addLayer(points, LAYER_IDS.draft);
      resolve();
    }),
  );
  const shared: SharedMap = { map, element, ready, pushed: new Map(), points, fitRegion };
  return shared;
}

/**
 * The one place that owns the MapLibre instance (STYLE.md habit 4). React talks
 * to it through these methods; each `setData` is skipped when the memoised
 * object is the same one as last time, so re-renders cost nothing on the map.
 */
export class MapAdapter {
  private readonly map: maplibregl.Map;
  private readonly host: HTMLElement;
  private readonly subscriptions: maplibregl.Subscription[] = [];
  private readonly data = new Map<DataSourceId, GeoJSON>();
  private readonly pushed: Map<DataSourceId, GeoJSON>;
  private readonly points: InstallationPointsLayer;
  private readonly fitRegion: FitRegionControl;
  private installationFilter: InstallationFilter | undefined;
  /** Kelurahan the shared filters leave out: wanted, and as set on the map (feature-state). */
  private filteredOutKodes: ReadonlySet<string> = new Set();
  private appliedFilteredOut = new Set<string>();
  private readonly resizeObserver: ResizeObserver | undefined;
  private loaded = false;
  private destroyed = false;
  private drawQueued = false;
  /** While a flight stops for a new fit (its `moveend` is not a place the map came to rest). */
  private refitting = false;
  private hoveredKode: string | undefined;
  private selectedKode: string | undefined;
  private basemapOn = false;
  private basemapFailed = false;
  /** A fit asked for before the first load (e.g. a `?kec=` link); it replaces the region fit then. */
  private boundsBeforeLoad: { bbox: BBox; padding: number | FitPadding } | undefined;
  /** A position asked for before the first load (a `?map=` link); it wins over any fit. */
  private positionBeforeLoad: MapPosition | undefined;

  constructor(host: HTMLElement, bbox: BBox, private readonly callbacks: MapAdapterCallbacks) {
    const reused = sharedMap !== undefined;
    sharedMap ??= createMap(bbox);
    const { map, element, pushed, points, fitRegion } = sharedMap;
    this.map = map;
    this.pushed = pushed;
    this.points = points;
    this.fitRegion = fitRegion;
    sharedMap.onPointsDrawn = () => this.publishSynced();
    sharedMap.onFitRegion = () => this.callbacks.onFitRegion();
    this.host = host;
    host.appendChild(element);
    window.__cakupanMap = map;
    const onLoad = () => {
      this.loaded = true;
      if (reused) {
        // A previous page visit may have left state behind on the shared map.
        this.removeBasemap();
        map.removeFeatureState({ source: SOURCE_IDS.kelurahan });
        this.initialiseKelurahanFilter();
      }
      // The map was built in a detached element (size 0): measure, then go where a link asked
      // (its position, or the kecamatan to fit), else fit the region.
      map.resize();
      if (this.positionBeforeLoad) this.jumpTo(this.positionBeforeLoad);
      else if (this.boundsBeforeLoad) map.fitBounds(this.boundsBeforeLoad.bbox, { padding: this.boundsBeforeLoad.padding, maxZoom: 15, duration: 0 });
      else map.fitBounds(bbox, { padding: REGION_PADDING, duration: 0 });
      this.flush();
      if (this.basemapOn) this.addBasemap();
      this.applySelected(this.selectedKode, undefined);
      this.applyKelurahanFilter();
      host.dataset.mapReady = 'true';
      this.callbacks.onReady();
    };
    void sharedMap.ready.then(() => this.destroyed || onLoad());
    this.subscriptions.push(
      map.on('error', (event) => {
        // Only the optional basemap talks to the network; anything else is a real bug.
        if ('sourceId' in event && event.sourceId === SOURCE_IDS.basemap) this.reportBasemapFailure();
        else console.error('Map error:', event.error);
      }),
      map.on('mousemove', LAYER_IDS.kelurahanFill, (event) => this.hover(event)),
      map.on('mouseleave', LAYER_IDS.kelurahanFill, () => this.hover(undefined)),
      map.on('click', (event) => this.click(event)),
      map.on('moveend', () => this.loaded && !this.destroyed && !this.refitting && this.callbacks.onMoveEnd(this.position())),
    );
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => map.resize());
    this.resizeObserver?.observe(host);
  }

  setData(sourceId: DataSourceId, data: GeoJSON): void {
    this.data.set(sourceId, data);
    this.flush();
  }

  /** Every installation on the map on the as-of date (`installationPoints`), in the order the filter masks use. */
  setInstallations(points: InstallationPoints): void {
    this.points.setPoints(points);
  }

  /**
   * Shows only the installations the shared filters keep: one byte per installation
   * to the GPU, nothing re-tiled. Once a frame has drawn it, the kept count is
   * published on the host as `data-synced-installations`, so tests and the bench
   * can tell when the map follows the filters.
   */
  setInstallationFilter(filter: InstallationFilter): void {
    this.installationFilter = filter;
    this.points.setVisible(filter.visible);
    this.publishSynced();
    this.drawInThisTask();
  }

  /**
   * Dims the kelurahan the shared filters leave out, by feature-state: only the
   * kelurahan whose state changes are touched, and no polygon is re-sent.
   */
  setFilteredOutKelurahan(kodes: ReadonlySet<string>): void {
    this.filteredOutKodes = kodes;
    if (this.loaded) this.applyKelurahanFilter();
    this.drawInThisTask();
  }

  /**
   * A filter change is drawn in the task that made it, once for both filter calls
   * (a microtask, after the page's other updates), instead of in MapLibre's next
   * animation frame: the next frame the browser shows has it. Without a GPU that
   * frame can come late, behind a flight's frames; measured on the map view, a
   * change is then drawn one frame sooner (median 37–45 → 22–25 ms; while flying
   * 135–172 → 82–112 ms), for a synchronous render of ~50 ms in the click's task.
   */
  private drawInThisTask(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    queueMicrotask(() => {
      this.drawQueued = false;
      if (this.loaded && !this.destroyed) this.map.redraw();
    });
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

  /** Flies to `bbox`; `padding` keeps it clear of what covers the map (see `paddingClearOf`), 48 px by default. */
  fitBounds(bbox: BBox, padding: number | FitPadding = FIT_PADDING): void {
    // Before load the map has no size yet, and onLoad's own fit would undo this one.
    if (!this.loaded) {
      this.boundsBeforeLoad = { bbox, padding };
      return;
    }
    // A filter change that also moves the map (e.g. a kecamatan) is drawn at once where the map
    // stands, and the flight starts in the frame after: started from that frame's render event,
    // its first step (new tiles, ~0.1–0.2 s without a GPU) ran before the browser could show it.
    // A flight under way stops here, where the change is drawn: its next step, bound for the
    // place no longer asked for, was a frame the change waited behind (bench, a change while
    // flying: median of the runs' medians 106 → 72 ms; worst over 150 ms in 10 of 19 runs → 5
    // of 19). That stop is no place the map came to rest: the link gets the new flight's end.
    if (this.map.isMoving()) {
      this.refitting = true;
      this.map.stop();
      this.refitting = false;
    }
    this.map.once('render', () => requestAnimationFrame(() => this.destroyed || this.map.fitBounds(bbox, { padding, maxZoom: 15, duration: 800 })));
    this.map.triggerRepaint();
  }

  /** The words on the map's controls and canvas, in the UI's language. */
  setControlLabels(labels: MapControlLabels): void {
    labelMapControls(this.map.getContainer(), labels);
    this.fitRegion.setLabel(labels.fitRegion);
  }

  /** Where the map stands: centre and zoom. */
  position(): MapPosition {
    const { lng, lat } = this.map.getCenter();
    return { lng, lat, zoom: this.map.getZoom() };
  }

  /** Puts the map at `position` without animation (a link, back/forward), unless it already stands there. */
  jumpTo(position: MapPosition): void {
    if (!this.loaded) {
      this.positionBeforeLoad = position;
      return;
    }
    if (!samePosition(position, this.position())) this.map.jumpTo({ center: [position.lng, position.lat], zoom: position.zoom });
  }

  flyTo(center: LngLat, zoom = 16): void {
    // Before load, as in fitBounds: the map goes there when it loads (e.g. a link that opens a correction).
    if (!this.loaded) {
      this.positionBeforeLoad = { lng: center[0], lat: center[1], zoom };
      return;
    }
    this.map.flyTo({ center, zoom: Math.max(zoom, this.map.getZoom()), duration: 900 });
  }

  /**
   * A copy of what the map shows, taken once the tiles in view are loaded. Read in the
   * `render` event, while the WebGL buffer still holds the frame (MapLibre does not
   * preserve it afterwards), and copied to a 2D canvas at the canvas's pixel size.
   * `scale` is canvas pixels per CSS pixel, `metersPerPixel` ground metres per CSS pixel at
   * the centre (Web Mercator, 512 px tiles), `attribution` the sources the map credits.
   */
  async snapshot(): Promise<{ canvas: HTMLCanvasElement; scale: number; metersPerPixel: number; attribution: string }> {
    const map = this.map;
    if (!this.loaded) throw new Error('map not loaded');
    // Tiles still loading (e.g. mid-flight): wait for them, but not forever (a basemap
    // server that never answers); the picture then shows what has arrived.
    if (!map.loaded()) await Promise.race([map.once('idle'), new Promise((resolve) => setTimeout(resolve, SNAPSHOT_WAIT_MS))]);
    const canvas = await new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        const context = copy.getContext('2d');
        if (!context) return reject(new Error('no 2D canvas context'));
        context.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
    const metersPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((map.getCenter().lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
    return { canvas, scale: canvas.width / map.getCanvas().clientWidth, metersPerPixel, attribution };
  }

  setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  /** Detaches from the page but keeps the map alive for the next mount (see `sharedMap`). */
  destroy(): void {
    this.destroyed = true;
    this.resizeObserver?.disconnect();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    if (this.hoveredKode) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: this.hoveredKode }, { hover: false });
    delete this.host.dataset.mapReady;
    delete this.host.dataset.syncedInstallations;
    if (sharedMap) {
      sharedMap.onPointsDrawn = undefined;
      sharedMap.onFitRegion = undefined;
    }
    sharedMap?.element.remove();
  }

  private flush(): void {
    if (!this.loaded) return;
    for (const [sourceId, data] of this.data) {
      if (this.pushed.get(sourceId) === data) continue;
      const source = this.map.getSource<maplibregl.GeoJSONSource>(sourceId);
      if (!source) continue;
      void source.setData(data);
      this.pushed.set(sourceId, data);
      if (sourceId === SOURCE_IDS.kelurahan) this.initialiseKelurahanFilter();
    }
  }

  /**
   * Gives every kelurahan its filter state along with its polygons, so the tiles are
   * built with it and the first filter change only flips states, like every later one
   * (with no state yet, it took ~100 ms longer, in one task). Also after a page visit
   * cleared the states of the shared map.
   */
  private initialiseKelurahanFilter(): void {
    const data = this.pushed.get(SOURCE_IDS.kelurahan);
    if (data?.type !== 'FeatureCollection') return;
    for (const feature of data.features) {
      const kode = feature.properties?.kode;
      if (typeof kode === 'string') this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: kode }, { [FILTERED_OUT_STATE]: this.filteredOutKodes.has(kode) });
    }
    this.appliedFilteredOut = new Set(this.filteredOutKodes);
  }

  /** Publishes the kept count once the GPU draws this adapter's filter (masks are compared by identity). */
  private publishSynced(): void {
    const filter = this.installationFilter;
    if (filter && !this.destroyed && this.points.drawn?.visible === filter.visible) this.host.dataset.syncedInstallations = String(filter.keptCount);
  }

  private applyKelurahanFilter(): void {
    const wanted = this.filteredOutKodes;
    for (const kode of this.appliedFilteredOut) {
      if (!wanted.has(kode)) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: kode }, { [FILTERED_OUT_STATE]: false });
    }
    for (const kode of wanted) {
      if (!this.appliedFilteredOut.has(kode)) this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: kode }, { [FILTERED_OUT_STATE]: true });
    }
    this.appliedFilteredOut = new Set(wanted);
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
    const lngLat: LngLat = [event.lngLat.lng, event.lngLat.lat];
    const kelurahan = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.kelurahanFill] })[0];
    this.callbacks.onClick({ lngLat, kode: kelurahan ? String(kelurahan.properties.kode) : undefined, installationIndex: this.installationAt(lngLat) });
  }

  /** The drawn installation under a click: within the symbol plus a few pixels of slack (fingers are not small). */
  private installationAt(lngLat: LngLat): number | undefined {
    const drawn = this.points.drawn;
    if (!drawn) return undefined;
    const zoom = this.map.getZoom();
    const { anchor } = drawn.points;
    const radius = (symbolSize(zoom) / 2 + 4) * tileUnitsPerPixel(anchor, zoom);
    const index = nearestDrawn(drawn.points, drawn.shown, toTileUnits(lngLat, anchor), radius);
    return index === -1 ? undefined : index;
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
