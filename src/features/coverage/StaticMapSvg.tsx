import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_FONT_SIZE, MARKER_RADIUS, type StaticLabel, type StaticMap, type StaticMarker } from './staticMap';

export type StaticMapState = 'covered' | 'recommended' | 'uncovered' | 'outside';

const FILL: Record<StaticMapState, string> = { covered: '#006a4e', recommended: '#e69f00', uncovered: '#c9d3d8', outside: '#f1f3f4' };

interface Props {
  map: StaticMap;
  stateOf: (kode: string) => StaticMapState;
  /** Names to print, already placed clear of each other (`placeLabels`). */
  labels?: readonly StaticLabel[];
  /** Numbers for the kelurahan whose names did not fit (`placeLabelsOrNumbers`), keyed beside the map. */
  markers?: readonly StaticMarker[];
  title: string;
}

const LEGEND_ROW = 20;

/** Legend entries (widths) in rows no wider than the map, each row centred: left offset per entry and row index. */
function legendLayout(widths: readonly number[], width: number) {
  const rows: number[][] = [[]];
  let used = 0;
  for (const [index, entry] of widths.entries()) {
    if (used + entry > width && rows.at(-1)!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(index);
    used += entry;
  }
  const placed: { left: number; row: number }[] = [];
  for (const [row, indexes] of rows.entries()) {
    const rowWidth = indexes.reduce((sum, index) => sum + widths[index]!, 0);
    let left = Math.max(0, (width - rowWidth) / 2);
    for (const index of indexes) {
      placed[index] = { left, row };
      left += widths[index]!;
    }
  }
  return { placed, rows: rows.length };
}

/** Kelurahan coloured by state, as plain SVG: prints reliably and converts to PNG without WebGL. */
export const StaticMapSvg = forwardRef<SVGSVGElement, Props>(function StaticMapSvg({ map, stateOf, labels = [], markers = [], title }, ref) {
  const { t } = useTranslation('dashboard');
  const legend: [StaticMapState, string][] = [
    ['covered', t('printView.legendCovered')],
    ['recommended', t('printView.legendRecommended')],
    ['uncovered', t('printView.legendUncovered')],
    ['outside', t('printView.legendOutside')],
  ];
  const legendTop = map.height + 12;
  // Legend entries side by side, each as wide as its label (~7 units a character at
  // font size 12), in centred rows under the map (two on a narrow map).
  const { placed, rows } = legendLayout(legend.map(([, label]) => 20 + label.length * 7 + 24), map.width);
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${map.width} ${legendTop + rows * LEGEND_ROW + 4}`}
      role="img"
      aria-label={title}
      className="static-map"
      data-testid="static-map"
    >
      <title>{title}</title>
      <rect width="100%" height="100%" fill="#ffffff" />
      {map.shapes.map((shape) => (
        <path key={shape.kode} d={shape.d} fill={FILL[stateOf(shape.kode)]} fillRule="evenodd" stroke="#ffffff" strokeWidth={0.8} data-kode={shape.kode} data-state={stateOf(shape.kode)} />
      ))}
      {labels.map((label) => (
        <text
          key={label.kode}
          x={label.x}
          y={label.y}
          dy="0.35em"
          textAnchor="middle"
          fontSize={LABEL_FONT_SIZE}
          fill="#1d2a30"
          stroke="#ffffff"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
          fontFamily="system-ui, sans-serif"
          data-label-kode={label.kode}
        >
          {label.text}
        </text>
      ))}
      {markers.map((marker) => marker.from && (
        <line key={`${marker.kode}-leader`} x1={marker.from.x} y1={marker.from.y} x2={marker.x} y2={marker.y} stroke="#1d2a30" strokeWidth={1} />
      ))}
      {markers.map((marker) => (
        <g key={marker.kode} className="static-map-marker" data-marker-kode={marker.kode} transform={`translate(${marker.x}, ${marker.y})`}>
          <circle r={MARKER_RADIUS} fill="#1d2a30" stroke="#ffffff" strokeWidth={1.5} />
          <text dy="0.35em" textAnchor="middle" fontSize={LABEL_FONT_SIZE - 1} fontWeight={700} fill="#ffffff" fontFamily="system-ui, sans-serif">{marker.number}</text>
        </g>
      ))}
      {legend.map(([state, label], index) => (
        <g key={state} className="static-map-legend" transform={`translate(${placed[index]!.left}, ${legendTop + placed[index]!.row * LEGEND_ROW})`}>
          <rect width={14} height={14} fill={FILL[state]} stroke="#5b6b73" strokeWidth={0.5} />
          <text x={20} y={12} fontSize={12} fill="#1d2a30" fontFamily="system-ui, sans-serif">{label}</text>
        </g>
      ))}
    </svg>
  );
});
