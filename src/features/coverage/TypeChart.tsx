import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatNumber } from '../../components/format';
import type { TypePoint } from './series';
import { renderAxisTick } from './AxisTick';
import { CHART_COLORS } from './chartColors';
import { countAxis } from './countAxis';

// Constants and memoised props so Recharts does not replace its axis settings on every render.
const MARGIN = { top: 12, left: 16, right: 16, bottom: 24 };
const LABEL_STYLE = { textAnchor: 'middle' } as const;

/** Kept installations per material type; four fixed labels, so `interval={0} tick={renderAxisTick}` draws them without measuring. */
export function TypeChart({ series, drawn = true }: { series: readonly TypePoint[]; drawn?: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: filterText } = useTranslation('filters');
  const language = i18n.language;
  const text = useMemo(() => ({
    title: t('byType.title'), showTable: t('showTable'), type: t('byType.type'), count: t('byType.count'),
    axisX: { value: t('byType.axisX'), position: 'insideBottom', offset: -16 } as const,
    axisY: { value: t('byType.axisY'), angle: -90, position: 'insideLeft', offset: 0, style: LABEL_STYLE } as const,
  }), [t]);
  const number = useCallback((value: unknown) => formatNumber(Number(value), language, 0), [language]);
  const data = useMemo(() => series.map((point) => ({ ...point, label: filterText(`types.${point.type}`) })), [series, filterText]);
  const table = useMemo(() => ({ columns: [text.type, text.count], rows: data.map((point) => [point.label, number(point.count)]) }), [data, text, number]);
  const axis = useMemo(() => countAxis(series.reduce((max, point) => Math.max(max, point.count), 0)), [series]);
  const total = series.reduce((sum, point) => sum + point.count, 0);
  return (
    <ChartFrame
      testId="chart-type"
      title={text.title}
      summary={t('byType.summary', { count: total, formatted: number(total) })}
      tableLabel={text.showTable}
      table={table}
      height={260}
      drawn={drawn}
    >
      <BarChart accessibilityLayer={false} data={data} margin={MARGIN}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={0} tick={renderAxisTick} label={text.axisX} />
        <YAxis domain={axis.domain} ticks={axis.ticks} niceTicks="none" interval={0} tick={renderAxisTick} tickFormatter={number} width={80} label={text.axisY} />
        <Tooltip formatter={number} />
        <Bar dataKey="count" name={text.count} isAnimationActive={false}>
          {data.map((point) => (
            <Cell key={point.type} fill={CHART_COLORS.types[point.type]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
