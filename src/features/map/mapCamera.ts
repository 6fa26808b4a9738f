import type { Map as MapLibreMap } from 'maplibre-gl';
import { samePosition, type MapPosition } from '../../data/mapPosition';
import type { BBox, LngLat } from '../../domain/region';
import type { FitPadding } from './bounds';

/** Pixels between a fitted kecamatan or kelurahan and the map's edges. */
export const FIT_PADDING = 48;

/** Pixels between the region and the map's edges in the region's view (the first, and the "whole region" button's). */
export const REGION_PADDING = 24;

/** The deepest zoom a fit goes to (a single kelurahan stays in its streets' context). */
const FIT_MAX_ZOOM = 15;

/**
 * Where the map looks: fits, flights and jumps. Moves asked for before the map's first
 * load (a link's `?map=` or `?kec=`) are kept and made once it has loaded (`place`).
 */
export class MapCamera {
  private loaded = false;
  private destroyed = false;
  /** While a flight stops for a new fit (its `moveend` is not a place the map came to rest). */
  private refitting = false;
  /** A fit asked for before the first load (e.g. a `?kec=` link); it replaces the region fit then. */
  private boundsBeforeLoad: { bbox: BBox; padding: number | FitPadding } | undefined;
  /** A position asked for before the first load (a `?map=` link); it wins over any fit. */
  private positionBeforeLoad: MapPosition | undefined;

  constructor(private readonly map: MapLibreMap, private readonly region: BBox) {}

  /** Whether a `moveend` now is a place the map came to rest (not a flight stopped for a new one). */
  get atRest(): boolean {
    return this.loaded && !this.destroyed && !this.refitting;
  }

  /**
   * On the first load: measure the container, then go where a link asked (its position,
   * or the kecamatan to fit), else fit the region.
   */
  place(): void {
    this.loaded = true;
    this.map.resize();
    if (this.positionBeforeLoad) this.jumpTo(this.positionBeforeLoad);
    else if (this.boundsBeforeLoad) this.map.fitBounds(this.boundsBeforeLoad.bbox, { padding: this.boundsBeforeLoad.padding, maxZoom: FIT_MAX_ZOOM, duration: 0 });
    else this.map.fitBounds(this.region, { padding: REGION_PADDING, duration: 0 });
  }

  /** Flies to `bbox`; `padding` keeps it clear of what covers the map (see `paddingClearOf`), 48 px by default. */
  fitBounds(bbox: BBox, padding: number | FitPadding = FIT_PADDING): void {
    // Before load the map has no size yet, and `place`'s own fit would undo this one.
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
    this.map.once('render', () => requestAnimationFrame(() => this.destroyed || this.map.fitBounds(bbox, { padding, maxZoom: FIT_MAX_ZOOM, duration: 800 })));
    this.map.triggerRepaint();
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

  /** The map is being removed: a fit waiting for its frame is dropped. */
  destroy(): void {
    this.destroyed = true;
  }
}
