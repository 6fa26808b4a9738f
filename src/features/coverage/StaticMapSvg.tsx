import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_FONT_SIZE, type StaticLabel, type StaticMap } from './staticMap';

export type StaticMapState = 'covered' | 'recommended' | 'uncovered' | 'outside';

const FILL: Record<StaticMapState, string> = { covered: '#006a4e', recommended: '#e69f00', uncovered: '#c9d3d8', outside: '#f1f3f4' };

interface Props {
  map: StaticMap;
  stateOf: (kode: string) => StaticMapState;
  /** Names to print, already placed clear of each other (`placeLabels`). */
  labels?: readonly StaticLabel[];
  title: string;
}

/** Kelurahan coloured by state, as plain SVG: prints reliably and converts to PNG without WebGL. */
export const StaticMapSvg = forwardRef<SVGSVGElement, Props>(function StaticMapSvg({ map, stateOf, labels = [], title }, ref) {
  const { t } = useTranslation('dashboard');
  const legend: [StaticMapState, string][] = [
    ['covered', t('printView.legendCovered')],
    ['recommended', t('printView.legendRecommended')],
    ['uncovered', t('printView.legendUncovered')],
    ['outside', t('printView.legendOutside')],
  ];
  const legendTop = map.height + 12;
  // Legend entries side by side, each as wide as its label (~7 units a character at
  // font size 12), the row centred under the map.
  const entryWidths = legend.map(([, label]) => 20 + label.length * 7 + 24);
  const entryLefts = entryWidths.map((_, index) => entryWidths.slice(0, index).reduce((sum, entry) => sum + entry, 0));
  const legendLeft = Math.max(0, (map.width - entryWidths.reduce((sum, entry) => sum + entry, 0)) / 2);
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${map.width} ${legendTop + 24}`}
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
      {legend.map(([state, label], index) => (
        <g key={state} className="static-map-legend" transform={`translate(${legendLeft + entryLefts[index]!}, ${legendTop})`}>
          <rect width={14} height={14} fill={FILL[state]} stroke="#5b6b73" strokeWidth={0.5} />
          <text x={20} y={12} fontSize={12} fill="#1d2a30" fontFamily="system-ui, sans-serif">{label}</text>
        </g>
      ))}
    </svg>
  );
});
