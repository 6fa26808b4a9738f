import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis, type BaseTickContentProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatNumber } from '../../components/format';
import type { TypePoint } from './series';
import { renderAxisTick } from './AxisTick';
import type { InstallationType } from '../../domain/installation';
import { INSTALLATION_SYMBOLS } from '../../components/palette';
import { ShapeSwatch } from '../../components/ShapeSwatch';
import { countAxis } from './countAxis';

// Constants and memoised props so Recharts does not replace its axis settings on every render.
const MARGIN = { top: 12, left: 16, right: 16, bottom: 24 };
const LABEL_STYLE = { textAnchor: 'middle' } as const;
/** A 28 px row per type, as in the kecamatan chart, and room for the count axis. */
const TYPE_CHART_HEIGHT = 28 * 4 + 96;
/**
 * Room for the longest type name on one line next to the rotated axis title, from its
 * length (~7.5 px a character at the tick font) rather than measured in the DOM:
 * "Street banner (spanduk)" needs ~200 px, "Spanduk" leaves the bars more room.
 */
function typeAxisWidth(labels: readonly string[]): number {
  return Math.max(100, 46 + SWATCH_ROOM + 7.5 * Math.max(...labels.map((label) => label.length)));
}

/** The map legend's symbol (16 px) and a gap, between a type's name and its bar. */
const SWATCH_ROOM = 22;

/** A type's name with the symbol the map draws it with, so the chart reads like the legend. */
function renderTypeTick(props: BaseTickContentProps) {
  const [x, y] = [Number(props.x), Number(props.y)];
  const symbol = INSTALLATION_SYMBOLS[props.payload.value as InstallationType];
  return (
    <g>
      {renderAxisTick({ ...props, x: x - SWATCH_ROOM })}
      {symbol && <ShapeSwatch shape={symbol.shape} colour={symbol.colour} x={x - SWATCH_ROOM + 4} y={y - 8} />}
    </g>
  );
}

/**
 * Kept installations per material type, one bar per row: type names sit beside their
 * bars with room for the longest ("Street banner (spanduk)"), where under them they ran
 * into each other. `interval={0}` and plain ticks (`renderTypeTick`, `renderAxisTick`) draw them without measuring.
 */
export function TypeChart({ series, drawn = true }: { series: readonly TypePoint[]; drawn?: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: filterText } = useTranslation('filters');
  const language = i18n.language;
  const text = useMemo(() => ({
    title: t('byType.title'), showTable: t('showTable'), type: t('byType.type'), count: t('byType.count'),
    axisCount: { value: t('byType.axisCount'), position: 'insideBottom', offset: -16 } as const,
    axisType: { value: t('byType.axisType'), angle: -90, position: 'insideLeft', style: LABEL_STYLE } as const,
  }), [t]);
  const number = useCallback((value: unknown) => formatNumber(Number(value), language, 0), [language]);
  const data = useMemo(() => series.map((point) => ({ ...point, label: filterText(`types.${point.type}`) })), [series, filterText]);
  const table = useMemo(() => ({ columns: [text.type, text.count], rows: data.map((point) => [point.label, number(point.count)]) }), [data, text, number]);
  const axis = useMemo(() => countAxis(series.reduce((max, point) => Math.max(max, point.count), 0)), [series]);
  const labelWidth = useMemo(() => typeAxisWidth(data.map((point) => point.label)), [data]);
  // The last count ("25.000") is centred on the plot's right edge: room for its half.
  const margin = useMemo(() => ({ ...MARGIN, right: Math.max(MARGIN.right, 4 + Math.ceil(3.5 * number(axis.ticks.at(-1) ?? 0).length)) }), [axis, number]);
  const labelOf = useCallback((type: unknown) => data.find((point) => point.type === type)?.label ?? String(type), [data]);
  const total = series.reduce((sum, point) => sum + point.count, 0);
  return (
    <ChartFrame
      testId="chart-type"
      title={text.title}
      summary={t('byType.summary', { count: total, formatted: number(total) })}
      tableLabel={text.showTable}
      table={table}
      height={TYPE_CHART_HEIGHT}
      drawn={drawn}
    >
      <BarChart accessibilityLayer={false} layout="vertical" data={data} margin={margin}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" verticalValues={axis.ticks} />
        <XAxis type="number" domain={axis.domain} ticks={axis.ticks} niceTicks="none" interval={0} tick={renderAxisTick} tickFormatter={number} label={text.axisCount} />
        <YAxis type="category" dataKey="type" width={labelWidth} interval={0} tick={renderTypeTick} tickFormatter={labelOf} label={text.axisType} />
        <Tooltip formatter={number} />
        <Bar dataKey="count" name={text.count} isAnimationActive={false}>
          {data.map((point) => (
            <Cell key={point.type} fill={INSTALLATION_SYMBOLS[point.type].colour} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
