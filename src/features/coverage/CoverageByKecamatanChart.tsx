import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatNumber } from '../../components/format';
import type { KecamatanCoveragePoint } from './series';
import { KECAMATAN_AXIS_WIDTH, renderAxisTick } from './AxisTick';
import { CHART_COLORS } from './chartColors';
import { countAxis } from './countAxis';

interface Props {
  series: readonly KecamatanCoveragePoint[];
  /** Clicking a kecamatan's bar filters every view to it. */
  onSelectKecamatan?: (kecamatanKode: string) => void;
  /** False while the page has not mounted the drawing yet (see ChartFrame). */
  drawn?: boolean;
  /** Each kecamatan's row (px); the printed summary's are closer, to fit one page. */
  rowHeight?: number;
}

// Constants and memoised props: Recharts keeps axis settings in a store and
// replaces them whenever a prop object is new, re-running its selectors.
const MARGIN = { left: 8, right: 16, bottom: 24 };
const LABEL_STYLE = { textAnchor: 'middle' } as const;

/**
 * Covered and uncovered kelurahan per kecamatan. Axes use `interval={0} tick={renderAxisTick}`: every
 * kecamatan gets its own 28 px row and the count axis a handful of short numbers,
 * so nothing can overlap and Recharts need not measure the labels in the DOM.
 */
export function CoverageByKecamatanChart({ series, onSelectKecamatan, drawn = true, rowHeight = 28 }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const text = useMemo(() => ({
    title: t('byKecamatan.title'), showTable: t('showTable'), kecamatan: t('byKecamatan.kecamatan'),
    covered: t('byKecamatan.covered'), uncovered: t('byKecamatan.uncovered'),
    axisX: { value: t('byKecamatan.axisX'), position: 'insideBottom', offset: -16 } as const,
    axisY: { value: t('byKecamatan.axisY'), angle: -90, position: 'insideLeft', style: LABEL_STYLE } as const,
  }), [t]);
  const number = useCallback((value: unknown) => formatNumber(Number(value), language, 0), [language]);
  const table = useMemo(() => ({
    columns: [text.kecamatan, text.covered, text.uncovered],
    rows: series.map((point) => [point.kecamatan, number(point.covered), number(point.uncovered)]),
  }), [series, text, number]);
  const axis = useMemo(() => countAxis(series.reduce((max, point) => Math.max(max, point.covered + point.uncovered), 0)), [series]);
  const covered = series.reduce((sum, point) => sum + point.covered, 0);
  const total = covered + series.reduce((sum, point) => sum + point.uncovered, 0);
  const select = useCallback((state: { activeIndex?: unknown } | null) => {
    const point = typeof state?.activeIndex === 'number' || typeof state?.activeIndex === 'string' ? series[Number(state.activeIndex)] : undefined;
    if (point && onSelectKecamatan) onSelectKecamatan(point.kecamatanKode);
  }, [series, onSelectKecamatan]);
  return (
    <ChartFrame
      testId="chart-kecamatan"
      title={text.title}
      summary={t('byKecamatan.summary', { covered: number(covered), total: number(total), kecamatan: number(series.length) })}
      tableLabel={text.showTable}
      table={table}
      height={Math.max(180, rowHeight * series.length + 80)}
      drawn={drawn}
    >
      <BarChart
        // The drawing is hidden from assistive technology (the table says the same), so it must not take focus.
        accessibilityLayer={false}
        layout="vertical"
        data={series as KecamatanCoveragePoint[]}
        margin={MARGIN}
        onClick={select}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" verticalValues={axis.ticks} />
        <XAxis type="number" domain={axis.domain} ticks={axis.ticks} niceTicks="none" interval={0} tick={renderAxisTick} tickFormatter={number} label={text.axisX} />
        <YAxis type="category" dataKey="kecamatan" width={KECAMATAN_AXIS_WIDTH} interval={0} tick={renderAxisTick} label={text.axisY} />
        <Tooltip formatter={number} />
        {/* Covered first in every language: by data key, not by the translated label (Recharts' default). */}
        <Legend verticalAlign="top" itemSorter="dataKey" />
        <Bar dataKey="covered" name={text.covered} stackId="kelurahan" fill={CHART_COLORS.covered} isAnimationActive={false} />
        <Bar dataKey="uncovered" name={text.uncovered} stackId="kelurahan" fill={CHART_COLORS.uncovered} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
