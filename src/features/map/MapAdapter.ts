import type { GeoJSON } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { MapPosition } from '../../data/mapPosition';
import type { BBox, LngLat } from '../../domain/region';
import type { FitPadding } from './bounds';
import { createMap, hideBasemap, showBasemap } from './createMap';
import { InstallationPointsLayer } from './InstallationPointsLayer';
import type { InstallationPoints } from './installationPoints';
import { KelurahanStates } from './kelurahanStates';
import { LAYER_IDS, SOURCE_IDS } from './layers';
import { MapCamera } from './mapCamera';
import { labelMapControls, type FitRegionControl, type MapControlLabels } from './mapControls';
import { hoveredKelurahan, installationAt, type HoveredKelurahan, type MapClick } from './pointer';
import { snapshotMap, type MapSnapshot } from './snapshot';
import { exposeMapForTests } from './testHooks';

type DataSourceId = Exclude<(typeof SOURCE_IDS)[keyof typeof SOURCE_IDS], typeof SOURCE_IDS.basemap>;

export interface InstallationFilter {
  /** One byte per installation, 1 = kept (`visibilityMask` of `applyFilters`' result). */
  visible: Uint8Array;
  /** How many installations the filter keeps, published as `data-synced-installations` once drawn. */
  keptCount: number;
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

/**
 * The one place that owns a MapLibre map (STYLE.md habit 4): it creates the map in its
 * host element and removes it in `destroy`, so each map view has its own map and
 * nothing outlives it. React talks to it through these methods; each `setData` is
 * skipped when the memoised object is the same one as last time, so re-renders cost
 * nothing on the map.
 */
export class MapAdapter {
  private readonly map: MapLibreMap;
  private readonly element: HTMLDivElement;
  private readonly fitRegion: FitRegionControl;
  private readonly camera: MapCamera;
  private readonly kelurahan: KelurahanStates;
  /** The installations, drawn by the GPU. */
  private readonly points: InstallationPointsLayer;
  /** The data object last given for each source, and the one last handed to it. */
  private readonly data = new Map<DataSourceId, GeoJSON>();
  private readonly pushed = new Map<DataSourceId, GeoJSON>();
  private readonly resizeObserver: ResizeObserver | undefined;
  private readonly withdrawTestHook: () => void;
  private installationFilter: InstallationFilter | undefined;
  private loaded = false;
  private destroyed = false;
  private drawQueued = false;
  private selectedKode: string | undefined;
  private basemapOn = false;
  private basemapFailed = false;

  constructor(private readonly host: HTMLElement, region: BBox, private readonly callbacks: MapAdapterCallbacks) {
    this.element = document.createElement('div');
    this.element.className = 'map-canvas-inner';
    host.appendChild(this.element);
    const { map, fitRegion } = createMap(this.element, region, () => this.callbacks.onFitRegion());
    this.map = map;
    this.fitRegion = fitRegion;
    this.withdrawTestHook = exposeMapForTests(map);
    this.camera = new MapCamera(map, region);
    this.kelurahan = new KelurahanStates(map);
    this.points = new InstallationPointsLayer(LAYER_IDS.installations, () => this.publishSynced());
    map.once('load', () => this.onLoad());
    map.on('error', (event) => {
      // Only the optional basemap talks to the network; anything else is a real bug.
      if ('sourceId' in event && event.sourceId === SOURCE_IDS.basemap) this.reportBasemapFailure();
      else console.error('Map error:', event.error);
    });
    map.on('mousemove', LAYER_IDS.kelurahanFill, (event) => this.hover(event));
    map.on('mouseleave', LAYER_IDS.kelurahanFill, () => this.hover(undefined));
    map.on('click', (event) => this.click(event));
    map.on('moveend', () => this.camera.atRest && this.callbacks.onMoveEnd(this.camera.position()));
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => map.resize());
    this.resizeObserver?.observe(host);
  }

  private onLoad(): void {
    if (this.destroyed) return;
    // Installations above the labels, under the point being added.
    this.map.addLayer(this.points, LAYER_IDS.draft);
    this.loaded = true;
    this.camera.place();
    this.flush();
    if (this.basemapOn) showBasemap(this.map);
    this.kelurahan.select(this.selectedKode, undefined);
    this.kelurahan.applyFilter();
    this.host.dataset.mapReady = 'true';
    this.callbacks.onReady();
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

  /** Dims the kelurahan the shared filters leave out, by feature-state (`KelurahanStates`). */
  setFilteredOutKelurahan(kodes: ReadonlySet<string>): void {
    this.kelurahan.wantFilteredOut(kodes);
    if (this.loaded) this.kelurahan.applyFilter();
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
    if (this.loaded) this.kelurahan.select(kode, previous);
  }

  setBasemap(enabled: boolean): void {
    if (enabled === this.basemapOn) return;
    this.basemapOn = enabled;
    this.basemapFailed = false;
    if (!this.loaded) return;
    if (enabled) showBasemap(this.map);
    else hideBasemap(this.map);
  }

  /** Flies to `bbox`; `padding` keeps it clear of what covers the map (see `paddingClearOf`), 48 px by default. */
  fitBounds(bbox: BBox, padding?: number | FitPadding): void {
    this.camera.fitBounds(bbox, padding);
  }

  /** Puts the map at `position` without animation (a link, back/forward), unless it already stands there. */
  jumpTo(position: MapPosition): void {
    this.camera.jumpTo(position);
  }

  flyTo(center: LngLat, zoom?: number): void {
    this.camera.flyTo(center, zoom);
  }

  /** The words on the map's controls and canvas, in the UI's language. */
  setControlLabels(labels: MapControlLabels): void {
    labelMapControls(this.map.getContainer(), labels);
    this.fitRegion.setLabel(labels.fitRegion);
  }

  /** A copy of what the map shows, once the tiles in view are loaded (`snapshotMap`). */
  snapshot(): Promise<MapSnapshot> {
    if (!this.loaded) return Promise.reject(new Error('map not loaded'));
    return snapshotMap(this.map);
  }

  setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  /**
   * Removes the map with its WebGL context, workers and tiles: the next map view builds
   * its own (a second WebGL context on a page takes 6–70 ms here, the first 0.2–0.3 s).
   */
  destroy(): void {
    this.destroyed = true;
    this.camera.destroy();
    this.resizeObserver?.disconnect();
    this.withdrawTestHook();
    delete this.host.dataset.mapReady;
    delete this.host.dataset.syncedInstallations;
    this.map.remove();
    this.element.remove();
  }

  /** Hands each source the data given since it last changed (`setData`), once the map has loaded. */
  private flush(): void {
    if (!this.loaded) return;
    for (const [sourceId, data] of this.data) {
      if (this.pushed.get(sourceId) === data) continue;
      const source = this.map.getSource<GeoJSONSource>(sourceId);
      if (!source) continue;
      void source.setData(data);
      this.pushed.set(sourceId, data);
      if (sourceId === SOURCE_IDS.kelurahan) this.kelurahan.initialiseFilter(data);
    }
  }

  /** Publishes the kept count once the GPU draws this adapter's filter (masks are compared by identity). */
  private publishSynced(): void {
    const filter = this.installationFilter;
    if (filter && !this.destroyed && this.points.drawn?.visible === filter.visible) this.host.dataset.syncedInstallations = String(filter.keptCount);
  }

  private hover(event: MapLayerMouseEvent | undefined): void {
    const hovered = hoveredKelurahan(event);
    this.kelurahan.hover(hovered?.kode);
    this.callbacks.onHover(hovered);
  }

  private click(event: MapMouseEvent): void {
    const lngLat: LngLat = [event.lngLat.lng, event.lngLat.lat];
    const kelurahan = this.map.queryRenderedFeatures(event.point, { layers: [LAYER_IDS.kelurahanFill] })[0];
    const installationIndex = installationAt(this.points.drawn, this.map.getZoom(), lngLat);
    this.callbacks.onClick({ lngLat, kode: kelurahan ? String(kelurahan.properties.kode) : undefined, installationIndex });
  }

  private reportBasemapFailure(): void {
    // Tile errors come one per tile; tell the UI once per switch-on.
    if (this.basemapFailed) return;
    this.basemapFailed = true;
    this.callbacks.onBasemapError();
  }
}
