import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection, Point } from 'geojson';
import { samePosition, type MapPosition } from '../../data/mapPosition';
import type { BBox, KecamatanCollection, LngLat } from '../../domain/region';
import type { EnrichedKelurahanProperties, KelurahanLabelProperties } from './enrich';
import type { InstallationPoints } from './installationPoints';
import { paddingClearOf, projectedSize, type FitPadding } from './bounds';
import { MapAdapter, type InstallationFilter } from './MapAdapter';
import { FIT_PADDING, REGION_PADDING } from './mapCamera';
import type { HoveredKelurahan, MapClick } from './pointer';
import { SOURCE_IDS } from './layers';
import { whenFramesSteady } from './framePace';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';

/** Longest wait for the page's frames before the map is created anyway. */
const CONTEXT_WAIT_MAX_MS = 1_000;

/** Ask the map to move; a new object (even with the same target) moves it again. */
export type FocusRequest = { kind: 'bounds'; bbox: BBox } | { kind: 'point'; center: LngLat; zoom?: number };

/** What the page can ask of the map directly. */
export interface MapHandle {
  /** A copy of the map as drawn now (see MapAdapter.snapshot). */
  snapshot: MapAdapter['snapshot'];
}

export interface MapViewProps {
  ref?: Ref<MapHandle>;
  /** The region (its whole extent is the first view, and the "whole region" button's). */
  bbox: BBox;
  regionName: string;
  kelurahan: FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, EnrichedKelurahanProperties>;
  labels: FeatureCollection<Point, KelurahanLabelProperties>;
  kecamatan: KecamatanCollection;
  boundary: GeoJSON.FeatureCollection;
  /** Every installation on the map as of the as-of date (`installationPoints`, built once per data change). */
  installations: InstallationPoints;
  /** Which of them the shared filters keep (one byte each), and how many. */
  installationFilter: InstallationFilter;
  /** Kelurahan the shared filters leave out (`kelurahanOutsideFilter`): dimmed on the map. */
  filteredOutKelurahan: ReadonlySet<string>;
  /** Where the installation being added will go. */
  draft?: LngLat;
  selectedKode?: string;
  focus?: FocusRequest;
  /** Where the map should stand (the URL's `map`); a position the map itself reported does not move it again. */
  position?: MapPosition;
  /** The map came to rest after a move (a pan, a zoom, a flight). */
  onMoveEnd(position: MapPosition): void;
  basemap: boolean;
  /** While true, a click places an installation instead of selecting a kelurahan. */
  addMode: boolean;
  onSelect(kode: string | undefined): void;
  /** `index` into the installations the points were built from. */
  onSelectInstallation(index: number): void;
  onMapClick(lngLat: LngLat, kode: string | undefined): void;
  onBasemapError(): void;
  /** Told once the map has loaded and shows its data (each time the page mounts it). */
  onReady?(): void;
  children?: React.ReactNode;
}

const emptyPoints: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

/**
 * Fit padding that keeps `bbox`, once fitted, clear of what lies over the map: children of
 * the map view marked `data-map-overlay` (the open legend), measured now, as they stand.
 */
function clearOfOverlays(canvas: HTMLElement | null, bbox: BBox): number | FitPadding {
  const overlay = canvas?.parentElement?.querySelector<HTMLElement>('[data-map-overlay]');
  if (!canvas || !overlay) return FIT_PADDING;
  const map = canvas.getBoundingClientRect();
  const box = overlay.getBoundingClientRect();
  const overlayBox = { left: box.left - map.left, top: box.top - map.top, right: box.right - map.left, bottom: box.bottom - map.top };
  return paddingClearOf(map.width, map.height, overlayBox, FIT_PADDING, projectedSize(bbox));
}

export function MapView({ ref, ...props }: MapViewProps) {
  const { t, i18n } = useTranslation('map');
  const containerRef = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<MapAdapter>();
  const [hovered, setHovered] = useState<HoveredKelurahan>();
  const [ready, setReady] = useState(false);
  /** The position the map last reported: the same position coming back through the URL is not a request to move. */
  const reported = useRef<MapPosition>(undefined);
  // Callbacks change every render; the adapter reads the latest through this ref.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useImperativeHandle(ref, () => ({
    snapshot: () => (adapter ? adapter.snapshot() : Promise.reject(new Error('map not ready'))),
  }), [adapter]);

  const { bbox } = props;
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let created: MapAdapter | undefined;
    let cancelled = false;
    const create = () => {
      if (cancelled) return;
      created = new MapAdapter(container, bbox, {
        onClick: (click: MapClick) => {
          const current = latest.current;
          if (current.addMode) current.onMapClick(click.lngLat, click.kode);
          else if (click.installationIndex !== undefined) current.onSelectInstallation(click.installationIndex);
          else current.onSelect(click.kode);
        },
        onHover: setHovered,
        onBasemapError: () => latest.current.onBasemapError(),
        onReady: () => {
          setReady(true);
          latest.current.onReady?.();
        },
        onMoveEnd: (position) => {
          reported.current = position;
          latest.current.onMoveEnd(position);
        },
        // The view the map opened with (the legend may cover some sea in a corner, as it did then).
        onFitRegion: () => created?.fitBounds(bbox, REGION_PADDING),
      });
      setAdapter(created);
    };
    // The map asks for its WebGL context once the page's frames are drawn (see whenFramesSteady);
    // StrictMode's first mount is gone by then, so it creates no map of its own.
    void whenFramesSteady(CONTEXT_WAIT_MAX_MS).then(create);
    return () => {
      cancelled = true;
      created?.destroy();
      setAdapter(undefined);
      setReady(false);
    };
    // The region's bbox only seeds the first view; later moves go through `focus`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { regionName } = props;
  useEffect(() => {
    adapter?.setControlLabels({
      zoomIn: t('controls.zoomIn'),
      zoomOut: t('controls.zoomOut'),
      fitRegion: t('controls.fitRegion', { region: regionName }),
      attribution: t('controls.attribution'),
      map: t('controls.map'),
    });
  }, [adapter, t, i18n.language, regionName]);
  useEffect(() => adapter?.setData(SOURCE_IDS.kelurahan, props.kelurahan), [adapter, props.kelurahan]);
  useEffect(() => adapter?.setData(SOURCE_IDS.kelurahanLabels, props.labels), [adapter, props.labels]);
  useEffect(() => adapter?.setData(SOURCE_IDS.kecamatan, props.kecamatan), [adapter, props.kecamatan]);
  useEffect(() => adapter?.setData(SOURCE_IDS.boundary, props.boundary), [adapter, props.boundary]);
  useEffect(() => adapter?.setInstallations(props.installations), [adapter, props.installations]);
  useEffect(() => adapter?.setInstallationFilter(props.installationFilter), [adapter, props.installationFilter]);
  useEffect(() => adapter?.setFilteredOutKelurahan(props.filteredOutKelurahan), [adapter, props.filteredOutKelurahan]);
  const { draft } = props;
  useEffect(() => {
    adapter?.setData(SOURCE_IDS.draft, draft ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: draft }, properties: {} }] } : emptyPoints);
  }, [adapter, draft]);
  useEffect(() => adapter?.setSelected(props.selectedKode), [adapter, props.selectedKode]);
  useEffect(() => adapter?.setBasemap(props.basemap), [adapter, props.basemap]);
  useEffect(() => adapter?.setCursor(props.addMode ? 'crosshair' : ''), [adapter, props.addMode]);
  const { position } = props;
  // A layout effect: it runs in the task that rendered `position`. A passive effect runs a task
  // later, and a move ending in between (a drag just after a flight) made the position rendered
  // before it look like a request, so the map jumped back.
  useLayoutEffect(() => {
    if (adapter && position && !samePosition(position, reported.current)) adapter.jumpTo(position);
  }, [adapter, position]);
  const { focus } = props;
  useEffect(() => {
    if (!adapter || !focus) return;
    if (focus.kind === 'bounds') adapter.fitBounds(focus.bbox, clearOfOverlays(containerRef.current, focus.bbox));
    else adapter.flyTo(focus.center, focus.zoom);
  }, [adapter, focus]);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-canvas" data-testid="map" aria-label={t('mapLabel')} role="region" />
      {!ready && <p className="map-loading" role="status">{t('loading')}</p>}
      {hovered && !props.addMode && (
        <div className="map-tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }} role="tooltip" data-testid="map-tooltip">
          <strong>{hovered.nama}</strong>
          <span>{t('tooltip.kecamatan', { name: hovered.kecamatan })}</span>
          <span className={`state-chip state-${hovered.state}`}>{t(`legend.state.${hovered.state}`)}</span>
        </div>
      )}
      {props.children}
    </div>
  );
}
