import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { FILTERED_OUT_STATE, SOURCE_IDS } from './layers';

/**
 * The kelurahan's feature-state on the map: filtered out (dimmed), selected, hovered.
 * Only kelurahan whose state changes are touched, and no polygon is re-sent.
 */
export class KelurahanStates {
  /** Kelurahan the shared filters leave out: wanted, and as set on the map. */
  private filteredOut: ReadonlySet<string> = new Set();
  private appliedFilteredOut = new Set<string>();
  private hovered: string | undefined;

  constructor(private readonly map: MapLibreMap) {}

  /** What the filters leave out; on the map with the next `applyFilter`. */
  wantFilteredOut(kodes: ReadonlySet<string>): void {
    this.filteredOut = kodes;
  }

  /**
   * Gives every kelurahan of `data` (the polygons just handed to the source) its filter
   * state along with them, so the tiles are built with it and the first filter change only
   * flips states, like every later one (with no state yet, it took ~100 ms longer, in one task).
   */
  initialiseFilter(data: GeoJSON): void {
    if (data.type !== 'FeatureCollection') return;
    for (const feature of data.features) {
      const kode = feature.properties?.kode;
      if (typeof kode === 'string') this.set(kode, { [FILTERED_OUT_STATE]: this.filteredOut.has(kode) });
    }
    this.appliedFilteredOut = new Set(this.filteredOut);
  }

  /** Sets the filter state of the kelurahan whose state changed since the last call. */
  applyFilter(): void {
    const wanted = this.filteredOut;
    for (const kode of this.appliedFilteredOut) {
      if (!wanted.has(kode)) this.set(kode, { [FILTERED_OUT_STATE]: false });
    }
    for (const kode of wanted) {
      if (!this.appliedFilteredOut.has(kode)) this.set(kode, { [FILTERED_OUT_STATE]: true });
    }
    this.appliedFilteredOut = new Set(wanted);
  }

  select(kode: string | undefined, previous: string | undefined): void {
    if (previous) this.set(previous, { selected: false });
    if (kode) this.set(kode, { selected: true });
  }

  hover(kode: string | undefined): void {
    if (kode === this.hovered) return;
    if (this.hovered) this.set(this.hovered, { hover: false });
    if (kode) this.set(kode, { hover: true });
    this.hovered = kode;
  }

  private set(kode: string, state: Record<string, boolean>): void {
    this.map.setFeatureState({ source: SOURCE_IDS.kelurahan, id: kode }, state);
  }
}
