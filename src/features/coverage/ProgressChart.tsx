import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis, ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatDate, formatNumber } from '../../components/format';
import type { ProgressPoint } from './progressSeries';
import { CHART_COLORS } from './chartColors';

interface Props {
  series: readonly ProgressPoint[];
  asOf: string;
}

/** Cumulative installations (left axis) and kelurahan covered against the target line (right axis). */
export function ProgressChart({ series, asOf }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const number = (value: unknown) => (value === null || value === undefined ? '–' : formatNumber(Number(value), language, 1));
  const date = (value: unknown) => formatDate(String(value), language, 'short');
  const latest = [...series].reverse().find((point) => point.date <= asOf);
  return (
    <ChartFrame
      testId="chart-progress"
      title={t('progress.title')}
      summary={t('progress.summary', {
        date: formatDate(asOf, language),
        installations: number(latest?.installations ?? 0),
        covered: number(latest?.coveredKelurahan ?? 0),
        target: number(latest?.target ?? 0),
      })}
      tableLabel={t('showTable')}
      table={{
        columns: [t('progress.date'), t('progress.installations'), t('progress.covered'), t('progress.target')],
        rows: series.map((point) => [formatDate(point.date, language), number(point.installations), number(point.coveredKelurahan), number(point.target)]),
      }}
    >
      <ResponsiveContainer width="100%" debounce={100} height={280}>
      <ComposedChart accessibilityLayer={false} data={series as ProgressPoint[]}  margin={{ left: 16, right: 16, bottom: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tickFormatter={date} minTickGap={24} label={{ value: t('progress.axisX'), position: 'insideBottom', offset: -16 }} />
        <YAxis yAxisId="installations" allowDecimals={false} tickFormatter={number} width={72}
          label={{ value: t('progress.axisInstallations'), angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }} />
        <YAxis yAxisId="kelurahan" orientation="right" allowDecimals={false} tickFormatter={number}
          label={{ value: t('progress.axisKelurahan'), angle: 90, position: 'insideRight', style: { textAnchor: 'middle' } }} />
        <Tooltip labelFormatter={(label) => formatDate(String(label), language)} formatter={number} />
        <Legend verticalAlign="top" />
        <Line yAxisId="installations" type="stepAfter" dataKey="installations" name={t('progress.installations')}
          stroke={CHART_COLORS.installations} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="kelurahan" type="stepAfter" dataKey="coveredKelurahan" name={t('progress.covered')}
          stroke={CHART_COLORS.covered} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="kelurahan" type="linear" dataKey="target" name={t('progress.target')}
          stroke={CHART_COLORS.target} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
