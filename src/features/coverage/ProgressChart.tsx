import { useCallback, useMemo, useState } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis, type LegendPayload } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatDate, formatNumber } from '../../components/format';
import { dayDate } from './installationDays';
import type { ProgressPoint } from './progressSeries';
import { renderAxisTick } from './AxisTick';
import { CHART_COLORS } from './chartColors';
import { countAxis } from './countAxis';
import { formatMonth, monthTicksFitting } from './timeAxis';

interface Props {
  series: readonly ProgressPoint[];
  asOf: string;
  /** False while the page has not mounted the drawing yet (see ChartFrame). */
  drawn?: boolean;
  /** Height of the drawing (px); the printed summary's is smaller, to fit one page. */
  height?: number;
}

// Props Recharts compares by identity: module constants, so a re-render with new
// data does not also replace the axis settings in its store.
const MARGIN = { top: 12, left: 16, right: 16, bottom: 24 };
const DAY_DOMAIN = ['dataMin', 'dataMax'] as const;
const LABEL_STYLE = { textAnchor: 'middle' } as const;
/** Legend entries in the order the lines are drawn, in every language (Recharts sorts by label by default). */
const LINE_ORDER = ['installations', 'coveredKelurahan', 'target'];
const byLineOrder = (item: LegendPayload) => LINE_ORDER.indexOf(String(item.dataKey));
/** The drawing's width less the plot's: both Y axes (88 px given, 60 px Recharts' default) and the side margins. */
const OUTSIDE_PLOT_PX = 88 + 60 + MARGIN.left + MARGIN.right;

/**
 * Cumulative installations (left axis) and kelurahan covered against the target
 * line (right axis), over a numeric day axis: points sit at their real dates, so
 * the target line is straight. Every axis has `interval={0} tick={renderAxisTick}` and the X ticks are
 * given (first of a month), so Recharts draws the labels without measuring each
 * one in the DOM first (that measuring cost ~20 ms per render at ~240 daily points).
 */
export function ProgressChart({ series, asOf, drawn = true, height = 280 }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const text = useMemo(() => ({
    title: t('progress.title'), showTable: t('showTable'), date: t('progress.date'), axisX: t('progress.axisX'),
    installations: t('progress.installations'), covered: t('progress.covered'), target: t('progress.target'),
    axisInstallations: t('progress.axisInstallations'), axisKelurahan: t('progress.axisKelurahan'),
  }), [t]);
  const format = useMemo(() => ({
    number: (value: unknown) => (value === null || value === undefined ? '–' : formatNumber(Number(value), language, 1)),
    month: (day: number) => formatMonth(day, language),
    day: (day: unknown) => formatDate(dayDate(Number(day)), language),
  }), [language]);
  const labels = useMemo(() => ({
    x: { value: text.axisX, position: 'insideBottom', offset: -16 } as const,
    installations: { value: text.axisInstallations, angle: -90, position: 'insideLeft', offset: 0, style: LABEL_STYLE } as const,
    kelurahan: { value: text.axisKelurahan, angle: 90, position: 'insideRight', style: LABEL_STYLE } as const,
  }), [text]);
  const first = series[0]?.day;
  const last = series.at(-1)?.day;
  // Axis layout, not data: a new array only when the span of days changes.
  // As many month labels as the plot's width holds (they ran into each other in a phone-wide chart).
  const [plotWidth, setPlotWidth] = useState(600);
  const fitTicks = useCallback((width: number) => setPlotWidth(width - OUTSIDE_PLOT_PX), []);
  const ticks = useMemo(() => (first === undefined || last === undefined ? [] : monthTicksFitting(first, last, plotWidth)), [first, last, plotWidth]);
  // Count axes with given ticks and domain (see countAxis), new only when the series changes.
  const counts = useMemo(() => {
    let installations = 0;
    let kelurahan = 0;
    for (const point of series) {
      installations = Math.max(installations, point.installations ?? 0);
      kelurahan = Math.max(kelurahan, point.coveredKelurahan ?? 0, point.target);
    }
    return { installations: countAxis(installations), kelurahan: countAxis(kelurahan) };
  }, [series]);
  const table = useMemo(() => ({
    columns: [text.date, text.installations, text.covered, text.target],
    rows: series.map((point) => [formatDate(point.date, language), format.number(point.installations), format.number(point.coveredKelurahan), format.number(point.target)]),
  }), [series, text, language, format]);
  const latest = series.findLast((point) => point.date <= asOf);
  return (
    <ChartFrame
      testId="chart-progress"
      title={text.title}
      summary={t('progress.summary', {
        date: formatDate(asOf, language),
        installations: format.number(latest?.installations ?? 0),
        covered: format.number(latest?.coveredKelurahan ?? 0),
        // In whole kelurahan: the line's 51.2 means 52 covered to be on track.
        target: format.number(Math.ceil((latest?.target ?? 0) - 1e-9)),
      })}
      tableLabel={text.showTable}
      table={table}
      height={height}
      drawn={drawn}
      onWidth={fitTicks}
    >
      <ComposedChart accessibilityLayer={false} data={series as ProgressPoint[]} margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" yAxisId="installations" verticalValues={ticks} horizontalValues={counts.installations.ticks} />
        <XAxis dataKey="day" type="number" scale="linear" domain={DAY_DOMAIN} ticks={ticks} niceTicks="none" interval={0} tick={renderAxisTick} tickFormatter={format.month} label={labels.x} />
        <YAxis yAxisId="installations" domain={counts.installations.domain} ticks={counts.installations.ticks} niceTicks="none" interval={0} tick={renderAxisTick} tickFormatter={format.number} width={88} label={labels.installations} />
        <YAxis yAxisId="kelurahan" orientation="right" domain={counts.kelurahan.domain} ticks={counts.kelurahan.ticks} niceTicks="none" interval={0} tick={renderAxisTick} tickFormatter={format.number} label={labels.kelurahan} />
        <Tooltip labelFormatter={format.day} formatter={format.number} />
        <Legend verticalAlign="top" itemSorter={byLineOrder} />
        <Line yAxisId="installations" type="stepAfter" dataKey="installations" name={text.installations}
          stroke={CHART_COLORS.installations} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="kelurahan" type="stepAfter" dataKey="coveredKelurahan" name={text.covered}
          stroke={CHART_COLORS.covered} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="kelurahan" type="linear" dataKey="target" name={text.target}
          stroke={CHART_COLORS.target} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
