import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatNumber } from '../../components/format';
import type { KecamatanCoveragePoint } from './series';
import { CHART_COLORS } from './chartColors';

interface Props {
  series: readonly KecamatanCoveragePoint[];
  /** Clicking a kecamatan's bar filters every view to it. */
  onSelectKecamatan?: (kecamatanKode: string) => void;
}

export function CoverageByKecamatanChart({ series, onSelectKecamatan }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const number = (value: unknown) => formatNumber(Number(value), i18n.language, 0);
  const covered = series.reduce((sum, point) => sum + point.covered, 0);
  const total = covered + series.reduce((sum, point) => sum + point.uncovered, 0);
  return (
    <ChartFrame
      testId="chart-kecamatan"
      title={t('byKecamatan.title')}
      summary={t('byKecamatan.summary', { covered: number(covered), total: number(total), kecamatan: number(series.length) })}
      tableLabel={t('showTable')}
      table={{
        columns: [t('byKecamatan.kecamatan'), t('byKecamatan.covered'), t('byKecamatan.uncovered')],
        rows: series.map((point) => [point.kecamatan, number(point.covered), number(point.uncovered)]),
      }}
    >
      <ResponsiveContainer width="100%" debounce={100} height={Math.max(180, 28 * series.length + 80)}>
      <BarChart
        // The drawing is hidden from assistive technology (the table says the same), so it must not take focus.
        accessibilityLayer={false}
        layout="vertical"
        data={series as KecamatanCoveragePoint[]}
        
        margin={{ left: 8, right: 16, bottom: 24 }}
        onClick={(state) => {
          const point = typeof state?.activeIndex === 'number' || typeof state?.activeIndex === 'string' ? series[Number(state.activeIndex)] : undefined;
          if (point && onSelectKecamatan) onSelectKecamatan(point.kecamatanKode);
        }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={number} label={{ value: t('byKecamatan.axisX'), position: 'insideBottom', offset: -16 }} />
        <YAxis type="category" dataKey="kecamatan" width={110} label={{ value: t('byKecamatan.axisY'), angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }} />
        <Tooltip formatter={number} />
        <Legend verticalAlign="top" />
        <Bar dataKey="covered" name={t('byKecamatan.covered')} stackId="kelurahan" fill={CHART_COLORS.covered} isAnimationActive={false} />
        <Bar dataKey="uncovered" name={t('byKecamatan.uncovered')} stackId="kelurahan" fill={CHART_COLORS.uncovered} isAnimationActive={false} />
      </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
