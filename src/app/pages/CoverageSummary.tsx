import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageByKecamatanChart } from '../../features/coverage/CoverageByKecamatanChart';
import { KpiCards } from '../../features/coverage/KpiCards';
import type { Campaign } from '../useCampaign';
import { useCampaignTarget } from './useCampaignTarget';
import { useCoverageHeadline } from './useCoverageHeadline';
import './dashboard.css';

const CoverageByKecamatanChartMemo = memo(CoverageByKecamatanChart);

/**
 * The dashboard's headline beside the map on wide screens: the KPI cards and coverage
 * by kecamatan, following the shared filters like every view. A bar filters to its
 * kecamatan; the link opens the full dashboard. (On phones the views are tabs instead.)
 */
export function CoverageSummary({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('dashboard');
  const [target] = useCampaignTarget();
  const { headline, byKecamatan } = useCoverageHeadline(campaign, target);
  const { setView } = campaign;
  const selectKecamatan = useCallback((kode: string) => setView({ kecamatan: [kode] }), [setView]);
  return (
    <section className="coverage-summary" aria-labelledby="coverage-summary-title" data-testid="coverage-summary-panel">
      <div className="coverage-summary-head">
        <h2 id="coverage-summary-title">{t('summaryPanel.title')}</h2>
        <button type="button" className="link-button" onClick={() => setView({ view: 'dashboard' })}>{t('summaryPanel.open')}</button>
      </div>
      <KpiCards kpis={headline} target={target} asOf={campaign.asOf} />
      <CoverageByKecamatanChartMemo series={byKecamatan} onSelectKecamatan={selectKecamatan} />
    </section>
  );
}
