import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import { formatNumber, formatPercent } from '../../components/format';
import type { VisibilityPoint } from './series';
import { KECAMATAN_AXIS_WIDTH, renderAxisTick } from './AxisTick';
import { CHART_COLORS } from './chartColors';
import { VisibilityCompute, type VisibilityProgress } from '../../components/VisibilityCompute';

interface Props {
  series: readonly VisibilityPoint[];
  progress: VisibilityProgress;
  onCompute: () => void;
  /** False while the page has not mounted the drawing yet (see ChartFrame). */
  drawn?: boolean;
}

// Constants and memoised props so Recharts does not replace its axis settings on every render.
const MARGIN = { left: 8, right: 16, bottom: 24 };
const LABEL_STYLE = { textAnchor: 'middle' } as const;
const SHARE_DOMAIN = [0, 'auto'] as const;

/** Visibility is costly (a scanline pass per kelurahan), so the page computes it only when asked. */
export function VisibilityChart({ series, progress, onCompute, drawn = true }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const percent = useCallback((value: unknown) => formatPercent(Number(value), language), [language]);
  const labels = useMemo(() => ({
    x: { value: t('visibility.axisX'), position: 'insideBottom', offset: -16 } as const,
    y: { value: t('visibility.axisY'), angle: -90, position: 'insideLeft', style: LABEL_STYLE } as const,
  }), [t]);
  if (progress.state !== 'ready') {
    return (
      <section className="chart-frame" data-testid="chart-visibility">
        <h3 className="chart-title">{t('visibility.title')}</h3>
        <p className="chart-summary">{t('visibility.notComputed')}</p>
        <p><VisibilityCompute progress={progress} onCompute={onCompute} /></p>
      </section>
    );
  }
  return (
    <ChartFrame
      testId="chart-visibility"
      title={t('visibility.title')}
      summary={t('visibility.summary')}
      tableLabel={t('showTable')}
      table={{
        columns: [t('visibility.kecamatan'), t('visibility.share'), t('visibility.visible'), t('visibility.area')],
        rows: series.map((point) => [point.kecamatan, percent(point.share), formatNumber(point.visibleKm2, language, 2), formatNumber(point.areaKm2, language, 2)]),
      }}
      height={Math.max(180, 28 * series.length + 80)}
      drawn={drawn}
    >
      <BarChart accessibilityLayer={false} layout="vertical" data={series as VisibilityPoint[]} margin={MARGIN}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={SHARE_DOMAIN} interval={0} tick={renderAxisTick} tickFormatter={percent} label={labels.x} />
        <YAxis type="category" dataKey="kecamatan" width={KECAMATAN_AXIS_WIDTH} interval={0} tick={renderAxisTick} label={labels.y} />
        <Tooltip formatter={percent} />
        <Bar dataKey="share" name={t('visibility.share')} fill={CHART_COLORS.visibility} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
