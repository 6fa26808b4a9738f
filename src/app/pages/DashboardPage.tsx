import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/FilterBar';
import { formatNumber } from '../../components/format';
import { useStaggeredCount } from '../../components/useStaggeredCount';
import { CoverageByKecamatanChart } from '../../features/coverage/CoverageByKecamatanChart';
import { KpiCards } from '../../features/coverage/KpiCards';
import { ProgressChart } from '../../features/coverage/ProgressChart';
import { progressOverTimeByDay } from '../../features/coverage/progressByDay';
import { installationsByType, visibilityByKecamatan } from '../../features/coverage/series';
import { TypeChart } from '../../features/coverage/TypeChart';
import { UncoveredList } from '../../features/coverage/UncoveredList';
import { VisibilityChart } from '../../features/coverage/VisibilityChart';
import type { RegionLayers } from '../../data/geodata';
import type { CoverageModel } from '../state/useCoverageModel';
import type { RegionIndex } from '../state/useRegionIndex';
import type { SetViewState, ViewState } from '../urlState';
import { DashboardToolbar } from './DashboardToolbar';
import { PrintPage } from './PrintPage';
import { kecamatanNames, scopeLabel } from './scope';
import { InstallationsError } from '../StoreNotices';
import type { CampaignSettingsState } from '../../data/useCampaignSettings';
import type { CampaignTarget } from '../../domain/campaignSettings';
import { targetOf } from './targetForm';
import { useCoverageHeadline } from './useCoverageHeadline';
import { useVisibility } from './useVisibility';
import './dashboard.css';
import { useSession } from '../sessionContext';

// Memoised so a filter change re-renders (Recharts: tens of ms each) only the
// charts whose series actually changed; their props are memoised below.
const CoverageByKecamatanChartMemo = memo(CoverageByKecamatanChart);
const TypeChartMemo = memo(TypeChart);
const ProgressChartMemo = memo(ProgressChart);
const VisibilityChartMemo = memo(VisibilityChart);
const CHART_COUNT = 4;

export interface DashboardPageProps {
  layers: RegionLayers;
  region: Pick<RegionIndex, 'kelurahan' | 'kecamatanOptions'>;
  model: CoverageModel;
  /** The campaign settings: the target everyone sees, and saving it. */
  settings: CampaignSettingsState;
  view: ViewState;
  setView: SetViewState;
}

/** Executives: progress against the target, by kecamatan, by type and over time; every number follows the shared filters. */
export function DashboardPage({ layers, region, model, settings, view, setView }: DashboardPageProps) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: filterText } = useTranslation('filters');
  // The shared filters and the as-of date are applied once for every view, in useCoverageModel.
  const data = model;
  const derived = model;
  const { target, targetSet } = targetOf(settings.settings);
  const { save } = settings;
  const { canSetTarget } = useSession();
  const saveTarget = useCallback((next: CampaignTarget) => save({ ...settings.settings, target: next }).then(() => undefined), [save, settings.settings]);
  const visibility = useVisibility(layers.kelurahan, data.installations, data.actualKode, data.asOf);
  const { filtered, coveredKodes } = model;
  const { kelurahan } = region;
  const { asOf, columns } = data;
  // Day numbers and type/status codes for the series: the shared installation columns
  // (built once per data change), not 100,000 installation objects.
  const days = columns;
  const { area, kept, headline, byKecamatan } = useCoverageHeadline(model, kelurahan, target);
  // The charts render in the same commit as the KPI cards. They used to follow a
  // render later through useDeferredValue (time-sliced); once their renders got
  // cheap (given ticks, no label measuring, memoised props) the deferral only added
  // scheduling latency: measured at 100k, one commit finished a filter change in a
  // median ~90-125 ms against ~150-200 ms deferred, with its single task < 200 ms.
  const byType = useMemo(() => installationsByType(kept, days), [kept, days]);
  const progress = useMemo(
    () => progressOverTimeByDay(kept, days, area.kelurahanKodes, headline.targetCount, target, asOf),
    [kept, days, area.kelurahanKodes, headline.targetCount, target, asOf],
  );
  const visible = useMemo(() => visibilityByKecamatan(area, visibility.visibleKm2ByKode), [area, visibility.visibleKm2ByKode]);
  const uncovered = useMemo(
    () => kelurahan.filter((entry) => filtered.kelurahanKodes.has(entry.kode) && !coveredKodes.has(entry.kode))
      .map((entry) => ({ ...entry, rank: derived.rankByKode.get(entry.kode), recommended: derived.recommendedKodes.has(entry.kode) }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.nama.localeCompare(b.nama, 'id')),
    [kelurahan, filtered.kelurahanKodes, coveredKodes, derived.rankByKode, derived.recommendedKodes],
  );
  const selectKecamatan = useCallback((kode: string) => setView({ kecamatan: [kode] }), [setView]);
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  const resultSummary = filterText('result', {
    kelurahan: number(filtered.kelurahanKodes.size), total: number(kelurahan.length), installations: number(filtered.installationIndexes.length),
  });
  const scopeNames = kecamatanNames(region.kecamatanOptions, view.kecamatan);
  // The charts' drawings mount one per task once the installations have loaded (titles
  // and tables are there at once). Drawn before, all four were redrawn with 100,000
  // installations in the one task that brought them (0.57 s).
  const drawnCharts = useStaggeredCount(CHART_COUNT, data.status !== 'loading');

  if (view.print) {
    return (
      <PrintPage
        regionName={layers.region.name} scopeNames={scopeNames} asOf={asOf} target={target} targetSet={targetSet} kpis={headline}
        byKecamatan={byKecamatan} byType={byType} progress={progress} uncovered={uncovered}
        kelurahan={layers.kelurahan} coveredKodes={coveredKodes} recommendedKodes={derived.recommendedKodes} keptKodes={filtered.kelurahanKodes}
        onClose={() => setView({ print: false })}
      />
    );
  }

  return (
    <div className="dashboard-page" data-testid="dashboard-page">
      <DashboardToolbar
        title={t('title')}
        scope={scopeLabel(scopeNames, t('scopeCity', { region: layers.region.name }))}
        asOf={asOf} onAsOfChange={(next) => setView({ asOf: next })}
        target={target} targetSet={targetSet} onTargetChange={canSetTarget ? saveTarget : undefined}
        onPrint={() => setView({ print: true })}
      />
      <FilterBar value={view} onChange={setView} kecamatanOptions={region.kecamatanOptions} resultSummary={resultSummary} />
      {data.status === 'error' && <InstallationsError detail={data.error} />}
      <KpiCards kpis={headline} target={target} targetSet={targetSet} asOf={asOf} />
      <div className="chart-grid" data-synced-installations={drawnCharts === CHART_COUNT ? kept.installationIndexes.length : undefined}>
        <CoverageByKecamatanChartMemo series={byKecamatan} onSelectKecamatan={selectKecamatan} drawn={drawnCharts > 0} />
        <TypeChartMemo series={byType} drawn={drawnCharts > 1} />
        <ProgressChartMemo series={progress} asOf={asOf} drawn={drawnCharts > 2} />
        <VisibilityChartMemo series={visible} progress={visibility.progress} onCompute={visibility.compute} drawn={drawnCharts > 3} />
      </div>
      <UncoveredList items={uncovered} selectedKode={view.selected} onSelect={(kode) => setView({ selected: kode })} />
    </div>
  );
}
