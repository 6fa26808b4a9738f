import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { KELURAHAN_STATE_COLOURS, SELECTED_OUTLINE_COLOUR } from '../../components/palette';

// Layers are data: every id, colour and size lives here. Colours and sizes read
// properties computed by `withCoverage` and the `selected` / `hover` feature-state
// the adapter sets, so nothing else styles the map. The installations are the one
// exception: a custom GPU layer (InstallationPointsLayer.ts) styled from palette.ts.

export const SOURCE_IDS = {
  kelurahan: 'kelurahan',
  kelurahanLabels: 'kelurahan-labels',
  kecamatan: 'kecamatan',
  boundary: 'boundary',
  draft: 'draft-installation',
  basemap: 'osm-basemap',
} as const;

export const LAYER_IDS = {
  background: 'background',
  basemap: 'osm-basemap',
  kelurahanFill: 'kelurahan-fill',
  kelurahanOutline: 'kelurahan-outline',
  kelurahanHighlight: 'kelurahan-highlight',
  kecamatanBorder: 'kecamatan-border',
  boundaryOutline: 'boundary-outline',
  kelurahanLabel: 'kelurahan-label',
  /** The custom GPU layer (InstallationPointsLayer), added by the adapter: not part of the style JSON. */
  installations: 'installations',
  draft: 'draft-installation',
} as const;

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** Feature-state set by the adapter from the shared filters; kelurahan outside them are dimmed, not removed. */
export const FILTERED_OUT_STATE = 'filteredOut';
const isInFilter: ExpressionSpecification = ['!', ['boolean', ['feature-state', FILTERED_OUT_STATE], false]];

const stateColour: ExpressionSpecification = [
  'match',
  ['get', 'state'],
  'covered',
  KELURAHAN_STATE_COLOURS.covered,
  'recommended',
  KELURAHAN_STATE_COLOURS.recommended,
  KELURAHAN_STATE_COLOURS.uncovered,
];

export const kelurahanFillLayer: FillLayerSpecification = {
  id: LAYER_IDS.kelurahanFill,
  type: 'fill',
  source: SOURCE_IDS.kelurahan,
  paint: {
    'fill-color': stateColour,
    'fill-opacity': ['case', isSelected, 0.85, ['!', isInFilter], 0.12, isHovered, 0.75, 0.55],
    // The outline layer draws every edge on top: the fill's own antialiasing pass would be
    // a second, hidden drawing of the same edges in every frame.
    'fill-antialias': false,
  },
};

export const kelurahanOutlineLayer: LineLayerSpecification = {
  id: LAYER_IDS.kelurahanOutline,
  type: 'line',
  source: SOURCE_IDS.kelurahan,
  paint: { 'line-color': '#ffffff', 'line-width': 0.8, 'line-opacity': ['case', isInFilter, 1, 0.35] },
};

/**
 * Selection and the recommended set are also told by line, not only by fill
 * colour, so they survive colour-blindness and a satellite-like basemap.
 */
export const kelurahanHighlightLayer: LineLayerSpecification = {
  id: LAYER_IDS.kelurahanHighlight,
  type: 'line',
  source: SOURCE_IDS.kelurahan,
  paint: {
    'line-color': ['case', isSelected, SELECTED_OUTLINE_COLOUR, isHovered, SELECTED_OUTLINE_COLOUR, ['==', ['get', 'state'], 'recommended'], '#8a5a00', 'rgba(0,0,0,0)'],
    'line-width': ['case', isSelected, 3.5, isHovered, 2, ['==', ['get', 'state'], 'recommended'], 2, 0],
    'line-dasharray': [2, 1],
    // A filtered-out recommended kelurahan keeps a faint dash: still a target, just not in this view.
    'line-opacity': ['case', isSelected, 1, isHovered, 1, isInFilter, 1, 0.3],
  },
};

export const kecamatanBorderLayer: LineLayerSpecification = {
  id: LAYER_IDS.kecamatanBorder,
  type: 'line',
  source: SOURCE_IDS.kecamatan,
  paint: { 'line-color': '#4a5a63', 'line-width': 1.6 },
};

export const boundaryOutlineLayer: LineLayerSpecification = {
  id: LAYER_IDS.boundaryOutline,
  type: 'line',
  source: SOURCE_IDS.boundary,
  paint: { 'line-color': '#1d2a30', 'line-width': 2.5 },
};

/** No `glyphs` URL in the style: MapLibre draws these labels with the browser's local fonts. */
export const kelurahanLabelLayer: SymbolLayerSpecification = {
  id: LAYER_IDS.kelurahanLabel,
  type: 'symbol',
  source: SOURCE_IDS.kelurahanLabels,
  // From the city view on: labels that would collide are left out until zoomed in.
  // (Also compiles the label shader when the map loads, not on the first zoom-in.)
  layout: {
    'text-field': ['get', 'label'],
    'text-font': ['Noto Sans Regular'],
    'text-size': ['interpolate', ['linear'], ['zoom'], 9, 10, 14, 14],
    'text-max-width': 8,
    'text-padding': 2,
  },
  paint: { 'text-color': '#1d2a30', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
};

export const draftLayer: CircleLayerSpecification = {
  id: LAYER_IDS.draft,
  type: 'circle',
  source: SOURCE_IDS.draft,
  paint: {
    'circle-color': '#ffffff',
    'circle-radius': 8,
    'circle-stroke-color': SELECTED_OUTLINE_COLOUR,
    'circle-stroke-width': 3,
  },
};

export const basemapSource: RasterSourceSpecification = {
  type: 'raster',
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

export const basemapLayer: RasterLayerSpecification = {
  id: LAYER_IDS.basemap,
  type: 'raster',
  source: SOURCE_IDS.basemap,
  paint: { 'raster-opacity': 0.9 },
};

/** Bottom to top; the basemap is inserted under `kelurahanFill` only when switched on. */
export const OVERLAY_LAYERS: LayerSpecification[] = [
  { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': '#dbe9f1' } },
  kelurahanFillLayer,
  kelurahanOutlineLayer,
  kecamatanBorderLayer,
  boundaryOutlineLayer,
  kelurahanHighlightLayer,
  kelurahanLabelLayer,
  draftLayer,
];

const emptyCollection = { type: 'FeatureCollection', features: [] } as const;

/**
 * The whole style, offline: GeoJSON sources (filled by the adapter), no glyphs
 * or sprite URL. `promoteId` makes the kelurahan code the feature-state id.
 */
export function buildStyle(): StyleSpecification {
  // Douglas-Peucker tolerance in tile units (8 per pixel): MapLibre's default (0.375) keeps
  // detail down to 1/20 px, and without a GPU every line vertex costs (the city view's lines
  // were ~40% of a frame). 3 units is 0.4 px at every zoom up to the source's maxzoom.
  const geojson = (tolerance = 3) => ({ type: 'geojson' as const, data: { ...emptyCollection, features: [] }, tolerance });
  return {
    version: 8,
    name: 'Cakupan',
    sources: {
      // Tiles up to zoom 12, drawn overzoomed beyond: fewer tiles hold each polygon, so dimming
      // by feature-state rewrites a quarter of the vertex data (~100 → ~25 ms). Overzoomed, the
      // tolerance grows too: 1.5 units is 0.2 px at zoom 12 and under, 1.5 px (~3.5 m) at zoom 16.
      [SOURCE_IDS.kelurahan]: { ...geojson(1.5), promoteId: 'kode', maxzoom: 12 },
      [SOURCE_IDS.kelurahanLabels]: geojson(),
      [SOURCE_IDS.kecamatan]: geojson(),
      [SOURCE_IDS.boundary]: geojson(),
      [SOURCE_IDS.draft]: geojson(),
    },
    layers: OVERLAY_LAYERS,
  };
}
