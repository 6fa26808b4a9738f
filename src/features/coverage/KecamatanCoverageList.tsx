import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { CHART_COLORS } from './chartColors';
import type { KecamatanCoveragePoint } from './series';
import './kecamatanCoverageList.css';

interface Props {
  series: readonly KecamatanCoveragePoint[];
  /** Choosing a kecamatan filters every view to it. */
  onSelectKecamatan(kecamatanKode: string): void;
}

const BAR_STYLE = { '--covered': CHART_COLORS.covered, '--uncovered': CHART_COLORS.uncovered } as CSSProperties;

/**
 * Coverage by kecamatan for the narrow column beside the map: one row per
 * kecamatan with its covered share as a bar and the counts in words, each row a
 * button that filters to the kecamatan. The dashboard draws the same series as a
 * Recharts chart; here plain HTML reads better at 300 px and re-renders far
 * faster, where the chart was a large share of every filter change on the map view.
 */
export function KecamatanCoverageList({ series, onSelectKecamatan }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  return (
    <section className="kecamatan-coverage" aria-labelledby="kecamatan-coverage-title" data-testid="kecamatan-coverage-list" style={BAR_STYLE}>
      <h3 id="kecamatan-coverage-title" className="chart-title">{t('byKecamatan.title')}</h3>
      <p className="chart-summary">{t('byKecamatan.pick')}</p>
      <p className="kecamatan-coverage-key" aria-hidden="true">
        <span className="swatch covered" />{t('byKecamatan.covered')}
        <span className="swatch uncovered" />{t('byKecamatan.uncovered')}
      </p>
      {series.length === 0 ? (
        <p className="status-line">{t('byKecamatan.empty')}</p>
      ) : (
        <ul>
          {series.map((point) => {
            const total = point.covered + point.uncovered;
            return (
              <li key={point.kecamatanKode}>
                <button type="button" onClick={() => onSelectKecamatan(point.kecamatanKode)}>
                  <span className="kecamatan-coverage-name">{point.kecamatan}</span>
                  <span className="kecamatan-coverage-count">{t('byKecamatan.count', { covered: number(point.covered), total: number(total) })}</span>
                  <span className="kecamatan-coverage-bar" aria-hidden="true">
                    <span style={{ width: `${total > 0 ? (100 * point.covered) / total : 0}%` }} />
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
