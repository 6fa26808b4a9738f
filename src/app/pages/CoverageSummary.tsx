import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { KecamatanCoverageList } from '../../features/coverage/KecamatanCoverageList';
import { KpiCards } from '../../features/coverage/KpiCards';
import type { CoverageModel } from '../state/useCoverageModel';
import type { KelurahanEntry } from '../state/useRegionIndex';
import type { SetViewState } from '../urlState';
import type { CampaignSettings } from '../../domain/campaignSettings';
import { targetOf } from './targetForm';
import { useCoverageHeadline } from './useCoverageHeadline';
import './dashboard.css';

/**
 * The dashboard's headline beside the map on wide screens: the KPI cards and coverage
 * by kecamatan (as a list, not a chart: see KecamatanCoverageList), following the
 * shared filters like every view. A kecamatan's row filters to it; the link opens the
 * full dashboard. (On phones the views are tabs instead.)
 */
interface CoverageSummaryProps {
  model: CoverageModel;
  kelurahan: readonly KelurahanEntry[];
  settings: CampaignSettings;
  setView: SetViewState;
}

export function CoverageSummary({ model, kelurahan, settings, setView }: CoverageSummaryProps) {
  const { t } = useTranslation('dashboard');
  const { target, targetSet } = targetOf(settings);
  const { headline, byKecamatan, kept } = useCoverageHeadline(model, kelurahan, target);
  const selectKecamatan = useCallback((kode: string) => setView({ kecamatan: [kode] }), [setView]);
  return (
    <section className="coverage-summary" aria-labelledby="coverage-summary-title" data-testid="coverage-summary-panel" data-synced-installations={kept.installationIndexes.length}>
      <div className="coverage-summary-head">
        <h2 id="coverage-summary-title">{t('summaryPanel.title')}</h2>
        <button type="button" className="link-button" onClick={() => setView({ view: 'dashboard' })}>{t('summaryPanel.open')}</button>
      </div>
      <KpiCards kpis={headline} target={target} targetSet={targetSet} asOf={model.asOf} />
      <KecamatanCoverageList series={byKecamatan} onSelectKecamatan={selectKecamatan} />
    </section>
  );
}
