import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis, ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatNumber } from '../../components/format';
import type { TypePoint } from './series';
import { CHART_COLORS } from './chartColors';

export function TypeChart({ series }: { series: readonly TypePoint[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: filterText } = useTranslation('filters');
  const number = (value: unknown) => formatNumber(Number(value), i18n.language, 0);
  const data = series.map((point) => ({ ...point, label: filterText(`types.${point.type}`) }));
  const total = series.reduce((sum, point) => sum + point.count, 0);
  return (
    <ChartFrame
      testId="chart-type"
      title={t('byType.title')}
      summary={t('byType.summary', { count: total, formatted: number(total) })}
      tableLabel={t('showTable')}
      table={{ columns: [t('byType.type'), t('byType.count')], rows: data.map((point) => [point.label, number(point.count)]) }}
    >
      <ResponsiveContainer width="100%" debounce={100} height={260}>
      <BarChart accessibilityLayer={false} data={data}  margin={{ left: 16, right: 16, bottom: 24 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" label={{ value: t('byType.axisX'), position: 'insideBottom', offset: -16 }} />
        <YAxis allowDecimals={false} tickFormatter={number} width={64} label={{ value: t('byType.axisY'), angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }} />
        <Tooltip formatter={number} />
        <Bar dataKey="count" name={t('byType.count')} isAnimationActive={false}>
          {data.map((point) => (
            <Cell key={point.type} fill={CHART_COLORS.types[point.type]} />
          ))}
        </Bar>
      </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
